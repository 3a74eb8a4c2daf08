"""The grading tables: typed answers a teacher would accept or reject, over several source texts.

Each table (a JSON file next to this module) names its text (under ``texts/``) and lists questions with
the answers to ``accept`` and ``reject``. ``role`` keeps the DEVELOPMENT tables (the rules were tuned on
them) apart from the EVALUATION table (written, and rated, before any tuning).

``python tests/grading/gradingtables.py`` prints each table's size and pass rate.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from question_bank.models import QuestionSet  # noqa: E402
from question_bank.validation import check_set  # noqa: E402
from quiz_app.grading import GradeResult, grade  # noqa: E402

TABLE_FILES = sorted(HERE.glob("*.json"))


@dataclass(frozen=True)
class Case:
    table: str
    role: str
    question_id: str
    typed: str
    expected: bool

    @property
    def label(self) -> str:
        return f"{self.table}:{self.question_id}:{'accept' if self.expected else 'reject'}:{self.typed}"


def load_table(path: Path) -> tuple[dict, QuestionSet]:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = (HERE / "texts" / data["text"]).read_text(encoding="utf-8") if not data["text"].startswith("../") \
        else (HERE / data["text"]).read_text(encoding="utf-8")
    questions = []
    for q in data["questions"]:
        body = {"id": q["id"], "type": q["type"], "prompt": q["prompt"], "topics": ["leaders"],
                "explanation": "From the text.", "evidence": {"source": "text", "quote": q["quote"]}}
        for key in ("accepted", "value", "tolerance", "unit"):
            if key in q:
                body[key] = q[key]
        questions.append(body)
    qset = QuestionSet.model_validate({
        "schema_version": 1, "id": path.stem, "title": data["title"],
        "sources": [{"id": "text", "title": data["title"], "text": text}], "questions": questions})
    check_set(qset)  # resolves the evidence spans, as loading does
    return data, qset


def cases(role: str | None = None) -> list[Case]:
    out = []
    for path in TABLE_FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        if role is not None and data["role"] != role:
            continue
        for q in data["questions"]:
            out += [Case(path.stem, data["role"], q["id"], t, True) for t in q["accept"]]
            out += [Case(path.stem, data["role"], q["id"], t, False) for t in q["reject"]]
    return out


_SETS: dict[str, QuestionSet] = {}


def question_set(table: str) -> QuestionSet:
    if table not in _SETS:
        _SETS[table] = load_table(HERE / f"{table}.json")[1]
    return _SETS[table]


def run(case: Case) -> GradeResult:
    qset = question_set(case.table)
    return grade(qset.question(case.question_id), case.typed, sources=qset)


def main() -> None:
    verbose = "-v" in sys.argv
    for path in TABLE_FILES:
        table = path.stem
        mine = [c for c in cases() if c.table == table]
        results = [(c, run(c)) for c in mine]
        passed = [c for c, r in results if r.correct is c.expected]
        acc = [c for c in mine if c.expected]
        print(f"{table} ({mine[0].role}): {len(passed)}/{len(mine)} = {len(passed) / len(mine):.1%} "
              f"({len(acc)} to accept, {len(mine) - len(acc)} to reject; "
              f"accept ok {sum(1 for c in passed if c.expected)}, reject ok {sum(1 for c in passed if not c.expected)})")
        if verbose:
            for c, r in results:
                if r.correct is not c.expected:
                    print(f"   FAIL {c.label}   note={r.note!r}")


if __name__ == "__main__":
    main()


def short_answer_question(text: str, quote: str, accepted: list[str]):
    """One short-answer question on ``text`` as the drafter builds it, checked as a loaded set is: (question, set)."""
    qset = QuestionSet.model_validate({
        "schema_version": 1, "id": "t", "title": "T", "sources": [{"id": "s", "title": "T", "text": text}],
        "questions": [{"id": "q", "type": "short_answer", "prompt": "Fill in the blank: _____", "topics": ["leaders"],
                       "explanation": "From the text.", "evidence": {"source": "s", "quote": quote},
                       "accepted": accepted}]})
    check_set(qset)
    return qset.questions[0], qset
