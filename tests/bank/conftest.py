from __future__ import annotations

import copy
import json

import pytest

SOURCE_TEXT = (
    "In the North, Kim Il Sung, a former guerrilla fighter, was installed as the leader of what would become "
    "the Democratic People’s Republic of Korea (DPRK). By 1950, the Korean People’s Army (KPA) boasted around "
    "135,000 troops.\n"
    "On June 25, 1950, the North Korean army launched a surprise attack, pouring across the 38th parallel with "
    "10 Soviet-equipped divisions. Within days, the North Korean forces had captured Seoul, the South Korean "
    "capital, on June 27. By early July, the South Korean forces were retreating towards the Pusan Perimeter.\n"
    "North Korea—backed by both Soviet and Chinese leaders—began to contemplate an audacious move."
)


def _base(qid: str, qtype: str, quote: str, topics=("dates",)) -> dict:
    return {
        "type": qtype,
        "id": qid,
        "prompt": "Prompt for " + qid,
        "topics": list(topics),
        "difficulty": 2,
        "explanation": "Because the text says so.",
        "evidence": {"source": "src", "quote": quote},
    }


def valid_set_dict() -> dict:
    """One valid question of every type."""
    qs = [
        _base("mc", "multiple_choice", "captured Seoul, the South Korean capital, on June 27") | {
            "choices": [
                {"text": "June 27", "correct": True, "feedback": "Right."},
                {"text": "June 25", "feedback": "That is when the invasion began."},
            ]
        },
        _base("ms", "multiple_select", "with 10 Soviet-equipped divisions", ["troop_counts"]) | {
            "choices": [
                {"text": "10 divisions", "correct": True},
                {"text": "Soviet-equipped", "correct": True},
                {"text": "American-equipped", "feedback": "The text says Soviet-equipped."},
            ]
        },
        _base("tf", "true_false", "the Korean People’s Army (KPA) boasted around 135,000 troops", ["troop_counts"]) | {
            "prompt": "The KPA had about 250,000 troops.", "answer": False, "correction": "around 135,000 troops",
        },
        _base("num", "numeric", "boasted around 135,000 troops", ["troop_counts"]) | {
            "value": 135000, "tolerance": 5000, "unit": "troops",
        },
        _base("sa", "short_answer", "Kim Il Sung, a former guerrilla fighter", ["leaders"]) | {
            "accepted": ["Kim Il Sung", "Kim Il-sung"],
        },
        _base("ord", "ordering", "On June 25, 1950, the North Korean army launched a surprise attack") | {
            "items": [
                {"text": "Invasion", "date": "June 25, 1950"},
                {"text": "Seoul falls", "date": "June 27",
                 "evidence": {"source": "src", "quote": "captured Seoul, the South Korean capital, on June 27"}},
                {"text": "Retreat to Pusan", "date": "early July",
                 "evidence": {"source": "src", "quote": "By early July, the South Korean forces were retreating"}},
            ]
        },
        _base("match", "matching", "Kim Il Sung, a former guerrilla fighter", ["leaders"]) | {
            "pairs": [{"left": "Kim Il Sung", "right": "guerrilla fighter"},
                      {"left": "Kim", "right": "former"}],
            "support_note": "Pairs read straight from the apposition.",
        },
        _base("cite", "cite", "By 1950, the Korean People’s Army (KPA) boasted around 135,000 troops.",
              ["troop_counts"]) | {"statement": "The North Korean army was large."},
    ]
    return {
        "schema_version": 1,
        "id": "test-set",
        "title": "Test set",
        "sources": [{"id": "src", "title": "Source", "citation": "Test", "text": SOURCE_TEXT}],
        "questions": qs,
    }


@pytest.fixture
def set_dict() -> dict:
    return copy.deepcopy(valid_set_dict())


@pytest.fixture
def write_set(tmp_path):
    def _write(data, name="set.json") -> str:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return str(path)

    return _write
