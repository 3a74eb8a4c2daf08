"""Sub-commands added by later parts of the project (import, print, draft).

Each part registers its own sub-parser here so that ``cli.py`` stays small.
"""

from __future__ import annotations


def register(sub) -> None:
    for name in ("question_bank.formats.cli", "question_bank.drafting.cli", "question_bank.printing_cli"):
        try:
            module = __import__(name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        module.register(sub)
