"""The evaluation corpus: texts the drafting rules were never tuned on, and a teacher's ratings of their drafts.

``python tests/drafting/evalkit.py dump [before|after]`` prints every draft of every eval text in a form
to read and rate; ``python tests/drafting/evalkit.py report`` prints the figures of the ratings files.
Ratings files (``eval_ratings/<text>.<stage>.json``): {"text": ..., "stage": ..., "ratings": [{"id", "rating",
"reason"}]}, rating one of "as_is" (usable as it stands), "edit" (usable after an edit), "never".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_TEXTS = HERE / "eval_texts"
EVAL_RATINGS = HERE / "eval_ratings"
RATINGS = ("as_is", "edit", "never")


def eval_texts() -> dict[str, Path]:
    return {p.stem: p for p in sorted(EVAL_TEXTS.glob("*.txt"))}


def describe(q) -> str:
    d = q.model_dump(mode="json", exclude_none=True)
    lines = [f"[{d['id']}] {d['type']}: {d['prompt']}"]
    for key in ("statement",):
        if key in d:
            lines.append(f"    statement: {d[key]}")
    for c in d.get("choices", []):
        lines.append(f"    {'*' if c['correct'] else '-'} {c['text']}")
    if "answer" in d:
        lines.append(f"    answer: {d['answer']}" + (f" (correction: {d['correction']})" if "correction" in d else ""))
    if "accepted" in d:
        lines.append(f"    accepted: {d['accepted']}")
    if "value" in d:
        lines.append(f"    value: {d['value']} ± {d.get('tolerance', 0)} {d.get('unit', '')}")
    for i in d.get("items", []):
        lines.append(f"    {i.get('date', '')}: {i['text']}")
    for p in d.get("pairs", []):
        lines.append(f"    {p['left']} -> {p['right']}")
    lines.append(f"    quote: {d['evidence']['quote'][:160]}")
    return "\n".join(lines)


def load_ratings(name: str, stage: str) -> list[dict]:
    path = EVAL_RATINGS / f"{name}.{stage}.json"
    return json.loads(path.read_text(encoding="utf-8"))["ratings"] if path.exists() else []


def figures(stage: str) -> dict:
    words = drafts = as_is = edit = never = 0
    per_text = {}
    for name, path in eval_texts().items():
        ratings = load_ratings(name, stage)
        n_words = len(path.read_text(encoding="utf-8").split())
        counts = {r: sum(1 for x in ratings if x["rating"] == r) for r in RATINGS}
        per_text[name] = {"words": n_words, "drafts": len(ratings), **counts}
        words += n_words
        drafts += len(ratings)
        as_is, edit, never = as_is + counts["as_is"], edit + counts["edit"], never + counts["never"]
    return {"words": words, "drafts": drafts, "as_is": as_is, "edit": edit, "never": never,
            "as_is_pct": round(100 * as_is / drafts, 1) if drafts else 0.0,
            "per_100_words": round(100 * drafts / words, 2) if words else 0.0, "per_text": per_text}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    from question_bank.drafting import suggest_questions

    if argv[:1] == ["dump"]:
        for name, path in eval_texts().items():
            result = suggest_questions(path.read_text(encoding="utf-8"))
            print(f"===== {name} ({len(path.read_text(encoding='utf-8').split())} words, "
                  f"{len(result.question_set.questions)} drafts)")
            for q, info in zip(result.question_set.questions, result.drafts, strict=True):
                print(describe(q) + f"\n    score {info.score:.2f} kind {info.kind}")
        return 0
    if argv[:1] == ["report"]:
        for stage in argv[1:] or ["before", "after"]:
            print(stage, json.dumps(figures(stage), indent=1))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
