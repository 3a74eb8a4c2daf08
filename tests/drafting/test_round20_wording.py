"""Round 20 (issue 16): a year counted from another sentence named, a fraction's part not blanked, and leading
phrases kept whole in event labels and in moved statements. Each rule is tested on short texts written for this
file (none copied from an eval set), on drafted output, with cases that must not change."""

from __future__ import annotations

from question_bank.drafting import builders, phrasing, suggest_questions
from question_bank.drafting.facts import read_facts


def _questions(text: str) -> list[dict]:
    result = suggest_questions(text)
    return [q.model_dump(mode="json", exclude_none=True) for q in result.question_set.questions]


def _shown(q: dict) -> str:
    return " ".join([q.get("prompt", ""), q.get("statement", "")] +
                    [c["text"] for c in q.get("choices", [])] + [i["text"] for i in q.get("items", [])])


def _sentence(facts, start: str):
    return next(sf for sf in facts.sentences if sf.text.startswith(start))


MINE = """The Silver Mountain

In 1562 a shepherd named Tomas Ortiz found silver on the slopes of the Red Hill. Merchants arrived in the same year and built a market town of about 3,000 houses beside the river. The peace treaty of that year gave the valley to the crown of Castile. The town council was dissolved the following year, after a dispute over the taxes on silver. By 1600 the town had about 120,000 people, and it was one of the largest towns of the Americas.
"""


def test_a_year_counted_from_before_is_named_in_the_prompt():
    facts = read_facts(MINE)
    merchants = _sentence(facts, "Merchants arrived")
    treaty = _sentence(facts, "The peace treaty")
    council = _sentence(facts, "The town council")
    assert builders.relative_year(facts, merchants)[2] == "in 1562"
    assert builders.relative_year(facts, treaty)[2] == "of 1562"
    assert builders.relative_year(facts, council)[2] == "in 1563"
    shown = " ".join(_shown(q) for q in _questions(MINE))
    assert "in the same year" not in shown and "of that year" not in shown, shown
    assert "Merchants arrived in 1562" in shown or "The peace treaty of 1562" in shown, shown


def test_a_year_the_sentence_places_itself_or_a_span_is_left_alone():
    facts = read_facts("The Canal\n\nIn 1820 the engineers surveyed the route. In 1825 the canal opened, and in the same "
                       "year the first boats reached the lake. The company paid for repairs for the next year and more.\n")
    opened = _sentence(facts, "In 1825")
    repairs = _sentence(facts, "The company paid")
    assert builders.relative_year(facts, opened) is None  # "In 1825 …, and in the same year": 1825, shown
    assert builders.relative_year(facts, repairs) is None  # "for the next year": a span, not a time
    # two years in the sentence before: which one "the same year" means, no rule can say
    two = read_facts("The Road\n\nThe road was begun in 1801 and finished in 1806. Tolls were set in the same year "
                     "by the county board of Avon.\n")
    assert builders.relative_year(two, _sentence(two, "Tolls")) is None


def test_a_cloze_says_which_year_in_its_note():
    facts = read_facts("The Council\n\nIn 1521 the council of Worms met in the spring. In April of the same year the "
                       "monk Martin Vogel was called before the bishop Heinrich Maler at the city hall of Speyer.\n")
    sf = _sentence(facts, "In April of the same year")
    assert builders.relative_year(facts, sf) is not None
    from question_bank.drafting import cloze

    assert cloze._when_note(facts, sf) == "“the same year” is 1521"


def test_a_fraction_after_and_is_not_a_blank():
    text = ("The Harvest\n\nIn 1845 a blight reached the fields of the county of Mayo. About a third of the crop was "
            "lost in 1845, and between a third and a half of the farmers left. The flight took 33 and a half hours from Dublin to Boston. "
            "About 9,000 farmers left the county in 1847.\n")
    facts = read_facts(text)
    flight = _sentence(facts, "The flight")
    half = next((m for m in flight.numbers if m.text in ("half", "a half")), None)
    assert half is None or not builders.answerable(flight, half)
    for q in _questions(text):
        assert "a _____ hours" not in _shown(q) and "and a _____ of" not in _shown(q), q
    farmers = _sentence(facts, "About 9,000")
    assert builders.answerable(farmers, next(m for m in farmers.numbers if "9,000" in m.text))  # a count stays


def test_an_event_label_keeps_a_leading_phrase_of_its_own():
    text = ("The Grain Crisis\n\nAfter the bank crash of 1931 the price of grain collapsed, and many farms were sold. "
            "At the Harvest Congress in 1933 the farm minister Olaf Brandt attacked the plan in a long speech. "
            "On 4 June 1935 the army left the capital.\n")
    facts = read_facts(text)
    crash = _sentence(facts, "After the bank crash")
    congress = _sentence(facts, "At the Harvest Congress")
    army = _sentence(facts, "On 4 June")
    label = phrasing.event_label(facts, crash, crash.dates[0])
    assert label is None or label.startswith("After the bank crash"), label  # never "The bank crash the price …"
    label = phrasing.event_label(facts, congress, congress.dates[0])
    assert label is None or label.startswith("At the Harvest Congress"), label  # never "The Harvest Congress the …"
    assert phrasing.event_label(facts, army, army.dates[0]) == "The army left the capital"  # "On" goes with the date
    # after a clause, "after" still goes: "After the war ended" is a clause, no noun phrase run into another
    assert not phrasing._phrase_then_clause("the war ended the army returned home")
    assert phrasing._phrase_then_clause("the bank crash the price of grain collapsed")


def test_a_moved_date_is_moved_whole_with_its_apposition():
    text = ("The Siege\n\nThe siege of the city of Varna began in the spring of 1444. Before dawn on 29 May the "
            "Ottomans launched their final attack on the walls. On 12 August 1444, the feast of Saint Clare, the army of "
            "King Ladislaus crossed the Danube near the town of Nicopolis. At first the miners dug small tunnels under "
            "the walls, called saps, a Hungarian method.\n")
    facts = read_facts(text)
    dawn = _sentence(facts, "Before dawn")
    feast = _sentence(facts, "On 12 August")
    first = _sentence(facts, "At first")
    dawn_said = phrasing.reworded_statement(facts, dawn)
    assert dawn_said is None or not dawn_said.startswith("May"), dawn_said
    assert dawn_said is None or "29 May" in dawn_said, dawn_said
    feast_said = phrasing.paraphrase(facts, feast)
    assert feast_said is not None and feast_said.startswith("The army of King Ladislaus"), feast_said
    assert feast_said.endswith("on 12 August 1444, the feast of Saint Clare."), feast_said
    first_said = phrasing.reworded_statement(facts, first)
    assert first_said is None or not first_said.rstrip(".").endswith("method at first"), first_said
    for q in _questions(text):
        assert not q.get("statement", "").startswith(("May the", "The feast of Saint Clare,")), q
