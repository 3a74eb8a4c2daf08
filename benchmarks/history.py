"""The score store at classroom-lifetime scale: 1,000,000 answers across 50 profiles.

    python benchmarks/history.py [--answers 1000000] [--profiles 50] [--db PATH] [--keep]

Builds the store with a fast bulk insert (rounds of 10-20 answers over a school year, realistic
responses as the GUI sends them, ~70 % right), rebuilds the aggregates, then prints plainly:

* each statistics query (best of 3 runs per profile), median and worst over 20 profiles
  (target <= 50 ms each),
* bytes per stored answer: the whole file (every table and index, rounds included) / answers
  (target <= 120), and the answers table + its index alone,
* record one answer (``ScoreStore.record_answer``: one committed transaction, WAL +
  synchronous=NORMAL, durable across a crash of the app) p50 / p95 over 1,000 answers
  (target <= 2 ms p95), and the same through ``Round.answer`` (grading included).

Uses the built-in set when it is there, plus a generated set, so questions of every type appear.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.loading import builtin_names, load_builtin, set_content_hash  # noqa: E402
from question_bank.models import QuestionSet  # noqa: E402
from quiz_app.grading import grade, response_to_json  # noqa: E402
from quiz_app.scores import ScoreStore  # noqa: E402
from quiz_app.session import RoundSettings, start_round  # noqa: E402

SOURCE = (Path(__file__).resolve().parent.parent / "tests" / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")
DAY = 86400


def generated_set(n: int = 240) -> QuestionSet:
    from question_bank import evidence as ev
    from question_bank.topics import CORE_TOPICS

    paragraphs = ev.paragraphs(SOURCE)
    questions = []
    for i in range(n):
        para = paragraphs[i % len(paragraphs)]
        quote = para.text.split(".")[0]
        base = {"id": f"gen-{i:04d}", "prompt": "A question?", "topics": [CORE_TOPICS[i % len(CORE_TOPICS)]],
                "difficulty": 1 + i % 3, "explanation": "Because.", "support_note": "generated",
                "evidence": {"source": "kw", "quote": quote}}
        kind = i % 4
        if kind == 0:
            questions.append(base | {"type": "multiple_choice", "choices": [
                {"text": "right", "correct": True}, {"text": "wrong one"}, {"text": "wrong two"}]})
        elif kind == 1:
            questions.append(base | {"type": "short_answer", "accepted": ["Kim Il Sung"]})
        elif kind == 2:
            questions.append(base | {"type": "numeric", "value": 135000, "tolerance": 5000, "unit": "troops"})
        else:
            questions.append(base | {"type": "ordering", "items": [{"text": f"e{j}"} for j in range(4)]})
    qset = QuestionSet.model_validate({"id": "generated-bench", "title": "Generated", "questions": questions,
                                       "sources": [{"id": "kw", "title": "Korean War", "text": SOURCE}]})
    from question_bank.validation import check_set

    check_set(qset)
    return qset


def candidate_responses(q, qset: QuestionSet) -> list:
    """A few responses per question in the shapes the GUI sends, right ones first."""
    t = q.type
    if t == "multiple_choice":
        right = next(i for i, c in enumerate(q.choices) if c.correct)
        return [right] + [i for i in range(len(q.choices)) if i != right]
    if t == "multiple_select":
        right = [i for i, c in enumerate(q.choices) if c.correct]
        return [right, right[:1], list(range(len(q.choices)))]
    if t == "true_false":
        return [q.answer, not q.answer]
    if t == "numeric":
        return [f"{q.value:,.0f}", f"about {q.value:g}", "12"]
    if t == "short_answer":
        return [q.accepted[0], q.accepted[0].lower(), "I don't know"]
    if t == "ordering":
        n = len(q.items)
        return [list(range(n)), list(range(n))[::-1], [1, 0] + list(range(2, n))]
    if t == "matching":
        n = len(q.pairs)
        return [{i: i for i in range(n)}, {i: (i + 1) % n for i in range(n)}]
    if t == "cite":
        from question_bank import evidence as ev

        source = qset.source(q.evidence.source)
        sents = ev.sentences(source.text)
        span = q.evidence.span
        right = next((s.index for s in sents if span and s.start <= span[0] < s.end), 0)
        return [right, (right + 3) % len(sents)]
    return [None]


def build(store: ScoreStore, sets: list[QuestionSet], answers: int, profiles: int, seed: int = 1) -> float:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    conn = store.connection
    profile_ids = [store.create_profile(f"Student {i:02d}").id for i in range(profiles)]
    plans = []
    for qset in sets:
        store.register_set(qset)
        keys = dict(conn.execute("SELECT question_id, id FROM questions WHERE set_id = ?", (qset.id,)).fetchall())
        graded = []
        for q in qset.questions:
            options = []
            for response in candidate_responses(q, qset):
                r = grade(q, response, sources=qset)
                options.append((response_to_json(response), int(r.correct), r.points_awarded, r.points_possible))
            graded.append((q.id, keys[q.id], options))
        settings = RoundSettings.for_set(qset, count=10).to_json()
        plans.append((qset, set_content_hash(qset), graded, settings))
    start_day = time.time() - 330 * DAY
    round_rows, answer_rows = [], []
    round_id = conn.execute("SELECT coalesce(max(id), 0) FROM rounds").fetchone()[0]
    made = 0
    while made < answers:
        round_id += 1
        qset, chash, graded, settings = plans[0] if rng.random() < 0.7 else plans[-1]
        n = min(rng.choice((10, 10, 10, 15, 20)), answers - made, len(graded))
        drawn = rng.sample(graded, n)
        profile = rng.choice(profile_ids)
        started = start_day + rng.random() * 330 * DAY
        at = started
        for _qid, qkey, options in drawn:
            at += rng.uniform(5, 40)
            response, correct, points, possible = options[0] if rng.random() < 0.7 else rng.choice(options)
            answer_rows.append((round_id, qkey, response, correct, points, possible,
                                rng.randint(2000, 40000), int(at)))
        score = sum(r[4] for r in answer_rows[-n:])
        ids = "[" + ",".join(f'"{d[0]}"' for d in drawn) + "]"
        mode = "scored" if rng.random() < 0.6 else "practice"
        round_rows.append((round_id, profile, qset.id, qset.title, chash, mode, settings, rng.randrange(2**31),
                           started, at, score, float(n), "finished", ids, None))
        made += n
        if len(answer_rows) >= 200_000:
            _flush(conn, round_rows, answer_rows)
    _flush(conn, round_rows, answer_rows)
    store.rebuild_aggregates()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    return time.perf_counter() - t0


def _flush(conn, round_rows, answer_rows) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO rounds(id, profile_id, set_id, set_title, set_hash, mode, settings, seed, started, "
                     "ended, score, max_score, status, question_ids, pid) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", round_rows)
    conn.executemany("INSERT INTO answers(round_id, qkey, response, correct, points, possible, millis, answered_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", answer_rows)
    conn.execute("COMMIT")
    round_rows.clear()
    answer_rows.clear()


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--profiles", type=int, default=50)
    parser.add_argument("--db", help="where to build the store (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args(argv)

    sets = []
    if "korean-war-1950" in builtin_names():
        loaded = load_builtin("korean-war-1950")
        if loaded.question_set is not None:
            sets.append(loaded.question_set)
    sets.append(generated_set())
    main_set = sets[0]

    tmp = None
    if args.db:
        path = Path(args.db)
        if path.exists():
            print(f"{path} exists; give a new path", file=sys.stderr)
            return 2
    else:
        tmp = tempfile.mkdtemp(prefix="history-bench-")
        path = Path(tmp) / "scores.sqlite3"
    store = ScoreStore(path)
    print(f"sets: {', '.join(f'{s.id} ({len(s.questions)} questions)' for s in sets)}")
    print(f"building {args.answers:,} answers across {args.profiles} profiles in {path} ...", flush=True)
    build_s = build(store, sets, args.answers, args.profiles)
    n = store.answer_count()
    rounds = store.connection.execute("SELECT count(*) FROM rounds").fetchone()[0]
    print(f"built {n:,} answers in {rounds:,} rounds in {build_s:.1f} s")

    profiles = [p.id for p in store.profiles()]
    sample = random.Random(7).sample(profiles, min(20, len(profiles)))
    queries = {
        "round_history (whole history)": lambda p: store.round_history(p),
        "round_history (last 50)": lambda p: store.round_history(p, limit=50),
        "mastery_by_topic": lambda p: store.mastery_by_topic(p, main_set.id),
        "mastery_by_topic (all sets)": lambda p: store.mastery_by_topic(p),
        "mastery_by_paragraph": lambda p: store.mastery_by_paragraph(p, main_set.id),
        "question_facility (all profiles)": lambda p: store.question_facility(main_set.id),
        "streak": lambda p: store.streak(p),
        "mistakes (review list)": lambda p: store.mistakes(p, main_set.id),
        "leitner_states": lambda p: store.leitner_states(p, main_set.id),
        "interrupted_rounds": lambda p: store.interrupted_rounds(),
    }
    print("\nstatistics queries (ms, best of 3 per profile: median / worst over 20 profiles; target <= 50 ms)")
    worst_all = 0.0
    for name, fn in queries.items():
        times = [timed(lambda fn=fn, p=p: fn(p), repeat=3) for p in sample]
        worst_all = max(worst_all, max(times))
        print(f"  {name:<36} {statistics.median(times):8.2f} {max(times):8.2f}")
    export_ms = timed(lambda: store.export_answers_csv(Path(path.parent) / "answers.csv", profile_id=sample[0],
                                                       question_sets={s.id: s for s in sets}))
    print(f"  {'(export answers CSV, one profile)':<36} {export_ms:8.2f}  (not a query; for information)")

    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    try:
        answers_bytes = store.connection.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN ('answers', 'sqlite_autoindex_answers_1')").fetchone()[0]
    except Exception:
        answers_bytes = None
    print("\nstorage (target <= 120 bytes per answer)")
    print(f"  file size                          {size / 1e6:10.1f} MB")
    print(f"  whole file per answer              {size / n:10.1f} bytes")
    if answers_bytes:
        print(f"  answers table + index per answer   {answers_bytes / n:10.1f} bytes")

    # record one answer: the store's committed transaction, then the whole Round.answer path
    qset = main_set
    profile = store.profile(profiles[0])
    per_record = []
    per_round_answer = []
    for r in range(24):
        rnd = start_round(qset, RoundSettings.for_set(qset, "practice", count=min(90, len(qset.questions)), seed=r),
                          store=store, profile=profile)
        while (shown := rnd.present()) is not None:
            response = candidate_responses(shown.question, qset)[0]
            if r % 2 == 0:
                result = grade(shown.question, response, rnd.rules, qset)
                t0 = time.perf_counter()
                store.record_answer(rnd.round_id, shown.question.id, response_json=response_to_json(response),
                                    correct=result.correct, points=result.points_awarded,
                                    possible=result.points_possible, seconds=3.0)
                per_record.append((time.perf_counter() - t0) * 1000)
                rnd.results[rnd.position] = result  # keep the round moving without recording twice
                rnd._advance()
            else:
                t0 = time.perf_counter()
                rnd.answer(response)
                per_round_answer.append((time.perf_counter() - t0) * 1000)
    sync = store.connection.execute("PRAGMA synchronous").fetchone()[0]
    mode = store.connection.execute("PRAGMA journal_mode").fetchone()[0]

    def pct(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(q * len(values)))]

    print(f"\nrecord one answer (journal_mode={mode}, synchronous={'NORMAL' if sync == 1 else sync}; "
          "target <= 2 ms p95)")
    print(f"  ScoreStore.record_answer   n={len(per_record):5d}  p50 {pct(per_record, 0.5):6.3f} ms   "
          f"p95 {pct(per_record, 0.95):6.3f} ms")
    print(f"  Round.answer (grade+record) n={len(per_round_answer):4d}  p50 {pct(per_round_answer, 0.5):6.3f} ms   "
          f"p95 {pct(per_round_answer, 0.95):6.3f} ms")
    print(f"\nworst statistics query: {worst_all:.2f} ms")
    store.close()
    if tmp and not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    elif tmp:
        print(f"kept {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
