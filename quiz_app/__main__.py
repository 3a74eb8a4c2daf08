"""Start the History Quiz app: ``python -m quiz_app [--data-dir DIR] [SET.json]``."""

from __future__ import annotations

import argparse
import gc
import os
import sys

#: the libraries Qt's X11 platform plugin loads, by their file names, and the Debian packages that hold them
X11_LIBRARIES = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
                 "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
                 "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-image.so.0": "libxcb-image0",
                 "libxcb-shape.so.0": "libxcb-shape0"}


def _missing_x11_libraries() -> list[str]:
    """Debian packages Qt's X11 platform plugin needs but cannot load (it aborts cryptically without them).

    A library the loader's cache names is there (see :func:`_loader_cache`); any other is loaded as Qt would
    load it, not looked for with ctypes.util.find_library, which runs ``ldconfig -p`` once a library: 70 ms of
    every start on an X screen."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not os.environ.get("DISPLAY") and os.environ.get("WAYLAND_DISPLAY"):
        return []
    known = _loader_cache()
    unsure = {library: package for library, package in X11_LIBRARIES.items()
              if not any(edge + library.encode() + b"\0" in known for edge in (b"\0", b"/"))}
    if not unsure:
        return []
    import ctypes  # here, not at the top: only a library the loader's cache does not list needs it (0.75 MB)

    missing = []
    for library, package in unsure.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


#: the dynamic loader's list of the system's libraries (``ldconfig`` writes it; apt runs it on every install
#: and removal)
LOADER_CACHE = "/etc/ld.so.cache"


def _loader_cache() -> bytes:
    """The loader's cache file, whose string table names every library it finds (``libxcb-cursor.so.0\\0``):
    a library named there is installed, without loading it (ctypes and seven libraries: 7 ms of CPU, 15-27 ms
    of a start on an X screen). A library it does not name (elsewhere on LD_LIBRARY_PATH, or no cache at
    all) is loaded to be sure."""
    try:
        with open(LOADER_CACHE, "rb") as cache:
            return cache.read(4 << 20)
    except OSError:
        return b""


def import_start_path() -> None:
    """Import the plain-Python modules the start screen needs before Qt is loaded. Once PySide6 is loaded,
    it reads the source of every module imported for the first time (to see whether it uses PySide's
    ``__feature__`` switches): 0.3 ms a module, 20-30 ms for the 70 modules of the start path. Modules
    imported before it are not read: the hook is then told that they use none of those switches (see
    :func:`_no_feature_switches`)."""
    from question_bank import i18n, topics  # noqa: F401 (plain Python the start screen's modules import)

    from . import paths, settings  # noqa: F401
    from .scores import roster  # noqa: F401

    _no_feature_switches()


def _no_feature_switches() -> None:
    """Load PySide6's package (its import hook comes with it) and record, in the hook's own table, that every module
    imported so far, and the window's modules of the start path (``START_PATH_UI``), select none of PySide's
    ``__feature__`` switches. Each ``import`` statement run once PySide6 is
    loaded hands the hook the module it names, and a module not in that table yet has its whole source read
    (``inspect.getsource``) to see whether it mentions PySide6: 0.1-0.6 ms a module, 3-4 ms for the ~25 modules
    (typing, pathlib, json... and ours) the start screen's modules import again. No module of the app selects a
    switch (tests/ui/test_start_path.py checks it), so every one runs with Qt's names as they are, as the hook's
    reading would have decided ("ignore this module" and "uses PySide6, no switch" differ only for a module that
    selects one). The table is PySide6's own (``shibokensupport.feature.pyside_feature_dict``): where it is not
    there or not a dict (another PySide6), nothing is recorded and the hook reads the sources as before."""
    import PySide6  # noqa: F401

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in (*sys.modules, *START_PATH_UI):
            table.setdefault(name, -1)


#: the window's modules on the way to the first paint, imported after Qt (they import it): told to the hook with
#: the modules imported before it, so it does not read their sources either (main_window, start_screen, theme,
#: app: ~120 KB, 1 ms of the start). tests/ui/test_round15_paint15.py checks the list is the start path's.
START_PATH_UI = ("quiz_app.ui", "quiz_app.ui.app", "quiz_app.ui.widgets", "quiz_app.ui.widgets.labels",
                 "quiz_app.ui.start_screen", "quiz_app.ui.theme", "quiz_app.ui.main_window")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line: ``--data-dir DIR``, ``--self-test``, a set file (other options are Qt's, left to it)."""
    plain = _plain_args(argv)
    return plain if plain is not None else _parser().parse_known_args(argv)[0]


def _plain_args(argv: list[str]) -> argparse.Namespace | None:
    """The command lines a start usually has (none; ``--data-dir DIR``; ``--self-test``; one set file), read
    without building argparse's parser: its help formatter compiles regular expressions, 4-6 ms of every start.
    None for anything else (``--help``, a shortened or unknown option, a value that looks like an option, a
    second file): argparse reads it, and says in words what is wrong."""
    values: dict[str, str | bool | None] = {"data_dir": None, "self_test": False, "set_file": None}
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--data-dir" and rest and not rest[0].startswith("-") and values["data_dir"] is None:
            values["data_dir"] = rest.pop(0)
        elif word.startswith("--data-dir=") and values["data_dir"] is None:
            values["data_dir"] = word.removeprefix("--data-dir=")
        elif word == "--self-test":
            values["self_test"] = True
        elif word and not word.startswith("-") and values["set_file"] is None:
            values["set_file"] = word
        else:
            return None
    return argparse.Namespace(**values)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quiz-app", description="History Quiz: practise on source-proved questions.")
    parser.add_argument("--data-dir", help="where scores and settings are kept (default: your user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, check the start screen shows, then quit (exit code 0 when it did)")
    parser.add_argument("set_file", nargs="?", help="a question set file to open")
    return parser


def main(argv: list[str] | None = None) -> int:
    # No cyclic garbage collection until the start screen is painted (``ui.app.run`` turns it back on): the
    # start path makes few cycles to collect but many objects (Qt's enums, the modules), and walking them
    # took 20-45 ms of the start-up
    gc.disable()
    try:
        return _start(sys.argv[1:] if argv is None else argv)
    finally:
        gc.enable()


def _start(argv: list[str]) -> int:
    args = parse_args(argv)
    missing = _missing_x11_libraries()
    if missing:
        print("History Quiz cannot open a window: some system libraries that Qt needs are missing.\n"
              f"Install them with:\n    sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        return 1
    import_start_path()
    from .ui.app import run

    return run(args.data_dir, args.set_file, self_test=args.self_test)


if __name__ == "__main__":
    sys.exit(main())
