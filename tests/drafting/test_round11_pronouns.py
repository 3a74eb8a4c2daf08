"""Issue 16, round 11: the pronouns and relative dates round 10 left unplaced. A chronicle's year heading dates the
sentences under it, a cloze's prompt says the time its passage leaves unplaced, a "he" after a long leading phrase,
"the city" the sentence before names. Made-up texts only; none is copied from an eval set."""

from __future__ import annotations

from question_bank.drafting.builders import absolute_lead, sentence_drafts, sentence_quality
from question_bank.drafting.cloze import cloze_drafts
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import antecedent, apply_edits, place_noun


def _sentence(facts, start: str):
    for sf in facts.sentences:
        if sf.text.startswith(start):
            return sf
    raise AssertionError(f"no sentence opens {start!r}")


def _led(facts, start: str) -> str | None:
    sf = _sentence(facts, start)
    lead = absolute_lead(facts, sf)
    return None if lead is None else apply_edits(sf.text, [lead])


CHRONICLE = (
    "The Kingdom of Varnia, Year by Year\n\n"
    "1740. Storms ruin the harvest across the lowlands of Varnia. On 12 May the peasants of Dorsk refuse to pay the "
    "grain tax. Queen Elsbet sends her cousin Lord Aric Halden with two thousand soldiers to the valley.\n\n"
    "1741. Kestrel becomes the capital of the kingdom. In July the queen opens a new mint at Kestrel.\n\n"
    "1744. The queen signs the Treaty of Moss with the duke of Olm. She had first met him at Brenn in 1731. "
    "On 3 June the treaty is read aloud in the market of Kestrel.\n\n"
    "1746. On 9 April the old king's brother Osric lands at Tarn with a fleet. Three months later he is defeated "
    "near Brenn. The chronicler Ivo later wrote that the battle saved the kingdom.\n"
)


def test_a_chronicles_year_heading_dates_a_day_it_opens_with():
    facts = read_facts(CHRONICLE)
    assert _led(facts, "On 12 May") is not None and _led(facts, "On 12 May").startswith("On 12 May 1740 the peasants")
    assert _led(facts, "In July").startswith("In July 1741 the queen opens")


def test_a_sentence_under_a_year_heading_that_writes_no_year_says_it():
    facts = read_facts(CHRONICLE)
    assert _led(facts, "Kestrel becomes") == "In 1741, Kestrel becomes the capital of the kingdom."  # a name keeps
    # its capital; an ordinary first word is lowered
    assert _led(facts, "Storms ruin").startswith("In 1740, storms ruin the harvest")


def test_no_heading_year_after_a_flashback_or_for_a_time_counted_from_another():
    facts = read_facts(CHRONICLE)
    assert _led(facts, "On 3 June") is None  # the paragraph wrote 1731 before it: which year is not sure
    assert _led(facts, "Three months later") is None  # counted from 9 April: it may cross into the next year
    assert _led(facts, "The chronicler Ivo later") is None  # "later wrote": not the heading's year


JOURNAL = (
    "A Settler's Journal\n\n"
    "March 1702. The winter has been hard and many of us are sick. On 14 March a trader named Pell came up the "
    "river to our fort and sold us salt and powder.\n\n"
    "April 1702. We have planted the first corn. The river has risen over the lower fields.\n"
)


def test_a_journal_entrys_month_heading_dates_the_day_it_opens_with_only():
    facts = read_facts(JOURNAL)
    assert _led(facts, "On 14 March").startswith("On 14 March 1702 a trader")
    assert _led(facts, "We have planted") is None  # an entry may tell of days before it: no "In 1702, …"


def test_a_clozes_prompt_says_the_year_its_passage_leaves_unplaced():
    facts = read_facts(CHRONICLE)
    for start, year in (("Queen Elsbet sends", 1740), ("On 9 April", 1746)):
        drafts = cloze_drafts(facts, _sentence(facts, start))
        assert drafts, "a cloze of the sentence"
        assert all(f"(The year is {year}.)" in d.question["prompt"] for d in drafts)


LETTER = (
    "A Letter from the Diggings\n\n"
    "Bendor Creek, Sunday 18 November 1849.\n\n"
    "Dear Martha, the camp grows every week. Last Tuesday the miners of Bendor Creek elected Samuel Tarrant as "
    "their first judge, and he swore to hang any thief.\n"
)


def test_a_clozes_prompt_places_a_letters_relative_day():
    facts = read_facts(LETTER)
    drafts = cloze_drafts(facts, _sentence(facts, "Last Tuesday"))
    assert drafts, "a cloze of the sentence"
    assert all("“Last Tuesday” is in November 1849" in d.question["prompt"] for d in drafts)


SCHOLARS = (
    "Reading the Tablets of Sar\n\n"
    "From 1811 the English doctor Walter Penrose studied the tablets. He showed that the signs were written from "
    "right to left. The Danish scholar Niels Berg went further. In a speech given to the Royal Society in Copenhagen "
    "on 3 March 1820, he showed that each sign stood for a syllable. He died in 1829.\n\n"
    "The Laws of Sar\n\n"
    "King Uru of Sar set up the laws on a pillar of black stone. Law 12 says that if a man breaks the arm of another "
    "man, his own arm shall be broken.\n"
)


def test_a_he_after_a_long_leading_phrase_of_place_and_time_is_the_man_just_named():
    facts = read_facts(SCHOLARS)
    ante = antecedent(facts, _sentence(facts, "In a speech given"))
    assert ante is not None and ante.name == "Niels Berg"


def test_a_his_after_a_leading_clause_is_not_the_man_the_sentence_before_names():
    facts = read_facts(SCHOLARS)
    sf = _sentence(facts, "Law 12 says")
    _, _, ante = sentence_quality(facts, sf)
    assert ante is None or ante.name != "Uru"  # "his own arm" is the man who breaks an arm, never King Uru


CITY = (
    "The Fall of Kovar\n\n"
    "Kovar was the capital of the Vel kings for three centuries. In 1210 an army of the Orun people, from the "
    "northern hills, sacked the city.\n\n"
    "The Orun host then marched on Tessa and Varrow. In 1211 they burned the town.\n\n"
    "The Vel prince fled from Kovar, the old city of his fathers. In 1212 he reached the city after a long march.\n"
)


def test_the_city_is_the_one_place_the_sentence_before_calls_a_city():
    facts = read_facts(CITY)
    ante = place_noun(facts, _sentence(facts, "In 1210 an army"))
    assert ante is not None and ante.name == "Kovar" and ante.pronoun == "the city"
    _, notes, named = sentence_quality(facts, _sentence(facts, "In 1210 an army"))
    assert named is not None and named.name == "Kovar"


def test_the_city_is_not_named_from_two_places_or_one_left():
    facts = read_facts(CITY)
    assert place_noun(facts, _sentence(facts, "In 1211 they burned")) is None  # Tessa or Varrow?
    assert place_noun(facts, _sentence(facts, "In 1212 he reached")) is None  # he fled from Kovar: not that city


def test_a_true_false_of_a_chronicle_keeps_out_the_heading_year_its_quote_does_not_show():
    facts = read_facts(CHRONICLE)
    sf = _sentence(facts, "On 9 April")
    tf = [d for d in sentence_drafts(facts, sf, {"true_false"}) if d.question["type"] == "true_false"]
    assert tf, "a true/false draft of the sentence"
    assert all("1746" not in d.question["prompt"] for d in tf)
