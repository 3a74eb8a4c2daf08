"""The grading tables (tests/grading/*.json): answers a teacher would accept or reject, over thirteen texts.

The DEVELOPMENT tables (Korean War, Berlin Airlift) are what the rules were tuned on; the EVALUATION
tables (Cuban Missile Crisis; eval2_*: the Hanseatic League and the fur-trade rivalry, held out; the Third Punic
War and the fur-trade merger of 1821, tuned on after their first run; eval3_*: the Meiji Restoration and Mansa
Musa's Mali, held out, first run at 42100ea; eval4_*: the Haitian Revolution and Justinian, held out, first run at
f70ac28; eval5_*: the Dreyfus Affair and the voyages of Zheng He, held out, first run at 64802f0: see docs/grading.md)
were written and rated before any tuning. The
answers the rules still get wrong are listed in KNOWN_MISSES (strict xfail: the test fails when one starts to
pass, so the list stays true) and in docs/grading.md.
"""

from __future__ import annotations

import pytest
from gradingtables import TABLE_FILES, cases, load_table, run

from question_bank.validation import check_set

KNOWN_MISSES = {
    # "Deutsche Mark" typed as one word: two edits (a joined space and a dropped "e"); the typo rule stays at one
    "dev_berlin_airlift:currency:accept:Deutschmark",
    # the text never names him by surname alone, nor with a title next to his name ("the Soviet ambassador in
    # Washington, Anatoly Dobrynin"), so "Dobrynin" alone is not derived from the text
    "eval_cuban_missile_crisis:dobrynin:accept:Dobrynin",
    # ---- eval2_third_punic_war and eval2_fur_trade_merger: unseen at their first run, tuned on since (docs/grading.md)
    # a surname after a lowercase particle ('Médard Chouart des Groseilliers') is not read as a person's name, so every word is needed
    "eval2_fur_trade_merger:traders:accept:Groseilliers",
    "eval2_fur_trade_merger:traders:accept:des Groseilliers",
    # the key is a peer's style ('Thomas Douglas, 5th Earl of Selkirk'): 'Earl' is no title to the grader, so every word is needed
    "eval2_fur_trade_merger:selkirk:accept:Lord Selkirk",
    "eval2_fur_trade_merger:selkirk:accept:Thomas Douglas",
    # a title the text gives after the name in another clause ('became governor of its Northern Department') is not put before it
    "eval2_fur_trade_merger:simpson:accept:Governor Simpson",
    "eval2_fur_trade_merger:simpson:accept:Governor George Simpson",
    # the qualifier of the text's noun left out ('French-Canadian voyageurs'): only a few generic nouns may be dropped
    "eval2_fur_trade_merger:voyageurs:accept:voyageurs",
    "eval2_fur_trade_merger:voyageurs:accept:the voyageurs",
    "eval2_fur_trade_merger:voyageurs:accept:voyagers",
    # the text's own word between the article and the key ('the new Dominion of Canada') is not read as part of the phrase
    "eval2_fur_trade_merger:canada:accept:the new Dominion of Canada",
    # 'Ft.' is not read as the abbreviation of 'Fort'
    "eval2_fur_trade_merger:fortwilliam:accept:Ft. William",
    # the text's description in apposition ('pemmican, the dried meat') is not read as naming it
    "eval2_fur_trade_merger:pemmican:accept:dried meat",
    # part of a Roman name: the last names, the surname alone, or the given name and the surname are accepted; not the given
    # name with the last two; 'Scipio' alone, with three Scipios in the text
    "eval2_third_punic_war:nasica:accept:Publius Scipio Nasica",
    "eval2_third_punic_war:aemilianus:accept:Scipio",
    # a given name the text never writes alone ('Hannibal Barca'): first names alone are taken only as the text uses them
    "eval2_third_punic_war:hannibal:accept:Hannibal",
    "eval2_third_punic_war:hannibal:accept:Hanibal",
    # the title is not beside the name in the quote ('Its greatest general, Hannibal Barca'; 'Its general, Hasdrubal' is in another sentence) or is no title to the grader (consul, historian), or the text never gives it (Emperor)
    "eval2_third_punic_war:hannibal:accept:General Hannibal",
    "eval2_third_punic_war:hasdrubal:accept:General Hasdrubal",
    "eval2_third_punic_war:consuls:accept:consul Manilius",
    "eval2_third_punic_war:augustus:accept:Emperor Augustus",
    # a typo the rules leave out: a changed first letter, two edits away (Genseric), or in a name under six letters
    # (the key's own rule: "Seoull" for Seoul stays wrong)
    "eval2_third_punic_war:corinth:accept:Korinth",
    "eval2_third_punic_war:utica:accept:Utika",
    "eval2_third_punic_war:byrsa:accept:Birsa",
    "eval2_third_punic_war:gaiseric:accept:Genseric",
    # both of the two right answers ('name one of the two consuls') is read as naming two candidates
    "eval2_third_punic_war:consuls:accept:Manilius and Censorinus",
    # --- eval2_hanseatic_league and eval2_fur_trade_rivalry: held out while the others were tuned on; seen since ---
    # Fur trade rivalry, right answers marked wrong:
    # a title the text never puts beside him ("George Simpson, a short and tireless Scot ... its new governor")
    "eval2_fur_trade_rivalry:simpson:accept:Governor Simpson",
    # a short form of a first name ("Sam" for Samuel) is not read
    "eval2_fur_trade_rivalry:hearne:accept:Sam Hearne",
    # the key "Thomas Douglas, 5th Earl of Selkirk" is read as one phrase needing every word; no name or title short form
    "eval2_fur_trade_rivalry:selkirk:accept:Lord Selkirk",
    "eval2_fur_trade_rivalry:selkirk:accept:Thomas Douglas",
    # the text's definition of the key ("the dried buffalo meat and fat") is not read as the key
    "eval2_fur_trade_rivalry:pemmican:accept:dried buffalo meat and fat",
    # Fur trade rivalry, wrong answers accepted:
    # (none left: "Rupert" for "Rupert's Land" is refused since round 23)
    # Hanseatic League, right answers marked wrong:
    # a place with a wider place after it that the text names but does not write there ("Bergen in Norway": the text says
    # "from northern Norway"; only a place the text never names, or the text's own "X in Y", is read as harmless)
    "eval2_hanseatic_league:stockfish:accept:Bergen in Norway",
    # a preposition of two words before a place ("out of Bergen"; "off Scania" is read since round 21)
    "eval2_hanseatic_league:stockfish:accept:out of Bergen",
    # plural and an old spelling of a three-letter key (the typo rule wants 6+ letters)
    "eval2_hanseatic_league:cog:accept:cogs",
    "eval2_hanseatic_league:cog:accept:cogg",
    # the name the text gives in brackets, "the Diet (Hansetag)", is not read as the key; nor "Hanseatic Diet"
    "eval2_hanseatic_league:diet:accept:Hansetag",
    "eval2_hanseatic_league:diet:accept:the Hansetag",
    "eval2_hanseatic_league:diet:accept:Hanseatic Diet",
    # the epithet the text gives in "known as Valdemar Atterdag" is not tied to the key "Valdemar IV"
    "eval2_hanseatic_league:valdemar:accept:Valdemar Atterdag",
    "eval2_hanseatic_league:valdemar:accept:Valdemar IV Atterdag",
    # a common spelling with another first letter (the typo rule keeps the first letter)
    "eval2_hanseatic_league:valdemar:accept:Waldemar IV",
    # the text itself calls him "Valdemar" twice and names no other; the ruler's-number rule still asks for "IV"
    "eval2_hanseatic_league:valdemar:accept:Valdemar",
    # the "of" form of a name ("Confederation of Cologne") and a synonym ("Confederacy") are not read
    "eval2_hanseatic_league:confederation:accept:the Confederation of Cologne",
    "eval2_hanseatic_league:confederation:accept:Cologne Confederacy",
    # "Peace of" is another name for the treaty, not the kind the question asks for
    "eval2_hanseatic_league:treaty:accept:the Peace of Stralsund",
    # "Brethren" for "Brothers": a synonym, not one typo
    "eval2_hanseatic_league:pirates:accept:Victual Brethren",
    # "The United Nations Educational, Scientific and Cultural Organization (UNESCO)" is not read as a definition
    # (commas in the long form), so the long form is not tied to the key
    "eval2_hanseatic_league:unesco:accept:the United Nations Educational, Scientific and Cultural Organization",
    # --- eval3_meiji_restoration: held out, first run at 42100ea, not tuned on ---
    # Meiji Restoration, right answers marked wrong:
    # a title the text does not give him ("Admiral" for "the commander of the shogun's navy", "Prince" for "his son"), or a
    # title of several words with "of the" before the comma ("the Minister of the Right, Iwakura Tomomi")
    "eval3_meiji_restoration:enomoto:accept:Admiral Enomoto",
    "eval3_meiji_restoration:mutsuhito:accept:Prince Mutsuhito",
    "eval3_meiji_restoration:iwakura:accept:the Minister of the Right Iwakura Tomomi",
    # a place after the name that the text writes otherwise ("a samurai from Tosa")
    "eval3_meiji_restoration:sakamoto:accept:Sakamoto Ryōma of Tosa",
    # the older romanizations Yedo and Tokio: not one typo, and no rule of spelling reads them (ou/oo for ō is read)
    "eval3_meiji_restoration:edo:accept:Yedo",
    "eval3_meiji_restoration:tokyo:accept:Tokio",
    # a typo in a phrase that is not a name ("enlighted" for "enlightened": one dropped letter)
    "eval3_meiji_restoration:meiji-meaning:accept:enlighted rule",
    # another usual name or a synonym ("Treaty of Kanagawa", "Kanagawa Convention", "Five Articles Oath", "enlightened government")
    "eval3_meiji_restoration:kanagawa:accept:Kanagawa Convention",
    "eval3_meiji_restoration:kanagawa:accept:the Treaty of Kanagawa",
    "eval3_meiji_restoration:charter-oath:accept:the Five Articles Oath",
    "eval3_meiji_restoration:meiji-meaning:accept:enlightened government",
    # the old and the new name of one city ("Edo (Tokyo)")
    "eval3_meiji_restoration:edo:accept:Edo (Tokyo)",
    # --- eval3_mali_mansa_musa: held out, first run at 42100ea, not tuned on ---
    # Mali, right answers marked wrong:
    # a common spelling of an African or Arabic name that is more than one typo, or a typo in a word under six letters
    "eval3_mali_mansa_musa:founder:accept:Sunjata",
    "eval3_mali_mansa_musa:sumanguru:accept:Soumaoro Kanté",
    "eval3_mali_mansa_musa:sosso:accept:Susu",
    "eval3_mali_mansa_musa:sosso:accept:Soso",
    "eval3_mali_mansa_musa:mandinka:accept:Mandingo",
    "eval3_mali_mansa_musa:capital:accept:Nyani",
    "eval3_mali_mansa_musa:capital:accept:Niany",
    "eval3_mali_mansa_musa:mecca:accept:Makkah",
    "eval3_mali_mansa_musa:mecca:accept:Mekka",
    "eval3_mali_mansa_musa:mecca:accept:Meca",
    "eval3_mali_mansa_musa:gold-value:accept:Kairo",
    "eval3_mali_mansa_musa:gold-value:accept:Ciaro",
    "eval3_mali_mansa_musa:al-sahili:accept:es-Saheli",
    "eval3_mali_mansa_musa:mosque:accept:Djingareyber Mosque",
    "eval3_mali_mansa_musa:sulayman:accept:Mansa Suleiman",
    "eval3_mali_mansa_musa:sunni-ali:accept:Sunni Aly",
    # the first of two names alone, where the text never writes it alone and nothing shows it is the one he is known by
    # ("Sumanguru", "King Sumanguru": "the king of the Sosso" is beside the name but not put before it)
    "eval3_mali_mansa_musa:sumanguru:accept:Sumanguru",
    "eval3_mali_mansa_musa:sumanguru:accept:King Sumanguru",
    # the title of his one name ("Mansa Musa") put before the other ("Musa I")
    "eval3_mali_mansa_musa:musa-i:accept:Mansa Musa I",
    # a kind-noun the question does not ask for ("people" in "What were Sundiata's people called?", "the fields of"), a wider
    # place the text names elsewhere in the sentence ("in the Sahara"), or a known epithet ("Sunni Ali Ber")
    "eval3_mali_mansa_musa:mandinka:accept:the Mandinka people",
    "eval3_mali_mansa_musa:goldfields:accept:the fields of Bambuk",
    "eval3_mali_mansa_musa:salt:accept:Taghaza in the Sahara",
    "eval3_mali_mansa_musa:sunni-ali:accept:Sunni Ali Ber",
    # the reordering of "the merchants of Cairo" ("Cairo merchants"), another preposition, or the head noun alone
    "eval3_mali_mansa_musa:lenders:accept:Cairo merchants",
    "eval3_mali_mansa_musa:lenders:accept:the Cairo merchants",
    "eval3_mali_mansa_musa:lenders:accept:merchants in Cairo",
    "eval3_mali_mansa_musa:lenders:accept:merchants",
    # two right answers, both from the text ("king or emperor" is the text's own phrase; "Bambuk and Bure" for "name one")
    "eval3_mali_mansa_musa:mansa:accept:king or emperor",
    "eval3_mali_mansa_musa:goldfields:accept:Bambuk and Bure",
    # a synonym the text does not give ("ruler" for king; the text says "called their ruler mansa")
    "eval3_mali_mansa_musa:mansa:accept:ruler",
    # the name in the other order, as the Catalan form writes it ("Cresques Abraham")
    "eval3_mali_mansa_musa:cresques:accept:Cresques Abraham",
    # --- eval4_haitian_revolution: held out, first run at f70ac28, not tuned on ---
    # Haitian Revolution: no wrong answer accepted; right answers refused:
    # the surname alone, where the text gives the full name with it ("Dutty Boukman", "Léger-Félicité Sonthonax",
    # "André Rigaud", "the Vicomte de Rochambeau", "François Capois"), with or without a one-letter typo
    "eval4_haitian_revolution:boukman:accept:Boukman",
    "eval4_haitian_revolution:boukman:accept:Boukmann",
    "eval4_haitian_revolution:sonthonax:accept:Sonthonax",
    "eval4_haitian_revolution:sonthonax:accept:Sonthonnax",
    "eval4_haitian_revolution:rigaud:accept:Rigaud",
    "eval4_haitian_revolution:rigaud:accept:rigaud",
    "eval4_haitian_revolution:rochambeau:accept:Rochambeau",
    "eval4_haitian_revolution:rochambeau:accept:Rochambau",
    "eval4_haitian_revolution:capois:accept:Capois",
    # a title or office the text does not put before the name (commissioner, general, priest, king, president), or the
    # English form of the text's title ("Viscount" for "Vicomte")
    "eval4_haitian_revolution:sonthonax:accept:Commissioner Sonthonax",
    "eval4_haitian_revolution:rigaud:accept:General Rigaud",
    "eval4_haitian_revolution:dessalines:accept:General Dessalines",
    "eval4_haitian_revolution:boukman:accept:the priest Boukman",
    "eval4_haitian_revolution:rochambeau:accept:Viscount Rochambeau",
    "eval4_haitian_revolution:christophe:accept:King Henri Christophe",
    "eval4_haitian_revolution:petion:accept:President Pétion",
    # the name the text gives him ("took the name Louverture", "earned the name Capois-La-Mort") is not tied to the key;
    # nor the other usual order "Boukman Dutty"
    "eval4_haitian_revolution:toussaint:accept:Toussaint Louverture",
    "eval4_haitian_revolution:toussaint:accept:Toussaint L'Ouverture",
    "eval4_haitian_revolution:toussaint:accept:Toussaint Loverture",
    "eval4_haitian_revolution:capois:accept:Capois-La-Mort",
    "eval4_haitian_revolution:capois:accept:Capois La Mort",
    "eval4_haitian_revolution:boukman:accept:Boukman Dutty",
    # a usual short form or other name of a place ("St." for Saint, Le Cap's other name Cap-Français)
    "eval4_haitian_revolution:colony:accept:St. Domingue",
    "eval4_haitian_revolution:colony:accept:St-Domingue",
    "eval4_haitian_revolution:le-cap:accept:Cap-Français",
    "eval4_haitian_revolution:le-cap:accept:Cap Francais",
    # "Battle" and "Fort" left out of the key ("Vertières", "Joux", "Fort Joux")
    "eval4_haitian_revolution:joux:accept:Joux",
    "eval4_haitian_revolution:joux:accept:Fort Joux",
    # the text's own words around the key ("a freed coachman"),
    # or the realm after a ruler's name ("of Haiti", "of France")
    "eval4_haitian_revolution:coachman:accept:a freed coachman",
    "eval4_haitian_revolution:jacques-i:accept:Jacques I of Haiti",
    "eval4_haitian_revolution:charles-x:accept:Charles X of France",
    # a synonym the text does not give ("a coach driver", "mountainous land") or a day named, not numbered ("New Year's Day 1804")
    "eval4_haitian_revolution:coachman:accept:a coach driver",
    "eval4_haitian_revolution:haiti-meaning:accept:mountainous land",
    "eval4_haitian_revolution:independence-date:accept:New Year's Day 1804",
    # --- eval4_justinian: held out, first run at f70ac28, not tuned on (seen since round 21's measure: the lead's date
    # and "X of PLACE" fixes were made on it) ---
    # Justinian, right answers refused:
    # an answer of two names in the other order, joined by "&", in the singular, cut to the two given names, or with the
    # text's "the generals" before them
    "eval4_justinian:factions:accept:the Greens and the Blues",
    "eval4_justinian:factions:accept:the Blue and the Green",
    "eval4_justinian:factions:accept:Blues & Greens",
    "eval4_justinian:generals:accept:Mundus and Belisarius",
    "eval4_justinian:generals:accept:Belisarius & Mundus",
    "eval4_justinian:architects:accept:Anthemius and Isidore",
    "eval4_justinian:architects:accept:Isidore of Miletus and Anthemius of Tralles",
    "eval4_justinian:architects:accept:Anthemius of Tralles and Isidorus of Miletus",
    "eval4_justinian:architects:accept:anthemius and isidore",
    "eval4_justinian:architects:accept:Anthemios and Isidore",
    # a title the text does not put before the name (emperor, empress, general), the text's own words before it ("the
    # eunuch", "the jurist", "his nephew") or after it, or the key's ordinal added or written out ("Justin the First")
    "eval4_justinian:uncle:accept:Emperor Justin",
    "eval4_justinian:uncle:accept:Emperor Justin I",
    "eval4_justinian:uncle:accept:Justin the First",
    "eval4_justinian:uncle:accept:Justin 1",
    "eval4_justinian:theodora:accept:Empress Theodora",
    "eval4_justinian:narses:accept:the eunuch Narses",
    "eval4_justinian:narses:accept:General Narses",
    "eval4_justinian:justin-ii:accept:Emperor Justin II",
    "eval4_justinian:justin-ii:accept:his nephew Justin II",
    # the text's words after the name, read as two answers ("Theodora, a former actress", "Hypatius, a nephew of an earlier
    # emperor", "Gelimer, king of the Vandals")
    "eval4_justinian:gelimer:accept:Gelimer, king of the Vandals",
    # a Latin, Greek or other usual spelling ("Tribonianus", "Chosroes I", "Khosrau I", "Khusro I", "Geilamir",
    # "Prokopios", "Antiochia", "Corpus Iuris Civilis") or a typo in a short word ("Nikka")
    "eval4_justinian:tribonian:accept:Tribonianus",
    "eval4_justinian:khosrow:accept:Chosroes I",
    "eval4_justinian:khosrow:accept:Khosrau I",
    "eval4_justinian:khosrow:accept:Khusro I",
    "eval4_justinian:gelimer:accept:Geilamir",
    "eval4_justinian:procopius:accept:Prokopios",
    "eval4_justinian:antioch:accept:Antiochia",
    "eval4_justinian:corpus:accept:Corpus Iuris Civilis",
    "eval4_justinian:nika:accept:Nikka",
    # another usual name the text does not give ("Flavius Petrus Sabbatius", "Peter Sabbatius", "Baduila", "Busta Gallorum",
    # "the Pandects", "the Eternal Peace", "the Perpetual Peace", "the Body of Civil Law", "Divine Wisdom")
    "eval4_justinian:birth-name:accept:Flavius Petrus Sabbatius",
    "eval4_justinian:birth-name:accept:Peter Sabbatius",
    "eval4_justinian:totila:accept:Baduila",
    "eval4_justinian:taginae:accept:Busta Gallorum",
    "eval4_justinian:digest:accept:the Pandects",
    "eval4_justinian:endless-peace:accept:the Eternal Peace",
    "eval4_justinian:endless-peace:accept:the Perpetual Peace",
    "eval4_justinian:corpus:accept:the Body of Civil Law",
    "eval4_justinian:holy-wisdom:accept:Divine Wisdom",
    # the meaning the text gives beside the cry ("Nika!", "Conquer!") is not read as the key
    "eval4_justinian:nika:accept:Conquer",
    "eval4_justinian:nika:accept:Conquer!",
    # the key's adjective left out or changed ("a burial shroud", "a good shroud", "a fine burial shroud")
    "eval4_justinian:shroud:accept:a burial shroud",
    "eval4_justinian:shroud:accept:a good shroud",
    "eval4_justinian:shroud:accept:a fine burial shroud",
    # "Battle" left out ("Taginae") or added where the text does not write it ("the Battle of Ad Decimum")
    "eval4_justinian:ad-decimum:accept:the Battle of Ad Decimum",
    # harmless words a teacher lets pass ("the village of", "the city of", "in the Balkans", "in Syria")
    # --- eval5_dreyfus_affair and eval5_zheng_he: held out, first run at 64802f0 (94.4 % and 93.2 %, no wrong answer
    # accepted), tuned on since (round 23, docs/grading.md) ---
    # the key with a kind noun the text uses for it ("the bordereau letter"), an adjective turned into "of" and a country
    # ("the embassy of Germany"), or the text's words before the key that are no kind ("the shipyards of", "as far as")
    "eval5_dreyfus_affair:bordereau:accept:the bordereau letter",
    "eval5_dreyfus_affair:embassy:accept:the embassy of Germany",
    "eval5_zheng_he:shipyards:accept:the shipyards of Nanjing",
    "eval5_zheng_he:calicut:accept:as far as Calicut",
    # a short form of a given name ("Max" for Maximilian), a surname after a given name the list does not know ("Edgar")
    "eval5_dreyfus_affair:attache:accept:Max von Schwartzkoppen",
    "eval5_dreyfus_affair:lawyer:accept:Demange",
    # a wider place the text names but never writes beside the key ("Alsace, France", "the École Militaire in Paris")
    "eval5_dreyfus_affair:alsace:accept:Alsace, France",
    "eval5_dreyfus_affair:ecole:accept:the École Militaire in Paris",
    # the text's description in apposition alone ("France's highest court", "a lucky beast of legend"), or the name the
    # person later took, sentences away ("the Yongle Emperor" for Zhu Di)
    "eval5_dreyfus_affair:cassation:accept:France's highest court",
    "eval5_zheng_he:qilin:accept:a lucky beast of legend",
    "eval5_zheng_he:zhu-di:accept:the Yongle Emperor",
    # a changed first letter ("Ormuz", the old spelling of Hormuz): the typo rules keep the first letter
    "eval5_zheng_he:hormuz:accept:Ormuz",
}

ALL = cases()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.label, marks=pytest.mark.xfail(reason="known miss"))
                                  if c.label in KNOWN_MISSES else pytest.param(c, id=c.label) for c in ALL])
def test_table_answer(case):
    result = run(case)
    assert result.correct is case.expected, result.note
    if case.expected:
        assert result.points_awarded == result.points_possible
    else:
        assert result.points_awarded == 0.0


def test_tables_are_big_enough_and_balanced():
    texts = {load_table(p)[0]["text"] for p in TABLE_FILES}
    assert len(texts) >= 3
    assert len(ALL) >= 150
    accept = sum(c.expected for c in ALL)
    assert 0.4 <= accept / len(ALL) <= 0.6
    assert {c.role for c in ALL} == {"development", "evaluation"}
    assert all(c.label in {a.label for a in ALL} for c in ALL)
    assert KNOWN_MISSES <= {c.label for c in ALL}


@pytest.mark.parametrize("path", TABLE_FILES, ids=lambda p: p.stem)
def test_table_questions_pass_the_quote_checker(path):
    """Every question of the tables is one the checker accepts: its quote is in the text and states the answer."""
    _, qset = load_table(path)
    assert [str(p) for p in check_set(qset)] == []
