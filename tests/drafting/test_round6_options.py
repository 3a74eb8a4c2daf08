"""Round 6 of issue 16: the wrong answers a draft offers and the false statements it makes. Options a student can
rule out from the text first; invented dates far enough from the key that they are no near miss; names inside places
never people; options of the key's form and title; false statements only when the text makes them false.
Made-up texts only."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.distractors import (
    MIN_INVENTED_GAP,
    date_distractors,
    key_stands_out,
    name_distractors,
    person_form_alike,
)
from question_bank.drafting.facts import read_facts
from question_bank.drafting.swaps import bound_not_decided


def _mention(facts, text):
    for sf in facts.sentences:
        for m in sf.mentions:
            if m.text == text:
                return sf, m
    raise AssertionError(f"no mention {text!r}")


def _texts_offered(text: str) -> list[str]:
    """Every option, gap option and false statement of every draft of a text."""
    out: list[str] = []
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        out += [c["text"] for c in d.get("choices", [])]
        if d["type"] == "true_false":
            out.append(d["prompt"])
        if d["type"] == "cloze":
            for n, gap in enumerate(q.gaps):
                if gap.kind in ("dropdown", "word_bank"):
                    out += q.gap_options(n)
    return out


EXILE = (
    "Napoleon Bonaparte escaped from Elba in 1815 and returned to France. Napoleon decided to strike first in "
    "Belgium. Wellington and Blücher beat him at Waterloo on 18 June 1815. The British sent Napoleon to the remote "
    "island of Saint Helena, where he died in 1821. Wellington later became Prime Minister of Britain.\n\n"
    "A preacher named Johann Tetzel sold indulgences to raise money for rebuilding St Peter's Basilica in Rome. "
    "In 1666 a fire burned St Paul's Cathedral in London, and Sir Christopher Wren built it again."
)


def test_a_name_opening_with_a_saints_word_is_one_name_and_never_a_person():
    facts = read_facts(EXILE)
    names = {m.text: (m.kind, m.subkind) for sf in facts.sentences for m in sf.names}
    assert names["Saint Helena"] == ("place", "island")
    assert names["St Peter's Basilica"][0] == "place"
    assert names["St Paul's Cathedral"][0] == "place"
    assert not {"Helena", "Peter", "Paul", "Cathedral", "Basilica"} & set(names)
    saint = read_facts("The battle was fought on the feast of Saint Crispin.")
    _, m = _mention(saint, "Saint Crispin")
    assert not saint.sure(m)  # a saint or a place named for one: no options, no swap, no label


def test_no_draft_swaps_a_person_into_a_saints_place_or_offers_a_piece_of_it():
    offered = " | ".join(_texts_offered(EXILE))
    for piece in ("Helena decided", "Helena later", "Peter", "Paul |", "| Paul", "Cathedral |", "| Cathedral"):
        assert piece not in offered, piece


WAR = (
    "On 3 March 1861 the tsar issued a manifesto that freed the serfs. The reform angered many landowners.\n\n"
    "The treaty was signed in 1842 and the port was handed over. The war had begun in 1839, and in 1840 a fleet "
    "arrived. The port remained under foreign rule until 1997, when it was returned."
)


def test_invented_dates_are_far_from_the_key_and_never_a_few_days_off():
    facts = read_facts(WAR)
    sf, m = _mention(facts, "3 March 1861")
    ds = date_distractors(facts, sf, m)
    invented = [d for d in ds if not d.from_text]
    assert invented  # the text gives no other full date: the options are invented ...
    for d in invented:
        day, month, year = d.text.split()
        assert (day, month) == ("3", "March")  # ... on the key's day and month, written like it ...
        assert abs(int(year) - 1861) >= MIN_INVENTED_GAP >= 5  # ... in a year well away from it
    assert MIN_INVENTED_GAP >= 5


def test_a_day_without_a_year_gets_no_invented_options():
    facts = read_facts("The fleet sailed on 16 June. The rain fell all night and the ground was soft.")
    sf, m = _mention(facts, "16 June")
    assert date_distractors(facts, sf, m) == []  # "12 June", "22 June" would be near misses no text decides


def test_a_key_alone_in_its_century_gets_options_near_it():
    assert key_stands_out((1997, 0, 0), [(1839, 0, 0), (1840, 0, 0), (1842, 0, 0)])
    assert not key_stands_out((1842, 0, 0), [(1839, 0, 0), (1840, 0, 0), (1997, 0, 0)])
    assert not key_stands_out((1850, 0, 0), [(1839, 0, 0), (1840, 0, 0), (1842, 0, 0)])
    facts = read_facts(WAR)
    sf, m = _mention(facts, "1997")
    ds = date_distractors(facts, sf, m)
    assert sum(d.from_text for d in ds) <= 1
    assert any(1900 < int(d.text) < 1997 for d in ds)  # "until": earlier years only, near enough to be choices


BOUNDS = (
    "Gutenberg printed about 180 copies of his Bible. Fewer than fifty copies survive today, and many are "
    "incomplete. By 1500 presses were working in more than two hundred towns. Only four copies of the 1215 charter "
    "survive today. The charter was sealed in 1215 and reissued in 1216 and 1225."
)


def test_a_bound_or_a_year_naming_a_thing_is_never_swapped_in_a_true_false():
    facts = read_facts(BOUNDS)
    for text in ("fifty", "1500", "two hundred"):
        sf, m = _mention(facts, text)
        assert bound_not_decided(sf, m), text
    sf, m = _mention(facts, "180")
    assert not bound_not_decided(sf, m)  # "about 90 copies" is plainly false by "about 180"
    charter = facts.sentences[3]
    m = next(d for d in charter.dates if d.text == "1215")
    assert bound_not_decided(charter, m)  # "the 1216 charter": of which the text says nothing
    for q in suggest_questions(BOUNDS).question_set.questions:
        if q.type == "true_false" and not q.answer:
            assert "Fewer than fifty" not in q.correction and "1215 charter" not in q.correction, q.prompt
            assert "By 1500" not in q.correction, q.prompt


def test_a_nation_named_by_its_peoples_word_is_no_other_nation_of_the_frame():
    text = ("The Netherlands attacked the republic in 1948. Britain and the United States protested.\n\n"
            "Other nations, including the United States, condemned the attack, and the United Nations demanded "
            "that the Dutch withdraw. Later the Soviet Union and the United Kingdom sent observers.")
    facts = read_facts(text)
    sf = next(s for s in facts.sentences if s.text.startswith("Other nations"))
    m = next(n for n in sf.names if n.text == "United States")
    ds = [d.text for d in name_distractors(facts, sf, m)]
    assert "Netherlands" not in ds and "the Netherlands" not in ds
    assert ds  # the Soviet Union and the United Kingdom stay choices


def test_person_options_have_the_keys_form():
    assert person_form_alike("Christopher Wren", "Thomas Farriner")
    assert not person_form_alike("Christopher Wren", "John")
    assert not person_form_alike("Christopher Wren", "Charles II")
    assert person_form_alike("Charles II", "Philip II of France")
    assert person_form_alike("John of England", "Richard I")
    assert not person_form_alike("Innocent III", "Stephen Langton")
    text = ("In 1666 a fire burned the city, and King Charles II ordered houses pulled down. Thomas Farriner's "
            "bakehouse had caught fire first. My brother John came home safe. Samuel Pepys watched from a boat.\n\n"
            "Dr Christopher Wren has already shown the King a plan for the new city.")
    facts = read_facts(text)
    sf, m = _mention(facts, "Christopher Wren")
    ds = [d.text for d in name_distractors(facts, sf, m)]
    assert "John" not in ds and "Charles II" not in ds
    assert set(ds) <= {"Thomas Farriner", "Samuel Pepys"}


def test_a_title_before_the_blank_takes_only_people_the_text_gives_that_title():
    text = ("King John quarrelled with Pope Innocent III over the archbishop. John's son Henry III became king "
            "in 1216. Pope Gregory IX later sent envoys to England. Stephen Langton was made archbishop.\n\n"
            "In 1215 John asked Pope Innocent III for support against the barons.")
    facts = read_facts(text)
    sf = facts.sentences[-1]
    m = next(n for n in sf.names if n.text == "Innocent III")
    ds = [d.text for d in name_distractors(facts, sf, m)]
    assert "Henry III" not in ds and "Stephen Langton" not in ds


def test_a_name_listed_with_a_sure_person_is_a_person_and_one_listed_with_a_place_a_place():
    text = ("Mohammad Hatta was a leader. In December 1948 the Dutch attacked Yogyakarta and captured Sukarno and "
            "Hatta. The talks were held in The Hague.\n\nCannon were fired in New York and San Francisco. The "
            "journey from New York to San Francisco took a week.")
    facts = read_facts(text)
    _, m = _mention(facts, "Sukarno")
    assert m.kind == "person"
    sf, hague = _mention(facts, "The Hague")
    assert "Sukarno" not in [d.text for d in name_distractors(facts, sf, hague)]
    kinds = {(sf.index, n.text): n.kind for sf in facts.sentences for n in sf.names}
    assert all(kind == "place" for (_, name), kind in kinds.items() if name == "San Francisco")


def test_a_continents_name_opening_a_name_is_a_region_not_a_person():
    facts = read_facts("The Greek cities of Ionia, on the west coast of Asia Minor, rebelled against Darius. "
                       "Darius and Xerxes ruled Persia. The Persians returned to Asia.")
    _, m = _mention(facts, "Asia Minor")
    assert m.kind == "place"
    _, m = _mention(facts, "Asia")
    assert m.kind == "place"


def test_a_sort_the_frame_states_takes_only_places_of_that_sort():
    text = ("Chiang Kai-shek's armies lost the war in China. The British held Hong Kong, and the Americans held "
            "the island of Okinawa near Japan.\n\nIn 1949 the Nationalists were forced to retreat to the island of "
            "Taiwan.")
    facts = read_facts(text)
    sf = facts.sentences[-1]
    m = next(n for n in sf.names if n.text == "Taiwan")
    ds = [d.text for d in name_distractors(facts, sf, m)]
    assert "China" not in ds and "Japan" not in ds  # countries are no islands of the frame
    assert set(ds) <= {"Okinawa"}
    exile = read_facts("Napoleon was born on the island of Corsica. He made himself emperor in Paris and beat the "
                       "Austrians near Vienna.\n\nIn 1814 he was sent to the island of Elba.")
    sf = exile.sentences[-1]
    m = next(n for n in sf.names if n.text == "Elba")
    assert [d.text for d in name_distractors(exile, sf, m)] == ["Corsica"]  # not Paris, not Vienna


def test_a_place_the_text_gives_a_sort_takes_no_place_of_another_sort():
    text = ("She escaped to the city of Philadelphia. The state of Virginia and the state of Delaware held slaves.\n\n"
            "In 1850 she went back to the state of Maryland, and later she went back to Maryland again.")
    facts = read_facts(text)
    sf = facts.sentences[-1]
    m = [n for n in sf.names if n.text == "Maryland"][-1]
    ds = [d.text for d in name_distractors(facts, sf, m)]
    assert "Philadelphia" not in ds  # a city is no choice for a state
