"""Start-up time and memory of the app, as ratios to a bare PySide6 window measured in the same run,
and the time from an answer submitted to its feedback painted.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7] [--answers 40] [--no-x]

* start-up: wall time from process start to the first frame of the start screen finished (the event loop's
  next turn after its first paint event: every widget of the screen painted and the frame handed to the
  screen), against a process that shows an empty QMainWindow and exits at the same point. The app is started as ``python -m quiz_app``
  starts it (``quiz_app.__main__.main``), on a data dir with two students; the time until the sets are
  listed (loaded off the GUI thread, after the first paint) is printed too. Median of --runs, runs
  interleaved. Target <= 1.3x. Printed beside it (not the target's yardstick): the same bare window showing
  one label, since the bare window draws no text and any app that shows a word pays for the fonts. The CPU time
  each process spent to its first paint (``time.process_time``) is printed as a ratio too (less moved by a busy
  machine than the wall time), with the load average.
* memory: the bare window's peak resident set size against the app's peak at two moments: its first paint,
  and the start screen with the sets listed (what the issue names). Target <= 1.3x.
* the first start and the first round: the sets listed on a data dir with no validation record yet (every set
  parsed and validated, its listing recorded; later starts list an unchanged set from that record, unparsed),
  and the time from Start on a set only listed to its first question shown (the set parsed then).
* the import profile: the app's own modules imported before the first paint (self and cumulative time
  from ``python -X importtime``, one extra run), and how many modules of any kind each process imports.
* on a real X server: when Xvfb is installed (and not --no-x), the same two timings on a virtual X screen
  (the platform plugin xcb: a real window, mapped and exposed), else a line saying it was skipped.
* answer -> feedback: in one process, the time from the question screen's submit to the
  feedback screen painted (the fixed timing of benchmarks/feedback.py: the submit, then the posted layouts and the paint), over 40 answers. Target <= 16 ms (one frame).

Every process runs with compiled modules (a temporary PYTHONPYCACHEPREFIX, filled by the warm-up runs), as an
installed app does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the resident set size now and at its peak, in bytes (Linux); 0, 0 elsewhere
MEMORY = textwrap.dedent("""
    def memory():
        try:
            with open("/proc/self/status") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
            return int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024
        except (OSError, KeyError, ValueError):
            return 0, 0
""")

BARE = MEMORY + textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1100, 780)
    def painted():  # the first frame is finished and handed to the screen
        print("painted", time.time(), flush=True)
        print("painted_peak", memory()[1], flush=True)
        print("painted_cpu", time.process_time(), flush=True)
        sys.stderr.write("FIRST PAINT\\n"); sys.stderr.flush()
        app.quit()
    class F(QObject):
        seen = False
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)
            return False
    f = F(); w.installEventFilter(f); w.show(); app.exec()
""")

#: a second reference, printed beside the first (the target stays against BARE): the same window showing one
#: line of text. The bare window draws no text at all, so the font database, a font's loading and the first
#: text layout (13-20 ms of CPU and 4 MB on this machine) count against any app that shows a word
BARE_TEXT = BARE.replace('w.resize(1100, 780)',
                         'w.resize(1100, 780)\nfrom PySide6.QtWidgets import QLabel; w.setCentralWidget(QLabel("History Quiz"))')
assert BARE_TEXT != BARE

#: the app as ``python -m quiz_app --data-dir DIR`` starts it; only MainWindow.open_for is wrapped, to watch
#: the start screen's first paint and the set list (the wrapper imports nothing the app does not, in the
#: same order: main's first steps, then the main window, which imports Qt and quiz_app.ui.app)
APP = MEMORY + textwrap.dedent("""
    import gc, sys, time
    import quiz_app.__main__ as entry
    if hasattr(entry, "import_start_path"):  # entry.main's first steps, before this wrapper imports Qt (an
        gc.disable(); entry.import_start_path()  # older checkout, measured with --other, does neither)
    from quiz_app.ui import main_window

    def watch(window):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        state = {"painted": None, "seen": False}
        def painted():  # the first frame is finished (the start screen's widgets too) and handed to the screen
            state["painted"] = time.time()
            print("painted", state["painted"], flush=True)
            print("painted_peak", memory()[1], flush=True)
            print("painted_cpu", time.process_time(), flush=True)
            sys.stderr.write("FIRST PAINT\\n"); sys.stderr.flush()
        class F(QObject):
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Type.Paint and not state["seen"]:
                    state["seen"] = True
                    QTimer.singleShot(0, painted)  # before the window's own after-paint work: filters
                    # installed last are asked first, and zero timers run in the order they were made
                return False
        def check():
            if state["painted"] is not None and window.start_screen.set_list.count() > 0:
                print("listed", time.time(), flush=True)
                print("listed_peak", memory()[1], flush=True)
                if len(sys.argv) > 2 and sys.argv[2] == "round":  # then Start: the set opened, its first question shown
                    QTimer.singleShot(200, start)
                else:
                    QApplication.instance().quit()
            else:
                QTimer.singleShot(5, check)
        def start():
            state["asked"] = time.perf_counter()
            window.start_screen.select_mode("practice")
            window._on_start_requested(window.start_screen.choice())
            QTimer.singleShot(0, shown)
        def shown():
            if time.perf_counter() - state["asked"] > 60:  # never shown: said, not waited for
                sys.stderr.write("the round did not start: " + window.start_screen.status.text() + "\\n")
                QApplication.instance().quit()
            elif window.round is not None and window.stack.currentWidget() is window.question_screen:
                window.question_screen.repaint()
                print("round_started", time.perf_counter() - state["asked"], flush=True)
                print("round_peak", memory()[1], flush=True)
                window._quit_confirmed = True  # the window asks before leaving a round: the student said yes
                QApplication.instance().quit()
            else:
                QTimer.singleShot(1, shown)
        window._bench_filter = F(window)
        window.start_screen.installEventFilter(window._bench_filter)
        QTimer.singleShot(0, check)

    opened = main_window.MainWindow.open_for.__func__
    def open_for(cls, data_dir=None):
        window = opened(cls, data_dir)
        watch(window)
        return window
    main_window.MainWindow.open_for = classmethod(open_for)
    sys.exit(entry.main(["--data-dir", sys.argv[1]]))
""")


#: where the memory between the first paint and the sets listed goes: the app as APP starts it, with the
#: window's after-paint steps wrapped to print the peak resident set size before and after each (the menus'
#: items, the computer's light/dark answer, the score store, the listing), and the peak half a second after
#: the sets are listed (the start screen at rest: work moved just past the listing would show there)
BREAKDOWN = APP.replace("""opened = main_window.MainWindow.open_for.__func__""", textwrap.dedent("""\
    def step(owner, attribute, label):
        original = getattr(owner, attribute)
        def wrapped(*args, **kwargs):
            before = memory()[1]
            value = original(*args, **kwargs)
            print("step", label, before, memory()[1], flush=True)
            return value
        setattr(owner, attribute, wrapped)
    step(main_window.MainWindow, "_finish_after_first_paint", "menus' items and keys")
    step(main_window, "confirm_system_look", "light/dark asked (Qt namespace)")
    step(main_window.MainWindow, "_open_store", "score store opened")
    step(main_window.MainWindow, "reload_sets", "listing started")
    opened = main_window.MainWindow.open_for.__func__""")).replace(
    """            else:
                QApplication.instance().quit()""", """            else:
                QTimer.singleShot(500, lambda: (print("rest_peak", memory()[1], flush=True),
                                                QApplication.instance().quit()))""")
assert BREAKDOWN.count("step(") >= 4 and "rest_peak" in BREAKDOWN


def memory_breakdown(data: str, runs: int = 3) -> None:
    """Print the median peak before and after each step between the first paint and the sets listed."""
    rows: list[list[tuple[str, float, float]]] = []
    marks: list[dict[str, float]] = []
    for _ in range(runs + 1):  # the first run compiles what the steps import
        proc = subprocess.run([sys.executable, "-c", BREAKDOWN, data], capture_output=True, text=True,
                              env=_env(None), cwd=ROOT, timeout=120)
        steps: list[tuple[str, float, float]] = []
        other: dict[str, float] = {}
        for line in proc.stdout.splitlines():
            parts = line.split()
            if parts and parts[0] == "step":
                steps.append((" ".join(parts[1:-2]), float(parts[-2]), float(parts[-1])))
            elif len(parts) == 2:
                other[parts[0]] = float(parts[1])
        rows.append(steps)
        marks.append(other)
    rows, marks = rows[1:], marks[1:]
    print("memory from the first paint to the start screen at rest (median peak RSS of "
          f"{runs} runs, MB; the step's own growth)")
    painted = statistics.median(m["painted_peak"] for m in marks)
    print(f"  at the first paint                      {painted / 1e6:7.1f}")
    for index, (label, _, _) in enumerate(rows[0]):
        before = statistics.median(r[index][1] for r in rows if len(r) > index)
        after = statistics.median(r[index][2] for r in rows if len(r) > index)
        print(f"  {label:38s}  {after / 1e6:7.1f}   (+{(after - before) / 1e6:.2f})")
    for key, label in (("listed_peak", "sets listed"), ("rest_peak", "half a second later (at rest)")):
        if all(key in m for m in marks):
            print(f"  {label:38s}  {statistics.median(m[key] for m in marks) / 1e6:7.1f}")


#: compiled modules for every process of this run, as an installed app has them (pip and PyInstaller
#: install .pyc files): with PYTHONDONTWRITEBYTECODE set (this machine's shell), every start compiled the
#: app's 50 modules from source, which a bare window (no modules of its own) never pays
BYTECODE = tempfile.mkdtemp(prefix="quiz-bench-pyc-")


def _with_bytecode(env: dict[str, str]) -> dict[str, str]:
    env = dict(env, PYTHONPYCACHEPREFIX=BYTECODE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _env(display: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if display is None:
        env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    else:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    return _with_bytecode(env)


def run_child(code: str, *args: str, display: str | None = None, cwd: Path = ROOT) -> dict[str, float]:
    """The marks of one child process: seconds to its first paint ("painted") and to the sets listed
    ("listed", the app only), peak RSS in bytes at each ("painted_peak", "listed_peak") and over its life
    ("peak", getrusage)."""
    start = time.time()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=_env(display), cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.stdout.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    marks = {name: float(value) for name, value in (line.split() for line in out.splitlines() if line.strip())}
    if "painted" not in marks:
        raise RuntimeError(f"the child process never painted (exit code {proc.returncode})")
    for name in ("painted", "listed"):
        if name in marks:
            marks[name] -= start
    marks["peak"] = usage.ru_maxrss * 1024
    return marks


def import_profile(code: str, *args: str) -> list[tuple[str, int, int]]:
    """(module, self µs, cumulative µs) of every module the child imports before its first paint."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], capture_output=True, text=True,
                          env=_env(None), cwd=ROOT, timeout=120)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("FIRST PAINT"):
            break
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            _, self_us, cumulative, name = (part.strip() for part in line.replace("import time:", "|").split("|"))
            rows.append((name, int(self_us), int(cumulative)))
    return rows


def print_import_profile(bare_code: str, app_code: str, data: str) -> None:
    bare, app = import_profile(bare_code), import_profile(app_code, data)
    # Qt's own modules too: the first of the app's modules to import Qt counts its import in its cumulative time
    own = [r for r in app if r[0].split(".")[0] in ("quiz_app", "question_bank")
           or r[0] in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")]
    engine = [r[0] for r in app if r[0].split(".")[0] in ("pydantic", "pydantic_core")]
    mine = sum(1 for r in own if not r[0].startswith("PySide6"))
    print(f"modules imported before the first paint: bare window {len(bare)}, History Quiz {len(app)} "
          f"(of them the app's own {mine}; pydantic: {'yes' if engine else 'no'})")
    print("  the app's own and Qt's, in import order (python -X importtime, one run: self / cumulative ms)")
    for name, self_us, cumulative in own:
        print(f"    {name:36s} {self_us / 1000:6.1f} {cumulative / 1000:7.1f}")


def _free_display() -> str:
    for number in range(90 + os.getpid() % 300, 500):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    raise RuntimeError("no free X display number")


def start_x_server() -> tuple[subprocess.Popen | None, str]:
    """A virtual X screen (Xvfb) and its display name, or (None, why not)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") not in ("offscreen", "xcb", ""):
        return None, "another Qt platform was asked for"
    if shutil.which("Xvfb") is None:
        return None, "Xvfb is not installed (apt-get install xvfb)"
    display = _free_display()
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            return server, display
        if server.poll() is not None:
            return None, "Xvfb did not start"
        time.sleep(0.05)
    server.terminate()
    return None, "Xvfb did not start in 5 s"


def measure(runs: int, data: str, display: str | None = None,
            other: Path | None = None) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Interleaved runs of the bare window, the app, with ``other`` the app of another checkout, and the bare
    window with one line of text (warm-up runs first: disk cache, compiled modules)."""
    checkouts = [ROOT] + ([other] if other is not None else [])
    run_child(BARE, display=display)
    run_child(BARE_TEXT, display=display)
    for checkout in checkouts:
        run_child(APP, data, display=display, cwd=checkout)
    bare: list[dict] = []
    text: list[dict] = []
    apps: list[list[dict]] = [[] for _ in checkouts]
    for _ in range(runs):
        bare.append(run_child(BARE, display=display))
        for checkout, rows in zip(checkouts, apps, strict=True):
            rows.append(run_child(APP, data, display=display, cwd=checkout))
        text.append(run_child(BARE_TEXT, display=display))
    return bare, apps[0], apps[1] if other is not None else [], text


def measure_first_and_round(runs: int, data: str) -> tuple[list[dict], list[dict]]:
    """The app's first start on a data dir (no validation record yet: every set parsed and validated, as the
    very first start of a class) and, on the benchmark's data dir, a round started just after the sets are
    listed (the set, only listed, is parsed then)."""
    first, rounds = [], []
    for _ in range(runs):
        fresh = tempfile.mkdtemp(prefix="quiz-bench-first-")
        # without the validation record, nor the cache (the style sheet's arrows, the look "system" stood for)
        shutil.copytree(data, fresh, dirs_exist_ok=True, ignore=shutil.ignore_patterns("validated-sets*", "cache"))
        first.append(run_child(APP, fresh))
        shutil.rmtree(fresh, ignore_errors=True)
        rounds.append(run_child(APP, data, "round"))
    return first, rounds


def report_first_and_round(bare: list[dict], first: list[dict], rounds: list[dict]) -> None:
    rb = _median(bare, "peak")
    listed = _median(first, "listed_peak")
    print(f"  the first start on a data dir (no record yet, every set validated): sets listed "
          f"{_median(first, 'listed') * 1000:.0f} ms, {listed / 1e6:.1f} MB (ratio {listed / rb:4.2f} x)")
    if not any("round_started" in r for r in rounds):
        print("  Start pressed on a set only listed: the round never started (see the child's stderr)")
        return
    print(f"  Start pressed on a set only listed -> its first question shown: median "
          f"{_median(rounds, 'round_started') * 1000:.0f} ms (the set parsed, the round's modules imported); "
          f"memory then {_median(rounds, 'round_peak') / 1e6:.1f} MB")


def _median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows if key in r)


def report_startup(title: str, bare: list[dict], app: list[dict], other: list[dict] = (),
                   text: list[dict] = ()) -> None:
    mb = _median(bare, "painted")
    print(f"{title}, median of {len(app)} runs (process start -> first paint)")
    print(f"  bare PySide6 window     {mb * 1000:8.0f} ms")
    if text:
        mt = _median(text, "painted")
        print(f"  the same, one label     {mt * 1000:8.0f} ms   ({mt / mb:.2f} x the bare window; the app against it: "
              f"{_median(app, 'painted') / mt:.2f} x)")
    print(f"  load average at the end {os.getloadavg()[0]:.2f}")
    for name, rows in (("History Quiz start", app), ("the other checkout", other)):
        if not rows:
            continue
        ma = _median(rows, "painted")
        ratios = sorted(a["painted"] / b["painted"] for a, b in zip(rows, bare, strict=True))
        print(f"  {name:22s}  {ma * 1000:8.0f} ms   sets listed {_median(rows, 'listed') * 1000:.0f} ms")
        print(f"    ratio                 {ma / mb:8.2f} x    (pairwise {ratios[0]:.2f}-{ratios[-1]:.2f}; target <= 1.3)")
        if all("painted_cpu" in r for r in (*rows, *bare)):
            ca, cb = _median(rows, "painted_cpu"), _median(bare, "painted_cpu")
            print(f"    CPU time to the first paint {ca * 1000:.0f} ms against the bare window's {cb * 1000:.0f} ms: "
                  f"{ca / cb:.2f} x (less moved by the machine's load)")


def report_memory(bare: list[dict], app: list[dict], other: list[dict] = (), text: list[dict] = ()) -> None:
    rb = _median(bare, "peak")
    print("memory, median peak resident set size")
    print(f"  bare PySide6 window                     {rb / 1e6:7.1f} MB")
    if text:
        rt = _median(text, "peak")
        print(f"  the same, one label                     {rt / 1e6:7.1f} MB (the app at its first paint against it: "
              f"{_median(app, 'painted_peak') / rt:.2f} x)")
    for name, rows in (("History Quiz", app), ("the other checkout", other)):
        if not rows:
            continue
        painted, listed = _median(rows, "painted_peak"), _median(rows, "listed_peak")
        print(f"  {name}: at its first paint {painted / 1e6:7.1f} MB (ratio {painted / rb:4.2f} x); "
              f"start screen, sets listed {listed / 1e6:7.1f} MB (ratio {listed / rb:4.2f} x; target <= 1.3)")


def _bench_data_dir() -> str:
    """A data dir with two students: the start screen lists them, as it does in a class."""
    sys.path.insert(0, str(ROOT))
    from quiz_app.scores import ScoreStore

    data = tempfile.mkdtemp(prefix="quiz-bench-data-")
    store = ScoreStore.open(data)
    store.create_profile("Mina")
    store.create_profile("Jae-won")
    store.close()
    return data


def answer_to_feedback(count: int) -> list[float]:
    """Seconds from each answer submitted to its feedback painted: ``benchmarks/feedback.py``'s drive, run here with
    the app's modules compiled as an installed app has them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.dont_write_bytecode = False  # what an installed app imports inside the timed answers is compiled
    sys.pycache_prefix = BYTECODE
    import compileall

    for package in ("quiz_app", "question_bank"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from feedback import drive

    return [sum(parts) for parts in drive(count)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--answers", type=int, default=40)
    parser.add_argument("--no-x", action="store_true", help="skip the timing on a virtual X screen")
    parser.add_argument("--breakdown-only", action="store_true", help="only where the memory after the first paint goes")
    parser.add_argument("--other", type=Path, help="another checkout of the app (e.g. the last release's, from "
                        "git archive) measured in the same runs, with its own modules")
    args = parser.parse_args()
    data = _bench_data_dir()
    if args.breakdown_only:
        memory_breakdown(data)
        return
    bare, app, other, text = measure(args.runs, data, other=args.other)
    report_startup("start-up (offscreen)", bare, app, other, text)
    report_memory(bare, app, other, text)
    memory_breakdown(data)
    report_first_and_round(bare, *measure_first_and_round(max(3, args.runs // 2), data))
    print_import_profile(BARE, APP, data)
    if args.no_x:
        print("start-up on an X server: skipped (--no-x)")
    else:
        server, display = start_x_server()
        if server is None:
            print(f"start-up on an X server: skipped ({display})")
        else:
            try:
                bare_x, app_x, other_x, text_x = measure(args.runs, data, display, args.other)
                report_startup(f"start-up on an X server (Xvfb {display}, a real window)", bare_x, app_x, other_x,
                               text_x)
            finally:
                server.terminate()
                server.wait(5)
    if args.answers > 0:
        times = answer_to_feedback(args.answers)
        times.sort()
        p50 = statistics.median(times) * 1000
        p95 = times[int(0.95 * (len(times) - 1))] * 1000
        print(f"answer submitted -> feedback painted, {len(times)} answers: median {p50:.1f} ms, p95 {p95:.1f} ms, "
              f"max {times[-1] * 1000:.1f} ms (target <= 16 ms)")


if __name__ == "__main__":
    main()
