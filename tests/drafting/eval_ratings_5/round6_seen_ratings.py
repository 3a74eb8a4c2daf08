"""Set 5 after round 6 of issue 16: SEEN texts, rated by the engineer who wrote the round-6 rules (a biased figure).

The drafts whose text is unchanged keep the blind rating recorded in ``<text>.after.json``; the new or changed ones
(``evalkit.py changed --set 5 after``) are rated here. ``python tests/drafting/eval_ratings_5/round6_seen_ratings.py``
writes ``<text>.round6-seen.json`` and records the drafts rated in ``<text>.round6-seen.drafts.txt``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent.parent))

import evalkit  # noqa: E402

STAGE = "round6-seen"
RATED = {
    "battle-of-adwa/s012-cite": ("as_is", "the range is stated whole", []),
    "battle-of-adwa/s016-cloze": ("as_is", "fair number options, the other count (3,000) is not the key", []),
    "battle-of-adwa/s017-mc": ("edit", "Taytu Betul (an empress) and Menelik II are no Italian prime ministers",
                               ["wrong_kind_distractor"]),
    "battle-of-agincourt/s003-num": ("as_is", "'perhaps 12,000' now accepts a few hundred either way", []),
    "battle-of-agincourt/s004-mc": ("as_is", "the reason explains the clause it follows; fair wrong effects", []),
    "battle-of-waterloo/s002-cite": ("as_is", "'It' named as the Battle of Waterloo", []),
    "battle-of-waterloo/s004-mc": ("edit", "March 1815 is arguable (he landed in March)", ["near_miss_distractor"]),
    "eruption-of-vesuvius/s002-cloze": ("edit", "the museum guide speaking to visitors ('The objects around you')",
                                        ["meta_text"]),
    "eruption-of-vesuvius/s011-sa": ("as_is", "the sentence before names Pliny", []),
    "eruption-of-vesuvius/s014-sa": ("as_is", "'Naples' now accepted", []),
    "first-opium-war/s002-sa": ("as_is", "'East India Company' now accepted", []),
    "martin-luther/s004-cite": ("as_is", "", []),
    "martin-luther/s011-cloze": ("as_is", "'the same year' is context, not asked", []),
    "martin-luther/s015-sa": ("as_is", "", []),
    "martin-luther/s018-cloze": ("edit", "the title 'Martin Luther and the Reformation' shows 'Reformation'",
                                 ["giveaway_in_prompt"]),
    "women-vote-new-zealand/s003-sa": ("as_is", "the relative date is context, not asked", []),
    "women-vote-new-zealand/s006-tf": ("edit", "the sentence with the name for 'She', otherwise word for word",
                                       ["verbatim_copy"]),
}


def main() -> int:
    for name, path in evalkit.eval_texts("5").items():
        recorded = evalkit.read_snapshot(name, "after", "5")
        blind = {r["id"]: r for r in evalkit.load_ratings(name, "after", "5")}
        current = evalkit.dump_text(path.read_text(encoding="utf-8"))
        ratings = []
        for qid, block in current:
            if recorded.get(qid) == evalkit._without_score(block):
                ratings.append(blind[qid])
                continue
            rating, reason, faults = RATED[f"{name}/{qid}"]
            ratings.append({"id": qid, "rating": rating, "reason": reason, "faults": faults})
        (HERE / f"{name}.{STAGE}.json").write_text(
            json.dumps({"text": name, "stage": STAGE, "ratings": ratings}, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8")
        evalkit.snapshot_path(name, STAGE, "5").write_text("\n\n".join(b for _i, b in current) + "\n",
                                                           encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
