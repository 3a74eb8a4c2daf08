"""The teacher's set editor (a window of its own): ``EditorWindow(data_dir)``."""

from __future__ import annotations

from .editor_window import EditorWindow

__all__ = ["EditorWindow"]
