# dyad lexicon: countries, territories and regions (format: lexicon/FORMAT.md)
#
# Keys are CAMEO country codes from the `code` column of cameo_countries.tsv, which is
# not always ISO 3166: ROM (not ROU) for Romania, MTN (not MNE) for Montenegro, TMP
# (not TLS) for East Timor, KSV for Kosovo, IMY for the Isle of Man. The TSV also lists
# the ISO forms ROU and MNE as extra "state" rows; one phrase can carry only one key, so
# those names are coded with the CAMEO forms ROM and MTN.
#
# Each entry: official and short names, common alternative names, adjectives/demonyms
# with their plurals, and the capital when it is used as a metonym for the government.
# Capitals that are also common words or given names are left out on purpose:
# Male (Maldives), Victoria (Seychelles), Kingston (Jamaica), Georgetown (Guyana),
# Sofia (Bulgaria), San Jose (Costa Rica), Sucre (Bolivia), St. John's (Antigua),
# St. George's (Grenada), Cayenne (French Guiana).
# Accented spellings are listed next to their ASCII forms: the matcher folds case and
# quotes, not accents.
# Bare "Congo"/"Congolese" go to COD: since the late 1990s they name the DRC in most news.
# Bare "Korea"/"Korean" go to KOR, as in most trade and diplomatic copy; North Korea is
# always qualified.

[actors]

# ---------------------------------------------------------------- North America
USA : United States | United States of America | U.S. | US | USA | U.S.A. | America
    | American | Americans | Washington | Washington D.C. | Washington DC
# The compiler reads "Iranian-led" as an actor through its one-word prefix, but not when
# the prefix is a case-sensitive short form (US, UK, UN, EU), so the usual compounds are
# listed.
    | US-led | US-backed | US-based | US-made | US-brokered | US-funded | US-sponsored
CAN : Canada | Canadian | Canadians | Ottawa
MEX : Mexico | Mexican | Mexicans | Mexico City

# ---------------------------------------------------------------- Central America and Caribbean
GTM : Guatemala | Guatemalan | Guatemalans | Guatemala City
BLZ : Belize | Belizean | Belizeans | Belmopan
HND : Honduras | Honduran | Hondurans | Tegucigalpa
SLV : El Salvador | Salvadoran | Salvadorans | Salvadorean | Salvadoreans | San Salvador
NIC : Nicaragua | Nicaraguan | Nicaraguans | Managua
CRI : Costa Rica | Costa Rican | Costa Ricans
PAN : Panama | Panamanian | Panamanians | Panama City
CUB : Cuba | Cuban | Cubans | Havana | La Habana
HTI : Haiti | Haitian | Haitians | Port-au-Prince | Port au Prince
DOM : Dominican Republic | Dominican | Dominicans | Santo Domingo
JAM : Jamaica | Jamaican | Jamaicans
BHS : Bahamas | The Bahamas | Bahamian | Bahamians | Nassau
BRB : Barbados | Barbadian | Barbadians | Bajan | Bajans | Bridgetown
TTO : Trinidad and Tobago | Trinidad | Tobago | Trinidadian | Trinidadians | Tobagonian
    | Tobagonians | Port of Spain
GRD : Grenada | Grenadian | Grenadians
DMA : Dominica | Roseau
KNA : Saint Kitts and Nevis | St. Kitts and Nevis | St Kitts and Nevis | Saint Kitts-Nevis
    | St. Kitts | St Kitts | Saint Kitts | Nevis | Kittitian | Kittitians | Nevisian
    | Nevisians | Basseterre
LCA : Saint Lucia | St. Lucia | St Lucia | Saint Lucian | Saint Lucians | St. Lucian
    | St Lucian | Castries
VCT : Saint Vincent and the Grenadines | St. Vincent and the Grenadines
    | St Vincent and the Grenadines | Saint Vincent | St. Vincent | St Vincent
    | Vincentian | Vincentians | Kingstown
ATG : Antigua and Barbuda | Antigua | Barbuda | Antiguan | Antiguans | Barbudan | Barbudans

# ---------------------------------------------------------------- South America
COL : Colombia | Colombian | Colombians | Bogota | Bogotá
VEN : Venezuela | Venezuelan | Venezuelans | Caracas
ECU : Ecuador | Ecuadorian | Ecuadorians | Ecuadorean | Ecuadoreans | Quito
PER : Peru | Peruvian | Peruvians | Lima
BOL : Bolivia | Bolivian | Bolivians | La Paz
CHL : Chile | Chilean | Chileans | Santiago
ARG : Argentina | Argentine | Argentines | Argentinian | Argentinians | Argentinean
    | Argentineans | Buenos Aires
URY : Uruguay | Uruguayan | Uruguayans | Montevideo
PRY : Paraguay | Paraguayan | Paraguayans | Asuncion | Asunción
BRA : Brazil | Brasil | Brazilian | Brazilians | Brasilia | Brasília
GUY : Guyana | Guyanese
SUR : Suriname | Surinam | Surinamese | Surinamer | Surinamers | Paramaribo

# ---------------------------------------------------------------- Western Europe
GBR : United Kingdom | United Kingdom of Great Britain and Northern Ireland | UK | U.K.
    | Britain | Great Britain | British | Briton | Britons | Brit | Brits | England
    | Scotland | Wales | Northern Ireland | Scottish | Welsh | London | UK-based | UK-led
    | UK-made
IRL : Ireland | Republic of Ireland | Eire | Irish | Irishman | Irishmen | Dublin
FRA : France | French Republic | French | Frenchman | Frenchmen | Paris
BEL : Belgium | Belgian | Belgians | Brussels
NLD : Netherlands | The Netherlands | Holland | Dutch | Dutchman | Dutchmen | The Hague
    | Amsterdam
LUX : Luxembourg | Luxemburg | Luxembourger | Luxembourgers | Luxembourgish
DEU : Germany | Federal Republic of Germany | German | Germans | Berlin
AUT : Austria | Austrian | Austrians | Vienna
CHE : Switzerland | Swiss Confederation | Swiss | Bern | Berne
LIE : Liechtenstein | Liechtensteiner | Liechtensteiners | Vaduz
MCO : Monaco | Monegasque | Monegasques | Monaco-Ville
AND : Andorra | Andorran | Andorrans | Andorra la Vella
ESP : Spain | Spanish | Spaniard | Spaniards | Madrid
PRT : Portugal | Portuguese | Lisbon | Lisboa
ITA : Italy | Italian | Italians | Rome
SMR : San Marino | Sammarinese
VAT : Vatican | Vatican City | Holy See
MLT : Malta | Maltese | Valletta | Valetta
GRC : Greece | Hellenic Republic | Greek | Greeks | Athens
CYP : Cyprus | Cypriot | Cypriots | Greek Cypriot | Greek Cypriots | Turkish Cypriot
    | Turkish Cypriots | Nicosia

# ---------------------------------------------------------------- Nordic countries
DNK : Denmark | Danish | Dane | Danes | Copenhagen
NOR : Norway | Norwegian | Norwegians | Oslo
SWE : Sweden | Swedish | Swede | Swedes | Stockholm
FIN : Finland | Finnish | Finn | Finns | Helsinki
ISL : Iceland | Icelandic | Icelander | Icelanders | Reykjavik | Reykjavík

# ---------------------------------------------------------------- Central and Eastern Europe
POL : Poland | Polish | Poles | Warsaw
CZE : Czech Republic | Czechia | Czech | Czechs | Prague
SVK : Slovakia | Slovak Republic | Slovak | Slovaks | Slovakian | Slovakians | Bratislava
HUN : Hungary | Hungarian | Hungarians | Budapest
ROM : Romania | Rumania | Romanian | Romanians | Rumanian | Rumanians | Bucharest
BGR : Bulgaria | Bulgarian | Bulgarians
SVN : Slovenia | Slovene | Slovenes | Slovenian | Slovenians | Ljubljana
HRV : Croatia | Croatian | Croatians | Croat | Croats | Zagreb
BIH : Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia | Herzegovina | Bosnian | Bosnians
    | Bosniak | Bosniaks | Sarajevo
SRB : Serbia | Serbian | Serbians | Serb | Serbs | Belgrade
MTN : Montenegro | Montenegrin | Montenegrins | Podgorica
KSV : Kosovo | Kosova | Kosovar | Kosovars | Kosovan | Kosovans | Pristina | Prishtina
MKD : North Macedonia | Macedonia | Former Yugoslav Republic of Macedonia | FYROM
    | Macedonian | Macedonians | Skopje
ALB : Albania | Albanian | Albanians | Tirana | Tirane
MDA : Moldova | Moldavia | Moldovan | Moldovans | Moldavian | Moldavians | Chisinau | Kishinev
UKR : Ukraine | Ukrainian | Ukrainians | Kyiv | Kiev
BLR : Belarus | Byelorussia | Belorussia | Belarusian | Belarusians | Belarussian
    | Belarussians | Byelorussian | Belorussian | Minsk
RUS : Russia | Russian Federation | Russian | Russians | Moscow
EST : Estonia | Estonian | Estonians | Tallinn
LVA : Latvia | Latvian | Latvians | Riga
LTU : Lithuania | Lithuanian | Lithuanians | Vilnius

# ---------------------------------------------------------------- Caucasus and Central Asia
GEO : Georgia | Georgian | Georgians | Tbilisi
ARM : Armenia | Armenian | Armenians | Yerevan
AZE : Azerbaijan | Azerbaijani | Azerbaijanis | Azeri | Azeris | Baku
KAZ : Kazakhstan | Kazakh | Kazakhs | Kazakhstani | Kazakhstanis | Astana | Nur-Sultan | Almaty
UZB : Uzbekistan | Uzbek | Uzbeks | Uzbekistani | Uzbekistanis | Tashkent
TKM : Turkmenistan | Turkmen | Turkmens | Turkmenistani | Ashgabat | Ashkhabad
KGZ : Kyrgyzstan | Kyrgyz Republic | Kirghizia | Kyrgyz | Kirghiz | Kyrgyzstani | Bishkek
TJK : Tajikistan | Tadjikistan | Tajik | Tajiks | Tadjik | Tajikistani | Dushanbe

# ---------------------------------------------------------------- Middle East
TUR : Turkey | Türkiye | Turkiye | Turkish | Turk | Turks | Ankara
IRN : Iran | Islamic Republic of Iran | Islamic Republic | Iranian | Iranians | Tehran | Teheran
IRQ : Iraq | Iraqi | Iraqis | Baghdad
SYR : Syria | Syrian Arab Republic | Syrian | Syrians | Damascus
LBN : Lebanon | Lebanese | Beirut
JOR : Jordan | Hashemite Kingdom of Jordan | Jordanian | Jordanians | Amman
ISR : Israel | State of Israel | Jewish state | Israeli | Israelis | Jerusalem | Tel Aviv
# Gaza and the West Bank have CAMEO location codes (GZS, WSB), but actors from them are
# coded PSE in GDELT/ICEWS/Phoenix practice, so their names go here.
PSE : Palestine | State of Palestine | Palestinian | Palestinians | Palestinian territories
    | Palestinian territory | occupied Palestinian territories | occupied territories
    | West Bank | Gaza | Gaza Strip | Gazan | Gazans | Ramallah
SAU : Saudi Arabia | Kingdom of Saudi Arabia | KSA | Saudi | Saudis | Saudi Arabian
    | Saudi Arabians | Riyadh
YEM : Yemen | Yemeni | Yemenis | Sanaa | Sana'a
OMN : Oman | Sultanate of Oman | Omani | Omanis | Muscat
ARE : United Arab Emirates | UAE | U.A.E. | Emirati | Emiratis | Abu Dhabi | Dubai
QAT : Qatar | Qatari | Qataris | Doha
BHR : Bahrain | Bahraini | Bahrainis | Manama
KWT : Kuwait | Kuwaiti | Kuwaitis | Kuwait City
EGY : Egypt | Arab Republic of Egypt | Egyptian | Egyptians | Cairo

# ---------------------------------------------------------------- North Africa
LBY : Libya | Libyan | Libyans | Tripoli
TUN : Tunisia | Tunisian | Tunisians | Tunis
DZA : Algeria | Algerian | Algerians | Algiers
MAR : Morocco | Kingdom of Morocco | Moroccan | Moroccans | Rabat
# Western Sahara is listed as a territory; Sahrawi names go with it.
ESH : Western Sahara | Sahrawi | Sahrawis | Saharawi | Saharawis | Laayoune

# ---------------------------------------------------------------- West Africa
MRT : Mauritania | Mauritanian | Mauritanians | Nouakchott
MLI : Mali | Malian | Malians | Bamako
NER : Niger | Nigerien | Nigeriens | Niamey
NGA : Nigeria | Nigerian | Nigerians | Abuja
SEN : Senegal | Senegalese | Dakar
GMB : Gambia | The Gambia | Gambian | Gambians | Banjul
GNB : Guinea-Bissau | Guinea Bissau | Bissau-Guinean | Bissau-Guineans | Bissau
GIN : Guinea | Republic of Guinea | Guinea-Conakry | Guinean | Guineans | Conakry
SLE : Sierra Leone | Sierra Leonean | Sierra Leoneans | Freetown
LBR : Liberia | Liberian | Liberians | Monrovia
CIV : Ivory Coast | Cote d'Ivoire | Côte d'Ivoire | Ivorian | Ivorians | Abidjan | Yamoussoukro
BFA : Burkina Faso | Burkina | Burkinabe | Burkinabè | Ouagadougou | Upper Volta
GHA : Ghana | Ghanaian | Ghanaians | Accra
TGO : Togo | Togolese | Lome | Lomé
BEN : Benin | Beninese | Beninois | Porto-Novo | Porto Novo | Cotonou | Dahomey
CPV : Cape Verde | Cabo Verde | Cape Verdean | Cape Verdeans | Praia

# ---------------------------------------------------------------- Central Africa
TCD : Chad | Chadian | Chadians | N'Djamena | Ndjamena
CMR : Cameroon | Cameroonian | Cameroonians | Yaounde | Yaoundé
CAF : Central African Republic | CAR | Central African | Central Africans | Bangui
GNQ : Equatorial Guinea | Equatorial Guinean | Equatorial Guineans | Equatoguinean
    | Equatoguineans | Malabo
GAB : Gabon | Gabonese | Libreville
STP : Sao Tome and Principe | São Tomé and Príncipe | Sao Tome | São Tomé | Sao Tomean
    | Sao Tomeans
COG : Republic of Congo | Republic of the Congo | Congo Republic | Congo-Brazzaville
    | Congo Brazzaville | Brazzaville
COD : Democratic Republic of Congo | Democratic Republic of the Congo | DR Congo | D.R. Congo
    | DRC | D.R.C. | Congo-Kinshasa | Congo Kinshasa | Congo | Congolese | Zaire | Kinshasa

# ---------------------------------------------------------------- East Africa and the Horn
SDN : Sudan | Sudanese | Khartoum
SSD : South Sudan | South Sudanese | Juba
ERI : Eritrea | Eritrean | Eritreans | Asmara
ETH : Ethiopia | Ethiopian | Ethiopians | Addis Ababa
DJI : Djibouti | Djiboutian | Djiboutians
SOM : Somalia | Somali | Somalis | Somalian | Somalians | Somaliland | Mogadishu
KEN : Kenya | Kenyan | Kenyans | Nairobi
UGA : Uganda | Ugandan | Ugandans | Kampala
RWA : Rwanda | Rwandan | Rwandans | Rwandese | Kigali
BDI : Burundi | Burundian | Burundians | Bujumbura | Gitega
TZA : Tanzania | United Republic of Tanzania | Tanzanian | Tanzanians | Zanzibar | Dodoma
    | Dar es Salaam
SYC : Seychelles | Seychellois
COM : Comoros | Comoro Islands | Comoran | Comorans | Comorian | Comorians | Moroni
MDG : Madagascar | Malagasy | Madagascan | Madagascans | Antananarivo
MUS : Mauritius | Mauritian | Mauritians | Port Louis

# ---------------------------------------------------------------- Southern Africa
AGO : Angola | Angolan | Angolans | Luanda
ZMB : Zambia | Zambian | Zambians | Lusaka
MWI : Malawi | Malawian | Malawians | Lilongwe
MOZ : Mozambique | Mozambican | Mozambicans | Maputo
ZWE : Zimbabwe | Zimbabwean | Zimbabweans | Harare | Rhodesia | Rhodesian | Rhodesians
BWA : Botswana | Motswana | Batswana | Gaborone
NAM : Namibia | Namibian | Namibians | Windhoek
ZAF : South Africa | Republic of South Africa | South African | South Africans | Pretoria
    | Cape Town
LSO : Lesotho | Basotho | Mosotho | Maseru
SWZ : Eswatini | Swaziland | Swazi | Swazis | Mbabane

# ---------------------------------------------------------------- South Asia
AFG : Afghanistan | Afghan | Afghans | Kabul
PAK : Pakistan | Pakistani | Pakistanis | Islamabad
IND : India | Indian | Indians | New Delhi | Delhi
BGD : Bangladesh | Bangladeshi | Bangladeshis | Dhaka | Dacca
LKA : Sri Lanka | Sri Lankan | Sri Lankans | Colombo | Ceylon
NPL : Nepal | Nepali | Nepalis | Nepalese | Kathmandu
BTN : Bhutan | Bhutanese | Thimphu
MDV : Maldives | Maldivian | Maldivians

# ---------------------------------------------------------------- East Asia
CHN : China | PRC | People's Republic of China | mainland China | Chinese | Beijing | Peking
TWN : Taiwan | Taiwanese | Taipei
HKG : Hong Kong | Hongkong | Hong Konger | Hong Kongers | Hongkonger | Hongkongers
MAC : Macao | Macau | Macanese
MNG : Mongolia | Mongolian | Mongolians | Ulaanbaatar | Ulan Bator
JPN : Japan | Japanese | Tokyo
KOR : South Korea | Republic of Korea | ROK | Korea | South Korean | South Koreans | Korean
    | Koreans | Seoul
PRK : North Korea | Democratic People's Republic of Korea | DPRK | D.P.R.K. | North Korean
    | North Koreans | Pyongyang

# ---------------------------------------------------------------- Southeast Asia
MMR : Myanmar | Burma | Burmese | Naypyidaw | Naypyitaw | Nay Pyi Taw | Yangon | Rangoon
THA : Thailand | Thai | Thais | Bangkok
LAO : Laos | Lao | Laotian | Laotians | Vientiane
KHM : Cambodia | Cambodian | Cambodians | Phnom Penh | Kampuchea | Kampuchean | Kampucheans
VNM : Vietnam | Viet Nam | Vietnamese | Hanoi
MYS : Malaysia | Malaysian | Malaysians | Kuala Lumpur | Putrajaya
SGP : Singapore | Singaporean | Singaporeans
IDN : Indonesia | Indonesian | Indonesians | Jakarta
PHL : Philippines | Philippine | Filipino | Filipinos | Filipina | Filipinas | Manila
BRN : Brunei | Brunei Darussalam | Bruneian | Bruneians | Bandar Seri Begawan
TMP : East Timor | Timor-Leste | Timor Leste | Timorese | East Timorese | Dili

# ---------------------------------------------------------------- Oceania
AUS : Australia | Australian | Australians | Aussie | Aussies | Canberra
NZL : New Zealand | NZ | New Zealander | New Zealanders | Wellington
PNG : Papua New Guinea | PNG | Papua New Guinean | Papua New Guineans | Port Moresby
FJI : Fiji | Fijian | Fijians | Suva
SLB : Solomon Islands | Solomons | Solomon Islander | Solomon Islanders | Honiara
VUT : Vanuatu | Ni-Vanuatu | Port Vila
WSM : Samoa | Western Samoa | Samoan | Samoans | Apia
TON : Tonga | Tongan | Tongans | Nuku'alofa
KIR : Kiribati | I-Kiribati | Tarawa
TUV : Tuvalu | Tuvaluan | Tuvaluans | Funafuti
NRU : Nauru | Nauruan | Nauruans
PLW : Palau | Palauan | Palauans | Ngerulmud | Melekeok
FSM : Micronesia | Federated States of Micronesia | Micronesian | Micronesians | Palikir
MHL : Marshall Islands | Marshallese | Majuro

# ---------------------------------------------------------------- Territories and dependencies
ALA : Aland Islands | Åland Islands | Aland | Åland
ASM : American Samoa
AIA : Anguilla
ABW : Aruba | Aruban | Arubans
BMU : Bermuda | Bermudian | Bermudians
VGB : British Virgin Islands | BVI
CYM : Cayman Islands | Caymans | Caymanian | Caymanians
COK : Cook Islands
FRO : Faeroe Islands | Faroe Islands | Faroes | Faeroes | Faroese | Faeroese
FLK : Falkland Islands | Falklands | Malvinas | Falkland Islanders
GUF : French Guiana
PYF : French Polynesia | Tahiti | Papeete
GIB : Gibraltar | Gibraltarian | Gibraltarians
GRL : Greenland | Greenlander | Greenlanders | Greenlandic | Nuuk
GLP : Guadeloupe
GUM : Guam
GGY : Guernsey
IMY : Isle of Man | Manx
MYT : Mayotte
MTQ : Martinique
MSR : Montserrat
ANT : Netherlands Antilles | Curacao | Curaçao | Sint Maarten | Bonaire
NCL : New Caledonia | Noumea | Nouméa
NIU : Niue
NFK : Norfolk Island
MNP : Northern Mariana Islands | Northern Marianas | Saipan
PCN : Pitcairn | Pitcairn Islands
PRI : Puerto Rico | Puerto Rican | Puerto Ricans
REU : Reunion | Réunion
SHN : Saint Helena | St. Helena | St Helena
SPM : Saint Pierre and Miquelon | St. Pierre and Miquelon
SJM : Svalbard and Jan Mayen | Svalbard and Jan Mayen Islands | Svalbard | Jan Mayen
TKL : Tokelau
TCA : Turks and Caicos Islands | Turks and Caicos
VIR : United States Virgin Islands | U.S. Virgin Islands | US Virgin Islands
WLF : Wallis and Futuna | Wallis and Futuna Islands
IOT : British Indian Ocean Territory | Chagos Islands | Chagos Archipelago | Diego Garcia
CXR : Christmas Island
CCK : Cocos Islands | Cocos (Keeling) Islands | Keeling Islands

# ---------------------------------------------------------------- Historical states
# Only names that cannot be read as a present-day state.
USR : Soviet Union | USSR | U.S.S.R. | Union of Soviet Socialist Republics | Soviet | Soviets
    | former Soviet Union
YUG : Yugoslavia | Socialist Federal Republic of Yugoslavia | Yugoslav | Yugoslavs
CZA : Czechoslovakia | Czechoslovak | Czechoslovaks
GME : East Germany | German Democratic Republic | GDR | East German | East Germans
GMW : West Germany | FRG | West German | West Germans
YMN : North Yemen | Yemen Arab Republic
YMS : South Yemen | People's Democratic Republic of Yemen

# ---------------------------------------------------------------- Regions (CAMEO region codes)
AFR : Africa | African | Africans | sub-Saharan Africa
ASA : Asia | Asian | Asians | East Asia | East Asian | Asia-Pacific | Asia Pacific
BLK : Balkans | Balkan | Western Balkans
CRB : Caribbean
CAU : Caucasus | South Caucasus | North Caucasus | Transcaucasus | Caucasian region
CFR : Central Africa
CAS : Central Asia | Central Asian | Central Asians
CEU : Central Europe | Central European | Central Europeans
EIN : East Indies
EAF : East Africa | Eastern Africa | East African | East Africans | Horn of Africa
EEU : Eastern Europe | Eastern European | Eastern Europeans | Baltic states
EUR : Europe | European | Europeans | Western Europe | Western European
LAM : Latin America | Latin American | Latin Americans | Central America | Central American
    | Central Americans
MEA : Middle East | Mideast | Middle Eastern | Levant | Arab world | Arab states
    | Arab countries | Arab nations
MDT : Mediterranean
NAF : North Africa | North African | North Africans | Maghreb
NMR : North America | North American | North Americans
PGS : Persian Gulf | Gulf states | Gulf Arab states | Gulf countries | Gulf region
SCN : Scandinavia | Scandinavian | Scandinavians | Nordic countries
SAM : South America | South American | South Americans
SAS : South Asia | South Asian | South Asians
SEA : Southeast Asia | South-East Asia | South East Asia | Southeast Asian | Southeast Asians
    | Indochina
SAF : Southern Africa | southern African
WAF : West Africa | West African | West Africans | Sahel
# "West" alone is too ambiguous (west of, West Bank); only unambiguous forms.
WST : the West | Western powers | Western nations | Western countries | Western allies
    | Western governments
