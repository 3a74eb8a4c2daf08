"""What an export wrote: how many questions, and which ones it left out and why.

A writer returns its warnings as strings; a question it did not write at all is a :class:`LeftOut`
warning, so that ``export_set`` (and the command line) can count what was really written instead of
the questions of the set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class LeftOut(str):
    """A warning that says one question was not written: "<id>: <why>"."""

    question_id: str
    why: str

    def __new__(cls, question_id: str, why: str) -> LeftOut:
        obj = super().__new__(cls, f"{question_id}: {why}")
        obj.question_id = question_id
        obj.why = why
        return obj


@dataclass
class ExportReport:
    path: Path
    format: str
    #: questions in the set
    total: int
    #: (question id, why) of every question the file does not hold
    left_out: list[tuple[str, str]] = field(default_factory=list)
    #: what the format kept with a loss (and, first, the questions left out, as "<id>: <why>")
    warnings: list[str] = field(default_factory=list)

    @property
    def written(self) -> int:
        return self.total - len(self.left_out)

    def summary(self) -> str:
        n = self.written
        what = f"{n} question{'s' if n != 1 else ''}" if not self.left_out else f"{n} of {self.total} questions"
        line = f"wrote {what} to {self.path} ({self.format})"
        if self.left_out:
            k = len(self.left_out)
            line += f"; {k} left out ({'it is' if k == 1 else 'each is'} listed above with the reason)"
        return line


def report_of(warnings: list[str], total: int, path: Path, fmt: str) -> ExportReport:
    left: dict[str, str] = {}
    for w in warnings:
        if isinstance(w, LeftOut):
            left.setdefault(w.question_id, w.why)
    return ExportReport(path, fmt, total, list(left.items()), list(warnings))
