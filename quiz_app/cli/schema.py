"""``quiz-bank schema``: print the JSON Schema of the set format (the shipped schema file is this text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import question_bank
from question_bank.models import QuestionSet

SCHEMA_FILE = Path(question_bank.__file__).parent / "schema" / "question-set.schema.json"


def register(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the set format")
    p.set_defaults(func=run)


def schema_text() -> str:
    return json.dumps(QuestionSet.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def run(args) -> int:
    sys.stdout.write(schema_text())
    return 0
