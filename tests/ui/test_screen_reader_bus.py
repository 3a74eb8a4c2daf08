"""Screen readers, verified for real: the app on the AT-SPI accessibility bus, as Orca sees it.

One app run under Xvfb with a private D-Bus (tests/ui/atspi.py): every screen's accessibility tree is
walked on the start, question (each type), feedback, source reader, results, progress and settings screens
(every focusable object showing has a name and a role a screen reader knows, and the main ones are found
by name and role); a practice round of every type is played through accessible actions only (Press,
Toggle, SetTextContents, Selection), each new question must be announced politely and each verdict as
an alert, and a scored round is started until its "1 minute left." is announced as an alert. Under CI the test fails
when the bus cannot start; elsewhere it skips with the reason (Windows and macOS have no AT-SPI).
"""

from __future__ import annotations

import json
import os
import time

import pytest

from question_bank.loading import load_builtin
from quiz_app.grading import model_response
from quiz_app.scores import ScoreStore
from quiz_app.ui.widgets.text import prompt_text

pytest.importorskip("jeepney", reason="jeepney is a test dependency (pip install -e '.[test]')")
from atspi import (  # noqa: E402
    STATE_FOCUSABLE,
    STATE_SELECTED,
    AccessibilityBus,
    BusUnavailable,
    Node,
    ObjectGone,
    launch_app,
)

# roles a screen reader announces for the widgets these screens use
KNOWN_ROLES = {"push button", "radio button", "check box", "combo box", "list", "list item", "text", "spin button",
               "spin box", "label", "scroll pane", "filler", "panel", "page tab", "page tab list", "table",
               "table cell", "slider", "menu item", "progress bar", "tree", "tree item", "document frame",
               "paragraph", "heading", "link", "canvas", "chart", "image", "group box", "section"}
QUESTION_TYPES_ONCE = ("multiple_choice", "multiple_select", "true_false", "numeric", "short_answer", "ordering",
                       "matching", "cite", "cloze")


def one_of_each_type(folder):
    """A set with one question of each type from the built-in bank; a scored round has a 61 s limit, so
    "1 minute left." comes at once."""
    data = load_builtin().question_set.model_dump(mode="json")
    chosen = {}
    for q in data["questions"]:
        chosen.setdefault(q["type"], q)
    data["questions"] = [chosen[t] for t in QUESTION_TYPES_ONCE]
    data["id"], data["title"] = "screen-reader-check", "Screen reader check"
    data["round_defaults"].update(question_count=len(QUESTION_TYPES_ONCE), time_limit_seconds=61,
                                  feedback="after_each")
    path = folder / "screen-reader-check.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bus():
    try:
        started = AccessibilityBus()
    except BusUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"the accessibility bus could not start: {exc}")
        pytest.skip(f"the accessibility bus could not start: {exc}")
    yield started
    started.close()


def showing(frame: Node) -> list[Node]:
    return list(frame.walk())


def find(frame: Node, name: str, role: str | None = None, *, startswith: bool = False, timeout: float = 20) -> Node:
    """The object on screen with this name (and role), waiting up to ``timeout`` for it to show."""
    deadline = time.monotonic() + timeout
    while True:
        nodes = showing(frame)
        for node in nodes:
            if (node.name.startswith(name) if startswith else node.name == name) and \
                    (role is None or node.role == role):
                return node
        if time.monotonic() > deadline:
            break
        time.sleep(0.1)
    raise AssertionError(f"no {role or 'object'} named {name!r} on screen; showing: "
                         f"{[(n.role, n.name[:40]) for n in nodes if n.name]}")


def first(frame: Node, predicate, what: str, timeout: float = 20) -> Node:
    """The first object on screen that satisfies ``predicate``, waiting for the screen to settle."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in showing(frame):
            if predicate(node):
                return node
        time.sleep(0.1)
    raise AssertionError(f"no {what} on screen in {timeout:g} s")


def settle(check, what: str, timeout: float = 15) -> None:
    # a wait, not a speed test: long enough for a shared machine under load (one failure seen at load > 5 with 5 s)
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen in {timeout:g} s")
        time.sleep(0.05)


def assert_all_named(frame: Node, screen: str) -> int:
    """Every focusable object on screen has a name and a role a screen reader knows; returns how many."""
    unnamed, unknown, count = [], [], 0
    for node in showing(frame):
        try:
            if STATE_FOCUSABLE not in node.states() or node.role in ("menu item", "popup menu", "menu bar"):
                continue
        except ObjectGone:  # a widget of the previous question, being deleted
            continue
        count += 1
        if not node.name.strip():
            unnamed.append((node.role, node.description))
        elif node.role == "combo box" and not node.description.strip():
            # its name is its current choice ("100 %"): only the description says what it is for
            unnamed.append((node.role, f"{node.name!r} without a description"))
        if node.role not in KNOWN_ROLES:
            unknown.append((node.role, node.name))
    assert not unnamed, f"{screen}: focusable objects without a name: {unnamed}"
    assert not unknown, f"{screen}: objects with an unexpected role: {unknown}"
    return count


#: AT-SPI's politeness of an announcement (the event's first number)
POLITE, ASSERTIVE = 1, 2


def activate(node: Node) -> None:
    actions = node.actions()
    node.do("Press" if "Press" in actions else "Toggle")


def answer(frame: Node, question, source) -> None:
    """Give the right answer with accessible actions only."""
    right = model_response(question, source)
    if question.type in ("multiple_choice", "multiple_select"):
        wanted = right if isinstance(right, set) else {right}
        for index in sorted(wanted):
            text = question.choices[index].text
            node = first(frame, lambda n, t=text: n.name.startswith("Choice ") and n.name.endswith(f": {t}"),
                         f"choice {text!r}")
            activate(node)
    elif question.type == "true_false":
        node = first(frame, lambda n: n.role == "radio button" and n.name.endswith("True" if right else "False"),
                     "true/false choice")
        activate(node)
    elif question.type in ("numeric", "short_answer"):
        find(frame, "Your answer", "text").set_text(str(right))
    elif question.type == "ordering":
        events = find(frame, "Events to put in order, earliest first", "list")
        earlier = find(frame, "Move the selected event earlier", "push button")
        for place, item_index in enumerate(right):
            wanted = getattr(question.items[item_index], "text", question.items[item_index])
            rows = [n.name for n in events.children()]
            matches = [i for i, name in enumerate(rows) if name.endswith((f": {wanted}", f". {wanted}"))]
            assert matches, f"no event {wanted!r} in the list: {rows}"
            row = matches[0]
            item = events.children()[row]
            if STATE_SELECTED not in item.states():  # Toggle on a selected item would unselect it
                item.do("Toggle")
            settle(lambda i=item: STATE_SELECTED in i.states(), f"selecting {wanted!r}")
            for now in range(row, place, -1):
                # Qt presses a button by an animated click (100 ms): one press at a time, as a person would
                earlier.do("Press")
                settle(lambda w=wanted, r=now - 1: events.children()[r].name.endswith(w), f"moving {wanted!r} up")
            settle(lambda w=wanted, p=place: events.children()[p].name.endswith(w), f"moving {wanted!r} to {place + 1}")
    elif question.type == "matching":
        for pair_index, pair in enumerate(question.pairs):
            # on Linux a combo box's name is its current text; its description says what it is for
            combo = first(frame, lambda n, left=pair.left: n.role == "combo box"
                          and n.description == f"Partner for {left}", f"partner list for {pair.left!r}")
            popup = combo.children()[0]
            options = [n.name for n in popup.children()]
            popup.bus.call(popup.bus_name, popup.path, "org.a11y.atspi.Selection", "SelectChild", "i",
                           (options.index(question.pairs[right[pair_index]].right),))
    elif question.type == "cite":
        sentences = find(frame, "Sentences of the source text", "list").children()
        if STATE_SELECTED not in sentences[right].states():
            sentences[right].do("Toggle")
    elif question.type == "cloze":
        for gap_index, (gap, words) in enumerate(zip(question.gaps, right, strict=True)):
            label = f"Gap {gap_index + 1} of {len(question.gaps)}"
            if gap.kind in ("short_answer", "numeric"):
                first(frame, lambda n, label=label: n.role == "text" and n.name.startswith(label),
                      f"the text box of {label}").set_text(words)
                continue
            # a drop-down or word-bank gap: chosen by selecting in its list, as a screen reader does
            combo = first(frame, lambda n, label=label: n.role == "combo box" and n.description.startswith(label),
                          f"the list of {label}")
            popup = combo.children()[0]
            options = [n.name for n in popup.children()]
            # a word of the bank already used elsewhere is marked ("Manchuria ✓ in gap 2")
            at = [i for i, option in enumerate(options) if option == words or option.startswith(words + " ")]
            assert at, (label, options)
            popup.bus.call(popup.bus_name, popup.path, "org.a11y.atspi.Selection", "SelectChild", "i", (at[0],))
            settle(lambda c=combo, w=words: c.name.startswith(w), f"choosing {words!r} for {label}")
    else:  # pragma: no cover - a new type must be played here too
        raise AssertionError(f"no accessible way to answer a {question.type} question yet")


def test_a_round_by_screen_reader_on_the_real_bus(bus, tmp_path):
    store = ScoreStore.open(tmp_path)
    store.create_profile("Mina", 1.0)
    store.close()
    set_file = one_of_each_type(tmp_path)
    qset = load_builtin().question_set
    sources = {s.id: s for s in qset.sources}
    # the round's own questions, one per type (every cloze of the bank has the same instruction)
    played = {q["id"] for q in json.loads(set_file.read_text(encoding="utf-8"))["questions"]}
    by_prompt = {prompt_text(q): q for q in qset.questions if q.id in played}

    events = bus.listen()
    app_process = launch_app(bus, tmp_path, str(set_file))
    try:
        app = bus.wait_for_application("history-quiz")
        frame = next(c for c in app.children() if c.role == "frame")
        find(frame, "Screen reader check", "list item", startswith=True)
        assert_all_named(frame, "start screen")

        # a practice round: every type once, each question and verdict announced
        activate(find(frame, "Practice", "radio button"))
        activate(find(frame, "Start the round", "push button"))
        for number in range(1, len(QUESTION_TYPES_ONCE) + 1):
            said = events.wait_for("Announcement", lambda e, n=number: e.value.startswith(f"Question {n} of "))
            assert said.detail1 == POLITE, said
            prompt = said.value.split(". ", 1)[1]
            question = by_prompt[prompt]
            assert_all_named(frame, f"question screen ({question.type})")
            answer(frame, question, sources.get(question.evidence.source))
            activate(find(frame, "Submit your answer", "push button"))
            verdict = events.wait_for("Announcement", lambda e: e.value.startswith(("✓", "✗", "◐")))
            assert verdict.value.startswith("✓  Right"), (question.type, verdict.value)
            assert verdict.detail1 == ASSERTIVE, verdict
            assert_all_named(frame, "feedback screen")
            if number == 1:
                # the passage in the whole text, and back to the feedback
                activate(find(frame, "Read this passage in the full source text", "push button"))
                # Qt gives a read-only text browser the role "label"; its whole text is readable
                reader = first(frame, lambda n: n.name == "Source text" and "org.a11y.atspi.Text" in n.interfaces()
                               and STATE_FOCUSABLE in n.states(), "the source text, focusable, with its text")
                assert "North Korean" in reader.text()
                assert_all_named(frame, "source reader screen")
                activate(find(frame, "Back", "push button"))
                find(frame, "Next question", "push button")
            activate(find(frame, "Next question", "push button") if number < len(QUESTION_TYPES_ONCE) else
                     first(frame, lambda n: n.role == "push button" and n.name.startswith("See"), "results button"))
        find(frame, "Back to the start screen", "push button")
        assert_all_named(frame, "results screen")
        activate(find(frame, "Back to the start screen", "push button"))

        # progress: the chart, the map of the text paragraph by paragraph, the way back
        activate(find(frame, "My progress", "push button"))
        paragraphs = find(frame, "Paragraphs of the source and how well you master each", "list")
        rows = [n.name for n in paragraphs.children()]
        assert rows and all(r.startswith("Paragraph ") for r in rows), rows[:3]
        find(frame, "Score per round chart")
        assert_all_named(frame, "progress screen")
        activate(find(frame, "Back to the start screen", "push button"))

        # settings: each choice says what it is for
        activate(find(frame, "Settings", "push button"))
        find(frame, "Sound", "check box")
        # on Linux a combo box's name is its current choice: its description must say what it is for
        said_for = [n.description for n in showing(frame) if n.role == "combo box"]
        for what in ("Text size", "Colour theme", "When to show feedback in a scored round", "How much to remember"):
            assert any(d.startswith(what) for d in said_for), (what, said_for)
        assert_all_named(frame, "settings screen")
        activate(find(frame, "Back", "push button"))

        # a scored round with a 61 s limit: "1 minute left." is said as an alert, not only shown
        activate(find(frame, "Scored round", "radio button"))
        activate(find(frame, "Start the round", "push button"))
        events.wait_for("Announcement", lambda e: e.value.startswith("Question 1 of "))
        warning = events.wait_for("Announcement", lambda e: e.value == "1 minute left.", timeout=15)
        assert warning.detail1 == ASSERTIVE, warning
    finally:
        app_process.terminate()
        output = app_process.communicate(timeout=10)[0].decode(errors="replace")
    print(output)
