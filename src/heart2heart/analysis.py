"""One conversation's analysis as a typed result, and its ``h2h analyze --json`` object (DESIGN.md).

:func:`analyze` runs the structural measures of :mod:`heart2heart.metrics` and returns an :class:`Analysis`. The
assessment stage adds its verdict with :func:`dataclasses.replace` on the frozen result: ``kind``, ``scores``,
``disclosures``, ``notes`` on the :class:`Analysis`, and ``attunement`` on each :class:`SpeakerResult`
(:meth:`Analysis.with_speakers` helps); ``me`` names the speaker the user is (``--me``), so notes can say "you".
Fields left ``None`` are left out of the JSON, so a conversation without labels has no label-dependent keys rather
than misleading zeros.

JSON object (keys in this order; ``?`` = only when known):

``conversation``, ``me``?, ``kind``?, ``scores``?, ``speakers`` (name, role, turns, utterances, words, talk_share,
talk_share_time, longest_monologue_words, longest_monologue_seconds, median_latency_seconds,
median_latency_minutes, then questions_open?, questions_closed?, reflections?, advice?, max_disclosure?,
attunement?), ``disclosures``?, ``notes``?, ``conflict``? (start_up, harsh_startup_index, horsemen: index, speaker,
horseman, text), ``listening``? (per speaker, as the reports read it: role, follow-up questions, brief reflections,
reflections per question and their MITI band, open share, empathy turns, advice before acknowledging, disclosures
answered and met, pressing, long utterances, statements, input share, attunement), ``source``, ``utterances``,
``timed``, ``dated``, ``labelled``, ``duration_seconds``, ``switches``, ``switches_per_minute``, ``dominance``,
``style_matching``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from heart2heart.metrics.dominance import Dominance, dominance
from heart2heart.metrics.listening import listening_counts
from heart2heart.metrics.structure import monologues, speaker_talk, speech_intervals
from heart2heart.metrics.style import StyleMatching, style_matching
from heart2heart.metrics.timing import response_latencies, tempo
from heart2heart.model import Conversation

__all__ = ["Analysis", "SpeakerResult", "analyze"]

_LABEL_FIELDS = ("questions_open", "questions_closed", "reflections", "advice", "max_disclosure", "attunement")


def _r(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _plain(value: Any) -> Any:
    """A JSON-ready form of what the assessment stage stores (objects with ``to_json``, dataclasses, mappings)."""
    to_json: Callable[[], Any] | None = getattr(value, "to_json", None)
    if to_json is not None:
        return to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class SpeakerResult:
    """Per-speaker figures of one conversation (the items of ``speakers`` in the JSON)."""

    name: str
    role: str | None
    turns: int
    utterances: int
    words: int
    talk_share: float
    talk_share_time: float | None
    longest_monologue_words: int
    longest_monologue_seconds: float | None
    median_latency_seconds: float | None
    median_latency_minutes: float | None
    questions_open: int | None = None
    questions_closed: int | None = None
    reflections: int | None = None
    advice: int | None = None
    max_disclosure: int | None = None
    attunement: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "role": self.role,
            "turns": self.turns,
            "utterances": self.utterances,
            "words": self.words,
            "talk_share": _r(self.talk_share),
            "talk_share_time": _r(self.talk_share_time),
            "longest_monologue_words": self.longest_monologue_words,
            "longest_monologue_seconds": _r(self.longest_monologue_seconds, 2),
            "median_latency_seconds": _r(self.median_latency_seconds, 3),
            "median_latency_minutes": _r(self.median_latency_minutes, 3),
        }
        for name in _LABEL_FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = _r(value) if isinstance(value, float) else value
        return out


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything measured about one conversation; the assessment fields are filled in by a later stage."""

    conversation: str
    source: str | None
    utterances: int
    timed: bool
    dated: bool
    labelled: bool
    speakers: tuple[SpeakerResult, ...]
    duration_seconds: float | None
    switches: int
    switches_per_minute: float | None
    dominance: Dominance
    style: StyleMatching | None
    kind: str | None = None
    scores: Any = None
    disclosures: Any = None
    notes: Any = None
    me: str | None = None
    #: The full :class:`heart2heart.assess.Assessment` behind kind/scores/notes (for reports; its conflict and
    #: listening parts go into the JSON).
    assessment: Any = None

    def speaker(self, name: str) -> SpeakerResult:
        """The figures of speaker ``name`` (``KeyError`` if they did not speak)."""
        for s in self.speakers:
            if s.name == name:
                return s
        raise KeyError(name)

    def with_speakers(self, **fields_by_name: Mapping[str, Any]) -> Analysis:
        """A copy whose speakers get extra fields, e.g. ``with_speakers(Maya={"attunement": 0.7})``."""
        speakers = tuple(
            dataclasses.replace(s, **fields_by_name[s.name]) if s.name in fields_by_name else s for s in self.speakers
        )
        return dataclasses.replace(self, speakers=speakers)

    def to_json(self) -> dict[str, Any]:
        """The ``h2h analyze --json`` object of DESIGN.md (plus the structural extras listed in the module doc)."""
        out: dict[str, Any] = {"conversation": self.conversation}
        if self.me is not None:
            out["me"] = self.me
        if self.kind is not None:
            out["kind"] = self.kind
        if self.scores is not None:
            out["scores"] = _plain(self.scores)
        out["speakers"] = [s.to_json() for s in self.speakers]
        if self.disclosures is not None:
            out["disclosures"] = _plain(self.disclosures)
        if self.notes is not None:
            out["notes"] = _plain(self.notes)
        if self.assessment is not None:  # how a conflict started and its horsemen, listening, moments to check on
            out["conflict"] = self.assessment.conflict_dict()
            out["listening"] = self.assessment.listening_dicts()
            out["safety"] = [m.to_dict() for m in self.assessment.safety]
        out.update(
            {
                "source": self.source,
                "utterances": self.utterances,
                "timed": self.timed,
                "dated": self.dated,
                "labelled": self.labelled,
                "duration_seconds": _r(self.duration_seconds, 2),
                "switches": self.switches,
                "switches_per_minute": _r(self.switches_per_minute, 3),
                "dominance": _dominance_json(self.dominance),
                "style_matching": _style_json(self.style),
            }
        )
        return out


def _dominance_json(d: Dominance) -> dict[str, Any]:
    def at(x: float) -> float | int:
        return round(x, 2) if d.unit == "seconds" else round(x)

    return {
        "unit": d.unit,
        "window": at(d.window),
        "step": at(d.step),
        "primary": d.primary,
        "primary_share": _r(d.primary_share),
        "stereotype": d.stereotype,
        "dominated": d.dominated(),
        "balanced": d.balanced,
        "windows": [
            {
                "start": at(w.start),
                "end": at(w.end),
                "shares": {name: round(share, 4) for name, share in zip(d.speakers, w.shares, strict=True)},
                "dominant": w.dominant,
            }
            for w in d.windows
        ],
    }


def _style_json(s: StyleMatching | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "speakers": list(s.speakers),
        "lsm": round(s.score, 4),
        "categories": {cat: round(v, 4) for cat, v in s.categories.items()},
        "words": dict(zip(s.speakers, s.words, strict=True)),
    }


def analyze(conversation: Conversation, *, me: str | None = None) -> Analysis:
    """Measure one conversation: talk, monologues, tempo, latency, dominance, style matching, label counts.

    ``me`` is the speaker the user is (kept as given; the CLI checks it is one of the speakers).
    """
    turns = conversation.turns()
    intervals = speech_intervals(conversation)
    talk = speaker_talk(conversation, turns=turns, intervals=intervals)
    runs = monologues(conversation, turns=turns, intervals=intervals)
    latency = {lat.speaker: lat for lat in response_latencies(conversation, turns=turns)}
    counts = listening_counts(conversation)
    by_name = {c.speaker: c for c in counts} if counts is not None else {}
    speakers: list[SpeakerResult] = []
    for t in talk:
        own = [m for m in runs if m.speaker == t.name]
        secs = [m.seconds for m in own if m.seconds is not None]
        lat = latency[t.name]
        c = by_name.get(t.name)
        speakers.append(
            SpeakerResult(
                name=t.name,
                role=t.role,
                turns=t.turns,
                utterances=t.utterances,
                words=t.words,
                talk_share=t.talk_share,
                talk_share_time=t.talk_share_time,
                longest_monologue_words=max((m.words for m in own), default=0),
                longest_monologue_seconds=(max(secs, default=0.0) if conversation.timed else None),
                median_latency_seconds=lat.median_seconds,
                median_latency_minutes=lat.median_minutes,
                questions_open=c.questions_open if c else None,
                questions_closed=c.questions_closed if c else None,
                reflections=c.reflections if c else None,
                advice=c.advice if c else None,
                max_disclosure=c.max_disclosure if c else None,
            )
        )
    pace = tempo(conversation, turns=turns, intervals=intervals)
    return Analysis(
        conversation=conversation.id,
        source=conversation.source,
        utterances=len(conversation),
        timed=conversation.timed,
        dated=conversation.dated,
        labelled=counts is not None,
        speakers=tuple(speakers),
        duration_seconds=pace.duration_seconds,
        switches=pace.switches,
        switches_per_minute=pace.switches_per_minute,
        dominance=dominance(conversation, intervals=intervals),
        style=style_matching(conversation),
        me=me,
    )
