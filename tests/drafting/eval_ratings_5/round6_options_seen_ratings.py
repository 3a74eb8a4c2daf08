"""Round 6 (options, swaps and kinds) on SEEN set 5: the drafts the round's rules changed or added, rated by the
engineer who wrote the rules (a biased, seen-set rating; the blind measure is set 6). Every other draft keeps its
recorded "after" rating. Run ``python tests/drafting/eval_ratings_5/round6_options_seen_ratings.py`` to write
``<text>.round6-options.json`` and the drafts rated, ``<text>.round6-options.drafts.txt``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGE = "round6-options"
#: (text, id) -> (rating, faults, reason) for the drafts not in the after record
RATED = {
    ("battle-of-adwa", "s009-mc"): ("as_is", [], "1884 is invented nine years off; 1889 and 1896 are the text's"),
    ("battle-of-adwa", "s017-cloze"): ("as_is", [], "three options now (Menelik II, a ruler's name, left out)"),
    ("battle-of-agincourt", "s014-cloze"): ("edit", ["giveaway_in_prompt"],
                                            "1411 is no near miss now, but gap 2 is still shown by 'Charles's daughter'"),
    ("battle-of-waterloo", "s002-num"): ("as_is", [], ""),
    ("battle-of-waterloo", "s006-tf"): ("edit", ["nonsense_swap"],
                                        "France among the powers that outlawed its own emperor: false for a silly reason"),
    ("battle-of-waterloo", "s007-tf"): ("as_is", [], "Britain for Belgium: plainly false by the text"),
    ("battle-of-waterloo", "s009-cloze"): ("as_is", [], "two typed gaps, no invented dates"),
    ("battle-of-waterloo", "s012-ms"): ("as_is", [], ""),
    ("battle-of-waterloo", "s016-mc"): ("as_is", [], "1812 invented nine years off"),
    ("battle-of-waterloo", "s017-tf"): ("edit", ["nonsense_swap"], "Napoleon as Prime Minister of Britain is absurd"),
    ("emancipation-of-the-serfs", "s002-mc"): ("as_is", [], "other years, not other days"),
    ("first-opium-war", "s002-cloze"): ("edit", ["narrow_accepted"], "typed gap takes only 'British East India Company'"),
    ("first-opium-war", "s009-sa"): ("as_is", [], ""),
    ("first-opium-war", "s013-mc"): ("as_is", [], "invented years; 1827 and 1833 fall before the war the text dates"),
    ("first-opium-war", "s017-sa"): ("as_is", [], "no more 1997 among 1839-1842"),
    ("gutenberg-printing-press", "s008-tf"): ("as_is", [], "about 90 for about 180: false by the text"),
    ("gutenberg-printing-press", "s009-num"): ("as_is", [], ""),
    ("gutenberg-printing-press", "s016-cloze"): ("edit", ["answer_shown_elsewhere"],
                                                 "no near miss now; still three gaps and 'Europe' is s001's answer"),
    ("indonesian-independence", "s008-mc"): ("as_is", [], ""),
    ("indonesian-independence", "s010-sa"): ("edit", ["narrow_accepted"], "'Indonesia' alone is not accepted"),
    ("indonesian-independence", "s015-cloze"): ("edit", ["arguable_distractor"],
                                                "'including the ___': any other nation fits a typed gap"),
    ("indonesian-independence", "s016-sa"): ("as_is", [], "no more 'Sukarno' offered as a city"),
    ("martin-luther", "s001-sa"): ("edit", ["trivial_fact"], "'western ___' (Europe) is too easy"),
    ("martin-luther", "s004-tf"): ("edit", ["verbatim_copy"], "the sentence with 'He' named: a copy"),
    ("martin-luther", "s007-ms"): ("as_is", [], "31 October 1508: another year, plainly false"),
}


def main() -> int:
    kit = [sys.executable, str(HERE.parent / "evalkit.py")]
    subprocess.run(kit + ["snapshot", "--set", "5", STAGE], check=True)
    sys.path.insert(0, str(HERE.parent))
    from evalkit import eval_texts, load_ratings, read_snapshot

    for name in eval_texts("5"):
        recorded = read_snapshot(name, "after", "5")
        old = {r["id"]: r for r in load_ratings(name, "after", "5")}
        out = []
        for draft_id, block in read_snapshot(name, STAGE, "5").items():
            if (name, draft_id) in RATED:
                rating, faults, reason = RATED[(name, draft_id)]
                out.append({"id": draft_id, "rating": rating, "reason": reason} | ({"faults": faults} if faults else {}))
            else:
                assert recorded.get(draft_id) == block, (name, draft_id)  # unchanged: keeps its recorded rating
                out.append(old[draft_id])
        (HERE / f"{name}.{STAGE}.json").write_text(json.dumps({"text": name, "stage": STAGE, "ratings": out},
                                                              indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
