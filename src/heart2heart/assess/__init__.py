"""The assessment: what kind of conversation it was, how disclosures were met, scores and coaching notes.

Input is a conversation whose utterances carry :class:`~heart2heart.model.Labels` (``h2h annotate``); utterances
without labels count as unlabelled (no question, no disclosure...). :func:`assess` runs every step and returns an
:class:`Assessment`; each step is a pure function in its own module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from heart2heart.assess.coherence import agree_with_kind
from heart2heart.assess.conflict import ConflictMoment, alarm_opener, harsh_startup, horsemen, start_up
from heart2heart.assess.disclosures import Disclosure, find_disclosures
from heart2heart.assess.kind import KINDS, Features, Kind, features
from heart2heart.assess.kind_features import vector
from heart2heart.assess.kind_model import decide, text_features
from heart2heart.assess.listening import SpeakerListening, listening
from heart2heart.assess.notes import MAX_NOTES, Note, coaching_notes
from heart2heart.assess.safety import SafetyMoment, safety_moments
from heart2heart.assess.scores import Scores, attunement, scores
from heart2heart.model import Conversation, Utterance

__all__ = [
    "KINDS",
    "MAX_NOTES",
    "Assessment",
    "ConflictMoment",
    "Disclosure",
    "Kind",
    "Note",
    "SafetyMoment",
    "Scores",
    "SpeakerListening",
    "assess",
]


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything the assessment says about one conversation."""

    conversation: str
    kind: Kind
    scores: Scores
    attunement: dict[str, float]
    disclosures: list[Disclosure]
    listening: list[SpeakerListening]
    horsemen: list[ConflictMoment]
    start_up: Literal["harsh", "gentle"] | None
    harsh_startup_index: int | None
    notes: list[Note]
    features: Features
    #: Moments that can be a sign of thinking about suicide or of self-harm (:mod:`heart2heart.assess.safety`).
    safety: list[SafetyMoment] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The assessment's part of ``h2h analyze --json`` (kind, scores, disclosures, notes, safety, conflict,
        listening)."""
        return {
            "kind": self.kind,
            "scores": self.scores.to_dict(),
            "disclosures": [d.to_dict() for d in self.disclosures],
            "notes": [n.to_dict() for n in self.notes],
            "safety": [m.to_dict() for m in self.safety],
            "conflict": self.conflict_dict(),
            "listening": self.listening_dicts(),
        }

    def conflict_dict(self) -> dict[str, Any]:
        """How the talk started and the horsemen with their moments (``conflict`` in the JSON)."""
        return {
            "start_up": self.start_up,
            "harsh_startup_index": self.harsh_startup_index,
            "horsemen": [m.to_dict() for m in self.horsemen],
        }

    def listening_dicts(self) -> list[dict[str, Any]]:
        """Each speaker's listening figures with their attunement (``listening`` in the JSON)."""
        return [{**sl.to_dict(), "attunement": self.attunement.get(sl.name, 0.0)} for sl in self.listening]


def _told_horsemen(conv: Conversation, moments: list[ConflictMoment]) -> list[ConflictMoment]:
    """The horsemen of a quarrel as the horsemen model finds them (the cues' moments without the model file)."""
    from heart2heart.assess import horsemen_model

    model = horsemen_model.load_model()
    return moments if model is None else horsemen_model.told(conv, model)


def _start(
    conv: Conversation, kind: str, told: list[ConflictMoment]
) -> tuple[Literal["harsh", "gentle"] | None, Utterance | None]:
    """How a conflict started, and the utterance a note about a harsh start cites (an alarm opener's too, in any
    kind: "We need to talk" puts people on guard).

    With the horsemen model, a conflict started harshly when criticism or contempt is told among its first four
    utterances, else gently: on the writers' dev split, folds by writer, right for 474 of 513 conflicts (the cues
    said it of 394 and were right for 358)."""
    cue = harsh_startup(conv)
    alarm = cue if cue is not None and alarm_opener(cue.text) else None
    if kind != "conflict":
        return None, alarm
    from heart2heart.assess import horsemen_model

    if horsemen_model.load_model() is None:  # the cues, as before the model
        return start_up(conv), cue
    first = conv.utterances[0].index if conv.utterances else 0
    early = next((m for m in told if m.index < first + 4 and m.horseman in ("criticism", "contempt")), None)
    if early is None:
        return "gentle", alarm
    return "harsh", next(u for u in conv.utterances if u.index == early.index)


def assess(
    conv: Conversation, me: str | None = None, lsm: float | None = None, max_notes: int = MAX_NOTES
) -> Assessment:
    """Assess a labelled conversation. ``me`` names the reader (notes about them say "you"); ``lsm`` is the
    language style matching of the two main speakers when the caller has it (it feeds their attunement)."""
    moments = horsemen(conv)
    found = find_disclosures(conv, moments=moments)
    figures = listening(conv, found)
    spoke = sum(1 for sl in figures if sl.utterances)
    attune = {sl.name: attunement(sl, lsm, speakers=spoke) for sl in figures}
    feats = features(conv, figures, found, moments)
    first = conv.utterances[0].index if conv.utterances else 0
    values = vector(conv, figures, found, moments) | text_features([u.text for u in conv.utterances])
    kind = decide(feats, values, moments, first)
    # The horsemen and the start-up are told only of a conversation read as a conflict: elsewhere the cues mostly
    # catch words that are no attack ("you never hear about those"; writers' dev split: 269 of the 274 found outside
    # conflicts were not labelled; listing them only in conflicts took precision 0.552 -> 0.682, recall 0.292 ->
    # 0.291). Those told come from the horsemen model, which finds the ones people mark far more often than the cues
    # (:mod:`heart2heart.assess.horsemen_model`); a conflict's main answer reads them too (:mod:`.coherence`). The
    # kind, the other answers and the scores still read the cues' moments.
    told = _told_horsemen(conv, moments) if kind == "conflict" else []
    found = agree_with_kind(kind, found, feats.top_speaker, conv, told)
    opening, harsh = _start(conv, kind, told)
    checks = safety_moments(conv)
    notes = coaching_notes(conv, found, figures, told, harsh, me=me, limit=max_notes, safety=checks, kind=kind)
    return Assessment(
        conversation=conv.id,
        kind=kind,
        scores=scores(conv, figures, found, moments, attune),
        attunement=attune,
        disclosures=found,
        listening=figures,
        horsemen=told,
        start_up=opening,
        harsh_startup_index=harsh.index if harsh is not None and opening == "harsh" else None,
        notes=notes,
        features=feats,
        safety=checks,
    )
