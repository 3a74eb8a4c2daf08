"""One row per question for a spreadsheet: id, type, topics, prompt, correct answer, quote."""

from __future__ import annotations

import csv
from pathlib import Path

from ..atomic import atomic_open
from ..models import QuestionSet

SUMMARY_COLUMNS = ["id", "type", "topics", "difficulty", "points", "prompt", "answer", "quote", "source", "explanation"]


def summary_rows(qset: QuestionSet) -> list[dict[str, str]]:
    rows = []
    for q in qset.questions:
        prompt = q.prompt if q.type != "cite" else f"{q.prompt} {q.statement}"
        rows.append({
            "id": q.id,
            "type": q.type,
            "topics": ";".join(q.topics),
            "difficulty": str(q.difficulty),
            "points": f"{q.points:g}",
            "prompt": prompt,
            "answer": q.answer_text(),
            "quote": q.evidence.quote,
            "source": q.evidence.source,
            "explanation": q.explanation,
        })
    return rows


def export_summary_csv(qset: QuestionSet, path: Path) -> list[str]:
    # utf-8-sig so that Excel opens accents and curly quotes correctly
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=SUMMARY_COLUMNS)
        writer.writeheader()
        writer.writerows(summary_rows(qset))
    return []
