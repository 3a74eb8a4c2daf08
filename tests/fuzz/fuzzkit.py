"""A seeded mutator for the fuzz suite: realistic files, broken in the ways attacks and accidents break them.

Seeded (``random.Random(seed)``), so a failure is reproduced by its seed; every failing input found is
kept under ``tests/fuzz/regressions/<target>/`` and replayed by every run.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGRESSIONS = HERE / "regressions"
CORPUS = HERE.parent / "formats" / "corpus"
BUILTIN = HERE.parents[1] / "question_bank" / "banks" / "korean-war-1950.json"

#: pieces known to hurt parsers: huge numbers, deep nesting, long runs that make regexes backtrack,
#: lone surrogates, odd encodings, control bytes, byte-order marks
HOSTILE: tuple[bytes, ...] = (
    b"9" * 5000, b"1e999", b"-1e999", b"NaN", b"Infinity", b"3e8", b"1" + b"0" * 400,
    b"[" * 3000, b"{\"a\":" * 2000, b" " * 30000, b"." * 20000, b"x" * 20000 + b"." * 5000,
    b"\\ud800", b"\xed\xa0\x80", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r" * 500, b"\t" * 500,
    b"encoding=\"punycode\"", b"<!DOCTYPE x [<!ENTITY a \"b\">]>", b"&a;", b"{=", b"~%-100%", b"::", b"ANSWER: Z",
    b"\"sources\": 5", b"\"questions\": {}", b"\"tolerance\": 1e999", b",,,,,,,,", b"\"\"\"\"", "\u2028".encode("utf-8"),
)


def mutate(data: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """``data`` with a few random changes: bytes flipped, cut, doubled, or hostile pieces spliced in."""
    out = bytearray(data)
    for _ in range(rounds if rounds is not None else rng.randint(1, 4)):
        kind = rng.randrange(7)
        at = rng.randrange(len(out) + 1)
        if kind == 0 and out:  # flip a few bytes
            for _ in range(rng.randint(1, 8)):
                out[rng.randrange(len(out))] = rng.randrange(256)
        elif kind == 1:  # cut the file short
            del out[at:]
        elif kind == 2 and out:  # delete a slice
            del out[at:at + rng.randint(1, 200)]
        elif kind == 3:  # splice in a hostile piece
            out[at:at] = rng.choice(HOSTILE)
        elif kind == 4 and out:  # repeat a slice many times
            end = min(len(out), at + rng.randint(1, 60))
            out[at:at] = bytes(out[at:end]) * rng.randint(2, 300)
        elif kind == 5:  # swap two slices
            b = rng.randrange(len(out) + 1)
            lo, hi = sorted((at, b))
            out = out[:lo] + out[hi:] + out[lo:hi]
        else:  # a digit run or a number replaced by a hostile number
            for i in range(at, min(len(out), at + 400)):
                if 48 <= out[i] <= 57:
                    out[i:i + 1] = rng.choice((b"9" * 5000, b"1e999", b"3e8", b"-0", b"1" + b" " * 3000))
                    break
    return bytes(out[: 1024 * 1024])


def seeds(folder: str, suffixes: tuple[str, ...]) -> list[tuple[str, bytes]]:
    base = CORPUS / folder
    return [(p.name, p.read_bytes()) for p in sorted(base.iterdir())
            if p.is_file() and p.suffix.lower() in suffixes and not p.name.endswith(".expected.json")]


def regression_files(target: str) -> list[Path]:
    folder = REGRESSIONS / target
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
