"""The Qt binding must not leak references: PySide6 6.12.0 on Python 3.11 drops one reference to None
per Qt call that returns nothing and aborts the app after a few thousand calls ("none_dealloc")."""

from __future__ import annotations

import subprocess
import sys


def test_qt_calls_do_not_leak_references_to_none():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLineEdit\n"
        "app = QApplication([])\n"
        "edit = QLineEdit()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(2000):\n"
        "    edit.setText('x')\n"
        "print(before - sys.getrefcount(None))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-500:]
    assert abs(int(proc.stdout.strip())) < 50, "this PySide6 leaks references to None: pin another version"
