"""The teacher's set editor (a window of its own): ``EditorWindow(data_dir)``.

The window is imported on first use, so that the editor's Qt-free modules (``document``, ``set_io``,
``suggestions``) can be imported, and tested, without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .editor_window import EditorWindow


def __getattr__(name: str) -> Any:
    if name == "EditorWindow":
        from .editor_window import EditorWindow

        return EditorWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EditorWindow"]
