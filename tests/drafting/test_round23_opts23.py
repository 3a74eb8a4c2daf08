"""Round 23 (issue 16, opts23): options that the draft's own prompt, the title line or a sibling gap rules out.

Made-up texts only (none copied from the eval sets)."""

from __future__ import annotations

from question_bank.drafting.cloze import cloze_drafts
from question_bank.drafting.distractors import date_distractors
from question_bank.drafting.facts import read_facts

ENVOYS = """The Envoys of Tarsia

The kingdom of Tarsia sent many envoys abroad. In 1204 the envoy Maro Tellin reached the court of the western king. In 1210 the scholar Ilse Varn wrote a history of the kingdom. In 1214 the priest Oder Kamm built a great temple. In 1220 the general Dovan Reth sent an officer, Pell Ostrick, to reach the sea, but he turned back at the mountains. In 1226 the poet Ansel Brum wrote songs about the voyage."""


def _sentence(facts, words):
    return next(sf for sf in facts.sentences if words in sf.text)


def test_dropdowns_of_one_kind_offer_each_others_keys():
    facts = read_facts(ENVOYS)
    sf = _sentence(facts, "Pell Ostrick")
    drafts = cloze_drafts(facts, sf)
    assert drafts
    gaps = {g["answer"]: g for g in drafts[0].question["gaps"] if g["kind"] == "dropdown"}
    assert {"Dovan Reth", "Pell Ostrick"} <= set(gaps)
    # each key stands in the other's list, so neither is the one name its own list alone has
    assert "Pell Ostrick" in gaps["Dovan Reth"]["distractors"]
    assert "Dovan Reth" in gaps["Pell Ostrick"]["distractors"]
    assert set(gaps["Dovan Reth"]["distractors"]) - {"Pell Ostrick"} == \
        set(gaps["Pell Ostrick"]["distractors"]) - {"Dovan Reth"}


TRUCE = """The Long War of Velmark

The war between Velmark and Osterland began in 1502, when Osterland seized the river towns. In 1511 the Velmark army won a victory at Harrow Ford. In 1518 the Osterland fleet burned the port of Kessel. In 1523 a new king came to the throne of Velmark. The two sides fought on for years. Fighting went on, with a pause during the Nine Years' Truce from 1531 to 1540. It finally ended with the Peace of Lorne in 1559, when Osterland gave back the river towns."""


def test_a_cloze_offers_no_date_the_sentence_shown_before_rules_out():
    facts = read_facts(TRUCE)
    sf = _sentence(facts, "Peace of Lorne")
    drafts = cloze_drafts(facts, sf)
    assert drafts and "Truce" in drafts[0].question["evidence"]["quote"]
    gap = next(g for g in drafts[0].question["gaps"] if g["answer"] == "1559")
    assert gap["kind"] == "dropdown"
    # not the truce's years the passage shows, nor any year before the truce's end (the war "finally ended" after)
    assert all(int(d) > 1540 for d in gap["distractors"]), gap["distractors"]


TITLED = """The Siege of Darrow, 1520

In 1498 the town of Darrow was given a charter by the duke. In 1520 an army of the count laid siege to the town for three months. In 1537 the town walls were rebuilt in stone by the mason Gerd Fell. In 1561 a great fire burned the market and the old hall."""


def test_the_titles_year_is_no_wrong_option():
    facts = read_facts(TITLED)
    sf = _sentence(facts, "walls were rebuilt")
    answer = next(m for m in sf.dates if m.text == "1537")
    options = [d.text for d in date_distractors(facts, sf, answer)]
    assert options and "1520" not in options


HEDGED = """The City of Amarun

Amarun was one of the great cities of the southern plains. The city was at its height between about AD 700 and 1100, when it traded with the whole region. It was abandoned in 1250 after a long drought. It became a protected site in 1971."""


def test_a_hedged_year_takes_no_option_within_its_hedge():
    facts = read_facts(HEDGED)
    sf = _sentence(facts, "at its height")
    answer = next(m for m in sf.dates if m.text == "1100")
    options = [d.text for d in date_distractors(facts, sf, answer)]
    assert options
    assert all(abs(int(o) - 1100) >= 25 for o in options), options


def test_a_multiple_choice_shown_after_its_sentence_before_offers_no_date_it_rules_out():
    from question_bank.drafting.builders import sentence_drafts

    facts = read_facts(TRUCE)
    sf = _sentence(facts, "Peace of Lorne")
    mc = next(d for d in sentence_drafts(facts, sf, {"multiple_choice"}) if d.type == "multiple_choice")
    assert mc.question["prompt"].startswith("Fighting went on")
    wrong = [c["text"] for c in mc.question["choices"] if not c["correct"]]
    assert len(wrong) == 3 and all(int(w) > 1540 for w in wrong), wrong


PRINCE = """The Kingdom of Vessa

1820: Ioran Bastel, an Italian from Talmor who had served the emperor, became the first governor of Vessa.
1823: Bastel was murdered in Kell by the son of Doran Meck, a chief from the Ossary whom he had imprisoned.
1826: The poet Edwin Harle died of fever while helping the rebels.
1828: The general Omar Vasif burned the southern towns.
1830: The powers chose a Lorran prince, Ulric, aged only 17, as king of Vessa."""


def test_a_place_read_as_a_person_is_no_persons_option():
    facts = read_facts(PRINCE)
    sf = _sentence(facts, "Lorran prince")
    from question_bank.drafting.distractors import name_distractors

    answer = next(m for m in sf.names if m.text == "Ulric")
    options = {d.text for d in name_distractors(facts, sf, answer)}
    assert options and not options & {"Talmor", "Ossary"}, options


REIGN = """Queen Mirela of Osterland

Mirela was Queen of Osterland from 1702 to 1741, and she was not born in Osterland at all. In 1710 she called a great assembly of the nobles to write new laws. In 1718 a peasant revolt broke out in the north. In 1725 she founded the first university of the kingdom. In 1733 her armies took the port of Selm from the Danes."""


def test_a_date_choice_does_not_offer_years_the_other_kept_drafts_show():
    from question_bank.drafting.builders import sentence_drafts
    from question_bank.drafting.select import _shown_text, _with_unshown_options

    facts = read_facts(REIGN)
    first = _sentence(facts, "from 1702 to")
    mc = next(d for d in sentence_drafts(facts, first, {"multiple_choice"}) if d.type == "multiple_choice"
              and d.answer == "1741")
    others = [next(d for d in sentence_drafts(facts, sf, {"cite"}) if d.type == "cite")
              for sf in facts.sentences if sf.index > first.index]
    shown = " ".join(_shown_text(d) for d in others)
    wrong = [c["text"] for c in mc.question["choices"] if not c["correct"]]
    assert sum(f" {w} " in shown for w in wrong) >= 2  # the text's own years, each another draft's event
    remade = _with_unshown_options(facts, [mc, *others])[0]
    wrong = [c["text"] for c in remade.question["choices"] if not c["correct"]]
    assert len(wrong) == 3 and not any(f" {w} " in shown for w in wrong), wrong
    assert [c["text"] for c in remade.question["choices"] if c["correct"]] == ["1741"]
