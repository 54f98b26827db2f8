# dyad lexicon: organisations and institutions (format: lexicon/FORMAT.md)
#
# 1. International governmental organisations and NGOs. Codes follow the
#    `phoenix_dictionary_code` column of cameo_actor_types.tsv (NATO = IGOWSTNAT,
#    EU = IGOEUREEC, UN = IGOUNO ...). Where that column is empty, or uses a segment
#    the CAMEO codebook does not define (OAPEC's ARB) or one that names the wrong
#    place (ECCAS's CAF is the Central African Republic), the `full_code_example`
#    column is used instead. Bodies with no CAMEO known-group code get the generic
#    IGO/NGO code plus, when obvious, their UN parent and a sector.
# 2. Armed non-state groups: country + REB, as in Phoenix (Hezbollah = LBNREB,
#    Hamas = PSEREB, Taliban = AFGREB); transnational jihadist networks = IMG.
# 3. National institutions named by a proper noun (Kremlin, Pentagon, Knesset, IRGC),
#    intelligence services and state media: country + sector.
# Generic institutions ("foreign ministry", "parliament", "state media") are agents and
# live in agents.lex: they take their country from the text.
# Political parties are left out on purpose: whether a party is GOV or OPP depends on
# the date of the story.

[actors]

# ================================================================ United Nations system
IGOUNO : United Nations | UN | U.N. | UNO | UN Security Council | U.N. Security Council
    | United Nations Security Council | Security Council | UNSC | UN General Assembly
    | U.N. General Assembly | United Nations General Assembly | General Assembly | UNGA
    | UN Secretary-General | U.N. Secretary-General | UN Secretary General
    | U.N. Secretary General | United Nations Secretary-General | UN chief | U.N. chief
    | UN Secretariat | UNESCO | OCHA | UN humanitarian office | U.N. humanitarian office
    | UNIFIL | MONUSCO | UNMISS | MINUSMA | UNAMID | UNAMA | UNAMI | UNSMIL | UNFICYP
    | UNDOF | UNMIK | UNMIL | UNOCI | MINUSCA | MINUSTAH | UN mission | U.N. mission
    | UN peacekeeping mission | U.N. peacekeeping mission | UN envoy | U.N. envoy
    | UN special envoy | U.N. special envoy | UN investigators | U.N. investigators
    | UN inspectors | U.N. inspectors | UN monitors | U.N. monitors | UN observers
    | U.N. observers | UN-backed | UN-led | UN-brokered | UN-run | UN-sponsored | UN-mandated
IGOUNODEV : UNDP | UN Development Programme | United Nations Development Programme
    | UN Development Program | United Nations Development Program | UNCTAD
IGOUNOREF : UNRWA | UN relief agency for Palestinian refugees
IGOUNOHRI : UN Human Rights Council | U.N. Human Rights Council
    | United Nations Human Rights Council | Human Rights Council
IGOUNOHRIHCH : OHCHR | UN High Commissioner for Human Rights
    | U.N. High Commissioner for Human Rights | High Commissioner for Human Rights
    | UN human rights office | U.N. human rights office | UN rights office
    | U.N. rights office | UN human rights chief | U.N. human rights chief
    | UN rights chief | U.N. rights chief
IGOUNOREFHCR : UNHCR | UN High Commissioner for Refugees | U.N. High Commissioner for Refugees
    | High Commissioner for Refugees | UN refugee agency | U.N. refugee agency
    | United Nations refugee agency | UN refugee chief | U.N. refugee chief
IGOUNOKID : UNICEF | UN Children's Fund | United Nations Children's Fund
    | UN children's agency | U.N. children's agency
IGOUNOWFP : WFP | World Food Programme | World Food Program | UN food agency
    | U.N. food agency
IGOUNOAGRFAO : FAO | Food and Agriculture Organization | Food and Agriculture Organisation
IGOUNOHLHWHO : WHO | World Health Organization | World Health Organisation
    | UN health agency | U.N. health agency
IGOUNOLABILO : ILO | International Labour Organization | International Labor Organization
    | International Labour Organisation
IGOUNOIAE : IAEA | International Atomic Energy Agency | UN nuclear watchdog
    | U.N. nuclear watchdog | UN atomic watchdog | U.N. atomic watchdog
    | UN nuclear agency | U.N. nuclear agency
IGOUNOJUDICJ : ICJ | International Court of Justice | World Court
IGOUNOJUDWCT : ICTY | ICTR | International Criminal Tribunal for the former Yugoslavia
    | International Criminal Tribunal for Rwanda | UN war crimes tribunal
    | U.N. war crimes tribunal | war crimes tribunal | Special Tribunal for Lebanon
IGOUNODEVWBK : World Bank
IGOJUDICC : ICC | International Criminal Court
# Peacekeepers whose organisation is not named: CAMEO's PKO role (IGOPKO even when
# their nationality is given).
IGOPKO : peacekeepers | peacekeeper | peacekeeping force | peacekeeping forces
    | peacekeeping troops | peacekeeping mission | blue helmets

# ================================================================ Europe and the Atlantic
IGOEUREEC : European Union | EU | E.U. | European Commission | EU Commission
    | European Council | Council of the European Union | European Parliament
    | EU Parliament | European Central Bank | ECB | Europol | Frontex | EU foreign policy chief
    | EU-brokered | EU-funded | EU-led | EU-backed
# Before 1993 the EU was the European Community (EC, EEC, "the Common Market").
    | European Community | European Economic Community | EEC | European Common Market
    | Common Market
IGOWSTNAT : NATO | Nato | N.A.T.O. | North Atlantic Treaty Organization
    | North Atlantic Treaty Organisation | Atlantic alliance | Western alliance
IGOEURSCE : OSCE | Organization for Security and Cooperation in Europe
    | Organization for Security and Co-operation in Europe
    | Organisation for Security and Co-operation in Europe
IGOEURCOE : Council of Europe
IGOEURDEVEBR : EBRD | European Bank for Reconstruction and Development
IGOEURBUSEFT : EFTA | European Free Trade Association
IGOCASCIS : CIS | Commonwealth of Independent States
IGOCWN : Commonwealth | Commonwealth of Nations | Commonwealth secretariat

# ================================================================ Africa
# The African Union replaced the OAU in 2002; CAMEO has no separate code, so both use
# the OAU code.
IGOAFROAU : African Union | AU | A.U. | AU Commission | African Union Commission | OAU
    | Organization of African Unity | Organisation of African Unity
IGOWAFWAS : ECOWAS | Economic Community of West African States | ECOMOG
IGOSAFDEVSAD : SADC | Southern African Development Community
IGODEVIAD : IGAD | Intergovernmental Authority on Development
IGOECA : ECCAS | Economic Community of Central African States
IGONAFCSS : CEN-SAD | Community of Sahel-Saharan States
IGOAFRDEVAFB : African Development Bank | AfDB
IGOAFRDEVNEP : NEPAD | New Partnership for Africa's Development
IGOPAP : Pan-African Parliament
IGOUEM : UEMOA | West African Economic and Monetary Union
IGOMEAAMU : Arab Maghreb Union

# ================================================================ Middle East and Islamic world
IGOMEAARL : Arab League | League of Arab States
IGOPGSGCC : GCC | Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf
IGOMOSOIC : OIC | Organization of Islamic Cooperation | Organisation of Islamic Cooperation
    | Organization of the Islamic Conference | Organisation of the Islamic Conference
IGOMOSDEVIDB : Islamic Development Bank
IGOAPE : OAPEC | Organization of Arab Petroleum Exporting Countries

# ================================================================ Asia and the Americas
IGOSEAASN : ASEAN | Asean | Association of Southeast Asian Nations
    | Association of South East Asian Nations
IGOASADEVADB : Asian Development Bank | ADB
IGOSASSAA : SAARC | South Asian Association for Regional Cooperation
IGOOAS : OAS | Organization of American States | Organisation of American States

# ================================================================ Global economic bodies
IGOBUSIMF : IMF | International Monetary Fund
IGOBUSWTO : WTO | World Trade Organization | World Trade Organisation
IGOBUSOPC : OPEC | Opec | Organization of the Petroleum Exporting Countries
    | Organization of Petroleum Exporting Countries
IGOGOS : G7 | G-7 | Group of Seven
IGOBUSGOE : G8 | G-8 | Group of Eight
IGOBUSGSS : G77 | G-77 | Group of 77
IGOBUSBIS : Bank for International Settlements
IGOPRC : Paris Club
IGONON : Non-Aligned Movement | NAM
IGOLEGIPU : Inter-Parliamentary Union
IGOCOPITP : Interpol
# Bodies without a CAMEO known-group code.
IGO : G20 | G-20 | Group of 20 | Group of Twenty | BRICS | Shanghai Cooperation Organization
    | Shanghai Cooperation Organisation | SCO | APEC | Asia-Pacific Economic Cooperation | OECD
    | Organisation for Economic Co-operation and Development | Mercosur
    | Collective Security Treaty Organization | CSTO | Eurasian Economic Union
    | International Energy Agency | Middle East Quartet | Warsaw Pact
# The "world community" of CAMEO's INT generic.
INT : international community | world community | world powers

# ================================================================ Non-governmental organisations
NGOHRIAMN : Amnesty International | Amnesty Int'l
NGOHRIHRW : Human Rights Watch | HRW
NGOHRIFID : FIDH | International Federation for Human Rights
NGOHRIIHF : International Helsinki Federation for Human Rights
NGOJUDJUR : International Commission of Jurists
NGOHLHIRC : Red Cross | International Committee of the Red Cross | ICRC
NGOCRC : IFRC | International Federation of Red Cross and Red Crescent Societies
NGORCR : Red Crescent | Palestinian Red Crescent | Syrian Arab Red Crescent | Turkish Red Crescent
NGOHLHMSF : Doctors Without Borders | Medecins Sans Frontieres | Médecins Sans Frontières | MSF
NGOXFM : Oxfam
NGOICG : International Crisis Group | Crisis Group
NGOIOM : International Organization for Migration | IOM
NGOBUSWEF : World Economic Forum
NGOMED : Reporters Without Borders | Committee to Protect Journalists | CPJ
NGOENV : Greenpeace | WWF | World Wildlife Fund
NGO : Transparency International | Save the Children | International Rescue Committee
    | Norwegian Refugee Council | Caritas | Human Rights First | Freedom House
    | Islamic Relief | World Vision | Mercy Corps | CARE International

# ================================================================ Transnational jihadist networks
IMGMOSALQ : al-Qaeda | al-Qaida | al Qaeda | al Qaida | al-Qa'ida | al Qa'ida
    | Qaeda | Qaida | AQAP | al-Qaeda in the Arabian Peninsula | al Qaeda in the Arabian Peninsula
    | AQIM | al-Qaeda in the Islamic Maghreb | al Qaeda in the Islamic Maghreb
    | al-Qaeda in Iraq | al Qaeda in Iraq
# No CAMEO known-group code exists for the Islamic State; it is coded as an
# international militarized group (IMG), Muslim (MOS), rebel (REB).
IMGMOSREB : Islamic State | Islamic State group | IS | ISIS | Isis | ISIL | Isil | Daesh | Daish
    | Da'esh | Islamic State of Iraq and Syria | Islamic State of Iraq and the Levant
    | Islamic State of Iraq and al-Sham | ISIS-K | Islamic State Khorasan
    | Islamic State Khorasan Province | ISKP

# ================================================================ Armed groups, Middle East
LBNREB : Hezbollah | Hizbollah | Hizbullah | Hezbullah | Hizballah | Hisbollah
PSEREB : Hamas | Izz ad-Din al-Qassam Brigades | Qassam Brigades | al-Qassam Brigades
    | Ezzedine al-Qassam Brigades | Islamic Jihad | Palestinian Islamic Jihad
    | al-Quds Brigades | Al-Aqsa Martyrs Brigades | al-Aqsa Martyrs Brigade | PFLP
    | Popular Front for the Liberation of Palestine | DFLP
    | Democratic Front for the Liberation of Palestine
# Fatah and the PLO run the Palestinian Authority, so they are coded with it.
PSEGOV : Palestinian Authority | Palestinian National Authority | PLO
    | Palestine Liberation Organization | Palestine Liberation Organisation | Fatah
YEMREB : Houthis | Houthi | Huthis | Huthi | Houthi movement | Ansar Allah | Ansarullah
SYRREB : Free Syrian Army | FSA | Syrian Democratic Forces | SDF | YPG | People's Protection Units
    | Hayat Tahrir al-Sham | HTS | Nusra Front | al-Nusra Front | Jabhat al-Nusra
    | Jabhat Fateh al-Sham | Jaish al-Islam | Ahrar al-Sham | Syrian National Army
TURREB : PKK | Kurdistan Workers Party | Kurdistan Workers' Party
SYRHRI : Syrian Observatory for Human Rights | Syrian Observatory
EGYOPP : Muslim Brotherhood
# Iraqi Kurdish forces and the state-sanctioned Shiite militias are part of the Iraqi
# state's armed forces.
IRQMIL : Peshmerga | Popular Mobilization Forces | Popular Mobilisation Forces | PMF
    | Hashd al-Shaabi | Hashed al-Shaabi
IRQGOV : Kurdistan Regional Government | KRG

# ================================================================ Armed groups, South and Central Asia
AFGREB : Taliban | Taleban | Afghan Taliban | Haqqani network
PAKREB : Pakistani Taliban | Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | TTP
    | Lashkar-e-Taiba | Lashkar-e-Toiba | Jaish-e-Mohammed | Jaish-e-Muhammad
    | Balochistan Liberation Army
# Kashmiri groups operating across the line of control: South Asia region, as Phoenix.
SASREB : Hizbul Mujahideen
INDREB : Naxalites | Naxalite | ULFA | United Liberation Front of Asom
LKAREB : Tamil Tigers | LTTE | Liberation Tigers of Tamil Eelam

# ================================================================ Armed groups, Africa
SOMREB : al-Shabaab | al-Shabab | al Shabaab | al Shabab | Shabaab | Shabab
NGAREB : Boko Haram | ISWAP | Islamic State West Africa Province
MLIREB : JNIM | Jama'at Nusrat al-Islam wal-Muslimin
CODREB : M23 | March 23 Movement | CODECO
RWAREB : FDLR | Democratic Forces for the Liberation of Rwanda
UGAREB : Lord's Resistance Army | LRA | Allied Democratic Forces
CAFREB : Seleka | anti-Balaka
ESHREB : Polisario | Polisario Front
AGOREB : UNITA | National Union for the Total Independence of Angola
SLEREB : Revolutionary United Front | RUF
LBRREB : NPFL | National Patriotic Front of Liberia | LURD
# Since April 2023 the Rapid Support Forces fight the Sudanese army.
SDNREB : Rapid Support Forces | RSF
SDNUAF : Janjaweed

# ================================================================ Armed groups, Americas, Europe, Asia-Pacific
COLREB : FARC | Farc | Revolutionary Armed Forces of Colombia | ELN
    | National Liberation Army of Colombia
PERREB : Shining Path | Sendero Luminoso
NICREB : Contras | Contra rebels
KHMREB : Khmer Rouge
KSVREB : Kosovo Liberation Army | KLA
MEXREB : Zapatistas | EZLN | Zapatista National Liberation Army
GBRREB : IRA | Irish Republican Army | Real IRA | New IRA | Continuity IRA
ESPREB : ETA | Euskadi Ta Askatasuna
PHLREB : Abu Sayyaf | Moro Islamic Liberation Front | MILF | New People's Army | NPA
IDNREB : Jemaah Islamiyah | Jemaah Islamiah
# Wagner is a private military company working for the Russian state: unaligned armed force.
RUSUAF : Wagner Group | Wagner mercenaries | Wagner PMC

# ================================================================ United States
USAGOV : White House | Oval Office | State Department | Department of State | US State Department
    | Justice Department | Department of Justice | Treasury Department | US Treasury
    | U.S. Treasury | Commerce Department | Department of Homeland Security
    | Homeland Security Department | DHS | USAID | U.S. Agency for International Development
    | US Agency for International Development | United States Agency for International Development
USAMIL : Pentagon | Department of Defense | Defense Department | Joint Chiefs of Staff
    | CENTCOM | Central Command | US Central Command | U.S. Central Command | AFRICOM
    | US Africa Command | INDOPACOM | Marine Corps | US Marines | U.S. Marines | Navy SEALs
USALEG : Congress | US Congress | U.S. Congress | Capitol Hill | US House of Representatives
    | U.S. House of Representatives
    | US Senate | U.S. Senate | House Foreign Affairs Committee
    | Senate Foreign Relations Committee
USASPY : CIA | Central Intelligence Agency | NSA | National Security Agency
    | Director of National Intelligence | Director of Central Intelligence
USACOP : FBI | Federal Bureau of Investigation | DEA | Drug Enforcement Administration | ICE
    | Immigration and Customs Enforcement | US Border Patrol | U.S. Border Patrol
    | Customs and Border Protection | CBP
USAMED : Voice of America | VOA | Radio Free Europe | Radio Free Europe/Radio Liberty | RFE/RL
    | Radio Free Asia | CNN | Fox News | New York Times | Washington Post | Wall Street Journal

# Parties are otherwise left out, but these two would be read as the US "Congress";
# they get their bare country code.
ZAF : African National Congress | ANC
IND : Indian National Congress | Congress party

# ================================================================ Russia
RUSGOV : Kremlin | Russian Security Council | Security Council of Russia
RUSLEG : Duma | State Duma | Federation Council
# KGB: present-day copy uses it loosely for Russia's security services.
RUSSPY : FSB | Federal Security Service | SVR | GRU | KGB
RUSMED : TASS | ITAR-TASS | RIA Novosti | RIA | Interfax | Sputnik | RT | Russia Today | Rossiya
RUSBUS : Gazprom | Rosneft

# ================================================================ China, the Koreas, Japan
CHNGOV : Zhongnanhai | Chinese Communist Party | Communist Party of China | CCP
    | State Council | Politburo Standing Committee
CHNLEG : National People's Congress | NPC
CHNMIL : People's Liberation Army | PLA | PLA Navy
CHNSPY : Ministry of State Security
CHNMED : Xinhua | Xinhua news agency | China Daily | Global Times | People's Daily | CGTN
    | China Central Television
PRKMED : KCNA | Korean Central News Agency | Rodong Sinmun
PRKMIL : Korean People's Army
KORGOV : Blue House
KORMED : Yonhap
JPNMED : Kyodo | NHK
JPNMIL : Japan Self-Defense Forces | Self-Defense Forces

# ================================================================ United Kingdom, France, Germany, Europe
GBRGOV : Downing Street | Whitehall | British Foreign Office | Foreign and Commonwealth Office
    | Foreign, Commonwealth and Development Office | FCDO | Home Office | Buckingham Palace
GBRLEG : House of Commons | House of Lords | Westminster
GBRMIL : Royal Navy | Royal Air Force | RAF | British Army
GBRSPY : MI6 | MI5 | GCHQ | Secret Intelligence Service
GBRCOP : Scotland Yard | Metropolitan Police
GBRMED : BBC
FRAGOV : Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay | Matignon
FRASPY : DGSE
DEULEG : Bundestag | Bundesrat
DEUMIL : Bundeswehr
DEUSPY : BND
DEUMED : Deutsche Welle
UKRLEG : Verkhovna Rada | Rada
UKRSPY : SBU | Security Service of Ukraine
UKRMED : Ukrinform
POLLEG : Sejm
BLRMED : BelTA

# ================================================================ National development-aid agencies
# Government bodies that deliver their country's aid.
GBRGOV : DFID | Department for International Development
CANGOV : CIDA | Canadian International Development Agency
JPNGOV : JICA | Japan International Cooperation Agency
DEUGOV : GIZ
FRAGOV : French Development Agency | Agence Française de Développement
AUSGOV : AusAID | DFAT
SWEGOV : Swedish International Development Cooperation Agency | Sida
CHEGOV : Swiss Agency for Development and Cooperation
KORGOV : KOICA | Korea International Cooperation Agency
TURGOV : TIKA | Turkish Cooperation and Coordination Agency
NORGOV : Norad

# ================================================================ Middle East institutions
ISRGOV : Zionist regime
ISRLEG : Knesset
ISRMIL : IDF | Israel Defense Forces | Israel Defence Forces | Israeli Defense Forces
ISRSPY : Mossad | Shin Bet | Shabak
ISRMED : Haaretz | Jerusalem Post | Times of Israel
IRNGOV : Supreme National Security Council | Guardian Council | Expediency Council
IRNLEG : Majlis | Majles
IRNMIL : IRGC | Revolutionary Guards | Revolutionary Guard | Revolutionary Guards Corps
    | Islamic Revolutionary Guard Corps | Islamic Revolutionary Guards Corps | Pasdaran
    | Quds Force | Qods Force | Basij
IRNMED : IRNA | Islamic Republic News Agency | Fars news agency | Fars agency | Tasnim
    | Tasnim news agency | Mehr news agency | ISNA | Press TV | IRIB | Kayhan
SYRMED : SANA | Syrian Arab News Agency
TURMED : Anadolu | Anadolu Agency | Anadolu news agency
QATMED : Al Jazeera | Al-Jazeera | Aljazeera | QNA | Qatar News Agency
SAUMED : Al Arabiya | Al-Arabiya | Saudi Press Agency | SPA
AREMED : WAM | Emirates News Agency
KWTMED : KUNA | Kuwait News Agency
JORMED : Petra news agency
EGYMED : Middle East News Agency | Al-Ahram | Al Ahram

# ================================================================ Other state media and security bodies
INDLEG : Lok Sabha | Rajya Sabha
INDSPY : Research and Analysis Wing
INDMED : Press Trust of India | PTI
PAKSPY : ISI | Inter-Services Intelligence
MYSMED : Bernama
IDNMED : Antara
CUBMED : Prensa Latina | Granma
MMRMIL : Tatmadaw
