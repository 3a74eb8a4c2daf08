"""What the start screen reads of a student's scores (no Qt): the score store answers it, and so does the record of
the last close (``roster.StartFacts``) while it holds every read; the window passes either. Imported for type
checking only, so nothing here is on the way to the first paint."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .memory import MemoryState
    from .records import Profile, RoundRecord


class ScoredRound(Protocol):
    """A round as the last-score column reads it."""

    @property
    def status(self) -> str: ...

    @property
    def percent(self) -> float | None: ...


class StartReads(Protocol):
    """The score store's reads the start screen makes for its counts, last scores and the round to resume."""

    def profile(self, profile_id: int) -> Profile | None: ...

    def round_history(self, profile_id: int, *, set_id: str | None = None, modes: Iterable[str] | None = None,
                      limit: int | None = None) -> Sequence[ScoredRound]: ...

    def mistakes(self, profile_id: int, set_id: str, limit: int | None = None) -> list[str]: ...

    def memory_states(self, profile_id: int, set_id: str) -> dict[str, MemoryState]: ...

    def interrupted_rounds(self, profile_id: int | None = None) -> list[RoundRecord]: ...
