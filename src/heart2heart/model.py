"""The data model: utterances, speakers and conversations.

All classes are frozen, slotted dataclasses without back-pointers: an :class:`Utterance` names its conversation by id.
A *turn* (a maximal run of consecutive utterances by one speaker) is computed by :meth:`Conversation.turns`, not
stored.

The canonical row (DESIGN.md, "The data contract") is produced by :meth:`Utterance.to_row` and read back by
:meth:`Utterance.from_row`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

__all__ = [
    "QUESTION_KINDS",
    "Conversation",
    "Empathy",
    "Labels",
    "Speaker",
    "Turn",
    "Utterance",
]

QuestionKind = Literal["open", "closed"]
QUESTION_KINDS: tuple[str, ...] = ("open", "closed")


@dataclass(frozen=True, slots=True)
class Empathy:
    """EPITOME's three communication mechanisms, each 0 (none), 1 (weak) or 2 (strong)."""

    emotional_reaction: int = 0
    interpretation: int = 0
    exploration: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "emotional_reaction": self.emotional_reaction,
            "interpretation": self.interpretation,
            "exploration": self.exploration,
        }

    @property
    def total(self) -> int:
        return self.emotional_reaction + self.interpretation + self.exploration


@dataclass(frozen=True, slots=True)
class Labels:
    """What the annotators say about one utterance (the ``labels`` object of the data contract)."""

    question: QuestionKind | None = None
    reflection: bool = False
    advice: bool = False
    disclosure: int = 0
    empathy: Empathy = field(default_factory=Empathy)
    backchannel: bool = False
    emotion: str = "neutral"
    valence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "reflection": self.reflection,
            "advice": self.advice,
            "disclosure": self.disclosure,
            "empathy": self.empathy.to_dict(),
            "backchannel": self.backchannel,
            "emotion": self.emotion,
            "valence": self.valence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Labels:
        emp = data.get("empathy") or {}
        question = data.get("question")
        return cls(
            question=question if question in QUESTION_KINDS else None,
            reflection=bool(data.get("reflection", False)),
            advice=bool(data.get("advice", False)),
            disclosure=int(data.get("disclosure", 0) or 0),
            empathy=Empathy(
                emotional_reaction=int(emp.get("emotional_reaction", 0) or 0),
                interpretation=int(emp.get("interpretation", 0) or 0),
                exploration=int(emp.get("exploration", 0) or 0),
            ),
            backchannel=bool(data.get("backchannel", False)),
            emotion=str(data.get("emotion", "neutral") or "neutral"),
            valence=float(data.get("valence", 0.0) or 0.0),
        )


@dataclass(frozen=True, slots=True)
class Utterance:
    """One message or transcript segment.

    ``start``/``end`` are seconds from the conversation's start (transcripts); ``time`` is the wall-clock time
    (chats). ``media`` marks a placeholder for an attachment ("<Media omitted>"), kept so turn-taking stays right.
    """

    conversation: str
    index: int
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    time: datetime | None = None
    role: str | None = None
    media: bool = False
    labels: Labels | None = None

    @property
    def words(self) -> int:
        """Number of whitespace-separated words (0 for media placeholders)."""
        return 0 if self.media else len(self.text.split())

    @property
    def duration(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return max(0.0, self.end - self.start)

    def with_labels(self, labels: Labels) -> Utterance:
        # Positional construction: about twice as fast as dataclasses.replace, and run on every utterance
        # annotated (tests/test_model.py guards that no field is dropped).
        return Utterance(
            self.conversation,
            self.index,
            self.speaker,
            self.text,
            self.start,
            self.end,
            self.time,
            self.role,
            self.media,
            labels,
        )

    def to_row(self) -> dict[str, Any]:
        """The canonical JSON row of DESIGN.md (plus ``media``, and ``labels`` when annotated)."""
        row: dict[str, Any] = {
            "conversation": self.conversation,
            "index": self.index,
            "speaker": self.speaker,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "time": self.time.isoformat() if self.time is not None else None,
            "role": self.role,
            "media": self.media,
        }
        if self.labels is not None:
            row["labels"] = self.labels.to_dict()
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Utterance:
        """Build an utterance from a canonical row; raises ``KeyError``/``ValueError``/``TypeError`` on bad rows."""
        time = row.get("time")
        start = row.get("start")
        end = row.get("end")
        labels = row.get("labels")
        text = row["text"]
        speaker = row["speaker"]
        if not isinstance(text, str) or not isinstance(speaker, str):
            raise TypeError("'speaker' and 'text' must be strings")
        return cls(
            conversation=str(row.get("conversation") or ""),
            index=int(row.get("index") or 0),
            speaker=speaker,
            text=text,
            start=None if start in (None, "") else float(start),
            end=None if end in (None, "") else float(end),
            time=None if time in (None, "") else datetime.fromisoformat(str(time)),
            role=row.get("role") or None,
            media=bool(row.get("media") or False) and row.get("media") not in ("false", "False", "0"),
            labels=Labels.from_dict(labels) if isinstance(labels, Mapping) else None,
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    """A participant of a conversation."""

    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    """A maximal run of consecutive utterances by one speaker."""

    speaker: str
    utterances: tuple[Utterance, ...]

    @property
    def first(self) -> int:
        return self.utterances[0].index

    @property
    def last(self) -> int:
        return self.utterances[-1].index

    @property
    def words(self) -> int:
        return sum(u.words for u in self.utterances)

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.utterances)


@dataclass(frozen=True, slots=True)
class Conversation:
    """An ordered sequence of utterances with one id."""

    id: str
    utterances: tuple[Utterance, ...]
    source: str | None = None

    def __len__(self) -> int:
        return len(self.utterances)

    def __iter__(self) -> Iterator[Utterance]:
        return iter(self.utterances)

    def __getitem__(self, index: int) -> Utterance:
        return self.utterances[index]

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Speakers in order of first appearance."""
        seen: dict[str, str | None] = {}
        for u in self.utterances:
            if u.speaker not in seen:
                seen[u.speaker] = u.role
        return tuple(Speaker(name, role) for name, role in seen.items())

    @property
    def timed(self) -> bool:
        """True when every utterance has transcript ``start`` seconds."""
        return bool(self.utterances) and all(u.start is not None for u in self.utterances)

    @property
    def dated(self) -> bool:
        """True when every utterance has a wall-clock ``time`` (chats)."""
        return bool(self.utterances) and all(u.time is not None for u in self.utterances)

    def turns(self) -> list[Turn]:
        turns: list[Turn] = []
        run: list[Utterance] = []
        for u in self.utterances:
            if run and u.speaker != run[-1].speaker:
                turns.append(Turn(run[-1].speaker, tuple(run)))
                run = []
            run.append(u)
        if run:
            turns.append(Turn(run[-1].speaker, tuple(run)))
        return turns

    @classmethod
    def from_texts(cls, pairs: list[tuple[str, str]], id: str = "c1") -> Conversation:
        """Build an untimed conversation from ``(speaker, text)`` pairs (handy in tests and notebooks)."""
        return cls(id, tuple(Utterance(id, i, s, t) for i, (s, t) in enumerate(pairs)))
