"""Round 10 of issue 16 (worth and giveaways): no draft asks a fact not worth asking (a guide's words to its visitor,
a distance "away", "_____ minutes later", "the _____ men" after the two were named, the place that frames the whole
text), and nothing one draft shows gives another draft's key (a matching's pairs, a multiple-select key). Every text
here is made up."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.api import build_candidates
from question_bank.drafting.builders import Draft
from question_bank.drafting.facts import read_facts
from question_bank.drafting.select import MIN_SCORE, _answer_forms, _without_shown_pairs, select
from question_bank.drafting.worth import NOT_WORTH, frame_places, trivial_number, visitor_sentence, worth
from question_bank.models import QUESTION_TYPES

GUIDE = ("Visitor Guide to the Hollow Stones\n\n"
         "Welcome to the Hollow Stones, on Marren Down, one of the oldest monuments in the county. The shuttle bus "
         "from the visitor centre, about 3.5 kilometres to the east, brings you close to the stones. Follow the path "
         "around the ring and stop at the numbered points; allow at least an hour.\n\n"
         "Stop 1, the ring. The great stones were raised about 2300 BC by farmers of the valley. The ring was made "
         "of 24 upright stones, and the tallest of them stands nearly 6 metres high. Look up at the capstone, "
         "raised in 1902 by the engineer Walter Pryce after a storm.\n")

BOYCOTT = ("The Larkfield Bus Boycott\n\n"
           "In 1957 the city of Larkfield made black passengers sit at the back of its buses. On 4 March 1957 the "
           "teacher Ada Mercer refused to give up her seat on a city bus, and she was arrested. For 210 days the "
           "black people of Larkfield walked to work rather than ride the buses. The bus company lost most of its "
           "passengers, and in October 1957 the city ended the rule.\n")

LETTER = ("A Letter from the Front, 1917\n\n"
          "Dear Mother, we went over at dawn on 9 April 1917. The guns had fired for a whole week before the attack. "
          "Ten minutes later the whistles blew and we climbed out of the trench. Our captain, Hugh Marlow, was "
          "wounded in the first hour. The farm where we rested was about twelve miles away from the line. The "
          "battle cost the army more than 150,000 men in five weeks.\n")

TRUCE = ("The Truce of Vellan\n\n"
         "The truce was signed on 3 May 1871 in a stone hall at Vellan by Marshal Odo Renk, the commander of the "
         "northern army, and by Prince Kasimir Dolt, the envoy of the southern league. The two men did not shake "
         "hands. Exactly one year later the league broke apart, and Renk marched south again at half past six in "
         "the morning of 3 May 1872. Under the truce each army pulled back 4 kilometres from the river.\n")

INDIA = ("Ravendra the Great\n\n"
         "Ravendra, the fourth emperor of India, was born in 1520 in the town of Kesh. India was then torn by "
         "war between the eastern lords. In 1541 Ravendra was crowned at Ulm, and by 1560 he ruled most of "
         "northern India. He built a new capital at Sorra in 1565, far from the old court of Kesh. The lords of "
         "India rebelled against him in 1571 under Tahir Bek, and the rebellion was crushed in 1573. When "
         "Ravendra died in 1590, the poets of India wrote that the empire mourned him for a year.\n")


def _asked(text: str) -> dict[str, list[str]]:
    """Each draft's evidence sentence -> the answers asked on it."""
    out: dict[str, list[str]] = {}
    result = suggest_questions(text)
    for q, info in zip(result.question_set.questions, result.drafts, strict=True):
        out.setdefault(q.evidence.quote, []).append(info.answer)
    return out


def test_a_guides_words_to_its_visitor_are_never_asked():
    facts = read_facts(GUIDE)
    texts = [sf.text for sf in facts.sentences]
    bus = next(i for i, t in enumerate(texts) if t.startswith("The shuttle bus"))
    path = next(i for i, t in enumerate(texts) if t.startswith("Follow the path"))
    raised = next(i for i, t in enumerate(texts) if t.startswith("Look up at the capstone"))
    assert visitor_sentence(facts, bus) and visitor_sentence(facts, path)
    # an order to the visitor that dates a thing still tells history
    assert not visitor_sentence(facts, raised)
    asked = _asked(GUIDE)
    assert not any("shuttle bus" in quote or "Follow the path" in quote for quote in asked)
    assert any("24 upright stones" in quote or "2300 BC" in quote for quote in asked)


def test_buses_in_a_text_that_is_no_guide_are_history():
    facts = read_facts(BOYCOTT)
    assert not any(visitor_sentence(facts, sf.index) for sf in facts.sentences)
    assert any("bus" in quote for quote in _asked(BOYCOTT))


def _number(facts, start: str, text: str):
    sf = next(sf for sf in facts.sentences if sf.text.startswith(start))
    m = next(m for m in sf.numbers if m.text == text)
    return sf, m


def test_a_distance_away_and_minutes_later_are_not_worth_asking():
    facts = read_facts(LETTER)
    assert trivial_number(facts, *_number(facts, "The farm", "twelve"))
    assert trivial_number(facts, *_number(facts, "Ten minutes", "Ten"))
    # the army's losses stay
    assert not trivial_number(facts, *_number(facts, "The battle", "150,000"))
    answers = [a for answers in _asked(LETTER).values() for a in answers]
    assert "twelve" not in answers and "Ten" not in answers


def test_a_count_the_text_has_already_given_is_not_worth_asking():
    facts = read_facts(TRUCE)
    assert trivial_number(facts, *_number(facts, "The two men", "two"))  # the two named just before
    assert trivial_number(facts, *_number(facts, "Exactly one", "one"))  # only "one" fits "_____ year later"
    # a distance from a place (not "away") is a fact of the truce
    assert not trivial_number(facts, *_number(facts, "Under the truce", "4"))
    answers = [a for answers in _asked(TRUCE).values() for a in answers]
    assert "two" not in answers and "one" not in answers


def test_a_count_the_sentence_lists_name_by_name_is_not_worth_asking():
    facts = read_facts("The March of Korr\n\nIn 880 the king Korr led some ten thousand men in three columns, each "
                       "named after a river: Alden, Tavis and Ousel. His rival Morn had only 4,000 men.\n")
    assert trivial_number(facts, *_number(facts, "In 880", "three"))
    assert not trivial_number(facts, *_number(facts, "In 880", "ten thousand"))


def test_a_time_of_the_day_is_not_worth_asking():
    facts = read_facts(TRUCE)
    sf = next(sf for sf in facts.sentences if sf.text.startswith("Exactly one"))
    half = [m for m in sf.numbers if m.text.lower() in ("half", "six")]
    assert half and all(trivial_number(facts, sf, m) for m in half)


def test_the_place_that_frames_the_whole_text_is_not_asked():
    facts = read_facts(INDIA)
    assert frame_places(facts) == {"india"}
    drafts = [d for d in build_candidates(facts, list(QUESTION_TYPES)) if d.type in ("short_answer", "multiple_choice")]
    northern = [d for d in drafts if d.answer == "India" and "northern _____" in d.question["prompt"]]
    owner = [d for d in drafts if d.answer == "India" and "northern _____" not in d.question["prompt"]]
    towns = [d for d in drafts if d.answer in ("Kesh", "Ulm", "Sorra")]
    assert northern and owner and towns
    # "most of northern _____" only places the fact in the text's frame
    assert all(worth(facts, d)[0] >= NOT_WORTH for d in northern)
    # "the fourth emperor of _____", a town of the story: asked
    assert all(worth(facts, d)[0] == 0 for d in owner + towns)


def test_a_fact_worth_less_scores_lower_and_says_why():
    # (the farm "about twelve miles away" of LETTER is refused by the numeric builder itself since round 10's
    # structure rules; the time of day of TRUCE is left to the picker's worth)
    facts = read_facts(TRUCE)
    drafts = build_candidates(facts, list(QUESTION_TYPES))
    clock = [d for d in drafts if d.kind == "number" and d.answer == "half"]
    assert clock
    before = {id(d): d.score for d in clock}
    assert all(worth(facts, d)[0] >= NOT_WORTH for d in clock)
    select(facts, drafts, 20, list(QUESTION_TYPES))
    for d in clock:
        assert d.score == before[id(d)] - NOT_WORTH and d.score < MIN_SCORE
        assert "a time of the day" in d.notes


def _draft(type_: str, kind: str, answer: str, question: dict) -> Draft:
    return Draft(question=question, type=type_, kind=kind, score=0.8, sentences=(0,), answer=answer)


def test_a_rulers_name_without_its_realm_gives_a_multiple_select_key_away():
    d = _draft("multiple_select", "person", "Isabella of Castile; Ferdinand of Aragon", {"prompt": "The end came under _____."})
    assert {"isabella", "ferdinand"} <= set(_answer_forms(d))


def test_a_small_number_is_given_away_only_with_the_word_after_it():
    d = _draft("multiple_choice", "number", "one", {
        "prompt": "Some stuck in the mud, but _____ drove up the street.",
        "evidence": {"quote": "Some stuck in the mud, but one tank drove up the street."}})
    assert _answer_forms(d) == ["one tank"]  # "one of the lads" elsewhere gives nothing away


def test_a_persons_matching_loses_the_pairs_another_prompt_shows():
    pairs = [{"left": "Odo Renk", "right": "the commander of the northern army"},
             {"left": "Kasimir Dolt", "right": "the envoy of the southern league"},
             {"left": "Tahir Bek", "right": "the leader of the rebels"},
             {"left": "Walter Pryce", "right": "the engineer of the capstone"},
             {"left": "Ada Mercer", "right": "the teacher who kept her seat"}]
    matching = Draft(question={"prompt": "Match each person to the description the text gives.", "pairs": pairs,
                               "topics": ["people"]}, type="matching", kind="pairs", score=0.8, sentences=(0, 1, 2),
                     answer="")
    other = _draft("short_answer", "place", "Vellan", {
        "prompt": "Marshal Odo Renk, the commander of the northern army, signed at _____."})
    chosen, _ = _without_shown_pairs([matching, other])
    assert [p["left"] for p in chosen[0].question["pairs"]] == ["Kasimir Dolt", "Tahir Bek", "Walter Pryce",
                                                               "Ada Mercer"]
