"""Round 7 of issue 16: options, swaps and kinds. A range's option is a range; a year written bare is offered years;
a height is not offered a length; a false statement is false by the text, not by its own words or by a region the
text does not list; a place is not swapped into itself; the land a name is "the mines of" is a place; a law is
labelled a law; a rank shows in every person option or in none. Made-up texts only."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.builders import kind_word
from question_bank.drafting.distractors import (
    Distractor,
    date_distractors,
    measure_word,
    name_distractors,
    number_distractors,
    person_form_alike,
    span_bounds,
)
from question_bank.drafting.extract import classify_name
from question_bank.drafting.facts import read_facts
from question_bank.drafting.swaps import swap_fits


def _mention(facts, text, inside: str = ""):
    """The first mention written ``text`` (or starting with it: "12" of "12 metres") in a sentence holding ``inside``."""
    for sf in facts.sentences:
        if inside not in sf.text:
            continue
        for m in sf.mentions:
            if m.text == text or m.text.split()[:len(text.split())] == text.split():
                return sf, m
    raise AssertionError(f"no mention {text!r}")


def _drafts(text: str) -> list[dict]:
    return [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(text).question_set.questions]


def _false_statements(text: str) -> list[str]:
    return [d["prompt"] for d in _drafts(text) if d["type"] == "true_false" and d["answer"] is False] + \
        [c["text"] for d in _drafts(text) if d["type"] == "multiple_select" for c in d["choices"] if not c["correct"]]


def _swap(facts, sentence_text: str, answer: str, other: str) -> bool:
    """Whether a swap of ``answer`` (in the sentence holding it) for the name ``other`` of the text fits its frame."""
    sf, m = _mention(facts, answer, sentence_text)
    _, o = _mention(facts, other)
    return swap_fits(facts, sf, m, Distractor(other, "", True, o))


RANGE = (
    "The Siege of Korvath lasted from spring to autumn. In March about 1,200 defenders held the upper town. That "
    "night between 2,000 and 5,000 raiders attacked the lower gate of Korvath. By May the garrison had only 300 "
    "horses left, and the well was 40 metres deep."
)


def test_the_end_of_a_span_is_offered_only_values_past_the_other_end():
    facts = read_facts(RANGE)
    sf, m = _mention(facts, "5,000")
    assert span_bounds(sf, m) == (2000.0, None)
    values = [d.mention.value if d.mention is not None else float(d.text.replace(",", ""))
              for d in number_distractors(facts, sf, m)]
    assert values and all(v > 2000 for v in values)  # never "between 2,000 and 1,200"
    sf, m = _mention(facts, "2,000")
    assert span_bounds(sf, m) == (None, 5000.0)


TOWERS = (
    "The Tower of Mirren stands on the hill above the river. Its outer wall runs for about 400 metres around the "
    "yard. Inside stands the keep, a tower of stone about 12 metres high. A second tower nearby is 8 metres high."
)


def test_a_height_is_not_offered_a_length_from_the_text():
    facts = read_facts(TOWERS)
    sf, m = _mention(facts, "12", "keep")
    assert measure_word(sf, m) == "height"
    offered = [d.text for d in number_distractors(facts, sf, m)]
    assert offered and not any(t.startswith("400") for t in offered)
    wall_sf, wall = _mention(facts, "400")
    assert measure_word(wall_sf, wall) == ""


def test_a_bare_year_after_a_month_gets_years_as_options_never_a_year_to_come():
    text = ("The Pope had been attacked in Rome by his enemies. In April 799 Leo fled north to the king's court for "
            "protection. The king welcomed him at his palace in the hills.")
    facts = read_facts(text)
    # "April 799" is read as a date (round 7's wording rules: a first-millennium year after a month), so its options
    # are dates of the same form; a year of its own ("the year 799") is a number, and gets years too
    sf, m = _mention(facts, "April 799")
    offered = [int(d.text.split()[-1]) for d in date_distractors(facts, sf, m)]
    assert len(offered) >= 2
    assert all(700 < v < 900 for v in offered)  # years near the key: not 400, 1600 or 2400
    facts = read_facts(text.replace("In April 799 Leo fled north", "Leo fled north in the year 799"))
    sf, m = _mention(facts, "799")
    assert m.kind == "number"
    offered = [float(d.text.replace(",", "")) for d in number_distractors(facts, sf, m)]
    assert len(offered) >= 2 and all(700 < v < 900 for v in offered)


AMERICAS = (
    "The Sugar Islands\n\n"
    "Cuba bought more sugar machinery than any other country in the Caribbean. Engines from Scotland and from "
    "Belgium were carried across the ocean. Belgium sold its first engines in 1840. Cuba was the last country in "
    "the Caribbean to open a railway for sugar. Sugar also grew in Jamaica, a country in the Caribbean too."
)


def test_a_country_placed_in_a_region_is_not_swapped_for_one_the_text_does_not_place_there():
    facts = read_facts(AMERICAS)
    assert not _swap(facts, "any other country in the Caribbean", "Cuba", "Belgium")
    assert _swap(facts, "any other country in the Caribbean", "Cuba", "Jamaica")  # the text places it there
    assert not any("Belgium bought" in s or "Belgium was the last" in s for s in _false_statements(AMERICAS))


def test_a_place_is_not_swapped_into_the_place_that_bears_its_name():
    text = ("The Ruins of Old Ghana\n\nOld Ghana was a trading city on the edge of the desert. Its merchants bought "
            "cloth from Egypt and salt from Morocco. Ivory from Nubia and glass from Egypt found here show how far "
            "the trade reached. Traders later came from Ghana and from Morocco.")
    facts = read_facts(text)
    assert not _swap(facts, "show how far", "Egypt", "Ghana")  # glass "from Ghana" found at Old Ghana: silly
    assert _swap(facts, "show how far", "Egypt", "Morocco")
    assert not any("glass from Ghana" in s for s in _false_statements(text))


def test_no_person_swap_where_herself_says_others_did_it_too_or_the_sentence_tells_of_today():
    text = ("Ada Brennan led the march of weavers to the city in 1889. Her daughter Mary Brennan joined her in "
            "1890, and the police arrested many marchers. Ada Brennan herself was arrested many times. Mary "
            "Brennan later wrote a book about the march. Today Ada Brennan is remembered across the valley.")
    facts = read_facts(text)
    assert not _swap(facts, "herself was arrested", "Ada Brennan", "Mary Brennan")
    assert not _swap(facts, "Today", "Ada Brennan", "Mary Brennan")
    assert _swap(facts, "led the march", "Ada Brennan", "Mary Brennan")  # a plain deed the text gives to Ada
    for s in _false_statements(text):
        assert not s.startswith("Mary Brennan herself")
        assert not (s.startswith("Today") and "Mary Brennan" in s)


def test_a_date_swap_keeps_the_order_of_the_sentences_dates():
    text = ("The rebels gathered at Tinta in November 1780. They reached the capital in December 1780, but in "
            "March 1781 they had to withdraw. The viceroy sent troops in May 1781.")
    facts = read_facts(text)
    sf, m = _mention(facts, "March 1781")
    _, earlier = _mention(facts, "November 1780")
    assert not swap_fits(facts, sf, m, Distractor("November 1780", "", True, earlier))  # withdrawing before arriving
    _, later = _mention(facts, "May 1781")
    assert swap_fits(facts, sf, m, Distractor("May 1781", "", True, later))


def test_a_name_after_a_land_noun_is_a_place_and_a_name_after_a_is_no_person():
    for sentence, name, kind in [
        ("They worked in the silver mines of Tarra Velho and on farms.", "Tarra Velho", "place"),
        ("The soldiers reached the summit of Kemal Tepe at dawn.", "Kemal Tepe", "place"),
        ("In 1990 the council made the old harbour a Grand Heritage Honour.", "Grand Heritage Honour", "other"),
        ("The New Zealanders held the ridge all day.", "New Zealanders", "group"),
        ("The widow of Marcus Tullo sold the farm.", "Marcus Tullo", "person"),
    ]:
        i = sentence.index(name)
        assert classify_name(name, sentence, i, i + len(name), False)[0] == kind, name


def test_a_law_is_labelled_a_law_and_a_treaty_a_treaty():
    text = ("In 1913 the council passed a law, known as the Lantern and Wick Act, that closed the mills at night. "
            "In 1920 the two towns signed the Treaty of Orle, which ended the quarrel.")
    facts = read_facts(text)
    assert kind_word(_mention(facts, "Lantern and Wick Act")[1]) == "a law"
    prompts = [d["prompt"] for d in _drafts(text) if d["type"] == "short_answer"]
    assert not any("(an event)" in p and "known as the _____" in p for p in prompts)


def test_a_rank_in_the_keys_name_shows_in_every_person_option_or_the_gap_has_none():
    assert not person_form_alike("Lance Corporal William Beech", "Ian Hamilton")
    assert person_form_alike("Lance Corporal William Beech", "Sergeant Thomas Reed")
    text = ("General Ian Hamilton commanded the landings in April 1915. The Ottoman commander Mustafa Kemal held "
            "the heights. A periscope rifle was invented at the bay by an Australian soldier, Lance Corporal William "
            "Beech. In October 1915 Charles Monro replaced Hamilton.")
    facts = read_facts(text)
    sf, m = _mention(facts, "Lance Corporal William Beech") if any(
        mm.text == "Lance Corporal William Beech" for s in facts.sentences for mm in s.mentions) else (None, None)
    if m is not None:
        assert all(len(d.text.split()) >= 3 for d in name_distractors(facts, sf, m))


def test_a_death_date_is_not_offered_the_birth_date_or_a_date_of_early_life():
    text = ("Clara Vance was born in Leeds on 3 March 1851. On 9 May 1884 she opened a school for girls in the city. "
            "In 1901 she won a seat on the school board. Clara Vance died on 21 October 1923, after a long illness. "
            "On 2 April 1925 a hall of the school was named after her.")
    facts = read_facts(text)
    sf, m = _mention(facts, "21 October 1923")
    offered = [d.text for d in date_distractors(facts, sf, m)]
    assert len(offered) >= 2
    assert "3 March 1851" not in offered and "9 May 1884" not in offered  # born; and 39 years before her death


def test_a_reason_given_as_a_noun_is_never_set_among_whole_clauses():
    from question_bank.drafting.causes import causal_drafts

    text = ("In 1760 Tomas Reyes opened a mill at Calder. Because of the new water frame, cloth from the mill sold "
            "across the county within a year. The mill burned down in 1771 and was rebuilt. The owners hired forty "
            "children from the parish. In 1775 the workers went on strike because their pay was cut. As a result, "
            "the mill closed for a month. In 1779 the Valley Riots broke machines across the valley. The Factory "
            "Act of 1802 limited the hours of children.")
    facts = read_facts(text)
    drafts = causal_drafts(facts)
    assert any("water frame" in c["text"] for d in drafts for c in d.question["choices"] if c["correct"])
    for draft in drafts:
        choices = [c["text"] for c in draft.question["choices"]]
        right = next(c["text"] for c in draft.question["choices"] if c["correct"])
        if "water frame" in right:
            assert not any("burned" in c or "hired" in c or "opened" in c for c in choices), choices
        assert "“The new water frame.”" not in draft.question["prompt"]  # a noun is no statement to start from


def test_a_count_that_between_already_says_is_never_swapped():
    text = ("On 3 May 1402 the armies of Orlan and Vesk met at the ford. Heavy rain had turned the field between the "
            "two armies into deep mud. Three days later the Vesk army of 4,000 men withdrew across the river.")
    facts = read_facts(text)
    sf, m = _mention(facts, "two", "field between")
    assert not swap_fits(facts, sf, m, Distractor("three", "", False))
    assert not any("three armies" in s for s in _false_statements(text))
