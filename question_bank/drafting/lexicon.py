"""Word lists the extractors lean on: titles, name keywords, a small gazetteer, verbs.

Kept deliberately small and general (history texts in English); nothing here is specific to
one source text. Everything is lower case unless said otherwise.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Titles that come before a person's name ("President Harry Truman", "Gen. Lucius D. Clay").
TITLES = _words(
    """president vice-president general gen gen. lieutenant lt lt. major maj maj. colonel col col. captain capt
    capt. admiral adm adm. marshal commander sergeant sgt sgt. corporal private dr dr. mr mr. mrs mrs. ms ms. sir
    lord lady king queen emperor empress prince princess pope cardinal bishop archbishop saint st st. chairman
    premier chancellor secretary senator governor ambassador minister tsar czar kaiser shah sultan caliph pharaoh
    duke duchess count countess baron professor prof prof. rev rev. reverend father sister brother judge justice
    mayor representative rep rep. sen sen. gov gov. pres pres. cosmonaut astronaut physicist chemist
    """
)
#: Titles that are also ordinary words when no name follows ("the general staff").
#: Titles that say a person's sex ("Lord Byron" is a man, "Lady Vane" a woman; "Queen Elizabeth II" is never "Queen
#: Richard Nixon"): one list for telling two people of one surname apart (facts), keeping persons of the other sex
#: out of a gap's options (distractors) and out of a swap (swaps).
MALE_TITLES = _words("lord sir king prince duke earl count baron emperor kaiser pharaoh tsar czar sultan shah pope "
                     "mr mr. father brother uncle")
FEMALE_TITLES = _words("lady queen princess duchess countess baroness empress tsarina mrs mrs. miss ms ms. madame "
                       "dame sister mother aunt")
#: Titles of ``MALE_TITLES`` that do not say a person's sex: held by women too ("Pharaoh Hatshepsut", "Sultan
#: Raziya"), parts of names ("Shah Jahan", "Alexander Pope") or words as well ("to count"). Neither a swap's check of
#: sex (``swaps.text_sex``) nor a pronoun's (``phrasing.titled_sex``) reads a sex off them.
SEXLESS_TITLES = _words("count pharaoh sultan shah pope")
WEAK_TITLES = _words("general major private father sister brother justice saint count secretary minister")
#: Multi-word titles, lower case.
COMPOUND_TITLES = ("prime minister", "field marshal", "major general", "maj. gen.", "lt. gen.", "brig. gen.",
                   "lieutenant general", "rear admiral", "vice admiral", "secretary of state", "general secretary")

#: Lower-case words that may sit inside a proper name ("Republic of Korea", "Charles de Gaulle").
NAME_CONNECTORS = _words("of de da di von van der den du la le al bin ibn y the and")
#: Possessive words that stay inside a name ("Korean People's Army").
NAME_POSSESSIVES = _words("people peoples workers women children men nation nations")

UNIT_WORDS = _words(
    """division divisions corps regiment regiments brigade brigades battalion battalions cavalry infantry fleet
    squadron squadrons wing army armies navy marines legion legions guard guards artillery
    """
)
ORG_WORDS = _words(
    """council nations party congress assembly committee league company institute university academy society
    church court parliament senate bank agency administration commission organization organisation government
    ministry office department bureau federation alliance association union school college foundation
    corporation press service services force forces air command diet duma reichstag cortes estates shogunate
    """
)
EVENT_WORDS = _words(
    """war wars conference revolution treaty battle crisis landing landings campaign offensive operation agreement
    accords accord declaration act plan doctrine blockade airlift games expedition mission rebellion uprising
    massacre summit crusade reformation renaissance depression exposition olympics pact protocol armistice
    convention charter raid siege invasion evacuation march strike riots riot affair incident trial election
    elections coup truce ceasefire project programme
    """
)
AWARD_WORDS = _words("prize prizes medal award awards cross order")
PLACE_WORDS = _words(
    """river mountains mountain mount lake sea ocean bay gulf strait straits channel peninsula island islands isle
    valley desert canal perimeter line wall parallel plain plains coast province prefecture county district
    region city street square palace castle cathedral abbey monastery temple mosque chapel fortress prison bridge
    harbor harbour port airport airfield base station
    field gate park hill hills pass cape falls sector zone front heights reservoir forest sound basin delta common heath
    tranquility tranquillity creek
    """
)
#: Craft and ships: "Vostok 1", "Apollo 11", "Friendship 7" are named things, not counts.
CRAFT_WORDS = _words("capsule spacecraft satellite module ship ships aircraft rocket probe station")

COUNTRIES = frozenset(
    " ".join(s.split()).lower()
    for s in """Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Austria-Hungary|Azerbaijan|
    Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Great Britain|Bulgaria|Burma|Cambodia|Cameroon|Canada|
    Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czechoslovakia|Czech Republic|Denmark|Egypt|England|Estonia|
    Ethiopia|Finland|France|Georgia|Germany|West Germany|East Germany|Ghana|Greece|Guatemala|Haiti|Hungary|Iceland|
    India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kenya|Korea|North Korea|South Korea|Kuwait|Laos|
    Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Malaysia|Mexico|Mongolia|Morocco|Nepal|Netherlands|Holland|
    New Zealand|Nigeria|Norway|Ottoman Empire|Pakistan|Palestine|Panama|Persia|Peru|Philippines|Poland|Portugal|
    Prussia|Romania|Russia|Russian Empire|Rwanda|Saudi Arabia|Scotland|Serbia|Siam|Singapore|Slovakia|South Africa|
    Soviet Union|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Thailand|Tibet|Turkey|Uganda|Ukraine|United Kingdom|
    United States|United States of America|USA|UK|USSR|U.S.|U.S.A.|Uruguay|Venezuela|Vietnam|North Vietnam|
    South Vietnam|Wales|Yugoslavia|Zimbabwe|Austria|Byzantine Empire|Roman Empire|Holy Roman Empire|Mughal Empire|
    British Empire|Japanese Empire|Qing Empire|Manchukuo|Weimar Republic|Third Reich""".split("|")
)
#: Regions, continents and cities that history texts often name without any cue word.
PLACES = frozenset(
    " ".join(s.split()).lower()
    for s in """Africa|Asia|Europe|America|North America|South America|Latin America|Antarctica|Oceania|Arctic|
    Middle East|Far East|Balkans|Scandinavia|Siberia|Manchuria|Indochina|Normandy|Bavaria|Silesia|Alsace|Lorraine|
    Crimea|Caucasus|Sinai|Gaza|Kashmir|Punjab|Bengal|Himalayas|Alps|Andes|Urals|Sahara|Pacific|Atlantic|Mediterranean|
    Baltic|Moon|Earth|Mars|Berlin|West Berlin|East Berlin|Paris|London|Moscow|Beijing|Peking|Tokyo|Seoul|Pyongyang|
    Pusan|Busan|Inchon|Incheon|Washington|New York|Chicago|Boston|Philadelphia|Rome|Vienna|Warsaw|Prague|Budapest|
    Madrid|Lisbon|Athens|Istanbul|Constantinople|Cairo|Delhi|New Delhi|Bombay|Mumbai|Calcutta|Shanghai|Nanking|
    Nanjing|Hong Kong|Saigon|Hanoi|Havana|Mexico City|Ottawa|Sydney|Canberra|Stalingrad|Leningrad|St. Petersburg|
    Petrograd|Kiev|Kyiv|Munich|Hamburg|Frankfurt|Bonn|Dresden|Potsdam|Yalta|Versailles|Geneva|Brussels|Amsterdam|
    Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Edinburgh|Hiroshima|Nagasaki|Pearl Harbor|Okinawa|Dunkirk|Verdun|
    Gettysburg|Jerusalem|Baghdad|Tehran|Kabul|Cape Canaveral|Houston|Baikonur|Passy|Anatolia|Mesopotamia|Levant|Gaul""".split("|")
)
#: Words that name the people of a country; as adjectives they are not answers ("Soviet forces").
NATIONALITIES = _words(
    """american americans british briton britons english french german germans soviet soviets russian russians
    chinese japanese korean koreans italian italians polish spanish dutch belgian greek turkish ottoman austrian
    hungarian czech indian pakistani israeli arab arabs egyptian persian iranian iraqi mexican canadian australian
    cuban vietnamese european europeans asian african western eastern northern southern allied allies axis nazi
    nazis communist communists nationalist nationalists republican republicans democratic democrat democrats
    confederate union scottish irish welsh norwegian swedish danish finnish roman romans byzantine mongol mongols
    prussian bavarian ukrainian argentine argentinian venezuelan colombian peruvian bolivian chilean brazilian
    ecuadorian portuguese"""
)

#: Heads of noun phrases that count soldiers and weapons (the "troop_counts" topic).
MILITARY_UNITS = _words(
    """troops soldiers men divisions division tanks aircraft planes bombers fighters ships warships submarines guns
    sailors airmen marines regiments brigades battalions casualties prisoners killed wounded dead fatalities
    infantry cavalry artillery warriors knights"""
)

#: Words that never start a name even when capitalised at the start of a sentence.
SENTENCE_STARTERS = _words(
    """a an the this that these those it its he she they we i you his her their our my your there here then
    in on at by for from with without within to of as after before during following despite unlike amid among
    between since until when while where whereas whether if although though because so but and or nor yet
    however meanwhile initially finally eventually later earlier soon still also thus therefore moreover
    furthermore nevertheless instead indeed once over under towards toward across through throughout against
    each every both either neither some many most few several all no not only even just what who which why how
    backed faced focused determined shocked working recognition years after"""
)

#: Pronouns that make a sentence depend on the one before it.
PRONOUN_STARTS = _words("he she they it this these those his her their its such")

#: Common verb forms, for telling a clause ("the army launched an attack") from a phrase ("the capital").
VERBS = _words(
    """is was were are be been being has had have having do did does became become becomes began begin begins
    led fell won took made gave came went saw met held fought built broke sent set left lost ran rose drove wrote
    brought chose spoke found struck sank flew told kept sold thought paid laid stood meant sought taught caught
    fled grew knew threw shot split spread swept bore tore wore died dies killed signed launched landed moved
    declared agreed chose defeated captured became joined arrived invaded attacked married received shared
    announced opened completed walked orbited circled carried created started ended lifted followed introduced
    cut switched wanted feared guaranteed estimated improved ruled treated delivered showed reached kept carried
    hardened founded signed discovered enrolled studied worked moved toured presented isolated called named
    helped learned examined retreated established passed authorized mobilized held broken boasted played
    struggled supported faced plagued suppressed defeated shocked heightened calculated believed provided
    launches becomes signs orbits lands dies creates begins ends leads wins takes makes gives comes goes
    spent struggled returned redesigned stayed took swept flew detected"""
)

#: Given names that are a woman's (so "he" is never one of them) and a man's (so "she" is never one of them).
FEMALE_NAMES = _words(
    """mary maria marie anne anna elizabeth catherine katherine isabella eleanor jane victoria margaret rosa coretta
    irène irene ève eve joan emma charlotte sophia sophie louise alice helen ellen harriet susan ruth sarah grace
    amelia florence edith dorothy teresa theresa josephine marguerite indira golda benazir valentina frida rosalind
    ada clara martha abigail dolley jacqueline hillary michelle diana""")
MALE_NAMES = _words(
    """john james william george henry charles edward thomas richard robert joseph louis napoleon simon antonio jose
    francisco harry franklin dwight winston joseph nikita vladimir abraham ulysses theodore woodrow herbert lyndon
    martin nelson mahatma jawaharlal otto adolf benito karl friedrich frederick peter ivan alexander paul michael
    david samuel orville wilbur milton matthew""")


#: Words that open a leading clause whose subject the main clause names after the comma ("When she was seventeen,
#: Ada met …"): read by the drafter (``phrasing._SUBORDINATE_PRONOUN``) and by the gate of shown pronouns
#: (``referents._LEADING_CLAUSE``), so both name a leading pronoun the same way.
LEADING_SUBORDINATORS = ("When", "After", "Before", "Although", "Though", "While", "Since", "If", "Until", "Once",
                         "Because", "As")
