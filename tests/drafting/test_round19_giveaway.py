"""Round 19 (issue 16, giveaways): drafts whose own prompt, choices or neighbours give the answer away. Each rule is
tested on short texts written for this file (none copied from an eval set), with cases that must not change."""

from __future__ import annotations

from question_bank.drafting import builders, cloze, distractors, statements, suggest_questions
from question_bank.drafting.facts import read_facts


def _questions(text: str) -> list[dict]:
    result = suggest_questions(text)
    return [q.model_dump(mode="json", exclude_none=True) for q in result.question_set.questions]


def _mention(sf, text: str):
    return next(m for m in sf.mentions if m.text == text)


GOLD = """The Gold Find

In 1896 George Carmack, a prospector from California, and two Shoshone men, Tom Blackfeather and Harry Creek, found gold in Bear Creek, a stream that runs into the Yukon River. In 1897 news of the find reached Seattle, and about 100,000 people set out for the north. At Fort Vale, on the river shore, three huts had been built beside the landing, one for the miners, one for the traders and one for the police. In 1898 the town of Dawson had about 30,000 people. Most of the prospectors found no gold at all. The rush ended in 1899, when gold was found at Nome in Alaska.
"""


def test_a_count_the_sentence_lists_is_not_asked():
    facts = read_facts(GOLD)
    first, huts = facts.sentences[0], facts.sentences[2]
    assert builders.listed_here(first, _mention(first, "two")) == 2  # "two Shoshone men, Tom ... and Harry ..."
    assert builders.listed_here(huts, _mention(huts, "three")) == 3  # "one for ..., one for ... and one for ..."
    for q in _questions(GOLD):
        shown = q.get("prompt", "") + q.get("statement", "") + str(q.get("gaps", ""))
        assert not ("Shoshone men" in shown and q["type"] == "numeric"), q
        assert "four huts" not in shown and "two huts" not in shown, q  # no false count the list refutes
        assert not any(g["answer"] in ("two", "three") for g in q.get("gaps", []) or []), q


def test_a_count_with_no_list_after_it_is_not_counted():
    facts = read_facts("The Fleet\n\nIn 1588 two squadrons sailed from Lisbon with about 130 ships. One of them was lost.\n")
    sf = facts.sentences[0]
    assert builders.listed_here(sf, _mention(sf, "two")) == 0
    sf = read_facts("The Army\n\nThe king had three sons, and one of them became a monk.\n").sentences[0]
    assert builders.listed_here(sf, _mention(sf, "three")) == 0  # one "one" is no list


VOYAGE = """The Voyage

The ships left Seville on 10 August 1519 with about 270 men. The men ran out of fresh food and many died of scurvy. On 6 March 1521 they reached Guam, and in March they arrived in the Philippines. On 27 April 1521 Magellan was killed on Mactan. Only one ship, the Victoria, came home on 6 September 1522. King Henry of Castile was born in 1397. In 1418 Henry became king at the age of 21.
"""


def test_a_date_whose_month_the_sentence_repeats_is_not_blanked():
    facts = read_facts(VOYAGE)
    guam = facts.sentences[2]
    assert not builders.answerable(guam, _mention(guam, "6 March 1521"))
    mactan = facts.sentences[3]  # its month is nowhere else in the sentence: still asked
    assert builders.answerable(mactan, _mention(mactan, "27 April 1521"))
    for q in _questions(VOYAGE):
        assert "6 March" not in str([c["text"] for c in q.get("choices", []) if c.get("correct")]), q
        assert "6 March" not in str(q.get("accepted", "")) + str(q.get("gaps", "")), q


def test_an_age_given_by_the_years_shown_is_not_asked():
    for q in _questions(VOYAGE):
        assert "age of _____" not in q.get("prompt", ""), q
    # without the year of birth the age is a fact to learn: the rule leaves it
    text = VOYAGE.replace(" King Henry of Castile was born in 1397.", " King Henry of Castile was a grandson of Peter.")
    facts = read_facts(text)
    d = builders.Draft({"type": "numeric", "prompt": "In 1418 Henry became king at the age of _____.", "value": 21},
                       "numeric", "number", 1.0, (len(facts.sentences) - 1,), "21", [], [], "x", ())
    from question_bank.drafting import worth
    assert not worth._age_by_years(facts, d)
    assert worth._age_by_years(read_facts(VOYAGE), d)


def test_a_cloze_key_loses_the_title_the_options_lack():
    assert cloze._title_cut("Chief Justice John Marshall", ["John Ross", "Andrew Jackson"]) == len("Chief Justice ")
    assert cloze._title_cut("General Winfield Scott", ["Andrew Jackson", "John Ross"]) == len("General ")
    # an option with a title of its own, or a key without one: the gap stays as it is
    assert cloze._title_cut("Chief Justice John Marshall", ["Principal Chief John Ross", "Andrew Jackson"]) == 0
    assert cloze._title_cut("John Marshall", ["John Ross", "Andrew Jackson"]) == 0
    assert cloze._title_cut("King Henry", ["Edward", "Richard"]) == len("King ")


SIEGE = """The Siege of Harlow in 1602

The siege began on 6 April 1602, when an army of ten thousand men reached the walls. The defenders held out through the spring. On 29 May 1602 the town fell. The new lord rebuilt the walls in 1610.
"""


def test_options_of_a_full_date_keep_the_year_the_text_shows_elsewhere():
    facts = read_facts(SIEGE)
    sf = facts.sentences[0]
    m = _mention(sf, "6 April 1602")
    assert distractors._year_shown_elsewhere(facts, sf, m)
    shifted = distractors._shifted_dates(m, True)
    assert shifted and all(r.endswith("1602") and r != "6 April 1602" for _, r in shifted)
    assert all(r.startswith("6 ") for _, r in shifted)
    # the year nowhere else: the options move by years as before
    alone = read_facts("The Town\n\nThe siege began on 6 April 1602. The town fell in the summer.\n")
    sf = alone.sentences[0]
    m = _mention(sf, "6 April 1602")
    assert not distractors._year_shown_elsewhere(alone, sf, m)
    assert all(not r.endswith("1602") for _, r in distractors._shifted_dates(m))


def test_a_true_choice_that_refutes_the_false_one_is_not_set_beside_it():
    facts = read_facts("""The Sea Battle

Instead he split his fleet into two columns and sailed them at the enemy line. Carver led one column in his flagship, and Hale led the other in the Sovereign. Tecumseh had been killed in 1813, and the nations lost their ally. Jackson became a national hero and was elected president in 1828.
""")
    run = facts.sentences[:2]
    assert statements._refuted_beside(run, 0, "two", "three")  # "one column ... the other"
    run = facts.sentences[2:4]
    assert statements._refuted_beside(run, 0, "Tecumseh", "Jackson")  # Jackson acts in the choice beside it
    assert not statements._refuted_beside(run, 0, "Tecumseh", "Brock")
    assert not statements._refuted_beside(run, 0, "1813", "1811")
