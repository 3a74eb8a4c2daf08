"""Issue 14 (drafting speed): per-text tables and indexes in place of repeated scans. Each must give the verdicts of
the scan it replaces; these tests hold each against that scan, written out as it was."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

import pytest

from question_bank.drafting import api, builders, select, swaps
from question_bank.drafting.facts import folded, read_facts

TEXTS = [
    "Frederick Douglass\n\n"
    "Frederick Douglass was born into slavery in Maryland in 1818. As a boy he was sent to Baltimore, where he "
    "learned to read. In 1838 he escaped to New York with the help of Anna Murray, a free Black woman from "
    "Baltimore. In April Douglass spoke at Nantucket, and Baltimore later heard of it.\n\n"
    "Douglass published his Narrative in 1845. He travelled to Ireland and Britain, where friends bought his "
    "freedom in 1846. Back in Rochester he founded The North Star in 1847.\n",
    "The Building of the Suez Canal\n\n"
    "Ferdinand de Lesseps won a concession from Said Pasha in 1854. Work on the canal began at Port Said on "
    "25 April 1859. About 1.5 million Egyptians worked on it over ten years, many of them forced to.\n\n"
    "The canal opened on 17 November 1869. Empress Eugénie sailed through it on the imperial yacht L'Aigle. "
    "It was 164 kilometres long and 8 metres deep. Edo, the city now called Tokyo, sent an envoy.\n\n"
    "Egypt sold its shares to Britain in 1875. Benjamin Disraeli bought them for four million pounds. "
    "In 1956 Gamal Abdel Nasser nationalised the canal, and Britain, France and Israel invaded Egypt.\n",
]


def _two_kinds_by_scan(facts, m) -> bool:
    """``builders.two_kinds`` as it was: every name of the text looked at for every mention."""
    if m.kind in ("date", "number"):
        return False
    words = m.text.split()
    if len(words) > 1 and words[0].lower() in builders._MONTHS_AND_DAYS:
        return True
    people, lands = {"person"}, {"place", "country"}
    return any(o is not m and o.text == m.text and (o.kind in people and m.kind in lands or
                                                     o.kind in lands and m.kind in people)
               for x in facts.sentences for o in x.names)


@pytest.mark.parametrize("text", TEXTS)
def test_two_kinds_by_the_table_is_the_scan(text):
    facts = read_facts(text)
    mentions = [m for sf in facts.sentences for m in sf.mentions]
    assert mentions
    verdicts = [(builders.two_kinds(facts, m), _two_kinds_by_scan(facts, m)) for m in mentions]
    assert all(a == b for a, b in verdicts)


def test_two_kinds_sees_a_person_read_where_the_text_has_a_place():
    facts = read_facts(TEXTS[0])
    names = {(m.text, m.kind) for sf in facts.sentences for m in sf.names}
    kinds = builders._name_kinds(facts)
    assert all(kind in kinds[name] for name, kind in names)
    # the table is the text's own: a name it never writes has no kinds
    assert builders._name_kinds(facts).get("Atlantis") is None


@pytest.mark.parametrize("text, name", [
    ("Kent and the Duchess of Kent, Kent-born; Kentish Kent.", "Kent"),
    ("aa aaa aa-a aa", "aa"),
    ("Lübeck, Lübecker Lübeck_ Lübeck", "Lübeck"),
    ("Korea North Korea Korea's Korea", "Korea"),
    ("no such name here", "Tokyo"),
    ("Edo Edo Edo", "Edo Edo"),
    ("x", ""),
])
def test_whole_word_ends_are_the_patterns(text, name):
    by_pattern = [hit.end() for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert swaps._whole_ends(text, name) == by_pattern


def test_names_one_place_still_reads_a_renaming():
    facts = read_facts(TEXTS[1])
    assert swaps.names_one_place(facts, "Edo", "Tokyo")
    assert not swaps.names_one_place(facts, "Egypt", "Britain")


def _ruling_out_by_scan(p) -> list[tuple[object, int]]:
    """``select._ruling_out`` as it was in round 14: one ``find`` over all free sentences per form."""
    kept_at = {s for d in p.chosen for s in d.sentences}
    free: dict[int, list] = {}
    for d in p.pool:
        if not p.multi(d) and d.sentences[-1] not in kept_at:
            free.setdefault(d.sentences[-1], []).append((select._shown_text(d), select._padded_forms(d)))
    merged = [(" | ".join(t for t, _f in ds), {a for _t, fs in ds for a in fs}) for ds in free.values()]
    joined = "\0".join(t for t, _a in merged)
    starts = list(itertools.accumulate((len(t) + 1 for t, _a in merged), initial=0))
    asking: dict[str, list[int]] = {}
    for i, (_t, theirs) in enumerate(merged):
        for a in theirs:
            asking.setdefault(a, []).append(i)
    out = []
    for d in p.chosen:
        if p.multi(d):
            out.append((d, sum(1 for s, _t in d.shown if s in free or s not in kept_at - set(d.sentences))))
            continue
        forms, shown = select._padded_forms(d), select._shown_text(d)
        hit = {i for a, where in asking.items() if a in shown for i in where}
        for a in forms:
            at = joined.find(a)
            while at >= 0:
                i = bisect.bisect_right(starts, at) - 1
                hit.add(i)
                at = joined.find(a, starts[i + 1])
        out.append((d, len(hit)))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_ruling_out_and_asked_by_index_are_the_scans(text):
    facts = read_facts(text)
    types = list(api.QUESTION_TYPES)
    pool = sorted((d for d in api.build_candidates(facts, types, []) if d.score >= select.MIN_SCORE),
                  key=lambda d: (-d.score, d.sentences, d.type))
    picks = [select._pick(facts, pool, n, types) for n in (3, 6, 40)]
    assert any(n for p in picks for _d, n in select._ruling_out(p))  # some kept draft rules a sentence out
    for p in picks:
        assert [(id(d), n) for d, n in select._ruling_out(p)] == [(id(d), n) for d, n in _ruling_out_by_scan(p)]
        text_of = f" {' | '.join(a for d in p.chosen for a in select._answer_forms(d))} "
        scan = {(m.kind, k) for _sf, m in facts.mentions() if m.kind in ("date", "number", "person")
                and getattr(m, "granularity", "") != "relative" and (k := folded(m.text)) and f" {k} " in text_of}
        assert Counter(kind for kind, _k in {(k, key) for k, key, padded in select._askable(facts)
                                             if padded in text_of}) == Counter(kind for kind, _k in scan)
