"""Import and export of question sets in other formats. Pure Python, no Qt.

``EXPORTERS`` maps a format name to ``export(question_set, path) -> list[str]`` (warnings).
``IMPORTERS`` maps a format name to ``import_file(path) -> ImportResult``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..models import QuestionSet


def _summary_csv(qset: QuestionSet, path: Path) -> list[str]:
    from .summary_csv import export_summary_csv

    return export_summary_csv(qset, path)


EXPORTERS: dict[str, Callable[[QuestionSet, Path], list[str]]] = {
    "csv": _summary_csv,
}
IMPORTERS: dict[str, Callable] = {}
EXTENSIONS: dict[str, str] = {".csv": "csv"}
