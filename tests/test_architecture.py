"""The boundaries of the architecture guide, checked: question_bank never imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules(package: str) -> list[str]:
    out = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] in ("__init__", "__main__"):
            parts = parts[:-1] if parts[-1] == "__init__" else None
        if parts:
            out.append(".".join(parts))
    return out


def _qt_loaded_after_importing(modules: list[str]) -> list[str]:
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return eval(proc.stdout)


def test_question_bank_never_imports_qt():
    assert _qt_loaded_after_importing(_modules("question_bank")) == []


def test_only_quiz_app_ui_imports_qt():
    non_ui = [m for m in _modules("quiz_app") if not m.startswith("quiz_app.ui")]
    assert _qt_loaded_after_importing(non_ui) == []
