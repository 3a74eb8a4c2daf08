"""Faults set 14's raters found (set 14 is seen since its after rating; issue 16): each test fails without its fix."""

from __future__ import annotations

import re
from pathlib import Path

from question_bank.drafting import suggest_questions
from question_bank.drafting.facts import read_facts

SET_14 = Path(__file__).resolve().parent / "eval_texts_14"
ROSES = (SET_14 / "wars-of-the-roses-year-by-year.txt").read_text(encoding="utf-8")
LINDBERGH = (SET_14 / "lindbergh-lands-in-paris-1927.txt").read_text(encoding="utf-8")


def _texts_shown(q) -> str:
    d = q.model_dump(mode="json", exclude_none=True)
    parts = [d.get("prompt", ""), d.get("statement", "")]
    parts += [c["text"] for c in d.get("choices", [])]
    parts += [f"{p['left']} -> {p['right']}" for p in d.get("pairs", [])]
    return "\n".join(parts)


def test_a_rulers_number_names_its_own_king():
    # "the boy king Edward V" is not Edward IV cut short: the matching paired Edward IV with "the boy king"
    facts = read_facts(ROSES)
    keys = {m.text: m.key for sf in facts.sentences for m in sf.names if m.text.startswith("Edward")}
    assert keys["Edward V"] == "Edward V" and keys["Edward IV"] == "Edward IV"
    prince = [m for sf in facts.sentences for m in sf.names if m.extra.get("title") == "Prince"]
    assert prince and all(m.key != "Edward IV" for m in prince)  # Henry VI's son, Prince Edward
    pairs = [p for q in suggest_questions(ROSES).question_set.questions if q.type == "matching" for p in q.pairs]
    assert pairs and all(not (p.left == "Edward IV" and "boy king" in p.right) for p in pairs)
    assert any(p.left == "Edward V" and p.right == "the boy king" for p in pairs)


def test_the_state_after_a_city_is_a_place_not_a_person():
    # "businessmen in St. Louis, Missouri, who had faith in the young flier": four true/false drafts swapped
    # "Missouri" in for Lindbergh ("Missouri took off from Roosevelt Field")
    facts = read_facts(LINDBERGH)
    missouri = [m for sf in facts.sentences for m in sf.names if m.text == "Missouri"]
    assert missouri and all(m.kind == "place" for m in missouri)
    shown = "\n".join(_texts_shown(q) for q in suggest_questions(LINDBERGH).question_set.questions)
    assert "Missouri took off" not in shown and "bring Missouri home" not in shown and "Missouri was lifted" not in shown


def test_an_islands_name_is_not_its_first_word():
    # set 14's Lindbergh: a gap "Long Island" accepted "Long", "Roosevelt Field" accepted "Roosevelt"; a river and a
    # gate keep their short forms
    from question_bank.drafting.builders import accepted_answers

    text = LINDBERGH + "\nThe barges went down the Volta River to the Brandenburg Gate in the story.\n"
    facts = read_facts(text)
    forms = {m.text: accepted_answers(facts, sf, m) for sf in facts.sentences for m in sf.names}
    assert forms["Long Island"] == ["Long Island"]
    assert forms["Roosevelt Field"] == ["Roosevelt Field"]
    assert "Volta" in forms["Volta River"] and "Brandenburg" in forms["Brandenburg Gate"]


def test_a_blank_after_the_takes_only_names_written_with_the():
    # "The _____, who had helped him win the throne" offered "Margaret of Anjou" and "Edward IV": "The Edward IV"
    # fits no grammar, so the form gave the key (the Earl of Warwick) away
    from question_bank.drafting import distractors

    facts = read_facts(ROSES)
    found = [(sf, m) for sf in facts.sentences for m in sf.names
             if m.text == "Earl of Warwick" and distractors.wants_article(sf, m)]
    assert found
    for sf, m in found:
        for d in distractors.name_distractors(facts, sf, m):
            assert facts.entity(d.mention).takes_the, d.text


def test_two_false_statements_never_swap_the_same_two_names_each_way():
    # set 14's Erie Canal: "links the Mississippi River at Albany" (the Hudson) beside "down the Hudson River" (the
    # Mississippi): each shows the other's answer
    text = (SET_14 / "erie-canal.txt").read_text(encoding="utf-8")
    swaps = set()
    for q in suggest_questions(text).question_set.questions:
        if q.type == "true_false" and not q.answer:
            said, put = q.correction, q.prompt
            words_said, words_put = set(said.split()), set(put.split())
            swaps.add((" ".join(sorted(words_said - words_put)), " ".join(sorted(words_put - words_said))))
    assert swaps and not any((b, a) in swaps for a, b in swaps)


def test_a_time_of_day_is_no_number_to_ask():
    # set 14's Lindbergh: "landed ... at 10.22 last night" was asked as the number 10.22
    from question_bank.drafting import extract

    found = extract.find_numbers("He landed at 10.22 last night and left at 7.52 on Friday morning, at 3.25 p.m. "
                                 "It cost 2.50 dollars and grew 1.25 metres.")
    assert [m.value for m in found] == [2.5, 1.25]
    numbers = [q for q in suggest_questions(LINDBERGH).question_set.questions if q.type == "numeric"]
    assert all(q.value not in (10.22, 7.52) for q in numbers)


def test_a_boat_named_after_its_kind_is_a_craft_not_a_person():
    # set 14's Erie Canal: "Clinton boarded the boat Seneca Chief" accepted "Chief" alone for the boat
    from question_bank.drafting.builders import accepted_answers

    facts = read_facts((SET_14 / "erie-canal.txt").read_text(encoding="utf-8"))
    boat = [(sf, m) for sf in facts.sentences for m in sf.names if m.text == "Seneca Chief"]
    assert boat and all(m.kind == "craft" for _, m in boat)
    assert all(accepted_answers(facts, sf, m) == ["Seneca Chief"] for sf, m in boat)


def test_their_for_a_plural_in_s_takes_the_apostrophe_alone_and_a_quote_keeps_its_stop():
    # set 14's Boxer Rebellion: "The Boxers’s slogan was "Support the Qing, destroy the foreign"" (no stop)
    text = (SET_14 / "boxer-rebellion.txt").read_text(encoding="utf-8")
    statements = [q.statement for q in suggest_questions(text).question_set.questions if q.type == "cite"]
    slogan = [s for s in statements if "slogan" in s]
    assert slogan == ['The Boxers’ slogan was "Support the Qing, destroy the foreign".']


# --------------------------------------------------------------------------- set 15 (seen since its after rating)

SET_15 = Path(__file__).resolve().parent / "eval_texts_15"


def _set15(name: str) -> str:
    return (SET_15 / f"{name}.txt").read_text(encoding="utf-8")


def test_a_year_alone_takes_in_not_on():
    # "1428: Joan asks … to send her to the Dauphin" was restated "… to the Dauphin on 1428."
    shown = "\n".join(_texts_shown(q) for q in suggest_questions(_set15("joan-of-arc-year-by-year")).question_set.questions)
    assert re.search(r"\bon \d{4}\b", shown) is None
    assert re.search(r"\bin \d{4}\.", shown) is not None  # a chronicle's year moved to a statement's end, with "in"


def test_a_common_is_a_place_and_a_counted_people_no_person():
    # "Kennington Common arrived in a cart" and "About 4,000 Ridge died": a place and a people swapped in for a person
    chartist = read_facts(_set15("chartist-letter-1848"))
    assert all(m.kind == "place" for sf in chartist.sentences for m in sf.names if m.text == "Kennington Common")
    trail = read_facts(_set15("trail-of-tears"))
    counted = [m for sf in trail.sentences for m in sf.names
               if m.text == "Cherokee" and "4,000 Cherokee" in sf.text[max(0, m.start - 6):m.end]]
    assert counted and all(m.kind == "group" for m in counted)
    for name in ("chartist-letter-1848", "trail-of-tears"):
        shown = "\n".join(_texts_shown(q) for q in suggest_questions(_set15(name)).question_set.questions)
        assert "Kennington Common arrived" not in shown and "Kennington Common and his friends" not in shown
        assert "4,000 Ridge" not in shown


def test_about_a_year_is_a_year_or_two_and_never_takes_another_number_of_the_quote():
    # "In about 985 Erik the Red …, and around the year 1000 his son …": ± 50 accepted 1000
    numeric = [q for q in suggest_questions(_set15("the-vikings-under-headings")).question_set.questions
               if q.type == "numeric" and q.value == 985]
    assert numeric and all(q.tolerance <= 2 for q in numeric)


def test_a_day_and_month_is_right_when_the_prompt_gives_the_year():
    # "In 1830 Congress passed the Indian Removal Act, which President Andrew Jackson signed on _____": "28 May"
    from quiz_app.grading import grade

    result = suggest_questions(_set15("trail-of-tears"))
    signed = [q for q in result.question_set.questions if q.type == "short_answer" and "signed on" in q.prompt]
    assert signed
    for q in signed:
        assert grade(q, "28 May", sources=result.question_set).correct
        assert not grade(q, "28 June", sources=result.question_set).correct


def test_a_number_the_prompt_gives_by_a_sum_is_not_asked():
    # set 15's Forbidden City: "_____ emperors lived in the palace, fourteen of the Ming dynasty and ten of the Qing"
    # (24), "_____ rooms, one fewer than the 10,000 rooms" (9,999); and a swap the sum shows false ("Twelve emperors
    # …, fourteen … and ten …")
    questions = suggest_questions(_set15("forbidden-city-guide")).question_set.questions
    for q in questions:
        if q.type in ("numeric", "multiple_choice"):
            assert "fourteen of the Ming" not in q.prompt and "one fewer than the 10,000" not in q.prompt, q.prompt
        if q.type == "true_false":
            assert not ("fourteen of the Ming" in q.prompt and not q.answer), q.prompt
    text = ("The Seneca Falls Convention\n"
            "In July 1848 about three hundred people met at Seneca Falls in New York to speak for the rights of women.\n"
            "At the end of the convention, 100 people signed the declaration, 68 women and 32 men.\n"
            "Elizabeth Cady Stanton had written the declaration with Lucretia Mott and three other women.\n"
            "Frederick Douglass spoke for the right of women to vote, which many there thought too bold.\n")
    for q in suggest_questions(text).question_set.questions:
        assert not (q.type == "numeric" and q.value == 32), q.prompt
    # a year's blank is no sum: "After Louis died in 840, his three sons … the Treaty of Verdun in _____" (843)
    from question_bank.drafting import worth
    from question_bank.drafting.builders import Draft

    verdun = Draft({"type": "multiple_choice", "prompt": "After Louis died in 840, his three sons divided it by the "
                    "Treaty of Verdun in _____.", "choices": [{"text": "843", "correct": True},
                                                             {"text": "850", "correct": False}]},
                   "multiple_choice", "number", 0.7, (0,), "843")
    assert not worth._sum_shown(verdun)
