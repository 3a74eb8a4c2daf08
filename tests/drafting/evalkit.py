"""The evaluation corpora: texts the drafting rules were never tuned on, and a teacher's ratings of their drafts.

Sets 1-3 (``eval_texts/``, ``eval_ratings/``; ``eval_texts_2/`` ...; set 1 rated twice in the first round of issue
16, so seen) and sets 4, 5, ... (``eval_texts_N/``, ``eval_ratings_N/``): each set written and rated "before" by a
rater who changed no rule, kept away from the engineers changing the rules in that round, then rated "after" by
someone else. A set is unseen until its after rating; from then on it is seen (tuning on it is allowed, but its
figures no longer measure the rules honestly).

``python tests/drafting/evalkit.py dump [--set N]`` prints every draft of every eval text in a form to read and
rate; ``python tests/drafting/evalkit.py report [--set N] [before|after ...]`` prints the rated figures;
``... coverage [--set N]`` prints the facts covered by the current drafter (a machine measure, no rating);
``... snapshot [--set N] STAGE`` records the drafts being rated at STAGE (``<text>.<stage>.drafts.txt``, the dump of
each text) so the ratings stay a record of what was rated after the rules change; ``... changed [--set N] STAGE``
lists the current drafts that are not in that record (new or changed), the ones a re-rating must read.
``... still [--json FILE]`` lists, on the seen sets only (those with an "after" rating), the drafts a rater faulted
(rated edit or never, with faults) that the current drafter still makes word for word, counted by fault: the worklist
of a rule round; ``... audit FILE`` writes every current draft of the seen sets and the development texts to FILE and
``... compare OLD NEW`` says which texts and drafts changed between two audits (unseen sets are never read).
Ratings files (``<ratings dir>/<text>.<stage>.json``): {"text": ..., "stage": ..., "ratings": [{"id", "rating",
"reason"}]}, rating one of "as_is" (usable as it stands), "edit" (usable after an edit), "never"; a rating may also
carry "faults", short names of the kinds of fault behind an edit or never ("verbatim_copy", "wrong_kind_distractor"),
which ``report`` counts.

The rating scale (one convention for every rater, settled before set 7 was rated because set 6's two raters
disagreed, kappa 0.39, mostly on find-the-sentence drafts). A draft is "as_is" only when ALL of these hold:
- the key is right by the text (check it against the text yourself, not against the draft's quote);
- every wrong option is of the key's kind and form (a person for a person, a year for a year, a clause for a
  clause), and each is one the text itself rules out or that is plainly wrong to a student who read it;
- no giveaway: nothing the student sees (prompt, statement, choices, items, pairs, the title line) gives this draft's
  answer or another draft's answer;
- the wording is clear and grammatical, every pronoun's person or thing plain;
- the fact is worth asking (not trivial, not a fact of the text's own framing such as "this page");
- the feedback quote is no longer than it must be to prove the answer.
A find-the-sentence draft (id suffix ``-cite``: the student picks the sentence of the text that says a statement)
is "as_is" when its statement is a fair, correct restatement that points to exactly one sentence and the fact is
worth asking: moving a date to the front or naming a pronoun's person is enough rewording, since finding the
sentence is the task. It is "edit" or "never" only when the statement is wrong, misleading, trivial, or matches more
than one sentence.
"edit": usable after a change a teacher makes in under a minute (say what); "never": not worth the edit (say why:
a wrong key that rests on a misreading, a fact not worth asking, nonsense that a new draft would replace).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = {
    "1": (HERE / "eval_texts", HERE / "eval_ratings"),
    "2": (HERE / "eval_texts_2", HERE / "eval_ratings_2"),
    "3": (HERE / "eval_texts_3", HERE / "eval_ratings_3"),
}
# Sets 4, 5, ... when they exist (eval_texts_N/, eval_ratings_N/): each written and rated "before" ahead of a round's
# rule changes (set 4 before round 4, set 5 before round 5), and rated "after" by someone who changed no rule.
for _n in range(4, 26):
    if (HERE / f"eval_texts_{_n}").is_dir():
        SETS[str(_n)] = (HERE / f"eval_texts_{_n}", HERE / f"eval_ratings_{_n}")
EVAL_TEXTS, EVAL_RATINGS = SETS["1"]
RATINGS = ("as_is", "edit", "never")


def eval_texts(which: str = "1") -> dict[str, Path]:
    return {p.stem: p for p in sorted(SETS[which][0].glob("*.txt"))}


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
    if d["type"] == "cloze":
        lines.append(f"    shown: {q.shown_text()}")
        for n, gap in enumerate(q.gaps):
            options = q.gap_options(n) if gap.kind in ("dropdown", "word_bank") else []
            lines.append(f"    gap {n + 1} {gap.kind}: {gap.answer}" + (f" of {options}" if options else "")
                         + (f" accepted {gap.accepted}" if gap.accepted else "")
                         + (f" ± {gap.tolerance}" if gap.tolerance else ""))
    lines.append(f"    quote: {d['evidence']['quote'][:160]}")
    return "\n".join(lines)


def dump_text(text: str) -> list[tuple[str, str]]:
    """Every draft of one text as (id, the block ``dump`` prints for it, score line included)."""
    from question_bank.drafting import suggest_questions

    result = suggest_questions(text)
    return [(q.id, describe(q) + f"\n    score {info.score:.2f} kind {info.kind}")
            for q, info in zip(result.question_set.questions, result.drafts, strict=True)]


def snapshot_path(name: str, stage: str, which: str) -> Path:
    return SETS[which][1] / f"{name}.{stage}.drafts.txt"


def read_snapshot(name: str, stage: str, which: str) -> dict[str, str]:
    """The drafts recorded as rated at a stage: id -> block (without its score line, which is not rated)."""
    path = snapshot_path(name, stage, which)
    if not path.exists():
        return {}
    blocks: dict[str, str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if block.startswith("["):
            blocks[block[1:block.index("]")]] = _without_score(block)
    return blocks


def _without_score(block: str) -> str:
    return "\n".join(line for line in block.splitlines() if not line.startswith("    score "))


def load_ratings(name: str, stage: str, which: str = "1") -> list[dict]:
    path = SETS[which][1] / f"{name}.{stage}.json"
    return json.loads(path.read_text(encoding="utf-8"))["ratings"] if path.exists() else []


def figures(stage: str, which: str = "1") -> dict:
    words = drafts = as_is = edit = never = 0
    per_text = {}
    faults: dict[str, int] = {}
    for name, path in eval_texts(which).items():
        ratings = load_ratings(name, stage, which)
        n_words = len(path.read_text(encoding="utf-8").split())
        counts = {r: sum(1 for x in ratings if x["rating"] == r) for r in RATINGS}
        per_text[name] = {"words": n_words, "drafts": len(ratings), **counts,
                          "as_is_pct": round(100 * counts["as_is"] / len(ratings), 1) if ratings else 0.0,
                          "per_100_words": round(100 * len(ratings) / n_words, 2)}
        for x in ratings:
            for f in x.get("faults", []):
                faults[f] = faults.get(f, 0) + 1
        words += n_words
        drafts += len(ratings)
        as_is, edit, never = as_is + counts["as_is"], edit + counts["edit"], never + counts["never"]
    return {"words": words, "drafts": drafts, "as_is": as_is, "edit": edit, "never": never,
            "as_is_pct": round(100 * as_is / drafts, 1) if drafts else 0.0,
            "usable_pct": round(100 * (as_is + edit) / drafts, 1) if drafts else 0.0,
            "never_pct": round(100 * never / drafts, 1) if drafts else 0.0,
            "per_100_words": round(100 * drafts / words, 2) if words else 0.0,
            "faults": dict(sorted(faults.items(), key=lambda kv: (-kv[1], kv[0]))), "per_text": per_text}


def _asked_material(q) -> tuple[str, set[float]]:
    """What a draft asks a student to give or judge: right choices, accepted answers, a statement to judge,
    ordering items and their dates, matching pairs, the answers of cloze gaps (folded, space-padded), and the values
    of numeric answers and number gaps.
    A cite draft (find the sentence) asks no single fact and counts for its paragraph only."""
    from question_bank.drafting.facts import folded

    d = q.model_dump(mode="json", exclude_none=True)
    parts = [c["text"] for c in d.get("choices", []) if c["correct"]]
    parts += d.get("accepted", [])
    if d["type"] == "true_false":
        parts.append(d.get("statement") or d["prompt"])
        # a false statement asks for the fact it gets wrong: the student must know the corrected one
        parts.append(d.get("correction", ""))
    for i in d.get("items", []):
        parts += [i["text"], i.get("date", "")]
    for p in d.get("pairs", []):
        parts += [p["left"], p["right"]]
    parts += [g["answer"] for g in d.get("gaps", [])]  # a cloze asks each of its gaps
    values = {float(d["value"])} if d["type"] == "numeric" else set()
    if d["type"] == "cloze":
        # each gap asks its answer; a number gap asks its value (written "twelve" or "12")
        from question_bank.textnorm import parse_number

        for gap in q.gaps:
            parts.append(gap.answer)
            if gap.kind == "numeric" and (v := parse_number(gap.answer)) is not None:
                values.add(v)
    return " " + " | ".join(folded(p) for p in parts if p) + " ", values


def coverage_of(text: str) -> dict:
    """Facts covered by the drafts of one text: the share of its paragraphs with a draft, and of its dates,
    numbers and named persons asked at least once (each counted once however often the text gives it)."""
    from question_bank.drafting import suggest_questions
    from question_bank.drafting.facts import folded, read_facts

    result = suggest_questions(text)
    facts = read_facts(text)
    material, values = "", set()
    for q in result.question_set.questions:
        m, v = _asked_material(q)
        material += m
        values |= v
    dates: dict[str, bool] = {}
    numbers: dict[str, bool] = {}
    for _sf, m in facts.mentions("date"):
        if m.granularity == "relative":
            continue
        dates[folded(m.text)] = dates.get(folded(m.text), False) or f" {folded(m.text)} " in material
    for _sf, m in facts.mentions("number"):
        key = folded(m.text)
        asked = f" {key} " in material or (m.value is not None and m.value in values)
        numbers[key] = numbers.get(key, False) or asked
    from question_bank.drafting.distractors import plausible_person

    persons = {}
    for ent in facts.entities.values():
        if ent.kind != "person" or ent.subkind == "title":
            continue  # "Secretary of State", "Duke of Normandy": a role, not a named person
        if not plausible_person(ent.display):
            continue  # "the Athenians", "New Zealanders": a people the reader took for a person, not a named person
        forms = [ent.display] + ([ent.short] if ent.short else [])
        persons[ent.display] = any(f" {folded(f)} " in material for f in forms)
    content = set(result.content_paragraphs)
    used = set(result.used_paragraphs) & content

    def share(found: dict[str, bool]) -> dict:
        return {"asked": sum(found.values()), "of": len(found),
                "missed": sorted(k for k, v in found.items() if not v)}

    return {"paragraphs": {"asked": len(used), "of": len(content), "missed": sorted(content - used)},
            "dates": share(dates), "numbers": share(numbers), "persons": share(persons)}


def coverage(which: str = "1") -> dict:
    total = {k: [0, 0] for k in ("paragraphs", "dates", "numbers", "persons")}
    per_text = {}
    for name, path in eval_texts(which).items():
        c = coverage_of(path.read_text(encoding="utf-8"))
        per_text[name] = c
        for k in total:
            total[k][0] += c[k]["asked"]
            total[k][1] += c[k]["of"]
    asked = sum(a for a, _ in total.values())
    of = sum(n for _, n in total.values())
    return {"total": {k: f"{a}/{n} ({round(100 * a / n) if n else 100} %)" for k, (a, n) in total.items()},
            "all_facts": f"{asked}/{of} ({round(100 * asked / of) if of else 100} %)", "per_text": per_text}


def seen_sets() -> list[str]:
    """Sets with an "after" rating: read by a rater after a round, so tuning on them is allowed."""
    return [n for n, (_texts, ratings) in SETS.items() if any(ratings.glob("*.after.json"))]


def _seen_texts() -> dict[str, Path]:
    texts = {f"set{n}/{name}": path for n in seen_sets() for name, path in eval_texts(n).items()}
    texts |= {f"dev/{p.stem}": p for p in sorted((HERE / "dev_texts").glob("*.txt"))}
    return texts


def _dump_one(path: Path) -> dict[str, str]:
    return {i: _without_score(b) for i, b in dump_text(path.read_text(encoding="utf-8"))}


def audit() -> dict[str, dict[str, str]]:
    """Every current draft of the seen sets and the development texts: "setN/text" -> id -> block."""
    from concurrent.futures import ProcessPoolExecutor

    texts = _seen_texts()
    with ProcessPoolExecutor() as pool:
        return dict(zip(texts, pool.map(_dump_one, texts.values()), strict=True))


def still_made() -> list[dict]:
    """The faulted drafts (edit or never, with faults) of the seen sets' latest rating still made word for word."""
    from concurrent.futures import ProcessPoolExecutor

    jobs = []
    for n in seen_sets():
        for name, path in eval_texts(n).items():
            stage = "after" if (SETS[n][1] / f"{name}.after.json").exists() else "before"
            jobs.append((n, name, stage, path))
    with ProcessPoolExecutor() as pool:
        dumps = list(pool.map(_dump_one, [j[3] for j in jobs]))
    found = []
    for (n, name, stage, _path), current in zip(jobs, dumps, strict=True):
        recorded = read_snapshot(name, stage, n)
        for r in load_ratings(name, stage, n):
            if r["rating"] == "as_is" or not r.get("faults"):
                continue
            block = recorded.get(r["id"])
            if block is not None and current.get(r["id"]) == block:
                found.append({"where": f"set{n}/{name}", "id": r["id"], "rating": r["rating"],
                              "faults": r["faults"], "reason": r.get("reason", ""), "block": block})
    return found


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    from question_bank.drafting import suggest_questions

    which = "1"
    if "--set" in argv:
        i = argv.index("--set")
        which = argv[i + 1] if i + 1 < len(argv) else ""
        argv = argv[:i] + argv[i + 2:]
        if which not in SETS:
            print(f"--set takes one of {', '.join(SETS)}", file=sys.stderr)
            return 2
    if argv[:1] == ["dump"]:
        for name, path in eval_texts(which).items():
            result = suggest_questions(path.read_text(encoding="utf-8"))
            print(f"===== {name} ({len(path.read_text(encoding='utf-8').split())} words, "
                  f"{len(result.question_set.questions)} drafts)")
            for q, info in zip(result.question_set.questions, result.drafts, strict=True):
                print(describe(q) + f"\n    score {info.score:.2f} kind {info.kind}")
        return 0
    if argv[:1] in (["snapshot"], ["changed"]) and len(argv) == 2:
        stage = argv[1]
        for name, path in eval_texts(which).items():
            current = dump_text(path.read_text(encoding="utf-8"))
            if argv[0] == "snapshot":
                snapshot_path(name, stage, which).write_text("\n\n".join(b for _id, b in current) + "\n",
                                                             encoding="utf-8")
                continue
            recorded = read_snapshot(name, stage, which)
            fresh = [b for i, b in current if recorded.get(i) != _without_score(b)]
            print(f"===== {name}: {len(fresh)} of {len(current)} drafts not in the {stage} record")
            for b in fresh:
                print(b)
        return 0
    if argv[:1] == ["report"]:
        for stage in argv[1:] or ["before", "after"]:
            print(stage, json.dumps(figures(stage, which), indent=1))
        return 0
    if argv[:1] == ["still"]:
        found = still_made()
        counts: dict[str, int] = {}
        for f in found:
            for k in f["faults"]:
                counts[k] = counts.get(k, 0) + 1
        if "--json" in argv:
            Path(argv[argv.index("--json") + 1]).write_text(json.dumps(found, indent=1), encoding="utf-8")
        else:
            for f in found:
                print(f"--- {f['where']} [{f['id']}] {f['rating']} {', '.join(f['faults'])}: {f['reason']}")
                print(f["block"])
        print(f"{len(found)} faulted drafts still made on seen sets {', '.join(seen_sets())}:",
              ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
        return 0
    if argv[:1] == ["audit"] and len(argv) == 2:
        result = audit()
        Path(argv[1]).write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
        print(f"{len(result)} texts, {sum(len(v) for v in result.values())} drafts -> {argv[1]}")
        return 0
    if argv[:1] == ["compare"] and len(argv) in (3, 4):
        old, new = (json.loads(Path(a).read_text(encoding="utf-8")) for a in argv[1:3])
        texts = out = came = 0
        for where in sorted(set(old) | set(new)):
            a, b = old.get(where, {}), new.get(where, {})
            gone = [i for i in a if b.get(i) != a[i]]
            fresh = [i for i in b if a.get(i) != b[i]]
            if gone or fresh:
                texts += 1
                out, came = out + len(gone), came + len(fresh)
                if "--show" in argv:
                    print(f"===== {where}: {len(gone)} out, {len(fresh)} in")
                    for i in gone:
                        print("  - " + a[i].replace("\n", "\n    "))
                    for i in fresh:
                        print("  + " + b[i].replace("\n", "\n    "))
        print(f"{texts} texts changed of {len(set(old) | set(new))}: {out} drafts out, {came} in")
        return 0
    if argv[:1] == ["coverage"]:
        print(json.dumps(coverage(which), indent=1))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
