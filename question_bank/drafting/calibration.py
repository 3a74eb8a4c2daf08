"""How likely a teacher keeps a draft as it stands, from features visible in the draft (round 12 of issue 16).

The features are read from a draft's dump block (``tests/drafting/evalkit.py``'s ``describe`` plus its quote and
"score ... kind ..." line), the same form the raters read, so the model can be fitted on the rated drafts of the seen
sets and applied to a new draft alike. The model is a smoothed per-feature log-odds sum (naive Bayes): each feature
present adds ``WEIGHTS[feature]`` to the log-odds ``PRIOR`` of "as_is". ``WEIGHTS`` were fitted on the ratings of the
seen sets 4-12 (every ``eval_ratings_N/<text>.<stage>.json`` with its ``<text>.<stage>.drafts.txt``); refit and print
the table and the leave-one-set-out figures with ``python tests/drafting/calibrate.py``.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_RELATIVE = re.compile(r"\b(later|earlier|afterwards|the next (day|year|month|week)|that (day|year)|"
                       r"the following|the same (day|year)|the previous|soon after)\b", re.I)
_PRONOUN = re.compile(r"\b(he|she|they|him|her|them|his|their|it|its)\b", re.I)
_BRACKET = re.compile(r"\b\w+ \[[^\]]+\]")


def parse_blocks(text: str) -> dict[str, str]:
    """A dump's blocks by draft id."""
    blocks: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", text.strip()):
        m = re.match(r"\[([^\]]+)\]", block.strip())
        if m:
            blocks[m.group(1)] = block.strip()
    return blocks


def features(block: str) -> list[str]:
    """The named features of one draft's dump block."""
    lines = block.splitlines()
    head = lines[0]
    m = re.match(r"\[[^\]]+\] (\w+): (.*)", head)
    dtype, prompt = (m.group(1), m.group(2)) if m else ("?", head)
    kind_m = re.search(r"^\s*score [\d.]+ kind (\S+)", block, re.M)
    kind = kind_m.group(1) if kind_m else "?"
    statement = next((ln.split(":", 1)[1].strip() for ln in lines if ln.strip().startswith("statement:")), "")
    shown_line = next((ln.split(":", 1)[1].strip() for ln in lines if ln.strip().startswith("shown:")), "")
    quote = next((ln.split(":", 1)[1].strip() for ln in lines if ln.strip().startswith("quote:")), "")
    asked = " ".join(x for x in (prompt, statement, shown_line) if x)
    options = sum(1 for ln in lines if re.match(r"\s+[*-] ", ln))
    out = [f"type={dtype}", f"type_kind={dtype}/{kind}"]
    words = len(asked.split())
    out.append("long_prompt" if words > 30 else "short_prompt" if words < 12 else "mid_prompt")
    if _BRACKET.search(asked):
        out.append("bracketed_name")
    if _RELATIVE.search(asked):
        out.append("relative_date")
    bare = re.sub(r"\[[^\]]*\]", "", asked)
    bare = re.sub(r"^(Fill in the blank \([^)]*\):|What number fills the blank\?|Which sentence of the text "
                  r"supports this statement\?|Fill the gaps with the words of the text\.)", "", bare).strip()
    if _PRONOUN.match(bare) or (statement and _PRONOUN.match(statement)):
        out.append("starts_with_pronoun")
    if re.match(r"^(Fill in the blank \([^)]*\): )?_____", prompt) or shown_line.startswith("_____"):
        out.append("blank_first")
    if options:
        out.append(f"options={min(options, 6)}")
    if dtype == "cite" and statement and quote:
        ratio = len(statement) / max(1, len(quote))
        out.append("cite_short" if ratio < 0.5 else "cite_long" if ratio > 0.9 else "cite_mid")
    if quote and len(quote.split()) > 35:
        out.append("long_quote")
    return out


def fit(rows: list[tuple[list[str], bool]], alpha: float = 2.0) -> tuple[float, dict[str, float]]:
    """The prior log-odds of as_is and each feature's smoothed log-likelihood ratio (seen in at least 5 drafts)."""
    pos = sum(1 for _f, y in rows if y)
    neg = len(rows) - pos
    prior = math.log((pos + 1) / (neg + 1))
    cp: Counter[str] = Counter()
    cn: Counter[str] = Counter()
    for feats, y in rows:
        (cp if y else cn).update(set(feats))
    weights = {}
    for f in set(cp) | set(cn):
        if cp[f] + cn[f] < 5:
            continue
        # shrink to the prior: alpha pseudo-drafts at the base rate
        rate = pos / len(rows)
        p1 = (cp[f] + alpha * rate) / (cp[f] + cn[f] + alpha)
        weights[f] = round(math.log(p1 / (1 - p1)) - math.log(rate / (1 - rate)), 3)
    return round(prior, 3), weights


def log_odds(feats: list[str], prior: float, weights: dict[str, float]) -> float:
    # the features overlap (type and type/kind): the mean of the present weights, not their sum, keeps it calibrated
    present = [weights[f] for f in feats if f in weights]
    return prior + (sum(present) / len(present) * min(len(present), 3) if present else 0.0)


def probability(block: str, prior: float | None = None, weights: dict[str, float] | None = None) -> float:
    """The chance that a teacher keeps the draft of this dump block as it stands."""
    prior = PRIOR if prior is None else prior
    weights = WEIGHTS if weights is None else weights
    return 1 / (1 + math.exp(-log_odds(features(block), prior, weights)))


def block_of(question: dict, dtype: str, kind: str) -> str:
    """A draft's dump block as ``tests/drafting/evalkit.py`` prints it, enough of it for ``features``."""
    q = question
    lines = [f"[x] {dtype}: {q.get('prompt', '')}"]
    if q.get("statement"):
        lines.append(f"    statement: {q['statement']}")
    lines += [f"    {'*' if c.get('correct') else '-'} {c['text']}" for c in q.get("choices", ())]
    quote = q.get("evidence", {}).get("quote", "")
    if dtype == "cloze":
        shown, at = "", 0
        for gap in q.get("gaps", ()):
            shown += quote[at:gap["start"]] + "_____"
            at = gap["end"]
        lines.append(f"    shown: {shown + quote[at:]}")
    lines.append(f"    quote: {quote[:160]}")
    lines.append(f"    score 0.00 kind {kind}")
    return "\n".join(lines)


#: Fitted on the ratings of the seen sets 4-12 (``python tests/drafting/calibrate.py`` refits and prints them).
PRIOR = 0.274
WEIGHTS: dict[str, float] = {
    'type_kind=matching/pairs': -1.482,
    'type=matching': -1.482,
    'blank_first': -1.09,
    'type_kind=multiple_choice/country': -1.037,
    'starts_with_pronoun': -1.003,
    'type_kind=ordering/sequence': -0.976,
    'type=ordering': -0.976,
    'type_kind=short_answer/country': -0.816,
    'type_kind=cloze/gaps': -0.762,
    'short_prompt': -0.731,
    'type_kind=cloze/country': -0.713,
    'type_kind=multiple_choice/person': -0.661,
    'type_kind=true_false/number': -0.549,
    'type_kind=true_false/person': -0.488,
    'type_kind=multiple_choice/cause': -0.432,
    'type_kind=cloze/person': -0.418,
    'type_kind=cloze/organisation': -0.407,
    'type_kind=true_false/statement': -0.396,
    'type_kind=multiple_select/person': -0.386,
    'type_kind=short_answer/event': -0.372,
    'bracketed_name': -0.361,
    'relative_date': -0.322,
    'type=cloze': -0.309,
    'type_kind=short_answer/unit': -0.24,
    'type_kind=cloze/number': -0.206,
    'type=true_false': -0.203,
    'type_kind=short_answer/place': -0.193,
    'options=3': -0.153,
    'type_kind=multiple_choice/place': -0.112,
    'type=multiple_choice': -0.074,
    'type=short_answer': -0.07,
    'type_kind=multiple_choice/number': -0.027,
    'options=4': -0.022,
    'type_kind=multiple_select/statements': 0.018,
    'long_prompt': 0.024,
    'type_kind=true_false/place': 0.033,
    'type_kind=short_answer/person': 0.039,
    'type_kind=short_answer/organisation': 0.04,
    'type_kind=cloze/place': 0.049,
    'type_kind=true_false/country': 0.06,
    'type_kind=multiple_choice/date': 0.093,
    'mid_prompt': 0.123,
    'type=multiple_select': 0.129,
    'type_kind=cloze/document': 0.339,
    'type=numeric': 0.343,
    'type_kind=numeric/number': 0.343,
    'type_kind=true_false/date': 0.39,
    'type_kind=cloze/date': 0.391,
    'options=5': 0.554,
    'cite_short': 0.576,
    'type_kind=cloze/language': 0.739,
    'type_kind=short_answer/date': 0.744,
    'type_kind=multiple_choice/effect': 0.77,
    'cite_mid': 0.771,
    'type=cite': 0.783,
    'type_kind=cite/statement': 0.783,
    'cite_long': 0.835,
    'type_kind=multiple_select/country': 1.599,
    'options=6': 1.837,
}
