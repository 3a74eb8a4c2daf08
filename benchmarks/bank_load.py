"""Load + full validation of big question sets, as a ratio to json.loads of the same file.

    python benchmarks/bank_load.py [--sizes 1000 10000 100000] [--repeat 3] [--shapes one 100 builtin]

Times are CPU time of this process (best of --repeat, json.loads and the loads run in turn in each round),
steadier than wall time on a shared machine.
Prints, for each size: file size, json.loads time, load+validate time, their ratio (target <= 6
at 10,000 questions), time per question (linear growth keeps this flat), and the peak memory
of load+validate as a ratio to the peak of json.loads alone (tracemalloc, measured separately
so it does not slow the timings). The last column, ``cached``, is the ratio of a load whose verdict
comes from the validation cache (the file unchanged since it was last validated: parsed, not checked).

Every timed run starts cold: the caches of source indexes and quote readings (the memos of
``question_bank.validation`` and of ``evidence.normalised_quote``) are emptied first. The ``builtin`` and
``drafted`` shapes repeat their questions, so those memos serve the repeats; a bank of all-distinct
questions gets less from them.

Shapes (each question cites its own set's source, as in a real file):
* ``one``: every question cites one 8 KB source (the benchmark's templates).
* ``100``: the same questions spread over 100 distinct sources of about 8 KB, one per lesson, as a
  course bank is (the source texts differ, so nothing is shared between them), the questions of a
  lesson together.
* ``builtin``: the 98 real questions of the built-in set, repeated over 100 distinct sources (held out until
  2026-12-01, when its profile was read to find what the checks still repeat).
* ``drafted``: held out, never tuned on (on 2026-12-01 one profile of its checks was looked at, with the
  built-in shape's, and nothing was changed for it): the questions the drafter writes for the ten texts of
  ``tests/drafting/eval_texts_3`` (119 questions of every type, about 2 KB a text), each text in ten lessons,
  100 sources in all, a lesson's questions repeated to the size.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.loading import load_set_bytes  # noqa: E402
from question_bank.validation import forget_cached_readings  # noqa: E402
from question_bank.validation_cache import ValidationCache  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = (ROOT / "tests" / "data" / "korean-war-1950.txt").read_text(encoding="utf-8")


def _templates() -> list[dict]:
    def base(qtype, quote, topics=("dates",)):
        return {"type": qtype, "prompt": "A question about the text?", "topics": list(topics), "difficulty": 2,
                "explanation": "The text says so in the quoted passage.",
                "evidence": {"source": "kw", "quote": quote}}

    return [
        base("multiple_choice", "captured Seoul, the South Korean capital, on June 27") | {"choices": [
            {"text": "June 27", "correct": True, "feedback": "Right: the text gives June 27."},
            {"text": "June 25", "feedback": "That is the day the invasion began."},
            {"text": "early July", "feedback": "By then the retreat to Pusan had begun."}]},
        base("numeric", "the Korean People’s Army (KPA) boasted around 135,000 troops", ["troop_counts"])
        | {"value": 135000, "tolerance": 5000, "unit": "troops"},
        base("short_answer", "Kim Il Sung, a former guerrilla fighter", ["leaders"]) | {"accepted": ["Kim Il Sung"]},
        base("true_false", "pouring across the 38th parallel with 10 Soviet-equipped divisions", ["troop_counts"])
        | {"prompt": "The attack used 12 divisions.", "answer": False, "correction": "10 Soviet-equipped divisions"},
        base("ordering", "the Soviets declared war on Japan in August 1945") | {"items": [
            {"text": "Soviet declaration of war on Japan", "date": "August 1945"},
            {"text": "Invasion of the South", "date": "June 25, 1950",
             "evidence": {"source": "kw", "quote": "On June 25, 1950, the North Korean army launched a surprise attack"}},
            {"text": "Fall of Seoul", "date": "June 27",
             "evidence": {"source": "kw", "quote": "captured Seoul, the South Korean capital, on June 27"}}]},
        base("cite", "The 38th parallel was chosen as the dividing line, with Soviet forces occupying the North and "
                     "American forces occupying the South.", ["places"]) | {"statement": "Korea was split in two."},
    ]


def _lesson_text(text: str, k: int) -> str:
    """A distinct source of about the same size: the lesson's own heading and closing line around the text."""
    return f"Lesson {k + 1}: reading {k * 7919 % 1000:03d}\n{text}\nEnd of lesson {k + 1}.\n"


def _with_source(question: dict, source_id: str) -> dict:
    """A copy of a question whose every evidence cites ``source_id``."""
    def walk(value):
        if isinstance(value, dict):
            out = {k: walk(v) for k, v in value.items()}
            if "quote" in out and "source" in out:
                out["source"] = source_id
            return out
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value
    return walk(question)


def _drafted_lessons() -> list[tuple[dict, list[dict]]]:
    """(source, questions) of each of the 100 lessons of the ``drafted`` shape."""
    from question_bank.drafting import draft_questions

    lessons = []
    for path in sorted((ROOT / "tests" / "drafting" / "eval_texts_3").glob("*.txt")):
        drafted = draft_questions(path.read_text(encoding="utf-8"), title=path.stem).model_dump(mode="json")
        source = drafted["sources"][0]
        for k in range(10):
            sid = f"{path.stem}-{k}"
            text = _lesson_text(source["text"], len(lessons))
            lessons.append(({"id": sid, "title": f"{source['title']} {k + 1}", "citation": "", "text": text},
                            [_with_source(q, sid) for q in drafted["questions"]]))
    return lessons


def make_set(n: int, shape: str = "one") -> bytes:
    if shape == "drafted":
        lessons = _drafted_lessons()
        questions = []
        for i in range(n):
            _, lesson_questions = lessons[i * len(lessons) // n]
            q = dict(lesson_questions[i % len(lesson_questions)])
            q["id"] = f"q{i:06d}"
            questions.append(q)
        data = {"schema_version": 1, "id": f"bench-{n}", "title": "Benchmark", "status": "ready",
                "sources": [source for source, _ in lessons], "questions": questions}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if shape == "builtin":
        bank = json.loads((ROOT / "question_bank" / "banks" / "korean-war-1950.json").read_text(encoding="utf-8"))
        templates, text, title = bank["questions"], bank["sources"][0]["text"], bank["sources"][0]["title"]
    else:
        templates, text, title = _templates(), SOURCE, "Korean War"
    n_sources = 1 if shape == "one" else 100
    if n_sources == 1:
        sources = [{"id": "kw", "title": title, "citation": "", "text": text}]
    else:
        sources = [{"id": f"lesson{k:03d}", "title": f"{title} {k + 1}", "citation": "", "text": _lesson_text(text, k)}
                   for k in range(n_sources)]
    questions = []
    for i in range(n):
        source_id = sources[i * n_sources // n]["id"]  # grouped by lesson, as a teacher's file is
        q = _with_source(templates[i % len(templates)], source_id)
        q["id"] = f"q{i:06d}"
        questions.append(q)
    data = {"schema_version": 1, "id": f"bench-{n}", "title": "Benchmark", "sources": sources, "questions": questions}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def best_times(fns: list, repeat: int) -> list[float]:
    """Best CPU time of each function, the functions run in turn in every round: on a shared machine a busy
    spell then slows the baseline and the load alike, instead of one of them."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            forget_cached_readings()
            gc.collect()
            t0 = time.process_time()
            fn()
            best[k] = min(best[k], time.process_time() - t0)
    return best


def peak_bytes(fn) -> int:
    forget_cached_readings()
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--shapes", nargs="+", default=["one", "100", "builtin", "drafted"],
                        choices=["one", "100", "builtin", "drafted"])
    args = parser.parse_args()
    for shape in args.shapes:
        print(f"\nshape {shape!r}: " + {"one": "every question cites one source",
                                        "100": "questions spread over 100 distinct sources of about 8 KB",
                                        "builtin": "the built-in set's questions over 100 sources",
                                        "drafted": "drafted questions of ten other texts over 100 sources (held out)"}[shape])
        run_shape(shape, args.sizes, args.repeat)


def run_shape(shape: str, sizes: list[int], repeat_small: int) -> None:
    print(f"{'questions':>10} {'file MB':>8} {'json.loads s':>13} {'load+validate s':>16} {'ratio':>6} "
          f"{'us/question':>12} {'peak MB':>8} {'mem ratio':>9} {'cached':>7}")
    for n in sizes:
        blob = make_set(n, shape)
        text = blob.decode("utf-8")
        result = load_set_bytes(blob, "bench")
        assert not result.errors, result.errors[:3]
        assert len(result.question_set.questions) == n
        repeat = repeat_small if n <= 10000 else 1
        cache = ValidationCache()
        load_set_bytes(blob, "bench", cache)
        t_json, t_load, t_cached = best_times([lambda: json.loads(text),  # noqa: B023
                                               lambda: load_set_bytes(blob, "bench"),  # noqa: B023
                                               lambda: load_set_bytes(blob, "bench", cache)], repeat)  # noqa: B023
        m_json = peak_bytes(lambda: json.loads(text))  # noqa: B023
        m_load = peak_bytes(lambda: load_set_bytes(blob, "bench"))  # noqa: B023
        print(f"{n:>10} {len(blob) / 1e6:>8.1f} {t_json:>13.4f} {t_load:>16.4f} {t_load / t_json:>6.2f} "
              f"{t_load / n * 1e6:>12.1f} {m_load / 1e6:>8.1f} {m_load / m_json:>9.2f} {t_cached / t_json:>7.2f}")


if __name__ == "__main__":
    main()
