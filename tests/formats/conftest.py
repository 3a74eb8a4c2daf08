"""Fixtures for the import/export tests: a set with every question type and every character the
formats treat specially, the built-in Korean War set, and the corpus of realistic files."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from question_bank.models import QuestionSet

CORPUS = Path(__file__).resolve().parent / "corpus"
BUILTIN = Path(__file__).resolve().parents[2] / "question_bank" / "banks" / "korean-war-1950.json"

SOURCE_TEXT = (
    "In the North, Kim Il Sung, a former guerrilla fighter, was installed as the leader of what would become the "
    "Democratic People’s Republic of Korea (DPRK). By 1950, the Korean People’s Army (KPA) boasted around 135,000 "
    "troops.\n"
    "On June 25, 1950, the North Korean army launched a surprise attack across the 38th parallel with 10 "
    "Soviet-equipped divisions. Within days, the North Korean forces had captured Seoul, the South Korean capital, "
    "on June 27. By early July, the South Korean forces were retreating towards the Pusan Perimeter.\n"
    "A clerk noted: “{withdraw} = ceasefire #1 ~ now: C:\\files & <tags>”. The vote passed 9 to 0 with 1 abstention.\n"
    "The U.N. Security Council met on June 25; the Soviet delegate was absent. The rate of advance was 0.1 miles "
    "per hour at worst."
)


def _q(qid: str, qtype: str, quote: str, **fields) -> dict:
    base = {
        "id": qid, "type": qtype, "prompt": f"Prompt of {qid}?", "topics": ["dates"], "difficulty": 2,
        "explanation": "Because the text says so.", "evidence": {"source": "src", "quote": quote},
    }
    base.update(fields)
    return base


def tricky_set_dict() -> dict:
    """Every question type; texts with GIFT's control characters, HTML-like text, line breaks,
    curly quotes, per-choice and per-item evidence, units, corrections, notes and odd numbers."""
    questions = [
        _q("mc-1", "multiple_choice", "Kim Il Sung, a former guerrilla fighter",
           prompt="Who led the North: {Kim} or #2 = ~ \\ ?", topics=["leaders", "Cold War"], difficulty=1,
           points=2.5, explanation="Line one: the leader.\n\nLine two — “quoted”.",
           choices=[
               {"text": "Kim Il Sung", "correct": True, "feedback": "Right: the text says so.",
                "evidence": {"source": "src", "quote": "Kim Il Sung, a former guerrilla fighter"}},
               {"text": "Syngman Rhee = South", "feedback": "He led the South; {not} the North."},
               {"text": "[html] looks like a format", "feedback": "#1 wrong"},
               {"text": "%50% looks like a weight"},
           ]),
        _q("ms-1", "multiple_select", "launched a surprise attack across the 38th parallel with 10 Soviet-equipped "
           "divisions", topics=["troop_counts", "places"], prompt="Which are true? Choose all that apply.",
           choices=[
               {"text": "10 divisions", "correct": True},
               {"text": "Soviet-equipped", "correct": True, "feedback": "Yes ~ Soviet."},
               {"text": "American-equipped", "feedback": "No."},
               {"text": "20 divisions"},
               {"text": "Across the Yalu"},
           ], support_note="Several facts of one sentence."),
        _q("tf-false", "true_false", "the Korean People’s Army (KPA) boasted around 135,000 troops",
           prompt="The KPA had about 250,000 troops.", topics=["troop_counts"], answer=False,
           correction="around 135,000 troops", feedback_wrong="Look again: 135,000."),
        _q("tf-true", "true_false", "had captured Seoul, the South Korean capital, on June 27",
           prompt="Seoul was captured on June 27.", answer=True, feedback_right="Yes: on June 27, two days in."),
        _q("num-troops", "numeric", "boasted around 135,000 troops", prompt="How many troops did the KPA have?",
           topics=["troop_counts"], value=135000, tolerance=5000, unit="troops", points=3),
        _q("num-small", "numeric", "The rate of advance was 0.1 miles per hour at worst",
           prompt="What was the worst rate of advance (miles per hour)?", value=0.1, tolerance=0.05),
        _q("sa-1", "short_answer", "captured Seoul, the South Korean capital", topics=["places"],
           prompt="Which capital was captured?", accepted=["Seoul", "Keijo", "Seoul City"]),
        _q("ord-1", "ordering", "On June 25, 1950, the North Korean army launched a surprise attack",
           prompt="Put in order.", support_note="Dates as the text gives them.",
           items=[
               {"text": "Invasion", "date": "June 25, 1950"},
               {"text": "Seoul falls", "date": "June 27",
                "evidence": {"source": "src", "quote": "had captured Seoul, the South Korean capital, on June 27"}},
               {"text": "Retreat to Pusan: the Perimeter", "date": "early July",
                "evidence": {"source": "src", "quote": "By early July, the South Korean forces were retreating"}},
               {"text": "Undated event"},
           ]),
        _q("match-1", "matching", "In the North, Kim Il Sung, a former guerrilla fighter", topics=["leaders"],
           prompt="Match each name.", support_note="Pairs read from the apposition.",
           pairs=[{"left": "Kim Il Sung", "right": "former guerrilla fighter"},
                  {"left": "KPA: army", "right": "135,000 troops {about}"}],
           distractors=["Syngman Rhee's party", "#hash"]),
        _q("cite-1", "cite", "By 1950, the Korean People’s Army (KPA) boasted around 135,000 troops.",
           topics=["troop_counts"], prompt="Which sentence shows the army was large?",
           statement="The North Korean army was large."),
        _q("html-like", "multiple_choice", "A clerk noted: “{withdraw} = ceasefire #1 ~ now: C:\\files & <tags>”",
           topics=["context"], prompt="What did the clerk write about <tags> & files?",
           explanation="It says “C:\\files & <tags>”.",
           choices=[{"text": "C:\\files & <tags>", "correct": True}, {"text": "<b>nothing</b>"}],
           support_note="The clerk's words."),
    ]
    return {
        "schema_version": 1, "id": "tricky-set", "title": "Tricky set: Korea / 1950", "description": "For tests.",
        "authors": ["Test author"], "language": "en", "status": "ready",
        "round_defaults": {"question_count": 5, "time_limit_seconds": 300, "shuffle": False},
        "sources": [{"id": "src", "title": "Source", "citation": "Test citation\nsecond line", "text": SOURCE_TEXT}],
        "questions": questions,
    }


@pytest.fixture
def tricky_set() -> QuestionSet:
    return QuestionSet.model_validate(copy.deepcopy(tricky_set_dict()))


@pytest.fixture(scope="session")
def builtin_set() -> QuestionSet:
    from question_bank.loading import load_set

    if not BUILTIN.exists():
        pytest.skip("the built-in Korean War set is not there yet")
    result = load_set(BUILTIN)
    assert result.question_set is not None, [str(p) for p in result.problems]
    return result.question_set
