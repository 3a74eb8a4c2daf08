"""Issue 16, fourth round: false statements false for a real reason, true statements not copied, options that stand
alone, and a picker that leans towards the forms teachers kept."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

from question_bank.drafting import suggest_questions, swaps
from question_bank.drafting.distractors import Distractor
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import leans_on_before, reworded_statement
from question_bank.drafting.select import _KEPT_MEAN, KEPT_AS_IS


def _facts_and(text: str, sentence_word: str):
    facts = read_facts(text)
    sf = next(s for s in facts.sentences if sentence_word in s.text)
    return facts, sf


def _mention(facts, text: str):
    return next(m for sf in facts.sentences for m in sf.mentions if m.text == text)


def _fits(text: str, sentence_word: str, right: str, swapped: str) -> bool:
    facts, sf = _facts_and(text, sentence_word)
    m = next(m for m in sf.mentions if m.text == right)
    other = _mention(facts, swapped)
    return swaps.swap_fits(facts, sf, m, Distractor(swapped, "", True, other))


def _true_false(text: str) -> list:
    return [q for q in suggest_questions(text, types=["true_false"]).question_set.questions]


# --------------------------------------------------------------------------- swaps


def test_a_person_after_a_title_swaps_only_with_someone_the_text_gives_that_title_and_the_same_sex():
    text = ("Ghana\n\nToday the Duchess of Kent, representing Queen Elizabeth II, will open the parliament. "
            "Among the guests is the Vice-President of the United States, Richard Nixon. "
            "Queen Mary visited the colony in 1911. President Dwight Eisenhower sent his greetings.")
    assert not _fits(text, "representing", "Elizabeth II", "Richard Nixon")  # "Queen Richard Nixon"
    assert not _fits(text, "Among the guests", "Richard Nixon", "Elizabeth II")  # the role before names him
    assert not _fits(text, "representing", "Elizabeth II", "Dwight Eisenhower")  # a "President", a man
    for q in _true_false(text):
        assert not re.search(r"Queen (?:Richard|Dwight)|Vice-President of the United States, Elizabeth", q.prompt)


def test_a_person_described_beside_the_name_or_owning_something_is_not_swapped():
    text = ("Haiti\n\nThe most able leader to emerge was Toussaint Louverture, a formerly enslaved man. "
            "Napoleon Bonaparte sent an army to the island in 1802. "
            "Toussaint's former officers, led by Jean-Jacques Dessalines, turned against the French in 1802.")
    assert not _fits(text, "most able", "Toussaint Louverture", "Napoleon Bonaparte")
    assert not _fits(text, "former officers", "Toussaint", "Napoleon Bonaparte")


def test_a_place_swaps_only_with_a_place_the_text_shows_to_be_of_the_same_sort():
    text = ("Ashoka\n\nAshoka conquered Kalinga, a kingdom in what is now the state of Odisha. "
            "His capital was Pataliputra, near the modern city of Patna. "
            "Later he visited the state of Bihar and the city of Ujjain.")
    facts = read_facts(text)
    assert swaps.place_sort(facts, "Odisha") == "region" and swaps.place_sort(facts, "Patna") == "town"
    assert not _fits(text, "conquered", "Odisha", "Patna")  # "the state of Patna"
    assert _fits(text, "conquered", "Odisha", "Bihar")
    assert _fits(text, "capital", "Patna", "Ujjain")


def test_a_word_of_uncertain_kind_is_never_swapped_and_a_place_inside_another_keeps_its_own():
    text = ("Eureka\n\nIn October a digger named James Scobie was killed outside the hotel. "
            "Give my love to Mother and to Mary. "
            "Among them was the architect Abu Ishaq, from Granada in Spain. The trading city of Gao grew rich.")
    facts = read_facts(text)
    assert swaps.place_sort(facts, "Mother") is None and swaps.place_sort(facts, "October") is None
    for q in _true_false(text):
        assert "In Mother" not in q.prompt and "love to October" not in q.prompt and "from Gao in Spain" not in q.prompt


def test_no_swap_between_overlapping_parts_of_a_continent():
    text = ("Mali\n\nMusa ruled the Mali Empire in West Africa. Timbuktu drew students from across North Africa. "
            "Later the city of Gao grew rich.")
    assert not _fits(text, "Timbuktu", "North Africa", "West Africa")


def test_no_swap_to_a_number_or_name_already_in_the_sentence_and_none_inside_a_span():
    text = ("Partition\n\nBetween 10 and 20 million people left their homes in 1947. "
            "About 40 million people lived in the Punjab in 1941.")
    facts, sf = _facts_and(text, "Between")
    for m in sf.mentions:
        if m.kind == "number":
            assert swaps.in_span(sf, m)
    for q in _true_false(text):
        assert "Between 10 and 10" not in q.prompt


def test_a_false_date_is_the_nearest_other_date_of_the_text():
    text = ("Wangari Maathai\n\nWangari Maathai was born in 1940 in Ihithe. "
            "In 1960 she was one of about 300 young Kenyans chosen to study in the United States. "
            "In 1964 she earned a degree in biology. In 2004 she received the Nobel Peace Prize.")
    facts, sf = _facts_and(text, "young Kenyans")
    m = next(m for m in sf.mentions if m.text == "1960")
    ds = [Distractor(d, "", True, _mention(facts, d)) for d in ("1940", "2004", "1964")]
    assert [d.text for d in swaps.date_order(m, ds)] == ["1964", "1940", "2004"]


# --------------------------------------------------------------------------- true statements


def test_a_true_statement_is_reworded_with_its_date_in_front_or_in_the_passive():
    text = ("Three facts\n\nPresident Nelson Mandela was born in 1918. Mandela was released on 11 February 1990. "
            "Kim Il Sung invaded South Korea with Soviet tanks. Many feared that unemployment would rise. "
            "Unemployment was still above 14 percent in 1940.")
    facts = read_facts(text)
    got = [reworded_statement(facts, sf) for sf in facts.sentences]
    assert "On 11 February 1990, Mandela was released." in got
    assert "South Korea was invaded by Kim Il Sung with Soviet tanks." in got
    assert "In 1940, unemployment was still above 14 percent." in got


def test_a_moved_phrase_keeps_its_era_with_its_number():
    text = "Qin\n\nBy the third century BCE seven large states remained. In 246 BCE a boy of thirteen became king of Qin."
    facts = read_facts(text)
    for sf in facts.sentences:
        out = reworded_statement(facts, sf)
        assert out is None or (not out.startswith("BCE") and ("BCE" not in sf.text or re.search(r"\w BCE", out))), out


def test_a_true_statement_that_could_only_be_copied_is_not_drafted():
    text = ("Qin\n\nThe name China may come from the word Qin. Qin owed its strength to the reforms of Shang Yang. "
            "The First Emperor was buried near Xi'an.")
    for q in _true_false(text):
        if q.answer:
            facts = read_facts(text)
            assert all(" ".join(q.prompt.split()) != " ".join(sf.text.split()) for sf in facts.sentences), q.prompt


def test_a_statement_that_leans_on_another_sentence_is_told_apart():
    text = ("Ashoka\n\nAshoka left more than thirty inscriptions. Most are in Prakrit written in the Brahmi script. "
            "A new constitution, approved in October, made him Supreme Leader. "
            "Many people bought shares with borrowed money, hoping to sell them at a profit. "
            "Napoleon Bonaparte, now ruler of France, saw this as a challenge. "
            "The League argued that Muslims would be a minority in such a state.")
    facts = read_facts(text)
    leaning = {sf.text.split()[0] for sf in facts.sentences if leans_on_before(facts, sf, None)}
    assert leaning == {"Most", "A", "Napoleon", "The"}


# --------------------------------------------------------------------------- on every seen text


@lru_cache(maxsize=1)
def _seen_drafts():
    import evalkit

    paths = [p for which in ("1", "2", "3") for p in evalkit.eval_texts(which).values()]
    paths += sorted((evalkit.HERE / "texts").glob("*.txt")) + sorted((evalkit.HERE / "dev_texts").glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8"), suggest_questions(p.read_text(encoding="utf-8"))) for p in paths]


_MALE = re.compile(r"\b(?:King|Emperor|Prince|Sir|Lord|Duke)\s+(?:Elizabeth|Mary|Victoria|Anne|Catherine)\b")
_FEMALE = re.compile(r"\b(?:Queen|Empress|Princess|Lady|Duchess)\s+(?:Richard|John|James|William|George|Charles)\b")


def test_on_every_seen_text_false_statements_keep_titles_and_never_copy_a_true_one():
    for name, text, result in _seen_drafts():
        sentences = {" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split()))}
        for q in result.question_set.questions:
            if q.type == "true_false":
                assert not _MALE.search(q.prompt) and not _FEMALE.search(q.prompt), (name, q.id, q.prompt)
                if q.answer:
                    assert " ".join(q.prompt.split()) not in sentences, (name, q.id, q.prompt)


def test_on_every_seen_text_the_options_of_which_does_the_text_say_stand_alone():
    dangling = re.compile(r"^(?:Most|Some|Many|Others|Both|All)\s+(?:are|were|was|is|of)\b|^Among them\b")
    for name, _, result in _seen_drafts():
        for q in result.question_set.questions:
            info = result.info(q.id)
            if q.type != "multiple_select" or info is None or info.kind != "statements":
                continue
            for c in q.choices:
                assert not dangling.match(c.text), (name, q.id, c.text)
                assert not re.search(r"\bsaw this as\b|\bsuch a\b", c.text), (name, q.id, c.text)


def test_the_kept_shares_the_picker_leans_on_are_the_ones_the_seen_ratings_give():
    import evalkit

    latest = [("eval_ratings", "after"), ("eval_ratings_2", "after"), ("eval_ratings_3", "after")]
    kept: Counter = Counter()
    rated: Counter = Counter()
    short = {"mc": "multiple_choice", "ms": "multiple_select", "tf": "true_false", "num": "numeric",
             "sa": "short_answer", "ord": "ordering", "match": "matching", "cite": "cite", "cloze": "cloze"}
    for folder, stage in latest:
        for path in sorted((evalkit.HERE / folder).glob(f"*.{stage}.json")):
            for r in json.loads(path.read_text(encoding="utf-8")).get("ratings", []):
                t = short[r["id"].rsplit("-", 1)[-1]]
                rated[t] += 1
                kept[t] += r["rating"] == "as_is"
    assert {t: round(kept[t] / rated[t], 4) for t in rated} == {t: round(v, 4) for t, v in KEPT_AS_IS.items()}
    assert round(_KEPT_MEAN, 4) == round(sum(kept.values()) / sum(rated.values()), 4)


def test_a_pronoun_after_a_clause_is_not_taken_for_the_name_before_it_and_a_named_subject_keeps_its_the():
    import evalkit

    from question_bank.drafting.builders import sentence_quality

    facts = read_facts("Maathai\n\nIn 2002, after Moi left office, she was elected to parliament with 98 per cent of the vote.")
    assert leans_on_before(facts, facts.sentences[0], None)
    facts, sf = _facts_and(evalkit.eval_texts("3")["qin-unification"].read_text(encoding="utf-8"), "He divided the land")
    out = reworded_statement(facts, sf, sentence_quality(facts, sf)[2])
    # "He" is named: by the title the text gives him or by the name he took (both the same man in this text)
    assert out is not None and out.startswith(("The First Emperor divided", "Qin Shi Huangdi divided")), out


def test_a_leader_swaps_only_with_someone_the_text_shows_leading():
    text = ("India\n\nThe Indian National Congress, led by Jawaharlal Nehru, wanted a single India. "
            "The Muslim League, led by Muhammad Ali Jinnah, wanted a separate state. "
            "President Louis Mountbatten arrived in India in 1947.")
    assert not _fits(text, "Indian National Congress", "Jawaharlal Nehru", "Louis Mountbatten")
    assert _fits(text, "Indian National Congress", "Jawaharlal Nehru", "Muhammad Ali Jinnah")
