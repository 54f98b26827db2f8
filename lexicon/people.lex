# dyad lexicon: political people (format: lexicon/FORMAT.md)
#
# Heads of state and government from 1995 to 2025 of the G20 countries and of the
# countries most often in conflict news, foreign ministers of the major powers, leaders
# of intergovernmental organisations, armed groups and opposition movements.
#
# Codes:
# - Current and former heads of state or government, ministers, spokespeople and
#   monarchs: country + GOV. Someone who has held that office keeps GOV after leaving it,
#   even when later in opposition or in jail (Imran Khan, Saakashvili, Tymoshenko,
#   Morsi, Lapid), so that one phrase has one code.
# - Opposition politicians and dissidents who never held national executive office:
#   country + OPP. Parliament speakers: LEG. Army chiefs: MIL.
# - Leaders of armed groups take the code organizations.lex gives their group (Hezbollah
#   LBNREB, Hamas PSEREB, Taliban AFGREB, al-Qaeda IMGMOSALQ, Islamic State IMGMOSREB,
#   Wagner RUSUAF, Revolutionary Guards IRNMIL, Popular Mobilization Forces IRQMIL).
# - Leaders of intergovernmental organisations take the organisation's code from
#   organizations.lex (UN IGOUNO, NATO IGOWSTNAT, EU IGOEUREEC, AU IGOAFROAU, Arab League
#   IGOMEAARL), even where they also led a national government before or after
#   (Guterres, Juncker, Prodi, Stoltenberg, Rutte, Kallas, Dlamini-Zuma).
# - Popes and Grand Ayatollah Sistani: country + REL, as "pope" and "cleric" in agents.lex.
#   Cartel and gang bosses: country + CRM.
# - One person under two names gets the code of the years each name was used: Ahmed
#   al-Sharaa (SYRGOV, president since 2025) was Abu Mohammad al-Jolani (SYRREB, HTS).
# - Where a surname is shared by relatives in different roles, the bare surname goes to
#   the better-known one and the other is listed by full name only (Tshisekedi: Felix
#   CODGOV, his father Etienne CODOPP). Names that would otherwise fall to another
#   person's bare surname or to a country name are listed to claim them (Xiomara Castro,
#   Miguel Uribe, Turki al-Maliki, Jordan Bardella, Israel Katz, Luis Montenegro).
#
# Phrases: full names with their common spellings and transliterations, accented and
# plain (the matcher folds case and quotes, not accents). A bare surname is listed only
# when it names one person, or one family in one role, in the news: never common
# surnames (Kim, Lee, Park, Wang, Li, Singh, Khan, Ali, Ahmed, Hassan, Hussein, Lopez,
# Saleh), never surnames that are English words or place names (Major, May, Brown,
# Cameron, Truss, Rice, Harris, Johnson, Tusk, Kohl, Pence, Moon, Fox, Straw, Hunt,
# Hague, Powell, Kerry, Bolton, Carney), never surnames shared by notable people in
# different roles or countries (Maliki, Sadr, Gandhi, Fujimori, Barroso, Solana, Herzog,
# Albanese, Rudd, Kaczynski without its accent). Titles are left to the coder, except
# where the title is part of the usual name (King Salman, Queen Elizabeth, Pope Francis).

[actors]

# ---------------------------------------------------------------- United States
USAGOV : Bill Clinton | William Jefferson Clinton | Hillary Clinton | Hillary Rodham Clinton
    | Clinton | George W. Bush | George W Bush | George Bush | George H.W. Bush
    | George H. W. Bush | Bush | Barack Obama | Barack Hussein Obama | Obama | Donald Trump
    | Donald J. Trump | Trump | Joe Biden | Joseph Biden | Joseph R. Biden | Biden | Al Gore
    | Dick Cheney | Cheney | Mike Pence | Kamala Harris | JD Vance | J.D. Vance | Vance
    | Warren Christopher | Madeleine Albright | Albright | Colin Powell | Condoleezza Rice
    | Condi Rice | John Kerry | Rex Tillerson | Tillerson | Mike Pompeo | Pompeo
    | Antony Blinken | Anthony Blinken | Blinken | Marco Rubio | Rubio | William Cohen
    | Donald Rumsfeld | Rumsfeld | Paul Wolfowitz | Wolfowitz | Robert Gates | Leon Panetta
    | Panetta | Chuck Hagel | Hagel | Ash Carter | Ashton Carter | Jim Mattis | James Mattis
    | Mattis | Mark Esper | Esper | Lloyd Austin | Pete Hegseth | Hegseth | Sandy Berger
    | Stephen Hadley | Susan Rice | Tom Donilon | Michael Flynn | H.R. McMaster | McMaster
    | John Bolton | Robert O'Brien | Jake Sullivan | Mike Waltz | Bill Richardson
    | Richard Holbrooke | Holbrooke | John Negroponte | Negroponte | Zalmay Khalilzad
    | Khalilzad | Samantha Power | Nikki Haley | Linda Thomas-Greenfield | Thomas-Greenfield
    | Steve Witkoff | Witkoff | Keith Kellogg | Jared Kushner | Kushner | Brett McGurk
    | McGurk | Amos Hochstein | Hochstein | Dennis Ross

# ---------------------------------------------------------------- Canada
CANGOV : Jean Chrétien | Jean Chretien | Chrétien | Chretien | Paul Martin | Stephen Harper
    | Justin Trudeau | Pierre Trudeau | Pierre Elliott Trudeau | Trudeau | Mark Carney
    | Lloyd Axworthy | Axworthy | Stéphane Dion | Stephane Dion | Chrystia Freeland | Freeland
    | Mélanie Joly | Melanie Joly | Anita Anand
CANOPP : Pierre Poilievre | Poilievre | Jagmeet Singh

# ---------------------------------------------------------------- Mexico
MEXGOV : Carlos Salinas de Gortari | Salinas de Gortari | Ernesto Zedillo | Zedillo
    | Vicente Fox | Vicente Fox Quesada | Felipe Calderón | Felipe Calderon
    | Enrique Peña Nieto | Enrique Pena Nieto | Peña Nieto | Pena Nieto
    | Andrés Manuel López Obrador | Andres Manuel Lopez Obrador | López Obrador
    | Lopez Obrador | AMLO | Claudia Sheinbaum | Claudia Sheinbaum Pardo | Sheinbaum
    | Jorge Castañeda | Jorge Castaneda | Luis Videgaray | Videgaray | Marcelo Ebrard | Ebrard
    | Alicia Bárcena | Alicia Barcena | Juan Ramón de la Fuente | Juan Ramon de la Fuente
# Cartel bosses: criminal sector.
MEXCRM : Joaquín Guzmán | Joaquin Guzman | Joaquín Guzmán Loera | Joaquin Guzman Loera
    | El Chapo | El Chapo Guzmán | El Chapo Guzman | Ismael Zambada | El Mayo Zambada
    | Nemesio Oseguera | El Mencho

# ---------------------------------------------------------------- Central America and Caribbean
CUBGOV : Fidel Castro | Fidel Castro Ruz | Raúl Castro | Raul Castro | Castro
    | Miguel Díaz-Canel | Miguel Diaz-Canel | Díaz-Canel | Diaz-Canel
    | Bruno Rodríguez Parrilla | Bruno Rodriguez Parrilla | Bruno Rodríguez | Bruno Rodriguez
    | Felipe Pérez Roque | Felipe Perez Roque | Ricardo Alarcón | Ricardo Alarcon
    | Manuel Marrero Cruz | Manuel Marrero
CUBOPP : Oswaldo Payá | Oswaldo Paya | José Daniel Ferrer | Jose Daniel Ferrer
    | Guillermo Fariñas | Guillermo Farinas | Berta Soler
# Honduras's Xiomara Castro is listed so that her name never falls to bare "Castro".
HNDGOV : Xiomara Castro | Juan Orlando Hernández | Juan Orlando Hernandez | Manuel Zelaya
NICGOV : Daniel Ortega | Rosario Murillo
SLVGOV : Nayib Bukele | Bukele
HTIGOV : Jean-Bertrand Aristide | Aristide | René Préval | Rene Preval | Michel Martelly
    | Martelly | Jovenel Moïse | Jovenel Moise | Ariel Henry
HTICRM : Jimmy Chérizier | Jimmy Cherizier

# ---------------------------------------------------------------- South America
VENGOV : Rafael Caldera | Hugo Chávez | Hugo Chavez | Hugo Rafael Chávez | Hugo Rafael Chavez
    | Chávez | Chavez | Nicolás Maduro | Nicolas Maduro | Maduro | Delcy Rodríguez
    | Delcy Rodriguez | Diosdado Cabello | Cabello | Jorge Arreaza | Arreaza | Yván Gil
    | Yvan Gil | Elías Jaua | Elias Jaua | Tareck El Aissami | El Aissami
    | Vladimir Padrino López | Vladimir Padrino Lopez | Padrino López | Padrino Lopez
VENOPP : Juan Guaidó | Juan Guaido | Guaidó | Guaido | Henrique Capriles
    | Henrique Capriles Radonski | Capriles | Leopoldo López | Leopoldo Lopez
    | María Corina Machado | Maria Corina Machado | Corina Machado | Edmundo González Urrutia
    | Edmundo Gonzalez Urrutia | Edmundo González | Edmundo Gonzalez | González Urrutia
    | Gonzalez Urrutia | Antonio Ledezma | Ledezma | Manuel Rosales
COLGOV : Ernesto Samper | Samper | Andrés Pastrana | Andres Pastrana | Pastrana | Álvaro Uribe
    | Alvaro Uribe | Álvaro Uribe Vélez | Alvaro Uribe Velez | Uribe | Juan Manuel Santos
    | Iván Duque | Ivan Duque | Iván Duque Márquez | Ivan Duque Marquez | Gustavo Petro
    | Francia Márquez | Francia Marquez | María Ángela Holguín | Maria Angela Holguin
    | Álvaro Leyva | Alvaro Leyva
# Miguel Uribe (senator, shot in 2025) is listed so that his name never falls to bare "Uribe".
COLOPP : Miguel Uribe | Miguel Uribe Turbay | Ingrid Betancourt
COLREB : Manuel Marulanda | Manuel Marulanda Vélez | Manuel Marulanda Velez | Tirofijo
    | Alfonso Cano | Raúl Reyes | Raul Reyes | Mono Jojoy | Rodrigo Londoño | Rodrigo Londono
    | Timoleón Jiménez | Timoleon Jimenez | Timochenko | Iván Márquez | Ivan Marquez
    | Jesús Santrich | Jesus Santrich | Santrich | Nicolás Rodríguez Bautista
    | Nicolas Rodriguez Bautista | Pablo Beltrán | Pablo Beltran
ECUGOV : Rafael Correa | Lenín Moreno | Lenin Moreno | Guillermo Lasso | Daniel Noboa | Noboa
PERGOV : Alberto Fujimori | Alejandro Toledo | Alan García | Alan Garcia | Ollanta Humala
    | Humala | Pedro Pablo Kuczynski | Kuczynski | Martín Vizcarra | Martin Vizcarra
    | Vizcarra | Pedro Castillo | Dina Boluarte | Boluarte | José Jerí | Jose Jeri
PEROPP : Keiko Fujimori
BOLGOV : Evo Morales | Luis Arce | Jeanine Áñez | Jeanine Anez | Rodrigo Paz
CHLGOV : Augusto Pinochet | Pinochet | Eduardo Frei Ruiz-Tagle | Ricardo Lagos
    | Michelle Bachelet | Bachelet | Sebastián Piñera | Sebastian Pinera | Piñera | Pinera
    | Gabriel Boric | Boric
BRAGOV : Fernando Henrique Cardoso | Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva
    | Lula da Silva | Lula | Dilma Rousseff | Rousseff | Dilma | Michel Temer | Temer
    | Jair Bolsonaro | Jair Messias Bolsonaro | Bolsonaro | Celso Amorim | Amorim
    | Antonio Patriota | Mauro Vieira | Ernesto Araújo | Ernesto Araujo | Geraldo Alckmin
    | Alckmin | Sergio Moro
ARGGOV : Carlos Menem | Carlos Saúl Menem | Carlos Saul Menem | Menem | Fernando de la Rúa
    | Fernando de la Rua | De la Rúa | De la Rua | Eduardo Duhalde | Duhalde
    | Adolfo Rodríguez Saá | Adolfo Rodriguez Saa | Néstor Kirchner | Nestor Kirchner
    | Cristina Fernández de Kirchner | Cristina Fernandez de Kirchner | Cristina Kirchner
    | Kirchner | Mauricio Macri | Macri | Alberto Fernández | Alberto Fernandez | Javier Milei
    | Milei | Victoria Villarruel | Villarruel | Guido di Tella | Héctor Timerman
    | Hector Timerman | Timerman | Susana Malcorra | Malcorra | Santiago Cafiero
    | Diana Mondino | Gerardo Werthein | Patricia Bullrich | Bullrich

# ---------------------------------------------------------------- United Kingdom and Ireland
# Monarchs are heads of state: GOV.
GBRGOV : John Major | Tony Blair | Blair | Gordon Brown | David Cameron | Theresa May
    | Boris Johnson | Liz Truss | Elizabeth Truss | Rishi Sunak | Sunak | Keir Starmer
    | Starmer | Queen Elizabeth II | Queen Elizabeth | Elizabeth II | King Charles III
    | King Charles | Charles III | Malcolm Rifkind | Rifkind | Robin Cook | Jack Straw
    | Margaret Beckett | David Miliband | William Hague | Philip Hammond | Jeremy Hunt
    | Dominic Raab | Raab | James Cleverly | David Lammy | Lammy | Yvette Cooper | Geoff Hoon
    | Grant Shapps | Shapps | Rachel Reeves | Jonathan Powell
GBROPP : Jeremy Corbyn | Corbyn | Nigel Farage | Farage | Kemi Badenoch | Badenoch
IRLGOV : Bertie Ahern | Enda Kenny | Leo Varadkar | Varadkar | Micheál Martin | Micheal Martin
    | Simon Harris | Mary McAleese | McAleese | Michael D. Higgins | Catherine Connolly

# ---------------------------------------------------------------- France
FRAGOV : François Mitterrand | Francois Mitterrand | Mitterrand | Francois Mitterand | Mitterand | Jacques Chirac | Chirac
    | Nicolas Sarkozy | Sarkozy | François Hollande | Francois Hollande | Hollande
    | Emmanuel Macron | Macron | Alain Juppé | Alain Juppe | Juppé | Juppe | Lionel Jospin
    | Jospin | Jean-Pierre Raffarin | Raffarin | Dominique de Villepin | de Villepin
    | Villepin | François Fillon | Francois Fillon | Fillon | Jean-Marc Ayrault | Ayrault
    | Manuel Valls | Valls | Bernard Cazeneuve | Cazeneuve | Édouard Philippe
    | Edouard Philippe | Jean Castex | Castex | Élisabeth Borne | Elisabeth Borne
    | Gabriel Attal | Attal | Michel Barnier | Barnier | François Bayrou | Francois Bayrou
    | Bayrou | Sébastien Lecornu | Sebastien Lecornu | Lecornu | Hervé de Charette
    | Herve de Charette | Hubert Védrine | Hubert Vedrine | Védrine | Vedrine
    | Philippe Douste-Blazy | Douste-Blazy | Bernard Kouchner | Kouchner
    | Michèle Alliot-Marie | Michele Alliot-Marie | Alliot-Marie | Laurent Fabius | Fabius
    | Jean-Yves Le Drian | Le Drian | Catherine Colonna | Stéphane Séjourné
    | Stephane Sejourne | Jean-Noël Barrot | Jean-Noel Barrot
FRAOPP : Marine Le Pen | Jean-Marie Le Pen | Le Pen | Jordan Bardella | Bardella
    | Jean-Luc Mélenchon | Jean-Luc Melenchon | Mélenchon | Melenchon

# ---------------------------------------------------------------- Germany
DEUGOV : Helmut Kohl | Gerhard Schröder | Gerhard Schroeder | Schröder | Schroeder
    | Angela Merkel | Merkel | Olaf Scholz | Scholz | Friedrich Merz | Merz | Roman Herzog
    | Johannes Rau | Horst Köhler | Horst Koehler | Christian Wulff | Joachim Gauck | Gauck
    | Frank-Walter Steinmeier | Steinmeier | Klaus Kinkel | Kinkel | Joschka Fischer
    | Guido Westerwelle | Westerwelle | Sigmar Gabriel | Heiko Maas | Annalena Baerbock
    | Baerbock | Johann Wadephul | Wadephul | Boris Pistorius | Pistorius
DEUOPP : Alice Weidel | Weidel

# ---------------------------------------------------------------- Italy
ITAGOV : Lamberto Dini | Oscar Luigi Scalfaro | Scalfaro | Massimo D'Alema | D'Alema
    | Giuliano Amato | Silvio Berlusconi | Berlusconi | Carlo Azeglio Ciampi | Ciampi
    | Mario Monti | Monti | Enrico Letta | Letta | Matteo Renzi | Renzi | Paolo Gentiloni
    | Gentiloni | Giuseppe Conte | Mario Draghi | Draghi | Giorgia Meloni | Meloni
    | Giorgio Napolitano | Sergio Mattarella | Mattarella | Franco Frattini | Frattini
    | Luigi Di Maio | Di Maio | Antonio Tajani | Tajani | Matteo Salvini | Salvini
    | Guido Crosetto | Crosetto

# ---------------------------------------------------------------- Spain, Portugal, Benelux
ESPGOV : Felipe González | Felipe Gonzalez | José María Aznar | Jose Maria Aznar | Aznar
    | José Luis Rodríguez Zapatero | Jose Luis Rodriguez Zapatero | Rodríguez Zapatero
    | Rodriguez Zapatero | Zapatero | Mariano Rajoy | Rajoy | Pedro Sánchez | Pedro Sanchez
    | King Juan Carlos | Juan Carlos I | King Felipe VI | Felipe VI | Miguel Ángel Moratinos
    | Miguel Angel Moratinos | Moratinos | Ana Palacio | José Manuel Albares
    | Jose Manuel Albares | Albares
# Portugal's prime minister is listed so that his name never falls to "Montenegro".
PRTGOV : José Sócrates | Jose Socrates | Marcelo Rebelo de Sousa | Rebelo de Sousa
    | Luís Montenegro | Luis Montenegro
NLDGOV : Wim Kok | Jan Peter Balkenende | Balkenende | Dick Schoof | Bernard Bot | Stef Blok
BELGOV : Guy Verhofstadt | Verhofstadt | Alexander De Croo | De Croo | Bart De Wever
    | De Wever

# ---------------------------------------------------------------- Nordic countries and Austria
DNKGOV : Poul Nyrup Rasmussen | Lars Løkke Rasmussen | Lars Lokke Rasmussen | Løkke Rasmussen
    | Lokke Rasmussen | Helle Thorning-Schmidt | Thorning-Schmidt | Mette Frederiksen
NORGOV : Jonas Gahr Støre | Jonas Gahr Store | Gahr Støre | Gahr Store | Erna Solberg
    | Espen Barth Eide | Kjell Magne Bondevik | Bondevik
SWEGOV : Göran Persson | Goran Persson | Carl Bildt | Bildt | Fredrik Reinfeldt | Reinfeldt
    | Stefan Löfven | Stefan Lofven | Löfven | Lofven | Magdalena Andersson | Ulf Kristersson
    | Kristersson | Margot Wallström | Margot Wallstrom
FINGOV : Martti Ahtisaari | Ahtisaari | Tarja Halonen | Sauli Niinistö | Sauli Niinisto
    | Niinistö | Niinisto | Sanna Marin | Alexander Stubb | Stubb | Petteri Orpo
AUTGOV : Sebastian Kurz | Karl Nehammer | Nehammer | Alexander Van der Bellen | Van der Bellen

# ---------------------------------------------------------------- Central and Eastern Europe
POLGOV : Lech Wałęsa | Lech Walesa | Wałęsa | Walesa | Aleksander Kwaśniewski
    | Aleksander Kwasniewski | Kwaśniewski | Kwasniewski | Lech Kaczyński | Lech Kaczynski
    | Jarosław Kaczyński | Jaroslaw Kaczynski | Kaczyński | Bronisław Komorowski
    | Bronislaw Komorowski | Komorowski | Andrzej Duda | Duda | Karol Nawrocki | Nawrocki
    | Donald Tusk | Beata Szydło | Beata Szydlo | Szydło | Szydlo | Mateusz Morawiecki
    | Morawiecki | Jerzy Buzek | Leszek Miller | Radosław Sikorski | Radoslaw Sikorski
    | Radek Sikorski | Sikorski | Zbigniew Rau | Władysław Kosiniak-Kamysz
    | Wladyslaw Kosiniak-Kamysz | Kosiniak-Kamysz
CZEGOV : Václav Havel | Vaclav Havel | Havel | Václav Klaus | Vaclav Klaus | Miloš Zeman
    | Milos Zeman | Zeman | Andrej Babiš | Andrej Babis | Babiš | Babis | Petr Fiala
    | Petr Pavel
SVKGOV : Vladimír Mečiar | Vladimir Meciar | Mečiar | Meciar | Mikuláš Dzurinda
    | Mikulas Dzurinda | Dzurinda | Robert Fico | Fico | Zuzana Čaputová | Zuzana Caputova
    | Čaputová | Caputova | Peter Pellegrini
HUNGOV : Gyula Horn | Viktor Orbán | Viktor Orban | Orbán | Orban | Péter Medgyessy
    | Peter Medgyessy | Ferenc Gyurcsány | Ferenc Gyurcsany | Gyurcsány | Gyurcsany
    | Gordon Bajnai | Péter Szijjártó | Peter Szijjarto | Szijjártó | Szijjarto
    | Katalin Novák | Katalin Novak | Tamás Sulyok | Tamas Sulyok
HUNOPP : Péter Magyar | Peter Magyar
ROMGOV : Emil Constantinescu | Ion Iliescu | Iliescu | Traian Băsescu | Traian Basescu
    | Băsescu | Basescu | Klaus Iohannis | Iohannis | Nicușor Dan | Nicusor Dan
MDAGOV : Vladimir Voronin | Igor Dodon | Dodon | Maia Sandu
ALBGOV : Sali Berisha | Berisha | Edi Rama
GRCGOV : Konstantinos Simitis | Costas Simitis | Simitis | Kostas Karamanlis
    | Costas Karamanlis | Karamanlis | George Papandreou | Giorgos Papandreou
    | Andreas Papandreou | Papandreou | Lucas Papademos | Papademos | Antonis Samaras
    | Samaras | Alexis Tsipras | Tsipras | Kyriakos Mitsotakis | Mitsotakis | Yanis Varoufakis
    | Varoufakis | Nikos Dendias | Dendias | George Gerapetritis | Gerapetritis

# ---------------------------------------------------------------- Former Yugoslavia
HRVGOV : Franjo Tuđman | Franjo Tudjman | Franjo Tudman | Tuđman | Tudjman | Stjepan Mesić
    | Stjepan Mesic | Ivo Sanader | Sanader | Zoran Milanović | Zoran Milanovic
    | Andrej Plenković | Andrej Plenkovic | Plenković | Plenkovic | Kolinda Grabar-Kitarović
    | Kolinda Grabar-Kitarovic | Grabar-Kitarović | Grabar-Kitarovic
# Milosevic led Serbia and then the Federal Republic of Yugoslavia: SRB, as in most copy.
SRBGOV : Slobodan Milošević | Slobodan Milosevic | Milošević | Milosevic | Milan Milutinović
    | Milan Milutinovic | Vojislav Koštunica | Vojislav Kostunica | Koštunica | Kostunica
    | Zoran Đinđić | Zoran Djindjic | Zoran Dindic | Đinđić | Djindjic | Boris Tadić
    | Boris Tadic | Tomislav Nikolić | Tomislav Nikolic | Aleksandar Vučić | Aleksandar Vucic
    | Vučić | Vucic | Ana Brnabić | Ana Brnabic | Brnabić | Brnabic | Ivica Dačić
    | Ivica Dacic | Dačić | Dacic | Vuk Jeremić | Vuk Jeremic | Jeremić | Jeremic
    | Miloš Vučević | Milos Vucevic | Đuro Macut | Djuro Macut | Marko Đurić | Marko Djuric
KSVGOV : Ibrahim Rugova | Rugova | Hashim Thaçi | Hashim Thaci | Thaçi | Thaci | Agim Çeku
    | Agim Ceku | Ramush Haradinaj | Haradinaj | Fatmir Sejdiu | Atifete Jahjaga | Isa Mustafa
    | Albin Kurti | Kurti | Avdullah Hoti | Vjosa Osmani

# ---------------------------------------------------------------- Ukraine and Belarus
UKRGOV : Leonid Kravchuk | Kravchuk | Leonid Kuchma | Kuchma | Viktor Yushchenko | Yushchenko
    | Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich | Oleksandr Turchynov
    | Turchynov | Petro Poroshenko | Poroshenko | Volodymyr Zelensky | Volodymyr Zelenskyy
    | Volodymyr Zelenskiy | Volodymyr Zelenskyi | Zelensky | Zelenskyy | Zelenskiy | Zelenskyi
    | Zelenski | Yulia Tymoshenko | Tymoshenko | Mykola Azarov | Azarov | Arseniy Yatsenyuk
    | Arseny Yatsenyuk | Yatsenyuk | Volodymyr Groysman | Groysman | Denys Shmyhal
    | Denys Shmygal | Shmyhal | Yulia Svyrydenko | Svyrydenko | Pavlo Klimkin | Klimkin
    | Vadym Prystaiko | Dmytro Kuleba | Dmitry Kuleba | Kuleba | Andrii Sybiha | Andriy Sybiha
    | Sybiha | Andriy Yermak | Andrii Yermak | Yermak | Oleksii Reznikov | Oleksiy Reznikov
    | Reznikov | Rustem Umerov | Umerov | Arsen Avakov | Avakov | Mykhailo Podolyak
    | Mykhailo Podoliak | Podolyak | Podoliak | Vitali Klitschko | Vitaliy Klitschko
UKRMIL : Valerii Zaluzhnyi | Valeriy Zaluzhnyi | Valery Zaluzhny | Zaluzhnyi | Zaluzhny
    | Oleksandr Syrskyi | Oleksandr Syrsky | Syrskyi | Syrsky
UKRSPY : Kyrylo Budanov | Budanov | Vasyl Maliuk | Maliuk
# Leaders of the Russian-backed "people's republics" in Donetsk and Luhansk.
UKRREB : Denis Pushilin | Pushilin | Alexander Zakharchenko | Aleksandr Zakharchenko
    | Leonid Pasechnik | Igor Plotnitsky | Igor Girkin | Girkin | Igor Strelkov | Strelkov
BLRGOV : Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka
    | Aliaksandr Lukashenka | Alexander Lukashenka | Lukashenko | Lukashenka | Vladimir Makei
    | Uladzimir Makei | Makei | Maxim Ryzhenkov
BLROPP : Sviatlana Tsikhanouskaya | Svetlana Tsikhanouskaya | Svetlana Tikhanovskaya
    | Tsikhanouskaya | Tikhanovskaya | Siarhei Tsikhanouski | Sergei Tikhanovsky | Tikhanovsky
    | Maria Kalesnikava | Maria Kolesnikova | Kalesnikava | Viktar Babaryka | Viktor Babariko
    | Babaryka | Ales Bialiatski | Ales Byalyatski | Bialiatski | Pavel Latushko | Latushko

# ---------------------------------------------------------------- Russia
RUSGOV : Boris Yeltsin | Yeltsin | Vladimir Putin | Vladimir Vladimirovich Putin | Putin
    | Dmitry Medvedev | Dmitri Medvedev | Dmitriy Medvedev | Medvedev | Viktor Chernomyrdin
    | Chernomyrdin | Sergei Kiriyenko | Sergey Kiriyenko | Kiriyenko | Yevgeny Primakov
    | Yevgeni Primakov | Primakov | Sergei Stepashin | Stepashin | Mikhail Kasyanov | Kasyanov
    | Mikhail Fradkov | Fradkov | Viktor Zubkov | Mikhail Mishustin | Mishustin
    | Andrei Kozyrev | Andrey Kozyrev | Kozyrev | Igor Ivanov | Sergei Ivanov | Sergei Lavrov
    | Sergey Lavrov | Lavrov | Sergei Shoigu | Sergey Shoigu | Shoigu | Andrei Belousov
    | Andrey Belousov | Belousov | Nikolai Patrushev | Nikolay Patrushev | Patrushev
    | Dmitry Peskov | Dmitri Peskov | Peskov | Maria Zakharova | Zakharova | Sergei Ryabkov
    | Sergey Ryabkov | Ryabkov | Vitaly Churkin | Churkin | Vasily Nebenzya | Vassily Nebenzia
    | Nebenzya | Nebenzia | Yuri Ushakov | Kirill Dmitriev | Ramzan Kadyrov | Akhmad Kadyrov
    | Kadyrov
RUSMIL : Valery Gerasimov | Valeriy Gerasimov | Gerasimov | Sergei Surovikin | Surovikin
RUSOPP : Alexei Navalny | Alexey Navalny | Aleksei Navalny | Navalny | Yulia Navalnaya
    | Navalnaya | Boris Nemtsov | Nemtsov | Garry Kasparov | Kasparov | Mikhail Khodorkovsky
    | Khodorkovsky | Vladimir Kara-Murza | Kara-Murza | Ilya Yashin | Grigory Yavlinsky
    | Yavlinsky | Gennady Zyuganov | Zyuganov | Vladimir Zhirinovsky | Zhirinovsky
    | Boris Berezovsky | Berezovsky
# Wagner's founder: the same code as the Wagner Group in organizations.lex.
RUSUAF : Yevgeny Prigozhin | Yevgeniy Prigozhin | Prigozhin | Dmitry Utkin
# Chechen separatist leaders.
RUSREB : Shamil Basayev | Basayev | Aslan Maskhadov | Maskhadov | Doku Umarov

# ---------------------------------------------------------------- Caucasus and Central Asia
GEOGOV : Eduard Shevardnadze | Shevardnadze | Mikheil Saakashvili | Mikhail Saakashvili
    | Saakashvili | Nino Burjanadze | Burjanadze | Zurab Zhvania | Giorgi Margvelashvili
    | Margvelashvili | Salome Zourabichvili | Salome Zurabishvili | Zourabichvili
    | Zurabishvili | Mikheil Kavelashvili | Kavelashvili | Bidzina Ivanishvili | Ivanishvili
    | Giorgi Kvirikashvili | Kvirikashvili | Irakli Garibashvili | Garibashvili
    | Irakli Kobakhidze | Kobakhidze
ARMGOV : Levon Ter-Petrosyan | Levon Ter-Petrossian | Ter-Petrosyan | Ter-Petrossian
    | Robert Kocharyan | Robert Kocharian | Kocharyan | Kocharian | Serzh Sargsyan
    | Serzh Sarkisian | Serzh Sarkissian | Sargsyan | Sarkisian | Armen Sarkissian
    | Nikol Pashinyan | Nikol Pashinian | Pashinyan | Pashinian | Vartan Oskanian | Oskanian
    | Edward Nalbandian | Ararat Mirzoyan | Mirzoyan
AZEGOV : Heydar Aliyev | Ilham Aliyev | Aliyev | Mehriban Aliyeva | Elmar Mammadyarov
    | Mammadyarov | Jeyhun Bayramov | Bayramov | Hikmet Hajiyev
KAZGOV : Nursultan Nazarbayev | Nursultan Nazarbaev | Nazarbayev | Nazarbaev
    | Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev | Tokayev | Tokaev
UZBGOV : Islam Karimov | Karimov | Shavkat Mirziyoyev | Mirziyoyev | Mirziyoev
TJKGOV : Emomali Rahmon | Emomali Rakhmonov | Emomali Rahmonov | Rahmon | Rakhmonov | Rahmonov
TKMGOV : Saparmurat Niyazov | Niyazov | Turkmenbashi | Gurbanguly Berdimuhamedow
    | Gurbanguly Berdymukhamedov | Serdar Berdimuhamedow | Berdimuhamedow | Berdymukhamedov
    | Berdimuhamedov
KGZGOV : Askar Akayev | Akayev | Kurmanbek Bakiyev | Bakiyev | Roza Otunbayeva | Otunbayeva
    | Almazbek Atambayev | Atambayev | Sooronbay Jeenbekov | Jeenbekov | Sadyr Japarov
    | Sadyr Zhaparov | Japarov | Zhaparov

# ---------------------------------------------------------------- Turkey
TURGOV : Süleyman Demirel | Suleyman Demirel | Demirel | Tansu Çiller | Tansu Ciller | Çiller
    | Ciller | Necmettin Erbakan | Erbakan | Mesut Yılmaz | Mesut Yilmaz | Bülent Ecevit
    | Bulent Ecevit | Ecevit | Ahmet Necdet Sezer | Necdet Sezer | Abdullah Gül | Abdullah Gul
    | Recep Tayyip Erdoğan | Recep Tayyip Erdogan | Tayyip Erdoğan | Tayyip Erdogan | Erdoğan
    | Erdogan | Ahmet Davutoğlu | Ahmet Davutoglu | Davutoğlu | Davutoglu | Binali Yıldırım
    | Binali Yildirim | İsmail Cem | Ismail Cem | Ali Babacan | Babacan | Mevlüt Çavuşoğlu
    | Mevlut Cavusoglu | Çavuşoğlu | Cavusoglu | Hakan Fidan | Fidan | Cevdet Yılmaz
    | Cevdet Yilmaz | Hulusi Akar | İbrahim Kalın | Ibrahim Kalin | Devlet Bahçeli
    | Devlet Bahceli | Bahçeli | Bahceli
TUROPP : Kemal Kılıçdaroğlu | Kemal Kilicdaroglu | Kılıçdaroğlu | Kilicdaroglu
    | Ekrem İmamoğlu | Ekrem Imamoglu | İmamoğlu | Imamoglu | Özgür Özel | Ozgur Ozel
    | Selahattin Demirtaş | Selahattin Demirtas | Demirtaş | Demirtas | Meral Akşener
    | Meral Aksener | Akşener | Aksener | Mansur Yavaş | Mansur Yavas | Fethullah Gülen
    | Fethullah Gulen | Gülen | Gulen
# PKK leaders: the same code as the PKK in organizations.lex.
TURREB : Abdullah Öcalan | Abdullah Ocalan | Öcalan | Ocalan | Murat Karayılan
    | Murat Karayilan | Karayılan | Karayilan | Cemil Bayık | Cemil Bayik

# ---------------------------------------------------------------- Iran
IRNGOV : Ruhollah Khomeini | Khomeini | Ali Khamenei | Sayyid Ali Khamenei | Khamenei
    | Khamene'i | Akbar Hashemi Rafsanjani | Ali Akbar Hashemi Rafsanjani | Hashemi Rafsanjani
    | Rafsanjani | Mohammad Khatami | Mohammed Khatami | Khatami | Mahmoud Ahmadinejad
    | Mahmud Ahmadinejad | Ahmadinejad | Ahmadinezhad | Ahmadi-Nejad | Hassan Rouhani
    | Hassan Rowhani | Hasan Rouhani | Rouhani | Rowhani | Ebrahim Raisi | Ebrahim Raeisi
    | Ibrahim Raisi | Raisi | Raeisi | Mohammad Mokhber | Mokhber | Masoud Pezeshkian
    | Massoud Pezeshkian | Pezeshkian | Pezeshkiyan | Ali Akbar Velayati | Velayati
    | Kamal Kharrazi | Kharrazi | Manouchehr Mottaki | Manouchehr Motaki | Mottaki
    | Ali Akbar Salehi | Mohammad Javad Zarif | Javad Zarif | Zarif | Hossein Amir-Abdollahian
    | Hossein Amirabdollahian | Amir-Abdollahian | Amirabdollahian | Ali Bagheri Kani
    | Ali Bagheri | Bagheri Kani | Abbas Araghchi | Abbas Araqchi | Araghchi | Araqchi
    | Ali Larijani | Larijani | Saeed Jalili | Jalili | Ali Shamkhani | Shamkhani
    | Mohammad Reza Aref | Nasser Kanaani | Kanaani | Esmaeil Baghaei | Esmaeil Baqaei
    | Baghaei | Saeed Khatibzadeh | Khatibzadeh
IRNLEG : Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf | Mohammad Bagher Qalibaf
    | Ghalibaf | Qalibaf
# Revolutionary Guards commanders: the same code as the IRGC in organizations.lex.
IRNMIL : Qassem Soleimani | Qasem Soleimani | Qassim Suleimani | Qassem Suleimani | Soleimani
    | Suleimani | Esmail Qaani | Esmail Ghaani | Ismail Qaani | Qaani | Ghaani
    | Mohammad Bagheri | Hossein Salami | Mohammad Pakpour | Pakpour | Amir Ali Hajizadeh
    | Hajizadeh | Mohammad Ali Jafari | Yahya Rahim Safavi
IRNOPP : Mir-Hossein Mousavi | Mir Hossein Mousavi | Mehdi Karroubi | Mehdi Karrubi | Karroubi
    | Karrubi | Reza Pahlavi | Maryam Rajavi | Massoud Rajavi | Rajavi | Narges Mohammadi
    | Shirin Ebadi | Ebadi

# ---------------------------------------------------------------- Iraq
IRQGOV : Saddam Hussein | Saddam | Uday Hussein | Qusay Hussein | Tariq Aziz
    | Taha Yassin Ramadan | Ali Hassan al-Majid | Chemical Ali | Ghazi al-Yawar | Iyad Allawi
    | Ayad Allawi | Allawi | Ibrahim al-Jaafari | Ibrahim Jaafari | Nouri al-Maliki
    | Nuri al-Maliki | Nouri Maliki | Nuri Kamal al-Maliki | Haider al-Abadi | Haidar al-Abadi
    | al-Abadi | Adel Abdul Mahdi | Adil Abdul-Mahdi | Abdul Mahdi | Mustafa al-Kadhimi
    | Mustafa Kadhimi | al-Kadhimi | Kadhimi | Mohammed Shia al-Sudani | Mohammed al-Sudani
    | Shia al-Sudani | Jalal Talabani | Talabani | Fuad Masum | Fouad Massoum | Barham Salih
    | Barham Saleh | Abdul Latif Rashid | Abdul Latif Jamal Rashid | Hoshyar Zebari | Zebari
    | Fuad Hussein | Masoud Barzani | Massoud Barzani | Nechirvan Barzani | Masrour Barzani
    | Barzani
# Leaders of the state-sanctioned Popular Mobilization Forces: as the PMF in organizations.lex.
IRQMIL : Abu Mahdi al-Muhandis | al-Muhandis | Muhandis | Hadi al-Amiri | Falih al-Fayyadh
IRQOPP : Muqtada al-Sadr | Moqtada al-Sadr | Muqtada Sadr | Moqtada Sadr | Moktada al-Sadr
IRQREL : Ali al-Sistani | Ali Sistani | al-Sistani | Sistani
IRQREB : Izzat Ibrahim al-Douri | Izzat al-Douri | Izzat Ibrahim al-Duri

# ---------------------------------------------------------------- Syria
SYRGOV : Hafez al-Assad | Hafez Assad | Hafiz al-Asad | Bashar al-Assad | Bashar Assad
    | Bashar al-Asad | Assad | al-Assad | al-Asad | Maher al-Assad | Asma al-Assad
    | Farouk al-Sharaa | Farouq al-Shara | Walid al-Moualem | Walid al-Muallem | Walid Muallem
    | Walid al-Moallem | Muallem | Moualem | Moallem | Faisal Mekdad | Faisal al-Mekdad
    | Fayssal Mekdad | Mekdad | Bashar al-Jaafari | Bashar Jaafari | Bouthaina Shaaban
    | Ali Mamlouk | Ahmed al-Sharaa | Ahmad al-Sharaa | al-Sharaa | Sharaa | Asaad al-Shaibani
    | Asaad Hassan al-Shibani | al-Shaibani | Shaibani
# Ahmed al-Sharaa led HTS as Abu Mohammad al-Jolani: that name is used for his rebel years.
SYRREB : Abu Mohammad al-Jolani | Abu Mohammed al-Jolani | Abu Mohammad al-Julani
    | Abu Muhammad al-Jawlani | al-Jolani | Jolani | al-Julani | Julani | al-Jawlani | Jawlani
    | Mazloum Abdi | Mazloum Kobani | Zahran Alloush | Hassan Abboud
SYROPP : Burhan Ghalioun | Moaz al-Khatib | Ahmad Jarba | Riad Hijab | Riyad Hijab

# ---------------------------------------------------------------- Israel
ISRGOV : Yitzhak Rabin | Rabin | Shimon Peres | Peres | Benjamin Netanyahu
    | Binyamin Netanyahu | Benyamin Netanyahu | Bibi Netanyahu | Netanyahu | Ehud Barak
    | Barak | Ariel Sharon | Ehud Olmert | Olmert | Naftali Bennett | Yair Lapid | Lapid
    | Ezer Weizman | Moshe Katsav | Moshe Katzav | Katsav | Reuven Rivlin | Ruvi Rivlin
    | Rivlin | Isaac Herzog | Yitzhak Herzog | Tzipi Livni | Livni | Avigdor Lieberman
    | Avigdor Liberman | Shaul Mofaz | Mofaz | Moshe Ya'alon | Moshe Yaalon | Ya'alon | Yaalon
    | Silvan Shalom | Amir Peretz | Benny Gantz | Gantz | Gabi Ashkenazi | Yoav Gallant
    | Israel Katz | Yisrael Katz | Gideon Saar | Gideon Sa'ar | Itamar Ben-Gvir
    | Itamar Ben Gvir | Ben-Gvir | Ben Gvir | Bezalel Smotrich | Smotrich | Ron Dermer
    | Dermer | Tzachi Hanegbi | Hanegbi | Danny Danon | Gilad Erdan | Ayelet Shaked
ISRMIL : Gadi Eisenkot | Aviv Kochavi | Kochavi | Herzi Halevi | Eyal Zamir | Daniel Hagari
    | Hagari

# ---------------------------------------------------------------- Palestinian territories
# Fatah and Palestinian Authority leaders: PSEGOV, as Fatah in organizations.lex.
PSEGOV : Yasser Arafat | Yasir Arafat | Arafat | Mahmoud Abbas | Mahmud Abbas | Abu Mazen
    | Abbas | Ahmed Qurei | Ahmed Qureia | Qurei | Qureia | Salam Fayyad | Fayyad
    | Rami Hamdallah | Hamdallah | Mohammad Shtayyeh | Mohammad Shtayeh | Shtayyeh | Shtayeh
    | Saeb Erekat | Saeb Erakat | Erekat | Erakat | Riyad al-Maliki | Riyad al-Malki
    | Riad Malki | Hussein al-Sheikh | Jibril Rajoub | Marwan Barghouti | Nabil Abu Rudeineh
    | Abu Rudeineh | Riyad Mansour | Majed Faraj | Varsen Aghabekian
# Hamas and Islamic Jihad leaders: PSEREB, as the groups in organizations.lex.
PSEREB : Ahmed Yassin | Abdel Aziz al-Rantisi | Abdel-Aziz al-Rantisi | Abdel-Aziz Rantisi
    | al-Rantisi | Rantisi | Khaled Meshaal | Khaled Mashaal | Khaled Mashal | Khalid Mishal
    | Meshaal | Mashaal | Ismail Haniyeh | Ismail Haniya | Ismail Haniyah | Haniyeh | Haniya
    | Haniyah | Yahya Sinwar | Yehya Sinwar | Mohammed Sinwar | Sinwar | Mohammed Deif
    | Mohammad Deif | Mohammed Dief | Deif | Mousa Abu Marzouk | Moussa Abu Marzouk
    | Abu Marzouk | Mahmoud al-Zahar | Mahmoud Zahar | Khalil al-Hayya | al-Hayya
    | Saleh al-Arouri | Saleh Arouri | al-Arouri | Arouri | Marwan Issa | Osama Hamdan
    | Abu Obeida | Izz al-Din al-Haddad | Ezzedine al-Haddad | Fathi Shaqaqi | Ramadan Shallah
    | Ramadan Abdullah Shallah | Ziad al-Nakhalah | Ziad Nakhaleh | Nakhalah

# ---------------------------------------------------------------- Lebanon
LBNGOV : Elias Hrawi | Emile Lahoud | Lahoud | Michel Suleiman | Michel Sleiman | Michel Aoun
    | Joseph Aoun | Aoun | Rafik Hariri | Rafiq Hariri | Rafic Hariri | Saad Hariri
    | Saad al-Hariri | Hariri | Salim al-Hoss | Omar Karami | Fouad Siniora | Fuad Siniora
    | Siniora | Najib Mikati | Najib Miqati | Mikati | Tammam Salam | Hassan Diab
    | Nawaf Salam | Gebran Bassil | Bassil | Abdallah Bou Habib | Youssef Rajji
LBNLEG : Nabih Berri | Berri
LBNOPP : Samir Geagea | Geagea
# Hezbollah leaders: the same code as Hezbollah in organizations.lex.
LBNREB : Hassan Nasrallah | Hasan Nasrallah | Sayyed Hassan Nasrallah | Nasrallah | Nasrullah
    | Naim Qassem | Naim Kassem | Naim Qasim | Hashem Safieddine | Hashem Safi al-Din
    | Safieddine | Imad Mughniyeh | Imad Mughniyah | Mughniyeh | Mughniyah
    | Mustafa Badreddine | Fuad Shukr | Ibrahim Aqil | Abbas al-Musawi | Subhi al-Tufayli

# ---------------------------------------------------------------- Jordan, Egypt
JORGOV : King Hussein | King Hussein bin Talal | Hussein bin Talal | King Abdullah II
    | Abdullah II | Abdullah II bin Al-Hussein | Queen Rania | Marwan Muasher | Nasser Judeh
    | Ayman Safadi | Safadi | Bisher al-Khasawneh
EGYGOV : Hosni Mubarak | Mohamed Hosni Mubarak | Muhammad Hosni Mubarak | Mubarak
    | Gamal Mubarak | Omar Suleiman | Ahmed Nazif | Mohamed Hussein Tantawi | Hussein Tantawi
    | Ahmed Shafiq | Essam Sharaf | Mohamed Morsi | Mohammed Morsi | Mohamed Mursi
    | Mohammed Mursi | Morsi | Mursi | Adly Mansour | Adli Mansour | Hazem el-Beblawi
    | Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel-Fattah el-Sisi
    | Abdel-Fattah el-Sissi | Abdel Fattah al-Sissi | Abdel Fattah Sisi | el-Sisi | al-Sisi
    | Sisi | el-Sissi | al-Sissi | Sissi | Ibrahim Mahlab | Sherif Ismail | Mostafa Madbouly
    | Mustafa Madbouly | Madbouly | Sameh Shoukry | Shoukry | Badr Abdelatty | Badr Abdel Aty
    | Abdelatty
# Muslim Brotherhood leaders: as the Brotherhood in organizations.lex.
EGYOPP : Mohamed Badie | Mohammed Badie | Badie | Khairat al-Shater | Ayman Nour
    | Hamdeen Sabahi

# ---------------------------------------------------------------- Arabian Peninsula
SAUGOV : King Fahd | Fahd bin Abdulaziz | King Abdullah bin Abdulaziz | Abdullah bin Abdulaziz
    | King Salman | Salman bin Abdulaziz | Mohammed bin Salman | Mohammad bin Salman
    | Muhammad bin Salman | MBS | Sultan bin Abdulaziz | Nayef bin Abdulaziz
    | Naif bin Abdulaziz | Mohammed bin Nayef | Muhammad bin Nayef | Mohammed bin Naif
    | Khalid bin Salman | Bandar bin Sultan | Turki al-Faisal | Saud al-Faisal
    | Ibrahim al-Assaf | Adel al-Jubeir | al-Jubeir | Jubeir | Faisal bin Farhan
    | Faisal bin Farhan Al Saud | Al Saud
# Spokesman of the Saudi-led coalition in Yemen; listed so that his name never falls
# to the bare "al-Maliki" of another person.
SAUMIL : Turki al-Maliki
QATGOV : Hamad bin Khalifa Al Thani | Hamad bin Khalifa | Tamim bin Hamad Al Thani
    | Tamim bin Hamad | Sheikh Tamim | Emir Tamim | Hamad bin Jassim Al Thani
    | Hamad bin Jassim bin Jaber Al Thani | Hamad bin Jassim
    | Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman
    | Mohammed bin Abdulrahman bin Jassim Al Thani | Majed al-Ansari | Al Thani | Al-Thani
AREGOV : Zayed bin Sultan Al Nahyan | Sheikh Zayed | Khalifa bin Zayed Al Nahyan
    | Khalifa bin Zayed | Mohamed bin Zayed Al Nahyan | Mohammed bin Zayed Al Nahyan
    | Mohamed bin Zayed | Mohammed bin Zayed | MBZ | Abdullah bin Zayed Al Nahyan
    | Abdullah bin Zayed | Tahnoun bin Zayed | Mansour bin Zayed
    | Mohammed bin Rashid Al Maktoum | Mohammed bin Rashid | Anwar Gargash | Gargash
    | Al Nahyan | Al Maktoum
KWTGOV : Jaber al-Ahmad al-Sabah | Sabah al-Ahmad al-Jaber al-Sabah | Sabah al-Ahmad
    | Nawaf al-Ahmad al-Sabah | Mishal al-Ahmad al-Sabah | Al Sabah | al-Sabah
BHRGOV : Hamad bin Isa Al Khalifa | Hamad bin Isa | King Hamad | Salman bin Hamad Al Khalifa
    | Salman bin Hamad | Khalid bin Ahmed Al Khalifa | Al Khalifa
OMNGOV : Qaboos bin Said | Sultan Qaboos | Qaboos | Haitham bin Tariq | Sultan Haitham
    | Yusuf bin Alawi | Badr Albusaidi | Badr al-Busaidi
YEMGOV : Ali Abdullah Saleh | Abd Rabbuh Mansur Hadi | Abdrabbuh Mansour Hadi
    | Abd-Rabbu Mansour Hadi | Abed Rabbo Mansour Hadi | Abdu Rabu Mansour Hadi | Mansour Hadi
    | Mansur Hadi | Khaled Bahah | Maeen Abdulmalik | Ahmed Awad bin Mubarak | bin Mubarak
    | Rashad al-Alimi | Rashad Alimi | al-Alimi | Alimi
# Houthi leaders: the same code as the Houthis in organizations.lex.
YEMREB : Abdul-Malik al-Houthi | Abdulmalik al-Houthi | Abdel-Malek al-Houthi
    | Abdul Malik al-Houthi | Hussein Badreddin al-Houthi | Mohammed Ali al-Houthi | al-Houthi
    | Saleh al-Sammad | Mahdi al-Mashat | Yahya Saree | Yahya Sarea | Mohammed Abdulsalam
    | Mohammed Abdul Salam | Mohammed al-Bukhaiti | Bukhaiti

# ---------------------------------------------------------------- North Africa and the Sahel
LBYGOV : Muammar Gaddafi | Muammar al-Gaddafi | Muammar Qaddafi | Muammar el-Qaddafi
    | Muammar Gadhafi | Moammar Gadhafi | Moammar Qaddafi | Moamer Kadhafi | Muammar Kaddafi
    | Mu'ammar al-Qadhafi | Gaddafi | Qaddafi | Gadhafi | Kadhafi | Qadhafi | Kaddafi
    | Khadafy | al-Gaddafi | el-Qaddafi | Saif al-Islam Gaddafi | Saif al-Islam Qaddafi
    | Saif al-Islam al-Gaddafi | Saif al-Islam | Moussa Koussa | Mustafa Abdul Jalil
    | Mustafa Abdel Jalil | Mahmoud Jibril | Mahmud Jibril | Ali Zeidan | Ali Zidan
    | Abdullah al-Thinni | Fayez al-Sarraj | Fayez al-Serraj | Fayez Sarraj | al-Sarraj
    | Sarraj | Serraj | Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid Dbeibeh
    | Dbeibah | Dbeibeh | Dbeiba | Mohamed al-Menfi | Mohammed al-Menfi | Menfi
    | Fathi Bashagha | Bashagha
# Khalifa Haftar's Libyan National Army fights the UN-recognised government: rebels.
LBYREB : Khalifa Haftar | Khalifa Hifter | Khalifa Hiftar | Haftar | Hifter | Hiftar
    | Saddam Haftar
LBYLEG : Aguila Saleh | Aguila Saleh Issa | Agila Saleh
TUNGOV : Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali | Ben Ali | Moncef Marzouki
    | Marzouki | Beji Caid Essebsi | Béji Caïd Essebsi | Caid Essebsi | Essebsi | Kais Saied
    | Kaïs Saïed | Kais Saïed
TUNOPP : Rached Ghannouchi | Rachid Ghannouchi
DZAGOV : Liamine Zéroual | Liamine Zeroual | Abdelaziz Bouteflika | Bouteflika
    | Abdelmadjid Tebboune | Tebboune | Ramtane Lamamra | Lamamra | Ahmed Attaf
MARGOV : King Hassan II | Hassan II | King Mohammed VI | Mohammed VI | Nasser Bourita
    | Bourita | Aziz Akhannouch | Akhannouch
MLIGOV : Amadou Toumani Touré | Amadou Toumani Toure | Ibrahim Boubacar Keïta
    | Ibrahim Boubacar Keita | Assimi Goïta | Assimi Goita | Goïta | Goita
BFAGOV : Blaise Compaoré | Blaise Compaore | Compaoré | Compaore | Roch Marc Christian Kaboré
    | Roch Marc Christian Kabore | Ibrahim Traoré | Ibrahim Traore
NERGOV : Mahamadou Issoufou | Issoufou | Mohamed Bazoum | Bazoum | Abdourahamane Tiani
    | Abdourahamane Tchiani | Tiani | Tchiani
TCDGOV : Idriss Déby | Idriss Deby | Idriss Déby Itno | Idriss Deby Itno | Mahamat Idriss Déby
    | Mahamat Idriss Deby | Mahamat Déby | Mahamat Deby | Déby | Deby

# ------------------------------------------------------------ Sudan, South Sudan, Horn of Africa
SDNGOV : Omar al-Bashir | Omar Hassan al-Bashir | Omar Hassan Ahmad al-Bashir | Omar Bashir
    | Omer al-Bashir | al-Bashir | Ali Osman Taha | Mustafa Osman Ismail | Abdalla Hamdok
    | Abdallah Hamdok | Abdullah Hamdok | Hamdok | Abdel Fattah al-Burhan
    | Abdel-Fattah al-Burhan | Abdel Fattah Burhan | al-Burhan | Kamil Idris
SDNOPP : Sadiq al-Mahdi | Sadig al-Mahdi | Hassan al-Turabi | Hassan Turabi | al-Turabi
    | Turabi
# Rapid Support Forces leaders (as the RSF in organizations.lex), Darfur and SPLA rebel
# leaders.
SDNREB : Mohamed Hamdan Dagalo | Mohammed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti
    | Hemeti | Hemetti | Dagalo | Daglo | Abdul Rahim Dagalo | Abdelrahim Hamdan Dagalo
    | Abdul Wahid al-Nur | Abdel Wahid al-Nur | Abdel Wahid Mohamed al-Nur | Abdelaziz al-Hilu
    | John Garang | John Garang de Mabior | Garang
SSDGOV : Salva Kiir | Salva Kiir Mayardit | Kiir | James Wani Igga | Taban Deng Gai
    | Taban Deng
SSDREB : Riek Machar | Riek Machar Teny | Machar | Paul Malong | Thomas Cirillo
ETHGOV : Meles Zenawi | Meles | Zenawi | Negasso Gidada | Girma Wolde-Giorgis
    | Girma Woldegiorgis | Hailemariam Desalegn | Hailemariam Dessalegn | Hailemariam
    | Mulatu Teshome | Abiy Ahmed | Abiy Ahmed Ali | Abiy | Sahle-Work Zewde
    | Taye Atske Selassie | Seyoum Mesfin | Workneh Gebeyehu | Demeke Mekonnen
    | Gedion Timothewos
ETHOPP : Jawar Mohammed | Jawar Mohammad | Bekele Gerba | Merera Gudina
# Tigray (TPLF) and Oromo Liberation Army leaders in their wars with the federal army.
ETHREB : Debretsion Gebremichael | Debretsion Gebremikael | Debretsion | Jaal Marroo
ERIGOV : Isaias Afwerki | Isaias Afewerki | Isayas Afewerki | Isaias | Afwerki | Afewerki
    | Osman Saleh | Yemane Gebremeskel
SOMGOV : Abdiqasim Salad Hassan | Abdullahi Yusuf Ahmed | Abdullahi Yusuf
    | Sharif Sheikh Ahmed | Sheikh Sharif Sheikh Ahmed | Sheikh Sharif | Hassan Sheikh Mohamud
    | Hassan Sheikh Mohamoud | Hassan Sheikh | Mohamed Abdullahi Mohamed
    | Mohamed Abdullahi Farmajo | Mohamed Abdullahi Farmaajo | Farmajo | Farmaajo
    | Omar Abdirashid Ali Sharmarke | Mohamed Hussein Roble | Hamza Abdi Barre
# al-Shabaab leaders (as the group in organizations.lex) and the 1990s warlords.
SOMREB : Ahmed Abdi Godane | Ahmed Abdi Aw-Mohamed | Godane | Ahmed Umar Abu Ubaidah
    | Ahmed Diriye | Hassan Dahir Aweys | Aweys | Mohamed Farrah Aidid | Mohamed Farah Aidid
    | Aidid | Aideed

# ---------------------------------------------------------------- West, Central and East Africa
NGAGOV : Sani Abacha | Abacha | Abdulsalami Abubakar | Abdulsalam Abubakar | Olusegun Obasanjo
    | Obasanjo | Umaru Musa Yar'Adua | Umaru Yar'Adua | Yar'Adua | Yaradua | Goodluck Jonathan
    | Goodluck Ebele Jonathan | Muhammadu Buhari | Buhari | Yemi Osinbajo | Osinbajo
    | Bola Tinubu | Bola Ahmed Tinubu | Tinubu | Kashim Shettima | Shettima | Geoffrey Onyeama
    | Onyeama | Yusuf Tuggar | Tuggar
NGAOPP : Moshood Abiola | Abiola | Atiku Abubakar | Atiku | Peter Obi
# Boko Haram and ISWAP leaders: as the groups in organizations.lex.
NGAREB : Abubakar Shekau | Shekau | Abu Musab al-Barnawi | al-Barnawi | Barnawi | Mamman Nur
CIVGOV : Henri Konan Bédié | Henri Konan Bedie | Laurent Gbagbo | Gbagbo | Alassane Ouattara
    | Ouattara
LBRGOV : Charles Taylor | Ellen Johnson Sirleaf | Johnson Sirleaf | Sirleaf | George Weah
    | Joseph Boakai | Boakai
CAFGOV : François Bozizé | Francois Bozize | Bozizé | Bozize | Michel Djotodia | Djotodia
    | Faustin-Archange Touadéra | Faustin-Archange Touadera | Touadéra | Touadera
KENGOV : Daniel arap Moi | Mwai Kibaki | Kibaki | Jomo Kenyatta | Uhuru Kenyatta | Kenyatta
    | William Ruto | William Samoei Ruto | Ruto | Musalia Mudavadi | Mudavadi
KENOPP : Raila Odinga | Raila Amolo Odinga | Raila | Odinga | Kalonzo Musyoka | Kalonzo
UGAGOV : Yoweri Museveni | Yoweri Kaguta Museveni | Museveni
UGAOPP : Kizza Besigye | Besigye | Bobi Wine | Robert Kyagulanyi | Kyagulanyi
# Lord's Resistance Army leaders: as the LRA in organizations.lex.
UGAREB : Joseph Kony | Kony | Dominic Ongwen | Ongwen
RWAGOV : Juvénal Habyarimana | Juvenal Habyarimana | Habyarimana | Pasteur Bizimungu
    | Paul Kagame | Kagame | Louise Mushikiwabo | Mushikiwabo | Olivier Nduhungirehe
    | Nduhungirehe | Édouard Ngirente | Edouard Ngirente | Yolande Makolo
RWAOPP : Paul Rusesabagina | Rusesabagina | Victoire Ingabire | Victoire Ingabire Umuhoza
    | Ingabire | Kayumba Nyamwasa | Nyamwasa
BDIGOV : Pierre Buyoya | Buyoya | Pierre Nkurunziza | Nkurunziza | Évariste Ndayishimiye
    | Evariste Ndayishimiye | Ndayishimiye
# The bare surname goes to Felix Tshisekedi; his late father, the opposition leader,
# only by full name.
CODGOV : Mobutu Sese Seko | Mobutu | Laurent-Désiré Kabila | Laurent-Desire Kabila
    | Laurent Kabila | Joseph Kabila | Kabila | Félix Tshisekedi | Felix Tshisekedi
    | Félix-Antoine Tshisekedi | Felix-Antoine Tshisekedi | Tshisekedi | Jean-Pierre Bemba
    | Bemba | Augustin Matata Ponyo | Jean-Michel Sama Lukonde | Sama Lukonde | Judith Suminwa
    | Christophe Lutundula | Thérèse Kayikwamba Wagner | Therese Kayikwamba Wagner
    | Kayikwamba Wagner
CODOPP : Étienne Tshisekedi | Etienne Tshisekedi | Moïse Katumbi | Moise Katumbi | Katumbi
    | Martin Fayulu | Fayulu
# M23/CNDP and Ituri militia leaders: as M23 in organizations.lex.
CODREB : Laurent Nkunda | Laurent Nkundabatware | Nkunda | Bosco Ntaganda | Ntaganda
    | Thomas Lubanga | Lubanga | Sultani Makenga | Makenga | Bertrand Bisimwa | Bisimwa
    | Corneille Nangaa | Nangaa

# ---------------------------------------------------------------- Southern Africa
ZAFGOV : Nelson Mandela | Mandela | Thabo Mbeki | Mbeki | Kgalema Motlanthe | Motlanthe
    | Jacob Zuma | Zuma | Cyril Ramaphosa | Ramaphosa | Alfred Nzo | Naledi Pandor | Pandor
    | Ronald Lamola | Lamola
ZAFOPP : Julius Malema | Malema | Mmusi Maimane | Maimane
ZWEGOV : Robert Mugabe | Mugabe | Grace Mugabe | Emmerson Mnangagwa | Mnangagwa
ZWEOPP : Morgan Tsvangirai | Tsvangirai | Nelson Chamisa | Chamisa

# ---------------------------------------------------------------- South Asia
INDGOV : P.V. Narasimha Rao | Narasimha Rao | H.D. Deve Gowda | Deve Gowda | I.K. Gujral
    | Inder Kumar Gujral | Gujral | Atal Bihari Vajpayee | Vajpayee | Manmohan Singh
    | Narendra Modi | Modi | Shankar Dayal Sharma | K.R. Narayanan | A.P.J. Abdul Kalam
    | Abdul Kalam | Pratibha Patil | Pranab Mukherjee | Ram Nath Kovind | Kovind
    | Droupadi Murmu | Murmu | L.K. Advani | Advani | Jaswant Singh | Yashwant Sinha
    | Natwar Singh | S.M. Krishna | Salman Khurshid | Sushma Swaraj | S. Jaishankar
    | Subrahmanyam Jaishankar | Jaishankar | Amit Shah | Rajnath Singh | Ajit Doval | Doval
    | Nirmala Sitharaman | Sitharaman
INDOPP : Sonia Gandhi | Rahul Gandhi | Priyanka Gandhi | Priyanka Gandhi Vadra
    | Mallikarjun Kharge | Kharge | Arvind Kejriwal | Kejriwal
PAKGOV : Benazir Bhutto | Zulfikar Ali Bhutto | Bilawal Bhutto Zardari | Bilawal Bhutto
    | Bilawal | Bhutto | Nawaz Sharif | Shehbaz Sharif | Shahbaz Sharif | Sharif
    | Pervez Musharraf | Musharraf | Asif Ali Zardari | Zardari | Yousuf Raza Gilani
    | Yousaf Raza Gilani | Raja Pervaiz Ashraf | Shahid Khaqan Abbasi | Imran Khan
    | Anwaar-ul-Haq Kakar | Anwaar ul Haq Kakar | Farooq Leghari | Rafiq Tarar
    | Mamnoon Hussain | Arif Alvi | Alvi | Sartaj Aziz | Shah Mehmood Qureshi
    | Hina Rabbani Khar | Ishaq Dar | Mohammad Ishaq Dar | Khawaja Asif
PAKMIL : Jehangir Karamat | Ashfaq Parvez Kayani | Ashfaq Kayani | Raheel Sharif
    | Qamar Javed Bajwa | Asim Munir
# Lashkar-e-Taiba, Jaish-e-Mohammed and Pakistani Taliban leaders: as the groups in
# organizations.lex.
PAKREB : Hafiz Saeed | Hafiz Muhammad Saeed | Masood Azhar | Maulana Masood Azhar
    | Baitullah Mehsud | Hakimullah Mehsud | Noor Wali Mehsud | Mehsud | Mullah Fazlullah
    | Maulana Fazlullah | Fazlullah
AFGGOV : Burhanuddin Rabbani | Hamid Karzai | Karzai | Ashraf Ghani | Ghani
    | Abdullah Abdullah | Abdul Rashid Dostum | Rashid Dostum | Dostum | Amrullah Saleh
    | Hanif Atmar | Zalmay Rassoul | Rangin Dadfar Spanta
# Taliban leaders: AFGREB, as the Taliban in organizations.lex, before and after 2021.
AFGREB : Mullah Omar | Mullah Mohammed Omar | Mullah Mohammad Omar | Akhtar Mohammad Mansour
    | Akhtar Mansour | Mullah Akhtar Mansour | Hibatullah Akhundzada | Haibatullah Akhundzada
    | Hebatullah Akhundzada | Akhundzada | Mohammad Hassan Akhund | Abdul Ghani Baradar
    | Mullah Baradar | Baradar | Sirajuddin Haqqani | Jalaluddin Haqqani | Mullah Yaqoob
    | Mohammad Yaqoob | Amir Khan Muttaqi | Muttaqi | Zabihullah Mujahid | Suhail Shaheen
    | Gulbuddin Hekmatyar | Hekmatyar
BGDGOV : Sheikh Hasina | Sheikh Hasina Wazed | Hasina | Khaleda Zia | Begum Khaleda Zia
    | Muhammad Yunus | Mohammad Yunus
BGDOPP : Tarique Rahman
LKAGOV : Chandrika Kumaratunga | Chandrika Bandaranaike Kumaratunga | Kumaratunga
    | Mahinda Rajapaksa | Mahinda Rajapakse | Gotabaya Rajapaksa | Gotabhaya Rajapaksa
    | Basil Rajapaksa | Rajapaksa | Rajapakse | Ranil Wickremesinghe | Ranil Wickremasinghe
    | Wickremesinghe | Wickremasinghe | Maithripala Sirisena | Sirisena
    | Anura Kumara Dissanayake | Anura Kumara Dissanayaka | Harini Amarasuriya
    | Lakshman Kadirgamar | Kadirgamar
# Tamil Tigers leaders: as the LTTE in organizations.lex.
LKAREB : Velupillai Prabhakaran | Vellupillai Prabhakaran | Prabhakaran | Prabakaran
    | Anton Balasingham | Balasingham

# ---------------------------------------------------------------- China, Hong Kong, Taiwan
CHNGOV : Jiang Zemin | Hu Jintao | Xi Jinping | Xi | Li Peng | Zhu Rongji | Wen Jiabao
    | Li Keqiang | Li Qiang | Zeng Qinghong | Wang Qishan | Han Zheng | Wang Huning
    | Zhao Leji | Cai Qi | Ding Xuexiang | Qian Qichen | Tang Jiaxuan | Li Zhaoxing
    | Yang Jiechi | Wang Yi | Qin Gang | Dai Bingguo | Cui Tiankai | Wei Fenghe | Li Shangfu
    | Dong Jun | Hua Chunying | Zhao Lijian | Geng Shuang | Wang Wenbin | Mao Ning | Lin Jian
HKGGOV : Tung Chee-hwa | Tung Chee Hwa | Donald Tsang | Leung Chun-ying | Leung Chun Ying
    | Carrie Lam
TWNGOV : Lee Teng-hui | Lee Teng Hui | Chen Shui-bian | Chen Shui Bian | Ma Ying-jeou
    | Ma Ying Jeou | Tsai Ing-wen | Tsai Ing Wen | Lai Ching-te | Lai Ching Te | William Lai

# ---------------------------------------------------------------- Japan and the Koreas
JPNGOV : Tomiichi Murayama | Ryutaro Hashimoto | Keizo Obuchi | Obuchi | Yoshiro Mori
    | Junichiro Koizumi | Koizumi | Shinzo Abe | Abe | Yasuo Fukuda | Fukuda | Taro Aso
    | Yukio Hatoyama | Hatoyama | Naoto Kan | Yoshihiko Noda | Yoshihide Suga | Fumio Kishida
    | Kishida | Shigeru Ishiba | Ishiba | Sanae Takaichi | Takaichi | Emperor Akihito
    | Akihito | Emperor Naruhito | Naruhito | Yohei Kono | Taro Kono | Yoshimasa Hayashi
    | Yoko Kamikawa | Takeshi Iwaya | Toshimitsu Motegi | Motegi
KORGOV : Kim Young-sam | Kim Young Sam | Kim Dae-jung | Kim Dae Jung | Roh Moo-hyun
    | Roh Moo Hyun | Roh Tae-woo | Roh Tae Woo | Roh | Lee Myung-bak | Lee Myung Bak
    | Park Geun-hye | Park Geun Hye | Moon Jae-in | Moon Jae In | Yoon Suk Yeol
    | Yoon Suk-yeol | Yoon Seok-youl | Han Duck-soo | Han Duck Soo | Choi Sang-mok
    | Choi Sang Mok | Lee Jae-myung | Lee Jae Myung | Kang Kyung-wha | Kang Kyung Wha
    | Chung Eui-yong | Chung Eui Yong | Cho Tae-yul | Cho Tae Yul
PRKGOV : Kim Il Sung | Kim Il-sung | Kim Jong Il | Kim Jong-il | Kim Jong Un | Kim Jong-un
    | Kim Yo Jong | Kim Yo-jong | Kim Yong Nam | Kim Yong-nam | Kim Yong Chol | Kim Yong-chol
    | Kim Kye Gwan | Kim Kye-gwan | Jang Song Thaek | Jang Song-thaek | Choe Ryong Hae
    | Choe Ryong-hae | Pak Pong Ju | Pak Pong-ju | Kim Tok Hun | Kim Tok-hun | Ri Yong Ho
    | Ri Yong-ho | Ri Son Gwon | Ri Son-gwon | Choe Son Hui | Choe Son-hui

# ---------------------------------------------------------------- Southeast Asia and Oceania
# Bare "Shinawatra" covers Thaksin, Yingluck and Paetongtarn, all heads of government.
THAGOV : Chuan Leekpai | Thaksin Shinawatra | Thaksin | Surayud Chulanont | Samak Sundaravej
    | Somchai Wongsawat | Abhisit Vejjajiva | Abhisit | Yingluck Shinawatra | Yingluck
    | Prayuth Chan-ocha | Prayut Chan-o-cha | Prayut Chan-ocha | Prayuth | Prayut
    | Srettha Thavisin | Srettha | Paetongtarn Shinawatra | Paetongtarn | Shinawatra
    | Anutin Charnvirakul | Anutin | Bhumibol Adulyadej | Bhumibol | Maha Vajiralongkorn
    | Vajiralongkorn
PHLGOV : Fidel Ramos | Fidel V. Ramos | Joseph Estrada | Gloria Macapagal Arroyo
    | Gloria Macapagal-Arroyo | Gloria Arroyo | Macapagal-Arroyo | Benigno Aquino III
    | Benigno Aquino | Noynoy Aquino | Corazon Aquino | Cory Aquino | Aquino | Rodrigo Duterte
    | Sara Duterte | Duterte | Ferdinand Marcos Jr. | Ferdinand Marcos | Bongbong Marcos
    | Imelda Marcos | Marcos | Albert del Rosario | Teodoro Locsin | Enrique Manalo
PHLREB : Jose Maria Sison | José María Sison | Joma Sison | Khadaffy Janjalani | Janjalani
    | Isnilon Hapilon | Hapilon
MYSGOV : Mahathir Mohamad | Mahathir Mohammad | Mahathir | Abdullah Ahmad Badawi
    | Abdullah Badawi | Najib Razak | Najib Tun Razak | Muhyiddin Yassin | Muhyiddin
    | Ismail Sabri Yaakob | Anwar Ibrahim | Syed Hamid Albar
IDNGOV : Suharto | Soeharto | B.J. Habibie | Bacharuddin Jusuf Habibie | Habibie
    | Abdurrahman Wahid | Gus Dur | Megawati Sukarnoputri | Megawati Soekarnoputri | Megawati
    | Susilo Bambang Yudhoyono | Yudhoyono | SBY | Joko Widodo | Jokowi | Widodo
    | Prabowo Subianto | Prabowo | Gibran Rakabuming Raka | Ali Alatas | Alatas
    | Hassan Wirajuda | Marty Natalegawa | Natalegawa | Retno Marsudi | Sugiono
SGPGOV : Lee Kuan Yew | Goh Chok Tong | Lee Hsien Loong | Lawrence Wong | Vivian Balakrishnan
VNMGOV : Nguyen Tan Dung | Nguyễn Tấn Dũng | Nguyen Minh Triet | Truong Tan Sang
    | Nguyen Phu Trong | Nguyễn Phú Trọng | Tran Dai Quang | Nguyen Xuan Phuc
    | Pham Minh Chinh | Phạm Minh Chính | Vo Van Thuong | Tô Lâm | Luong Cuong | Bui Thanh Son
KHMGOV : Norodom Sihanouk | Sihanouk | Norodom Ranariddh | Ranariddh | Hun Sen | Hun Manet
    | Norodom Sihamoni | Sihamoni
KHMOPP : Sam Rainsy | Rainsy | Kem Sokha
MMRGOV : Than Shwe | Khin Nyunt | Soe Win | Thein Sein | Htin Kyaw | Win Myint
    | Min Aung Hlaing | Myint Swe | Zaw Min Tun
MMROPP : Aung San Suu Kyi | Suu Kyi | Duwa Lashi La | Mahn Win Khaing Than
AUSGOV : Paul Keating | John Howard | Kevin Rudd | Julia Gillard | Gillard | Tony Abbott
    | Malcolm Turnbull | Turnbull | Scott Morrison | Anthony Albanese | Alexander Downer
    | Bob Carr | Julie Bishop | Marise Payne | Penny Wong | Richard Marles | Marles
NZLGOV : Jim Bolger | Jenny Shipley | Helen Clark | John Key | Bill English | Jacinda Ardern
    | Ardern | Chris Hipkins | Hipkins | Christopher Luxon | Luxon | Winston Peters

# ---------------------------------------------------------------- Vatican
# Popes: religious sector, as "pope" in agents.lex.
VATREL : Pope John Paul II | John Paul II | Karol Wojtyła | Karol Wojtyla | Pope Benedict XVI
    | Benedict XVI | Pope Benedict | Joseph Ratzinger | Ratzinger | Pope Francis
    | Jorge Mario Bergoglio | Bergoglio | Pope Leo XIV | Leo XIV | Robert Francis Prevost
    | Robert Prevost

# ---------------------------------------------------------------- United Nations
IGOUNO : Boutros Boutros-Ghali | Boutros-Ghali | Kofi Annan | Annan | Ban Ki-moon
    | Ban Ki Moon | António Guterres | Antonio Guterres | Guterres | Amina Mohammed
    | Stéphane Dujarric | Stephane Dujarric | Dujarric | Lakhdar Brahimi | Brahimi
    | Sergio Vieira de Mello | Staffan de Mistura | de Mistura | Ghassan Salamé
    | Ghassan Salame | Geir Pedersen | Hans Grundberg | Hans Blix | Blix
IGOUNOHRIHCH : Mary Robinson | Louise Arbour | Navi Pillay | Navanethem Pillay
    | Zeid Ra'ad Al Hussein | Zeid Ra'ad al-Hussein | Volker Türk | Volker Turk
IGOUNOREFHCR : Sadako Ogata | Ruud Lubbers | Filippo Grandi
IGOUNOREF : Pierre Krähenbühl | Pierre Krahenbuhl | Philippe Lazzarini | Lazzarini
IGOUNOIAE : Mohamed ElBaradei | Mohammed ElBaradei | Mohamed el-Baradei | ElBaradei
    | el-Baradei | Baradei | Yukiya Amano | Amano | Rafael Grossi | Rafael Mariano Grossi
    | Grossi
IGOUNOHLHWHO : Gro Harlem Brundtland | Margaret Chan | Tedros Adhanom Ghebreyesus
    | Tedros Adhanom | Tedros
IGOUNODEVWBK : James Wolfensohn | Wolfensohn | Jim Yong Kim | David Malpass | Ajay Banga
IGOJUDICC : Luis Moreno Ocampo | Luis Moreno-Ocampo | Moreno Ocampo | Moreno-Ocampo
    | Fatou Bensouda | Bensouda | Karim Khan
IGOUNOJUDWCT : Richard Goldstone | Carla Del Ponte | Del Ponte | Serge Brammertz | Brammertz

# --------------------------------------------------------- Other intergovernmental organisations
IGOBUSIMF : Michel Camdessus | Camdessus | Rodrigo Rato | Dominique Strauss-Kahn
    | Strauss-Kahn | Kristalina Georgieva
IGOBUSWTO : Renato Ruggiero | Supachai Panitchpakdi | Pascal Lamy | Roberto Azevêdo
    | Roberto Azevedo | Ngozi Okonjo-Iweala | Okonjo-Iweala
# NATO secretaries-general, coded with NATO even where they had led a national government.
IGOWSTNAT : Willy Claes | George Robertson | Lord Robertson | Jaap de Hoop Scheffer
    | de Hoop Scheffer | Anders Fogh Rasmussen | Fogh Rasmussen | Jens Stoltenberg
    | Stoltenberg | Mark Rutte | Rutte
# Presidents of the Commission, the European Council and the Parliament, high representatives,
# ECB presidents and long-serving commissioners.
IGOEUREEC : Jacques Santer | Santer | Romano Prodi | Prodi | José Manuel Barroso
    | Jose Manuel Barroso | José Manuel Durão Barroso | Jose Manuel Durao Barroso
    | Durão Barroso | Durao Barroso | Jean-Claude Juncker | Juncker | Ursula von der Leyen
    | von der Leyen | Herman Van Rompuy | Van Rompuy | Charles Michel | António Costa
    | Antonio Costa | Javier Solana | Catherine Ashton | Lady Ashton | Federica Mogherini
    | Mogherini | Josep Borrell | Josep Borrell Fontelles | Borrell | Kaja Kallas | Kallas
    | David Sassoli | Sassoli | Roberta Metsola | Metsola | Wim Duisenberg | Duisenberg
    | Jean-Claude Trichet | Trichet | Christine Lagarde | Lagarde | Margrethe Vestager
    | Vestager | Maroš Šefčovič | Maros Sefcovic | Šefčovič | Sefcovic | Valdis Dombrovskis
    | Dombrovskis
# OAU secretaries-general and AU Commission chairs: the code organizations.lex gives both bodies.
IGOAFROAU : Salim Ahmed Salim | Amara Essy | Alpha Oumar Konaré | Alpha Oumar Konare
    | Jean Ping | Nkosazana Dlamini-Zuma | Nkosazana Dlamini Zuma | Dlamini-Zuma
    | Dlamini Zuma | Moussa Faki Mahamat | Moussa Faki | Mahmoud Ali Youssouf
IGOMEAARL : Esmat Abdel Meguid | Amr Moussa | Amr Mousa | Nabil Elaraby | Nabil al-Arabi
    | Ahmed Aboul Gheit | Ahmed Abul Gheit | Aboul Gheit | Aboul-Gheit
IGOMOSOIC : Ekmeleddin İhsanoğlu | Ekmeleddin Ihsanoglu | Ihsanoglu | Hissein Brahim Taha

# --------------------------------------------------------------- Transnational jihadist networks
# al-Qaeda and its branches: as al-Qaeda in organizations.lex.
IMGMOSALQ : Osama bin Laden | Usama bin Laden | Osama bin Ladin | Usama bin Ladin | bin Laden
    | bin Ladin | Hamza bin Laden | Ayman al-Zawahiri | Ayman al-Zawahri | Ayman Zawahiri
    | al-Zawahiri | al-Zawahri | Zawahiri | Zawahri | Saif al-Adel | Saif al-Adl
    | Khalid Sheikh Mohammed | Khalid Shaikh Mohammed | Abu Musab al-Zarqawi | al-Zarqawi
    | Zarqawi | Abu Ayyub al-Masri | Abu Hamza al-Muhajir | Anwar al-Awlaki | Anwar al-Aulaqi
    | al-Awlaki | Awlaki | Nasser al-Wuhayshi | al-Wuhayshi | Wuhayshi
# Islamic State and its predecessor, the Islamic State of Iraq: as the Islamic State in
# organizations.lex.
IMGMOSREB : Abu Omar al-Baghdadi | Abu Bakr al-Baghdadi | Abu Bakr Baghdadi | al-Baghdadi
    | Baghdadi | Abu Mohammad al-Adnani | Abu Muhammad al-Adnani | al-Adnani | Adnani
    | Abu Ibrahim al-Hashimi al-Qurashi | Abu Hasan al-Hashimi al-Qurashi
    | Abu al-Hussein al-Husseini al-Qurashi | Abu Hafs al-Hashimi al-Qurashi | Mohammed Emwazi
    | Emwazi | Jihadi John
