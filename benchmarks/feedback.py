"""Answer submitted -> feedback painted, in one process, over many answers of the built-in set.

    QT_QPA_PLATFORM=offscreen python benchmarks/feedback.py [--answers 60] [--profile]

The drive behind the feedback part of ``benchmarks/startup.py`` too (the question screen's submit, then a
synchronous repaint of the feedback screen); here with the time split in three: the answer (grading and the
score store), the feedback screen filled (``show_result`` and the screen switch), and the paint. Target:
p95 of the whole <= 16 ms (one frame at 60 Hz). ``--profile`` prints where the time of the answers goes.

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


def drive(count: int, profiler=None) -> list[tuple[float, float, float]]:
    """(answer, fill, paint) seconds of ``count`` answers."""
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
    player = window.player
    feedback = player.feedback_screen
    answer_parts: list[float] = []
    original_show_result = feedback.show_result

    def timed_show_result(*args, **kwargs):  # marks where the answer ends and the screen filling starts
        answer_parts.append(time.perf_counter())
        return original_show_result(*args, **kwargs)

    feedback.show_result = timed_show_result  # type: ignore[method-assign]
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
            feedback.repaint()
            t2 = time.perf_counter()
            CPU.append(time.thread_time() - c0)
            timing["on"] = False
            for hook in WINDOW_HOOKS:
                hook(False)
            if profiler is not None:
                profiler.disable()
            mid = answer_parts[0] if answer_parts else t0
            times.append((mid - t0, t1 - mid, t2 - t1))
            app.processEvents()
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=60)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    times = drive(args.answers, profiler)
    whole = [sum(t) for t in times]
    ms = 1000
    print(f"answer submitted -> feedback painted, {len(times)} answers: median {statistics.median(whole) * ms:.1f} ms, "
          f"p95 {_p95(whole) * ms:.1f} ms, max {max(whole) * ms:.1f} ms (target p95 <= 16 ms)")
    print(f"  CPU time of the GUI thread: median {statistics.median(CPU) * ms:.1f} ms, p95 {_p95(CPU) * ms:.1f} ms")
    for name, k in (("answer (grading, store)", 0), ("feedback screen filled", 1), ("paint", 2)):
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
    if profiler is not None:
        import pstats

        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
