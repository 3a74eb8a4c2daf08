"""Round 4 of issue 16: the set-3 drafts the round-4 rules changed or added, rated by the engineer who wrote those
rules. Set 3 is a SEEN set (its "after" ratings and their reasons were read while the rules were written), so these
figures are not a measure of the rules on unseen text; set 4 is that measure.

``python tests/drafting/eval_ratings_3/round4_seen_ratings.py`` writes ``<text>.round4-kinds.json``: every current draft,
those unchanged since the "after" record keeping their recorded rating (marked "recorded"), the changed or new ones
rated here; ``python tests/drafting/evalkit.py snapshot --set 3 round4-kinds`` records the drafts rated.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import evalkit  # noqa: E402

#: (text, id) -> (rating, faults, reason) for the drafts not in the "after" record
ROUND4 = {
    ("ashoka", "s004-num"): ("as_is", [], "'around 321 BCE' now accepts 319-323: the tolerance follows the hedge"),
    ("ashoka", "s007-tf"): ("as_is", [], "a fair false statement: Mahinda, Ashoka's son, in Ashoka's place"),
    ("ashoka", "s008-cloze"): ("as_is", [], "typed gap accepts 'Thirteenth Rock Edict' and '13th Rock Edict'; the number "
                               "gap is good"),
    ("ashoka", "s011-cite"): ("edit", ["broken_wording"], "'after Kalinga' moved to the end reads as 'the poor after "
                              "Kalinga'"),
    ("ashoka", "s013-tf"): ("edit", ["verbatim_copy"], "the sentence with 'he' named, otherwise copied"),
    ("ashoka", "s017-ms"): ("edit", ["unresolved_pronoun"], "'Most are in Prakrit' leans on the inscriptions of the "
                            "choice before it"),
    ("ashoka", "s020-sa"): ("as_is", [], ""),
    ("eureka-stockade-letter", "s009-cloze"): ("as_is", [], "'Hotham' accepted too"),
    ("eureka-stockade-letter", "s010-mc"): ("as_is", [], "all dates now written like the key ('20th of November')"),
    ("eureka-stockade-letter", "s014-tf"): ("edit", ["verbatim_copy"], "the sentence copied word for word"),
    ("eureka-stockade-letter", "s021-tf"): ("edit", ["verbatim_copy", "trivial_fact"], "a copied opinion of the "
                                            "writer's"),
    ("fall-of-tenochtitlan", "s006-tf"): ("edit", ["unresolved_pronoun"], "'joined it to the shore': it is the city "
                                          "only from the sentence before"),
    ("fall-of-tenochtitlan", "s009-sa"): ("as_is", [], "shown after the sentence that names Cortés"),
    ("fall-of-tenochtitlan", "s010-cloze"): ("edit", ["wrong_kind_distractor", "unresolved_pronoun"], "men's names "
                                             "offered for 'a Nahua woman'; 'his interpreter' does not say whose"),
    ("fall-of-tenochtitlan", "s011-tf"): ("edit", ["verbatim_copy", "unresolved_pronoun"], "copied; 'his allies' "
                                          "is Cortés only from the text before"),
    ("ghana-independence-1957", "s003-sa"): ("edit", ["trivial_fact"], "'the first colony in ___ south of the "
                                             "Sahara': Africa is too easy"),
    ("ghana-independence-1957", "s005-tf"): ("edit", ["nonsense_swap"], "Richard Nixon, the American guest, as "
                                             "Ghana's Prime Minister is absurd"),
    ("ghana-independence-1957", "s010-sa"): ("as_is", [], "'he' named; surname and full name accepted"),
    ("ghana-independence-1957", "s011-mc"): ("as_is", [], ""),
    ("ghana-independence-1957", "s012-cloze"): ("as_is", [], "'Sir ___ stays on': Charles or Charles Arden-Clarke"),
    ("ghana-independence-1957", "s013-mc"): ("edit", ["options_unlike_answer"], "the wrong choices (guests, cocoa) are "
                                             "no reasons for a date at all"),
    ("ghana-independence-1957", "s014-tf"): ("edit", ["nonsense_swap"], "'the old empire of Britain … on the edge of "
                                             "the Sahara'"),
    ("ghana-independence-1957", "s015-mc"): ("as_is", [], ""),
    ("ghana-independence-1957", "s016-sa"): ("as_is", [], "'Elizabeth' accepted beside 'Elizabeth II'"),
    ("ghana-independence-1957", "s019-cloze"): ("as_is", [], "'Volta' accepted now"),
    ("haitian-revolution", "s016-sa"): ("as_is", [], "'Jura' accepted now"),
    ("haitian-revolution", "s019-sa"): ("as_is", [], "'Vertières' accepted now"),
    ("iranian-revolution", "s003-tf"): ("edit", ["verbatim_copy"], "a short sentence copied"),
    ("iranian-revolution", "s005-cloze"): ("edit", ["unresolved_pronoun"], "the passage names Mosaddegh and the Shah "
                                           "before 'he'; the gaps do not depend on it, but the passage should say"),
    ("iranian-revolution", "s014-ms"): ("edit", ["nonsense_swap"], "'millions marched in Neauphle-le-Château', a "
                                        "village near Paris"),
    ("iranian-revolution", "s023-tf"): ("as_is", [], ""),
    ("mansa-musa", "s002-cloze"): ("as_is", [], "a language gap, typed"),
    ("mansa-musa", "s003-sa"): ("as_is", [], "'His' named; 'Atlantic' as written"),
    ("mansa-musa", "s005-cloze"): ("as_is", [], "'His' is named in the prompt; 'Atlantic' accepted"),
    ("mansa-musa", "s006-cite"): ("as_is", [], ""),
    ("mansa-musa", "s009-mc"): ("as_is", [], "'He' is Musa now; four cities"),
    ("mansa-musa", "s016-sa"): ("edit", ["giveaway_in_prompt"], "'a map made in Majorca' points to Europe"),
    ("partition-of-india", "s008-sa"): ("as_is", [], ""),
    ("partition-of-india", "s012-mc"): ("edit", ["wrong_kind_distractor"], "West and East Pakistan were not provinces "
                                        "to be split"),
    ("partition-of-india", "s015-sa"): ("as_is", [], ""),
    ("partition-of-india", "s023-mc"): ("as_is", [], ""),
    ("qin-unification", "s012-cite"): ("as_is", [], "'He' named"),
    ("qin-unification", "s017-sa"): ("as_is", [], "'his' named"),
    ("qin-unification", "s018-mc"): ("as_is", [], "BCE years as choices, not multiples"),
    ("qin-unification", "s019-mc"): ("as_is", [], "'His dynasty' named"),
    ("wangari-maathai", "s002-ord"): ("as_is", [], ""),
    ("wangari-maathai", "s003-sa"): ("as_is", [], "'she' named across the paragraph break"),
    ("wangari-maathai", "s004-cite"): ("as_is", [], ""),
    ("wangari-maathai", "s010-mc"): ("as_is", [], "'her death' named; only larger numbers after 'more than'"),
    ("wangari-maathai", "s012-cloze"): ("as_is", [], "'she' named in the prompt"),
}


def main() -> int:
    unrated = []
    for name, path in evalkit.eval_texts("3").items():
        recorded = evalkit.read_snapshot(name, "after", "3")
        after = {r["id"]: r for r in evalkit.load_ratings(name, "after", "3")}
        ratings = []
        for draft_id, block in evalkit.dump_text(path.read_text(encoding="utf-8")):
            if recorded.get(draft_id) == evalkit._without_score(block):
                ratings.append({**after[draft_id], "recorded": True})
            elif (name, draft_id) in ROUND4:
                rating, faults, reason = ROUND4[(name, draft_id)]
                ratings.append({"id": draft_id, "rating": rating, "reason": reason,
                                **({"faults": faults} if faults else {})})
            else:
                unrated.append((name, draft_id))
        out = {"text": name, "stage": "round4-kinds", "rater": "round-4 engineer, on a seen set", "ratings": ratings}
        (HERE / f"{name}.round4-kinds.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for name, draft_id in unrated:
        print("not rated:", name, draft_id)
    return 1 if unrated else 0


if __name__ == "__main__":
    raise SystemExit(main())
