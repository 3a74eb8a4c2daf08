"""The start screen lists the chosen set's own topics (issue 19): no Korean War topics for a set on another text."""

from __future__ import annotations

import json

from question_bank.topics import CORE_TOPICS, TOPIC_LABELS
from quiz_app import paths

TEXT = ("In June 1948 the Soviets closed the roads and railways to West Berlin. "
        "The airlift ended in May 1949. Pilots flew coal and flour into Tempelhof.")


def _question(n: int, topics: list[str], quote: str) -> dict:
    return {"type": "short_answer", "id": f"b-{n}", "prompt": f"Question {n}?", "topics": topics,
            "explanation": "The text says so.", "accepted": ["x"], "evidence": {"source": "s", "quote": quote},
            "support_note": "teacher-verified"}


def _write_berlin_set(data_dir) -> None:
    folder = paths.sets_dir(data_dir, create=True)
    data = {"id": "berlin", "title": "The Berlin Airlift", "status": "draft",
            "sources": [{"id": "s", "title": "The Airlift", "text": TEXT}],
            "questions": [
                _question(1, ["places", "blockade"], "In June 1948 the Soviets closed the roads and railways to West Berlin."),
                _question(2, ["dates", "airlift"], "The airlift ended in May 1949."),
                _question(3, ["context", "airlift"], "Pilots flew coal and flour into Tempelhof."),
            ]}
    (folder / "berlin.json").write_text(json.dumps(data), encoding="utf-8")


def _select(window, title: str) -> None:
    screen = window.start_screen
    for row in range(screen.set_list.count()):
        if screen.set_list.item(row).text().startswith(title):
            screen.set_list.setCurrentRow(row)
            return
    raise AssertionError(f"{title} is not listed")


def _labels(window) -> list[str]:
    return [c.text() for c in window.start_screen.topic_checks.values()]


def test_each_set_shows_its_own_topics(qtbot, make_window, data_dir):
    _write_berlin_set(data_dir)
    window = make_window()
    _select(window, "The Berlin Airlift")
    # the core topics it uses first, then the set's own tags; never the Korean War's troop counts or UN Council
    assert _labels(window) == ["Dates", "Places", "Context", "Blockade", "Airlift"]
    for topic in ("leaders", "troop_counts", "un_security_council"):
        assert TOPIC_LABELS[topic] not in _labels(window)
    assert all(c.isChecked() for c in window.start_screen.topic_checks.values())
    qtbot.waitUntil(lambda: all(c.isVisible() for c in window.start_screen.topic_checks.values()), timeout=3000)
    choice = window.start_screen.choice()
    assert choice.every_topic and set(choice.topics) == {"dates", "places", "context", "blockade", "airlift"}
    settings = window._round_settings(choice)
    assert not settings.topics  # every topic ticked: the round is not filtered

    for topic in ("places", "blockade"):
        window.start_screen.topic_checks[topic].setChecked(False)
    choice = window.start_screen.choice()
    assert not choice.every_topic and choice.topics == ("dates", "context", "airlift")
    assert set(window._round_settings(choice).topics) == {"dates", "context", "airlift"}

    _select(window, "The Outbreak of the Korean War")
    assert _labels(window) == [TOPIC_LABELS[t] for t in CORE_TOPICS]
    assert "Blockade" not in _labels(window)
