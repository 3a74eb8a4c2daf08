"""Answer submitted -> feedback painted, in one process, over many answers of the built-in set.

    QT_QPA_PLATFORM=offscreen python benchmarks/feedback.py [--answers 80] [--profile] [--steps]

The drive behind the feedback part of ``benchmarks/startup.py`` too: the question screen's submit, then what
the event loop does before the student sees the feedback (the layouts the new texts asked for, then the paint
of the window's changed region: ``sendPostedEvents``, as the loop runs them), with the time split in three:
the answer (grading and the score store), the feedback screen filled (``show_result`` and the screen switch),
and the layout and paint. Target: p95 of the whole <= 16 ms (one frame at 60 Hz).

Also printed, measured in turn with the app's answers so both see the same machine: a yardstick, the p95 of
a bare ``QStackedWidget`` switching to a plain page of labels given the same words (the verdict, the prompt,
the answers, the explanation, the passage, the citation) in a window of the same size; and the GUI thread's
CPU time per answer (waiting for a core on a busy machine is not counted). A slow app shows as a ratio to the
yardstick above 1 whatever the load; a busy machine raises both.

``--profile`` prints where the Python time of the answers goes (cProfile); ``--steps`` splits one answer into
its steps (grading, the store's write, ``show_result``, the screen switch, then each widget's layout and paint
from Qt's events) with their medians and p95s.

Every answer type of the set is answered, cloze included; the student's answer is a fixed one per type
(right or wrong does not matter to the time: both show the quote in its paragraph).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _response(question):
    return {"multiple_choice": 0, "multiple_select": {0}, "true_false": True, "numeric": "10",
            "short_answer": "Seoul", "ordering": list(range(len(getattr(question, "items", [])))),
            "matching": {0: 0}, "cite": 0,
            "cloze": [None] * len(getattr(question, "gaps", []))}[question.type]


#: (generation, seconds) of each cyclic garbage collection inside the timed answers
COLLECTIONS: list[tuple[int, float]] = []
#: the question type of each answer
TYPES: list[str] = []
#: called with True as an answer's timing starts and False as it ends (for probes of what the answer does)
WINDOW_HOOKS: list = []
#: CPU time of the GUI thread for each answer (steadier than wall time on a busy machine: waiting for a core
#: is not counted)
CPU: list[float] = []
#: seconds of the yardstick's switch to a plain page of the same words, one after each answer
YARDSTICK: list[float] = []
#: CPU time of the GUI thread for each yardstick switch
YARDSTICK_CPU: list[float] = []
#: seconds of the GUI thread's work an answer leaves for after its feedback is painted (the score store's
#: write), measured when it runs
AFTER_PAINT: list[float] = []
#: answers whose feedback screen was painted again after the timed paint (a layout the timing missed): 0
REPAINTED: list[int] = []


class _Yardstick:
    """A bare window of the same size: a QStackedWidget switching from a plain page to a page of plain labels
    given the words the feedback screen shows (no scroll area, no rich text, no screen of the app's)."""

    def __init__(self, size):
        from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

        self.window = QStackedWidget()
        self.window.resize(size)
        first = QLabel("A question")
        first.setWordWrap(True)
        self.window.addWidget(first)
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        self.labels = []
        for _ in range(9):
            label = QLabel()
            label.setWordWrap(True)
            layout.addWidget(label)
            self.labels.append(label)
        layout.addStretch(1)
        layout.addWidget(QPushButton("Next question"))
        self.window.addWidget(self.page)
        self.window.show()

    def switch(self, words: list[str]) -> tuple[float, float]:
        """(seconds, CPU seconds) from the words set to the page painted."""
        from PySide6.QtCore import QCoreApplication

        self.window.setCurrentIndex(0)
        QCoreApplication.sendPostedEvents()
        self.window.repaint()
        c0 = time.thread_time()
        t0 = time.perf_counter()
        for label, text in zip(self.labels, words, strict=False):
            label.setText(text)
        self.window.setCurrentIndex(1)
        QCoreApplication.sendPostedEvents()  # its layouts, then the paint of the changed region
        return time.perf_counter() - t0, time.thread_time() - c0


def _feedback_words(feedback) -> list[str]:
    return [feedback.verdict.text(), feedback.prompt.text(), feedback.your_answer.text(),
            feedback.correct_answer.text(), feedback.explanation.text(), feedback.evidence_title.text(),
            feedback.passage.toPlainText(), feedback.citation.text(), feedback.schedule.text()]


def drive(count: int, profiler=None, yardstick: bool = False) -> list[tuple[float, float, float]]:
    """(answer, fill, layout and paint) seconds of ``count`` answers; ``yardstick``: time the bare switch after
    each answer too (``YARDSTICK``)."""
    timing = {"on": False, "start": 0.0}

    def on_collect(phase, info):
        if not timing["on"]:
            return
        if phase == "start":
            timing["start"] = time.perf_counter()
        else:
            COLLECTIONS.append((info["generation"], time.perf_counter() - timing["start"]))

    gc.callbacks.append(on_collect)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from quiz_app.scores import ScoreStore
    from quiz_app.ui.app import make_application
    from quiz_app.ui.workers import wait_for_background

    app = make_application()
    from quiz_app.ui.main_window import MainWindow

    data = tempfile.mkdtemp(prefix="quiz-bench-")
    store = ScoreStore.open(data)
    store.create_profile("Bench")
    store.close()
    window = MainWindow.open_for(data)
    window.resize(1100, 780)
    window.show()
    while window.start_screen.set_list.count() == 0:  # the sets load just after the first paint
        app.processEvents()
        time.sleep(0.005)
    wait_for_background()
    app.processEvents()
    bare = _Yardstick(window.stack.size()) if yardstick else None
    player = window.player
    feedback = player.feedback_screen
    answer_parts: list[float] = []
    original_show_result = feedback.show_result

    def timed_show_result(*args, **kwargs):  # marks where the answer ends and the screen filling starts
        answer_parts.append(time.perf_counter())
        return original_show_result(*args, **kwargs)

    feedback.show_result = timed_show_result  # type: ignore[method-assign]
    painted = {"count": 0}

    class PaintCounter(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted["count"] += 1
            return False

    counter = PaintCounter()  # on only after the timed paint (a Python filter on the screen costs time)
    times: list[tuple[float, float, float]] = []
    while len(times) < count:
        window.start_screen.count_spin.setValue(10)
        window.start_screen._on_start_clicked()
        app.processEvents()
        while window.round is not None and not window.round.is_finished and len(times) < count:
            TYPES.append(window.round.current.question.type)
            response = _response(window.round.current.question)
            app.processEvents()  # what the student does while reading the question (idle work) happens here
            answer_parts.clear()
            if profiler is not None:
                profiler.enable()
            timing["on"] = True
            for hook in WINDOW_HOOKS:
                hook(True)
            c0 = time.thread_time()
            t0 = time.perf_counter()
            window.question_screen.answer_submitted.emit(response)
            t1 = time.perf_counter()
            # what the event loop does next: the layouts the new texts asked for, then (a low-priority event,
            # so last) the paint of the window's changed region
            QCoreApplication.sendPostedEvents()
            t2 = time.perf_counter()
            CPU.append(time.thread_time() - c0)
            timing["on"] = False
            for hook in WINDOW_HOOKS:
                hook(False)
            if profiler is not None:
                profiler.disable()
            mid = answer_parts[0] if answer_parts else t0
            times.append((mid - t0, t1 - mid, t2 - t1))
            painted["count"] = 0
            feedback.installEventFilter(counter)
            c3 = time.thread_time()
            app.processEvents()  # what the answer left for after the paint runs here
            AFTER_PAINT.append(time.thread_time() - c3)
            feedback.removeEventFilter(counter)
            REPAINTED.append(painted["count"])
            if bare is not None:
                seconds, cpu = bare.switch(_feedback_words(feedback))
                YARDSTICK.append(seconds)
                YARDSTICK_CPU.append(cpu)
            player._on_feedback_next_requested()
            app.processEvents()
        window._go_start()
    window.close()
    window.store.close()
    gc.callbacks.remove(on_collect)
    return times


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[int(0.95 * (len(values) - 1))]


class _Steps:
    """``--steps``: the GUI thread's CPU time of each step of an answer (CPU time: on a busy machine the
    wall time of a step is mostly the wait for a core). The Python steps are timed around their calls; Qt's
    part from its events: an event filter notes when each widget's layout, show, polish or paint event
    arrives, and the time until the next one is that step's (a parent paints before its children, so a paint's
    time is its own; the last one also holds the flush of the painted region)."""

    KINDS = ("Paint", "Polish", "LayoutRequest", "Resize", "Show", "StyleChange", "UpdateRequest", "FontChange",
             "Move", "Hide")

    def __init__(self):
        from PySide6.QtCore import QObject

        self.steps: dict[str, list[float]] = {}
        self.answers: list[list[tuple[float, str]]] = []
        self.marks: list[tuple[float, str]] = []
        self.names: dict[int, str] = {}
        self.on = False
        steps = self

        class Probe(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
                if steps.on and event.type().name in steps.KINDS:
                    steps.marks.append((time.thread_time(), f"{event.type().name} {steps._name(watched)}"))
                return False

        self.probe = Probe()
        import quiz_app.session as session

        self._wrap(session, "grade", "grading")
        self._wrap(session.Round, "_store_answer", "the store's write")

    def _name(self, widget) -> str:
        name = self.names.get(id(widget))
        return name if name is not None else f"{type(widget).__name__}:{widget.objectName()}"

    def _wrap(self, owner, attribute: str, step: str) -> None:
        original = getattr(owner, attribute)
        steps = self

        def timed(*args, **kwargs):
            started = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                if steps.on:
                    steps.steps.setdefault(step, []).append(time.thread_time() - started)

        setattr(owner, attribute, timed)

    def hook(self, starting: bool) -> None:
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication.instance()
        if starting:
            if not self.names:
                window = next(w for w in app.topLevelWidgets() if hasattr(w, "player"))
                screen = window.player.feedback_screen
                self.names = {id(v): f"feedback.{k}" for k, v in vars(screen).items() if isinstance(v, QWidget)}
                self.names.update({id(screen): "feedback", id(screen.scroll_area.widget()): "feedback.body",
                                   id(screen.passage.viewport()): "feedback.passage.viewport",
                                   id(screen.scroll_area.viewport()): "feedback.scroll_area.viewport",
                                   id(screen.scroll_area.verticalScrollBar()): "feedback.scroll bar"})
                self._wrap(screen, "show_result", "show_result")
                self._wrap(window.player, "_show", "the screen switch")
            app.installEventFilter(self.probe)
            self.marks = [(time.thread_time(), "the answer's start (Python)")]
            self.on = True
        else:
            self.marks.append((time.thread_time(), "end"))
            self.on = False
            app.removeEventFilter(self.probe)
            self.answers.append(self.marks)

    def report(self) -> None:
        ms = 1000
        print("  steps, CPU time (median / p95 ms over the answers that have them):")
        for step, values in sorted(self.steps.items()):
            print(f"    {step:<48} {statistics.median(values) * ms:6.2f} {_p95(values) * ms:6.2f}")
        after: dict[str, list[float]] = {}
        for marks in self.answers:
            own: dict[str, float] = {}
            for (t, name), (t_next, _) in zip(marks, marks[1:], strict=False):
                own[name] = own.get(name, 0.0) + t_next - t
            for name, seconds in own.items():
                after.setdefault(name, []).append(seconds)
        print("  Qt's events, by the CPU time from each to the next (mean per answer / median / p95 ms, the 25 largest):")
        for name, values in sorted(after.items(), key=lambda kv: -sum(kv[1]))[:25]:
            print(f"    {name:<48} {sum(values) / len(self.answers) * ms:6.2f} {statistics.median(values) * ms:6.2f} "
                  f"{_p95(values) * ms:6.2f}  ({len(values)} answers)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=80)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--steps", action="store_true")
    args = parser.parse_args()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    steps = None
    if args.steps:
        sys.path.insert(0, str(ROOT))
        steps = _Steps()
        WINDOW_HOOKS.append(steps.hook)
    times = drive(args.answers, profiler, yardstick=steps is None)
    whole = [sum(t) for t in times]
    ms = 1000
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"answer submitted -> feedback painted, {len(times)} answers: median {statistics.median(whole) * ms:.1f} ms, "
          f"p95 {_p95(whole) * ms:.1f} ms, max {max(whole) * ms:.1f} ms (target p95 <= 16 ms; load average {load:.1f})")
    print(f"  CPU time of the GUI thread: median {statistics.median(CPU) * ms:.1f} ms, p95 {_p95(CPU) * ms:.1f} ms")
    if YARDSTICK:
        print(f"  yardstick, a bare QStackedWidget switching to a plain page of the same words, in turn with the "
              f"answers: median {statistics.median(YARDSTICK) * ms:.1f} ms, p95 {_p95(YARDSTICK) * ms:.1f} ms "
              f"(CPU median {statistics.median(YARDSTICK_CPU) * ms:.1f}, p95 {_p95(YARDSTICK_CPU) * ms:.1f} ms)")
        print(f"  the app against the yardstick: p95 {_p95(whole) / _p95(YARDSTICK):.2f}x, median "
              f"{statistics.median(whole) / statistics.median(YARDSTICK):.2f}x; CPU p95 "
              f"{_p95(CPU) / _p95(YARDSTICK_CPU):.2f}x, CPU median "
              f"{statistics.median(CPU) / statistics.median(YARDSTICK_CPU):.2f}x")
    print(f"  after the paint, the GUI thread's work the answer left (the store's write and idle work): "
          f"median {statistics.median(AFTER_PAINT) * ms:.1f} ms, p95 {_p95(AFTER_PAINT) * ms:.1f} ms; "
          f"answers painted again after the timed paint: {sum(1 for n in REPAINTED if n)}")
    for name, k in (("answer (grading, store)", 0), ("feedback screen filled", 1), ("layout and paint", 2)):
        part = [t[k] for t in times]
        print(f"  {name:<26} median {statistics.median(part) * ms:6.1f} ms   p95 {_p95(part) * ms:6.1f} ms")
    by_type: dict[str, list[float]] = {}
    for qtype, total in zip(TYPES, whole, strict=False):
        by_type.setdefault(qtype, []).append(total)
    print("  by question type (median ms, answers): " + ", ".join(
        f"{qtype} {statistics.median(ts) * ms:.1f} ({len(ts)})" for qtype, ts in sorted(by_type.items())))
    by_generation = {g: [t for gen, t in COLLECTIONS if gen == g] for g in (0, 1, 2)}
    print("  cyclic garbage collections inside the answers: " + ", ".join(
        f"generation {g}: {len(ts)} ({sum(ts) * ms:.1f} ms in all, longest {max(ts, default=0) * ms:.1f} ms)"
        for g, ts in by_generation.items()))
    if steps is not None:
        steps.report()
    if profiler is not None:
        import pstats

        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
