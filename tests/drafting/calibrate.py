"""Refit ``question_bank.drafting.calibration`` on the rated drafts of the seen sets 4-12 and measure it honestly.

``python tests/drafting/calibrate.py`` prints, for each set held out in turn (fitted on the other eight), the as-is
rate of the drafts the model ranks in the top half of the set against the bottom half and the model's AUC (the chance
that a draft kept as is ranks above one that was not, ties counting half), the same for the drafter's own score as a
baseline and the score a teacher sees (``select.shown_score``: the drafter's score blended with the held-out chance),
then the weights fitted on all nine sets (paste them into calibration.py).

``python tests/drafting/calibrate.py held [W ...]`` runs the drafter on each of sets 4-12 with the model fitted
without that set (and the picker's lean ``select.CALIBRATED_WEIGHT`` = W) and gives the as-is rate of the drafts it
keeps that are in the set's recorded rated drafts (an estimate from the recorded ratings, not a new rating: the drafts
no rater saw are left out and counted).
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from question_bank.drafting import calibration  # noqa: E402

SEEN = [str(n) for n in range(4, 13)]


def rated(n: str) -> list[tuple[list[str], bool, float]]:
    """(features, kept as is, drafter's score) of every rated draft of set n."""
    rows = []
    for rj in sorted((HERE / f"eval_ratings_{n}").glob("*.json")):
        dumped = rj.with_suffix(".drafts.txt")
        if not dumped.exists():
            continue
        blocks = calibration.parse_blocks(dumped.read_text())
        for r in json.loads(rj.read_text()).get("ratings", []):
            block = blocks.get(r.get("id", ""))
            if block is None or r.get("rating") not in ("as_is", "edit", "never"):
                continue
            m = re.search(r"score ([\d.]+)", block)
            rows.append((calibration.features(block), r["rating"] == "as_is", float(m.group(1)) if m else 0.0))
    return rows


def split_rate(rows: list[tuple[float, bool]]) -> tuple[float, float]:
    ranked = sorted(rows, key=lambda r: -r[0])
    half = len(ranked) // 2
    top, rest = ranked[:half], ranked[half:]
    return sum(y for _s, y in top) / max(1, len(top)), sum(y for _s, y in rest) / max(1, len(rest))


def auc(rows: list[tuple[float, bool]]) -> float:
    """The chance that a draft kept as is ranks above one that was not (ties count half)."""
    ranked = sorted(rows, key=lambda r: r[0])
    pos = sum(1 for _s, y in rows if y)
    neg = len(rows) - pos
    wins, i, below = 0.0, 0, 0  # below: drafts not kept, ranked strictly lower
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        tie_pos = sum(1 for _s, y in ranked[i:j] if y)
        tie_neg = (j - i) - tie_pos
        wins += tie_pos * (below + tie_neg / 2)
        below += tie_neg
        i = j
    return wins / max(1, pos * neg)


def shown(score: float, chance: float) -> float:
    """A recorded draft's score as ``select.shown_score`` would show it, from its recorded score and its chance."""
    from question_bank.drafting import select

    return (1 - select.SCORE_BLEND) * score + select.SCORE_BLEND * (chance + select.SCORE_SHIFT)


def held_out_aucs(data: dict[str, list[tuple[list[str], bool, float]]]) -> dict[str, tuple[float, float, float]]:
    """Per held-out set: the AUC of the chance (fitted without the set), of the drafter's score and of the shown one."""
    out = {}
    for n in data:
        prior, weights = calibration.fit([(f, y) for k in data if k != n for f, y, _s in data[k]])
        chance = [(1 / (1 + math.exp(-calibration.log_odds(f, prior, weights))), y, s) for f, y, s in data[n]]
        out[n] = (auc([(c, y) for c, y, _s in chance]), auc([(s, y) for _c, y, s in chance]),
                  auc([(shown(s, c), y) for c, y, s in chance]))
    return out


def main() -> None:
    data = {n: rated(n) for n in SEEN}
    print("held-out set  drafts  as-is  | model top half / rest, AUC | drafter score top half / rest, AUC")
    tot = {"m": [0.0, 0.0, 0.0], "s": [0.0, 0.0, 0.0]}
    for n in SEEN:
        train = [(f, y) for k in SEEN if k != n for f, y, _s in data[k]]
        prior, weights = calibration.fit(train)
        held = data[n]
        ranked_m = [(calibration.log_odds(f, prior, weights), y) for f, y, _s in held]
        ranked_s = [(s, y) for _f, y, s in held]
        model = (*split_rate(ranked_m), auc(ranked_m))
        score = (*split_rate(ranked_s), auc(ranked_s))
        base = sum(y for _f, y, _s in held) / len(held)
        for k, v in (("m", model), ("s", score)):
            for i in range(3):
                tot[k][i] += v[i] / len(SEEN)
        print(f"  set {n:>2}      {len(held):>5}  {base:5.0%}  | {model[0]:5.0%} / {model[1]:5.0%}, {model[2]:.3f}"
              f"    | {score[0]:5.0%} / {score[1]:5.0%}, {score[2]:.3f}")
    print(f"  mean                     | {tot['m'][0]:5.0%} / {tot['m'][1]:5.0%}, {tot['m'][2]:.3f}    |"
          f" {tot['s'][0]:5.0%} / {tot['s'][1]:5.0%}, {tot['s'][2]:.3f}")
    aucs = held_out_aucs(data)
    print("\nAUC, held out: chance / drafter score / shown score (select.shown_score)")
    for n, (c, s, b) in aucs.items():
        print(f"  set {n:>2}  {c:.3f} / {s:.3f} / {b:.3f}")
    print("  mean    " + " / ".join(f"{sum(a[i] for a in aucs.values()) / len(aucs):.3f}" for i in range(3)))
    prior, weights = calibration.fit([(f, y) for n in SEEN for f, y, _s in data[n]])
    print(f"\nPRIOR = {prior}\nWEIGHTS: dict[str, float] = {{")
    for f, w in sorted(weights.items(), key=lambda kv: kv[1]):
        print(f"    {f!r}: {w},")
    print("}")


def picked() -> None:
    """Expected as-is rate of the drafts the picker keeps on each seen set (4-12), by the model fitted without that set,
    with the old lean (each type's rate, ``KEPT_AS_IS``) and with the calibrated one (the picker run with the weights
    fitted without the set, so that the set it is measured on is unseen to the model that picked)."""
    import evalkit

    from question_bank.drafting import select

    data = {n: rated(n) for n in SEEN}
    new_chance = select._kept_chance
    print("set  | old lean: drafts, expected as-is | calibrated lean: drafts, expected as-is")
    for n in SEEN:
        calibration.PRIOR, calibration.WEIGHTS = calibration.fit(
            [(f, y) for k in SEEN if k != n for f, y, _s in data[k]])
        row = []
        for old in (True, False):
            if old:
                select._kept_chance = lambda d: select.KEPT_AS_IS.get(d.type, select._KEPT_MEAN)  # type: ignore
                weight, mean = select.CALIBRATED_WEIGHT, select._CALIBRATED_MEAN
                select.CALIBRATED_WEIGHT, select._CALIBRATED_MEAN = select.KEPT_WEIGHT, select._KEPT_MEAN
            chances = []
            for _name, path in evalkit.eval_texts(n).items():
                chances += [calibration.probability(b) for _i, b in evalkit.dump_text(path.read_text())]
            if old:
                select._kept_chance = new_chance  # type: ignore
                select.CALIBRATED_WEIGHT, select._CALIBRATED_MEAN = weight, mean
            row.append((len(chances), sum(chances) / len(chances)))
        print(f"  {n:>2} | {row[0][0]:>4}, {row[0][1]:.1%} | {row[1][0]:>4}, {row[1][1]:.1%}", flush=True)


def recorded(n: str) -> dict[str, list[bool]]:
    """Set n's recorded rated drafts: each block as ``evalkit`` dumps it (without its score line) -> kept as is, by
    each rating it had (a draft rated at both stages has two)."""
    import evalkit

    out: dict[str, list[bool]] = {}
    for rj in sorted((HERE / f"eval_ratings_{n}").glob("*.json")):
        dumped = rj.with_suffix(".drafts.txt")
        if not dumped.exists():
            continue
        blocks = calibration.parse_blocks(dumped.read_text())
        for r in json.loads(rj.read_text()).get("ratings", []):
            block = blocks.get(r.get("id", ""))
            if block is not None and r.get("rating") in ("as_is", "edit", "never"):
                out.setdefault(evalkit._without_score(block).strip(), []).append(r["rating"] == "as_is")
    return out


def held(weights: list[float]) -> None:
    """The held-out as-is rate of the drafts the drafter keeps on sets 4-12, by the recorded ratings."""
    import evalkit

    from question_bank.drafting import select

    data = {n: rated(n) for n in SEEN}
    fits = {n: calibration.fit([(f, y) for k in SEEN if k != n for f, y, _s in data[k]]) for n in SEEN}
    kept = calibration.PRIOR, calibration.WEIGHTS, select.CALIBRATED_WEIGHT
    for w in weights:
        select.CALIBRATED_WEIGHT = w
        line, rated_n, as_is, total = [], 0, 0.0, 0
        for n in SEEN:
            calibration.PRIOR, calibration.WEIGHTS = fits[n]
            rec, words, drafts, matched, yes = recorded(n), 0, 0, 0, 0.0
            for _name, path in evalkit.eval_texts(n).items():
                text = path.read_text(encoding="utf-8")
                words += len(text.split())
                for _i, block in evalkit.dump_text(text):
                    drafts += 1
                    ratings = rec.get(evalkit._without_score(block).strip())
                    if ratings:
                        matched += 1
                        yes += sum(ratings) / len(ratings)
            line.append(f"{n}: {100 * drafts / words:.2f}/100w {yes / max(1, matched):.1%} of {matched}/{drafts}")
            rated_n, as_is, total = rated_n + matched, as_is + yes, total + drafts
        print(f"weight {w}: as is {as_is / rated_n:.2%} of the {rated_n} rated drafts kept ({total - rated_n} not rated)")
        print("   " + " | ".join(line), flush=True)
    calibration.PRIOR, calibration.WEIGHTS, select.CALIBRATED_WEIGHT = kept


if __name__ == "__main__":
    if sys.argv[1:2] == ["held"]:
        held([float(w) for w in sys.argv[2:]] or [0.6])
    else:
        picked() if sys.argv[1:] == ["picked"] else main()
