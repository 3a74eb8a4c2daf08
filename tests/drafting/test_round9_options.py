"""Round 9 of issue 16: options, swaps and statements a teacher keeps. A false statement is false by the text and
sensible (no count that breaks the grammar or that the sentence lists, no place in a town's container slot, no
country its people's word names, no sort noun the swap misses, no two names of one place, no year a name gives); a
wrong place option is a place; a made-up number does not always put the key
second; an "After ..." lead bounds the date options; a dateline is stated as a date; a rewording whose seams show
is not used. Made-up texts only (the names of real places are used where the rule is about real places)."""

from __future__ import annotations

import re

from question_bank.drafting import suggest_questions
from question_bank.drafting.builders import _fair_swap, _tf_statement
from question_bank.drafting.distractors import (
    Distractor,
    _name_distractors,
    date_distractors,
    name_distractors,
    number_distractors,
)
from question_bank.drafting.facts import read_facts
from question_bank.drafting.swaps import broken_rewording, swap_fits


def _mention(facts, text, inside: str = ""):
    for sf in facts.sentences:
        if inside not in sf.text:
            continue
        for m in sf.mentions:
            if m.text == text:
                return sf, m
    raise AssertionError(f"no mention {text!r}")


def _swap(facts, inside: str, answer: str, other: str) -> bool:
    sf, m = _mention(facts, answer, inside)
    _, o = _mention(facts, other)
    return swap_fits(facts, sf, m, Distractor(other, "", True, o))


def _drafts(text: str) -> list[dict]:
    return [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(text).question_set.questions]


def _false_statements(text: str) -> list[str]:
    drafts = _drafts(text)
    return [d["prompt"] for d in drafts if d["type"] == "true_false" and d["answer"] is False] + \
        [c["text"] for d in drafts if d["type"] == "multiple_select" for c in d["choices"] if not c["correct"]]


COUNCIL = (
    "The Council of Varn met in the old hall of the city. Each of the three estates had only one vote in the council. "
    "In 1604 the council sent four envoys to the king. The rebels seized two royal judges, Anton Varga and Belo "
    "Kresh, and threw them out of a window of the hall."
)


def test_a_swap_of_one_for_another_count_is_not_made_when_the_noun_after_it_is_singular():
    facts = read_facts(COUNCIL)
    sf, m = _mention(facts, "one", "only one vote")
    assert not swap_fits(facts, sf, m, Distractor("two", "", False))  # "only two vote"
    sf, m = _mention(facts, "four", "envoys")
    assert swap_fits(facts, sf, m, Distractor("six", "", False))  # "six envoys" is a plain falsehood


def test_a_count_the_sentence_lists_by_name_is_not_swapped():
    facts = read_facts(COUNCIL)
    sf, m = _mention(facts, "two", "royal judges")
    assert not swap_fits(facts, sf, m, Distractor("three", "", False))  # "three royal judges, Varga and Kresh"


AUBURN = (
    "Harriet Vell was born on a farm in Maryland. In 1849 she escaped to Philadelphia, a city in the north. After the "
    "war Vell settled in Auburn, New York, where she cared for her elderly parents. She died there in 1913."
)


def test_the_place_that_holds_a_town_is_not_swapped():
    facts = read_facts(AUBURN)
    assert not _swap(facts, "settled in Auburn", "New York", "Philadelphia")  # "Auburn, Philadelphia"


TREATY = (
    "In 1889 the duke of Velmar signed a treaty with Italy. The Velmari copy said that the duke could use Italy to "
    "deal with other countries if he wished, but the Italian copy said that he had to do so. The duke bought rifles "
    "from France and from Russia."
)


def test_a_country_its_peoples_word_names_in_the_sentence_is_not_swapped():
    facts = read_facts(TREATY)
    assert not _swap(facts, "Velmari copy", "Italy", "France")  # "could use France ..., but the Italian copy"
    assert _swap(facts, "signed a treaty", "Italy", "France")


CANAL = (
    "The Varn Canal is a waterway of about 80 kilometres that links the Atlantic and Pacific oceans. Ships from "
    "South America had sailed round Cape Horn before it opened. The English army marched towards the port of "
    "Calais, which it held. The battle was fought near the village of Agincourt."
)


def test_a_swap_takes_the_sort_the_frame_names_before_or_after_the_name():
    facts = read_facts(CANAL)
    assert not _swap(facts, "links the Atlantic", "Pacific", "South America")  # "the Atlantic and South America oceans"
    assert not _swap(facts, "marched towards", "Calais", "Agincourt")  # "the port of Agincourt", a village by the text


EDO = (
    "In 1603 the emperor made Ieyasu shogun, and he made Edo, the city now called Tokyo, the seat of his government. "
    "His lands lay around Edo in eastern Japan. His rival Mitsunari was captured and executed in Kyoto. The court "
    "stayed at Kyoto for two more centuries, and the trade of Osaka grew."
)


def test_two_names_of_one_place_are_neither_swapped_nor_offered_together():
    facts = read_facts(EDO)
    assert not _swap(facts, "lands lay around", "Edo", "Tokyo")
    sf, m = _mention(facts, "Kyoto", "executed")
    offered = [d.text for d in name_distractors(facts, sf, m)]
    assert not {"Edo", "Tokyo"} <= set(offered)


PLAGUE = (
    "The plague reached Marseille in 1347 and Paris in 1348. Many believed the plague was a punishment from God. "
    "Near Lyon, two captured Bedouin told the monks that the army was far away. In many places whole communities "
    "were murdered, as in Strasbourg in February 1349. The cleric Ayatollah Ruhollah Khomeini is not part of this "
    "story, nor is Florence."
)


def test_a_wrong_place_option_is_never_a_god_a_people_a_title_or_a_place_with_its_preposition():
    facts = read_facts(PLAGUE)
    sf, m = _mention(facts, "Strasbourg")
    offered = {d.text for d in name_distractors(facts, sf, m)}
    assert offered  # Marseille, Paris, Florence are places
    assert not offered & {"God", "Bedouin", "Near Lyon", "Ayatollah Ruhollah Khomeini"}


LUTHER = (
    "Marten Kessel was born in 1483 in the town of Eisleben, in Saxony. He studied at Erfurt and taught at "
    "Wittenberg. In 1510 he walked to Rome. Later he preached in Bohemia and in the Tyrol."
)


def test_the_place_that_holds_a_town_is_offered_no_town():
    facts = read_facts(LUTHER)
    sf, m = _mention(facts, "Saxony")
    offered = {d.text for d in name_distractors(facts, sf, m)}
    assert not offered & {"Erfurt", "Wittenberg", "Rome"}


SUEZ = (
    "The British prime minister, Anthony Eden, compared Nasser to Mussolini and was determined to remove him. "
    "President Dwight D. Eisenhower was furious. Eden, in poor health, resigned in January 1957. Guy Mollet, the "
    "French prime minister, stayed in office."
)


def test_a_person_named_only_in_a_comparison_is_no_wrong_option():
    facts = read_facts(SUEZ)
    sf, m = _mention(facts, "Eden", "poor health")
    offered = {d.text for d in name_distractors(facts, sf, m)}
    assert "Mussolini" not in offered
    assert not any(s.startswith("Mussolini") for s in _false_statements(SUEZ))


def _key_place(facts, sf, m) -> int:
    values = sorted([m.value] + [float(d.text.replace(",", "")) if re.fullmatch(r"[\d,]+", d.text) else
                                 d.mention.value for d in number_distractors(facts, sf, m)])
    return values.index(m.value)


COUNTS = (
    "The fort of Varn held about 7,000 soldiers. Its wall ran for about 2,400 metres. The town had about 36,000 "
    "people. The harbour took about 1,300 ships a year. The mint struck about 90,000 coins. The library kept about "
    "5,600 books. The army lost about 11,000 horses. The river carried about 48,000 tonnes of grain. The bridge cost "
    "about 370,000 crowns."
)


def test_made_up_numbers_do_not_always_put_the_key_second():
    facts = read_facts(COUNTS)
    places = [_key_place(facts, sf, m) for sf in facts.sentences for m in sf.numbers if m.value and m.value > 100]
    assert len(places) >= 8
    assert len(set(places)) >= 3 and places.count(1) <= len(places) // 2


VERDUN = (
    "Charles ruled the Franks from 768 and died in 814. His son Louis ruled after him. After Louis died in 840, his "
    "three sons fought over the empire and then divided it by the Treaty of Verdun in 843. Viking raids grew worse in "
    "845 and in 851."
)


def test_an_after_lead_bounds_the_date_options_on_both_sides():
    facts = read_facts(VERDUN)
    sf, m = _mention(facts, "843")
    later = [d.text for d in date_distractors(facts, sf, m)]
    assert later and all(int(t) > 840 for t in later)  # never 814 or 768 for a treaty after 840
    sf, m = _mention(facts, "840")
    earlier = [d.text for d in date_distractors(facts, sf, m)]
    assert earlier and all(int(t) < 843 for t in earlier)  # never 845 for a death before the treaty of 843


BOND = (
    "The Gold Coast became independent on 6 March 1957. The date of independence was chosen because on 6 March 1844 "
    "the chiefs signed the Bond of 1844 with the British traders. In 1874 the coast became a British colony."
)


def test_a_year_a_name_of_the_sentence_gives_is_neither_swapped_nor_blanked():
    facts = read_facts(BOND)
    sf, m = _mention(facts, "6 March 1844")
    assert date_distractors(facts, sf, m) == []
    _, o = _mention(facts, "6 March 1957")
    assert not swap_fits(facts, sf, m, Distractor("6 March 1957", "", True, o))


DATELINE = (
    "KORVATH, 30 June 1921 - The Republic of Korvath became independent today, after 40 years of rule by Velmar. "
    "Crowds filled the streets of the capital. The first president, Anton Varga, was sworn in at noon. In 1930 the "
    "republic joined the League of Nations. The new state had about 3 million people."
)


def test_a_dateline_sentence_is_stated_with_its_date_and_without_the_papers_today():
    facts = read_facts(DATELINE)
    sf, m = _mention(facts, "30 June 1921")
    assert _tf_statement(facts, sf, None, []) == \
        "On 30 June 1921, the Republic of Korvath became independent, after 40 years of rule by Velmar."
    # the false version swaps the date itself, still stated the same way
    assert _tf_statement(facts, sf, None, [(m.start, m.end, "30 June 1930")]).startswith("On 30 June 1930, the Rep")


def test_a_rewording_whose_seams_show_is_broken():
    assert broken_rewording(
        "As she had no children, the crown passed to Ivo of Varn, the son of Mara, Queen of Scots, who became king.",
        "As Ella had no children, the crown passed to Ivo of Varn Queen of Scots, who became king.")
    assert broken_rewording(
        "The victory kept Velmar free at a time when the great powers were dividing the coast between them.",
        "When the great powers were dividing the coast between them, the victory kept Velmar free at a time.")
    assert not broken_rewording(
        "In the summer of 1989 the government of Velmar faced a crisis it could not control.",
        "The government of Velmar faced a crisis it could not control in the summer of 1989.")
    assert not broken_rewording(
        "In the eighteenth century the kings of Velmar tried to draw more money from their colonies.",
        "The kings of Velmar tried to draw more money from their colonies in the eighteenth century.")


PRAGUE = (
    "In 1618 Protestant nobles threw two royal governors out of a window of the castle. The act, known as the "
    "Defenestration of Prague, starts a revolt of the nobles against their king. In the Peace of Prague of 1635, the "
    "emperor makes terms with most of the princes. In 1648 the Peace of Westphalia ends the war."
)
VARN = (
    "In 1618 the Battle of Varn started the war. In 1635, by the Treaty of Varn, the emperor made terms with most of "
    "the princes. In 1648 the Treaty of Westphalia ended the war. The Battle of Lutzen was fought in 1632."
)


def test_an_event_is_not_a_region_and_swaps_only_with_one_of_its_head_word_before_of():
    facts = read_facts(PRAGUE)
    assert not _swap(facts, "known as", "Defenestration of Prague", "Peace of Prague")  # no region of Prague
    facts = read_facts(VARN)
    sf, m = _mention(facts, "Treaty of Varn")
    _, battle = _mention(facts, "Battle of Varn")
    _, westphalia = _mention(facts, "Treaty of Westphalia")
    assert not _fair_swap(facts, sf, m, Distractor("Battle of Varn", "", True, battle))  # a battle makes no terms
    assert _fair_swap(facts, sf, m, Distractor("Treaty of Westphalia", "", True, westphalia))


CANAL_STAFF = (
    "In 1881 a French company under Ferdinand de Lesseps began to dig the canal. In 1904 Dr William Gorgas led a "
    "campaign against the mosquitoes. In 1907 President Theodore Roosevelt put an army engineer, George Goethals, "
    "in charge. The canal opened in 1914. Under treaties signed in 1977 by President Jimmy Carter, the canal passed "
    "to Panama in 1999."
)


def test_a_person_of_another_age_is_no_wrong_option():
    facts = read_facts(CANAL_STAFF)
    sf, m = _mention(facts, "George Goethals")
    offered = {d.text for d in name_distractors(facts, sf, m)}
    assert "Jimmy Carter" not in offered  # 1977, seventy years from 1907
    assert "William Gorgas" in offered


CAMPAIGN = (
    "On 18 March 1915 the warships of Velmar tried to force the strait of Varn. On 25 April 1915 their troops landed "
    "on the peninsula. On 27 April 1915 a second force came ashore further north. The last of them left on 20 "
    "December 1915, and the rear guard followed on 9 January 1916."
)


def test_a_full_date_is_offered_the_texts_dates_of_its_year_but_no_near_miss():
    facts = read_facts(CAMPAIGN)
    sf, m = _mention(facts, "20 December 1915")
    offered = [d.text for d in date_distractors(facts, sf, m)]
    assert "18 March 1915" in offered  # a date of the text, not a made-up "20 December 1906"
    sf, m = _mention(facts, "25 April 1915")
    assert "27 April 1915" not in [d.text for d in date_distractors(facts, sf, m)]  # two days off: a near miss


MARCH = (
    "On March 12, 1930, Gandhi set out from Sabarmati Ashram near Ahmedabad with 78 followers. They walked to Dandi "
    "on the coast. Later that year Gandhi was asked to attend the Round Table Conference in London as the voice of "
    "the Congress. In the main square of Cusco a crowd had gathered, and the city of Lima sent troops."
)


def test_a_building_is_no_choice_among_cities_and_a_square_of_a_city_is_no_sort_of_it():
    facts = read_facts(MARCH)
    sf, m = _mention(facts, "London")
    offered = {d.text for d in name_distractors(facts, sf, m)}
    assert "Sabarmati Ashram" not in offered
    from question_bank.drafting.swaps import place_sort

    assert place_sort(facts, "Sabarmati Ashram") == "building"
    assert place_sort(facts, "Cusco") != "square"  # "the main square of Cusco" says nothing of what Cusco is


DEDICATION = (
    "The speech was given by President Abraham Lincoln at the dedication of the Soldiers' National Cemetery in "
    "Gettysburg, Pennsylvania, on November 19, 1863. The main speaker that day, Edward Everett, spoke for two hours. "
    "A copy was made for the historian George Bancroft and another for Colonel Alexander Bliss."
)


def test_a_cemetery_read_as_a_person_is_offered_no_person():
    facts = read_facts(DEDICATION)
    sf = facts.sentences[0]
    key = next((m for m in sf.mentions if m.text.endswith("National Cemetery")), None)
    assert key is not None and key.kind == "person"  # the misreading the rule guards against
    # whether or not the reader is sure of its kind, no person is a wrong choice for a cemetery
    assert _name_distractors(facts, sf, key, 3, None, ("person",)) == []


RETREAT = (
    "The rebels besieged the town of Varn and cut off its water. On 21 August the governor led about a thousand "
    "survivors out of the town and south to the river. Some 2,000 colonists in all reached safety there."
)


def test_a_which_does_the_text_say_swaps_in_no_number_another_choice_gives():
    from question_bank.drafting.statements import _shown_beside

    facts = read_facts(RETREAT)
    assert _shown_beside(facts, facts.sentences, 1, "two thousand")  # "Some 2,000 colonists" is the third choice
    assert not _shown_beside(facts, facts.sentences, 1, "three thousand")


CANADA = (
    "Vell escaped from Maryland in 1849 and reached Philadelphia. In 1851 she led a family north to St. Catharines, "
    "in Canada. Later she settled in Auburn. In 1858 she went back to Maryland to lead her parents out."
)


def test_a_saints_place_is_a_place():
    from question_bank.drafting.distractors import _could_be_place, _person_name_words

    facts = read_facts(CANADA)
    assert any(e.display == "St. Catharines" for e in facts.entities.values())
    assert _could_be_place(facts, "St. Catharines", _person_name_words(facts))  # "St." is no title here
    assert not _could_be_place(facts, "King Varn", _person_name_words(facts))
