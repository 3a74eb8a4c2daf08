"""Start-up time and memory of the app, as ratios to a bare PySide6 window measured in the same run,
and the time from an answer submitted to its feedback painted.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7]

* start-up: wall time from process start to the first paint of the start screen (and to the
  set list being filled by the background loader), against a process that shows an empty
  QMainWindow and exits at its first paint. Median of --runs, runs interleaved. Targets <= 1.3x.
* memory: peak resident set size of each process (getrusage of the child). Target <= 1.3x.
* answer -> feedback: in one process, the time from the question screen's submit to the
  feedback screen painted (a synchronous repaint), over 40 answers. Target <= 16 ms (one frame).

Every process runs with compiled modules (a temporary PYTHONPYCACHEPREFIX, filled by the warm-up runs), as an
installed app does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1100, 780)
    class F(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                print("painted", time.time(), flush=True); QTimer.singleShot(0, app.quit)
            return False
    f = F(); w.installEventFilter(f); w.show(); app.exec()
""")

APP = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from quiz_app.ui.app import make_application
    app = make_application()
    from quiz_app.ui.main_window import MainWindow
    w = MainWindow.open_for(sys.argv[1])
    state = {"painted": None}
    class F(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and state["painted"] is None:
                state["painted"] = time.time(); print("painted", state["painted"], flush=True)
            return False
    def check():
        if state["painted"] is not None and w.start_screen.set_list.count() > 0:
            print("listed", time.time(), flush=True); app.quit()
        else:
            QTimer.singleShot(5, check)
    f = F(); w.start_screen.installEventFilter(f); w.show(); QTimer.singleShot(0, check); app.exec()
    from quiz_app.ui.workers import wait_for_background; wait_for_background()
""")


#: compiled modules for every process of this run, as an installed app has them (pip and PyInstaller
#: install .pyc files): with PYTHONDONTWRITEBYTECODE set (this machine's shell), every start compiled the
#: app's 50 modules from source, which a bare window (no modules of its own) never pays
BYTECODE = tempfile.mkdtemp(prefix="quiz-bench-pyc-")


def _with_bytecode(env: dict[str, str]) -> dict[str, str]:
    env = dict(env, PYTHONPYCACHEPREFIX=BYTECODE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(code: str, *args: str) -> tuple[float, float | None, int]:
    """(seconds to first paint, seconds to sets listed, peak RSS bytes) of one child process."""
    env = _with_bytecode(dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")))
    start = time.time()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read()
    proc.stdout.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    marks = dict(line.split() for line in out.splitlines() if line.strip())
    painted = float(marks["painted"]) - start
    listed = float(marks["listed"]) - start if "listed" in marks else None
    return painted, listed, usage.ru_maxrss * 1024


def answer_to_feedback(count: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.dont_write_bytecode = False  # what an installed app imports inside the timed answers is compiled
    sys.pycache_prefix = BYTECODE
    import compileall

    for package in ("quiz_app", "question_bank"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
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
    wait_for_background()  # and the texts typed answers are read against, read ahead
    app.processEvents()
    times = []
    while len(times) < count:
        window.start_screen.count_spin.setValue(10)
        window.start_screen._on_start_clicked()
        app.processEvents()
        while window.round is not None and not window.round.is_finished and len(times) < count:
            shown = window.round.current
            q = shown.question
            response = {"multiple_choice": 0, "multiple_select": {0}, "true_false": True, "numeric": "10",
                        "short_answer": "Seoul", "ordering": list(range(len(getattr(q, "items", [])))),
                        "matching": {0: 0}, "cite": 0}[q.type]
            t0 = time.perf_counter()
            window.question_screen.answer_submitted.emit(response)
            window.feedback_screen.repaint()
            times.append(time.perf_counter() - t0)
            window.player._on_feedback_next_requested()
            app.processEvents()
        window._go_start()
    window.close()
    window.store.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--answers", type=int, default=40)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="quiz-bench-data-")
    bare, app, listed, bare_mem, app_mem = [], [], [], [], []
    run_child(BARE)  # warm the disk cache for both
    run_child(APP, data)
    for _ in range(args.runs):
        t, _, m = run_child(BARE)
        bare.append(t)
        bare_mem.append(m)
        t, t_list, m = run_child(APP, data)
        app.append(t)
        listed.append(t_list)
        app_mem.append(m)
    mb, ma, ml = statistics.median(bare), statistics.median(app), statistics.median(listed)
    rb, ra = statistics.median(bare_mem), statistics.median(app_mem)
    print(f"start-up, median of {args.runs} runs (process start -> first paint)")
    print(f"  bare PySide6 window     {mb * 1000:8.0f} ms   peak RSS {rb / 1e6:7.1f} MB")
    print(f"  History Quiz start      {ma * 1000:8.0f} ms   peak RSS {ra / 1e6:7.1f} MB")
    print(f"  ratio                   {ma / mb:8.2f} x    memory ratio {ra / rb:5.2f} x   (targets <= 1.3)")
    print(f"  sets listed (loaded off the GUI thread) {ml * 1000:.0f} ms")
    times = answer_to_feedback(args.answers)
    times.sort()
    p50 = statistics.median(times) * 1000
    p95 = times[int(0.95 * (len(times) - 1))] * 1000
    print(f"answer submitted -> feedback painted, {len(times)} answers: median {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"max {times[-1] * 1000:.1f} ms (target <= 16 ms)")


if __name__ == "__main__":
    main()
