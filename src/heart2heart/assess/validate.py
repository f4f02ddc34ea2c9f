"""Conversation-level validation of the assessment (``h2h eval --conversations``).

- AnnoMI: does the counsellor's attunement separate expert-rated high- from low-quality sessions? (ROC AUC)
- ESConv: does the supporter's attunement follow the seeker's own ratings: empathy, and relief (initial minus
  final emotional intensity)? (Spearman)
- Kinds: accuracy and confusion matrix on the project's labelled conversations (corpus/kinds, split ``valid``),
  plus how the main disclosure was answered. Thresholds were set on split ``dev`` only; attunement weights on the
  AnnoMI ``train`` transcripts, so the figures reported here come from conversations nothing was tuned on.

Every conversation is annotated with the default model first, exactly as ``h2h analyze`` does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from heart2heart.assess import KINDS, Assessment, assess
from heart2heart.model import Conversation

__all__ = [
    "OUTSIDE",
    "WRITERS",
    "KindsResult",
    "SessionsResult",
    "default_corpus",
    "labelled_conversations",
    "validate_conversations",
    "validate_kinds",
    "validate_sessions",
]


@dataclass(frozen=True, slots=True)
class SessionsResult:
    """AnnoMI and ESConv figures."""

    split: str
    annomi_n: int
    annomi_auc: float | None
    esconv_n: int
    esconv_empathy_spearman: float | None
    esconv_relief_n: int
    esconv_relief_spearman: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "annomi": {"n": self.annomi_n, "auc_attunement_high_vs_low": self.annomi_auc},
            "esconv": {
                "n": self.esconv_n,
                "spearman_attunement_empathy": self.esconv_empathy_spearman,
                "n_relief": self.esconv_relief_n,
                "spearman_attunement_relief": self.esconv_relief_spearman,
            },
        }


#: The labelled conversation sets, one per independent writer, in the order they were written (corpus/<name>).
WRITERS = tuple(f"kinds{n}" if n > 1 else "kinds" for n in range(1, 103))

#: The coaching notes that say how a disclosure was answered, and the writers' answers each agrees with.
NOTE_ANSWERS: dict[str, tuple[str, ...]] = {
    "advice_first": ("advice",),
    "missed_disclosure": ("deflected", "none"),
    "strength": ("met",),
}

#: Sets written by outside evaluators from issue 4's definitions alone (not the project's labelling rules; the brief
#: each was given is its ``PROMPT.md``), all ``valid``, reported on their own.
OUTSIDE = tuple(f"outside{n}" for n in range(1, 61))

#: The outside sets the reply model learns from (corpus/build_response_model.py); no other fit or choice reads an
#: outside set. The later ones (45-60, each scored once on arrival) stay unread, and
#: so does every new set until it has been scored.
OUTSIDE_FITTED = OUTSIDE[:44]

#: The sets never fitted, by the brief they were written to (reported apart by ``h2h eval --conversations``): 45-56
#: a brief made of the hard calls between answers (a question that explores or changes the subject, a joke that
#: meets or shuts it down, a group talking past), 57-60 the everyday brief of set 42.
OUTSIDE_BLIND: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("written to the hard calls between answers", OUTSIDE[44:56]),
    ("everyday, written to set 42's brief", OUTSIDE[56:60]),
)


@dataclass(frozen=True, slots=True)
class KindsResult:
    """Kind accuracy and confusion matrix, and for the conversations with a labelled main disclosure: how often ours
    got its answer right (``response_right``), was said by the same person (``speaker_right``) and is the same
    utterance (``index_right``), on one split of the corpus."""

    split: str
    n: int
    accuracy: float
    confusion: dict[str, dict[str, int]]
    response_n: int
    response_accuracy: float | None
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    response_right: int = 0
    speaker_right: int = 0
    index_right: int = 0
    #: Every disclosure the writer labelled, against ours by utterance index: all we detected, and those listed.
    disclosures_labelled: int = 0
    disclosures_detected: int = 0
    disclosures_detected_right: int = 0
    disclosures_listed: int = 0
    disclosures_listed_right: int = 0
    #: Coaching notes about an answer (:data:`NOTE_ANSWERS`), per category: [agree with the writer's label of that
    #: answer, notes whose disclosure the writer labelled].
    notes: dict[str, list[int]] = field(default_factory=dict)
    #: Gottman's horsemen as the assessment lists them, against the writer's (an utterance and which horseman).
    horsemen_labelled: int = 0
    horsemen_listed: int = 0
    horsemen_right: int = 0
    #: Conversations whose writer said how the conflict started: how many we said it of, and how many rightly.
    start_up_labelled: int = 0
    start_up_said: int = 0
    start_up_right: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "n": self.n,
            "kind_accuracy": round(self.accuracy, 4),
            "confusion": self.confusion,
            "main_response_n": self.response_n,
            "main_response_accuracy": None if self.response_accuracy is None else round(self.response_accuracy, 4),
            "main_response_right": self.response_right,
            "main_speaker_right": self.speaker_right,
            "main_index_right": self.index_right,
            "disclosures": {
                "labelled": self.disclosures_labelled,
                "detected": self.disclosures_detected,
                "detected_right": self.disclosures_detected_right,
                "listed": self.disclosures_listed,
                "listed_right": self.disclosures_listed_right,
            },
            "errors": [{"file": f, "gold": g, "predicted": p} for f, g, p in self.errors],
            "notes": {c: {"agree": agree, "labelled": n} for c, (agree, n) in self.notes.items()},
            "horsemen": {
                "labelled": self.horsemen_labelled,
                "listed": self.horsemen_listed,
                "listed_right": self.horsemen_right,
            },
            "start_up": {"labelled": self.start_up_labelled, "said": self.start_up_said, "right": self.start_up_right},
        }


def _annotator() -> Callable[[Conversation], Conversation]:
    from heart2heart.annotate import annotate_conversation

    return annotate_conversation


def _counsellor(conv: Conversation, roles: Iterable[str]) -> str | None:
    wanted = set(roles)
    for s in conv.speakers:
        if s.name in wanted or (s.role or "") in wanted:
            return s.name
    return None


def validate_sessions(data_dir: Path, split: str = "dev") -> SessionsResult:
    """AnnoMI AUC and ESConv Spearman correlations of the listener's attunement on ``split``."""
    from heart2heart.evaluate import roc_auc, spearman
    from heart2heart.train.datasets import load_sessions

    annotate = _annotator()
    a_y: list[bool] = []
    a_s: list[float] = []
    e_att: list[float] = []
    e_emp: list[float] = []
    r_att: list[float] = []
    r_rel: list[float] = []
    for session in load_sessions(data_dir, split):  # type: ignore[arg-type]
        conv = annotate(session.conversation)
        a = assess(conv)
        if session.dataset == "annomi" and session.mi_quality in ("high", "low"):
            who = _counsellor(conv, ("therapist",))
            if who is not None:
                a_y.append(session.mi_quality == "high")
                a_s.append(a.attunement.get(who, 0.0))
        elif session.dataset == "esconv":
            who = _counsellor(conv, ("supporter",))
            if who is None:
                continue
            att = a.attunement.get(who, 0.0)
            if session.empathy is not None:
                e_att.append(att)
                e_emp.append(session.empathy)
            if session.intensity_drop is not None:
                r_att.append(att)
                r_rel.append(session.intensity_drop)
    auc = roc_auc(a_y, a_s) if len(set(a_y)) == 2 else None
    return SessionsResult(
        split=split,
        annomi_n=len(a_y),
        annomi_auc=None if auc is None else round(auc, 4),
        esconv_n=len(e_att),
        esconv_empathy_spearman=round(spearman(e_att, e_emp), 4) if len(e_att) > 2 else None,
        esconv_relief_n=len(r_att),
        esconv_relief_spearman=round(spearman(r_att, r_rel), 4) if len(r_att) > 2 else None,
    )


def default_corpus(name: str = "kinds") -> Path | None:
    """corpus/<name> of a source checkout (not shipped in the wheel), or None.

    ``name`` picks the set of labelled conversations: ``kinds`` (the first author's), ``kinds2``, ``kinds3``,
    ``kinds4``, ``kinds5`` or ``kinds6`` (a second to sixth independent author's); pass the result to
    :func:`validate_kinds`.
    """
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "corpus" / name / "labels.jsonl"
        if cand.exists():
            return cand.parent
    return None


def labelled_conversations(folder: Path, split: str) -> Iterator[tuple[dict[str, Any], Conversation]]:
    """Each ``split`` entry of a labelled set's ``labels.jsonl`` with its conversation, annotated as ``h2h analyze``
    does (nothing when the set has no manifest)."""
    from heart2heart.formats import read

    manifest = folder / "labels.jsonl"
    if not manifest.exists():
        return
    annotate = _annotator()
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") == split:
            yield row, annotate(read(folder / row["file"], gap=None)[0])


def validate_kinds(corpus: Path | None = None, split: str = "valid") -> KindsResult:
    """Kind accuracy, confusion matrix (gold -> predicted) and main-response accuracy on ``split``."""
    from heart2heart.errors import UsageError

    folder = corpus or default_corpus()
    if folder is None or not (folder / "labels.jsonl").exists():
        raise UsageError("no labelled conversations found (corpus/kinds/labels.jsonl); pass the folder")
    n = 0
    confusion: dict[str, dict[str, int]] = {k: dict.fromkeys(KINDS, 0) for k in KINDS}
    right = resp_n = resp_right = speaker_right = index_right = 0
    errors: list[tuple[str, str, str]] = []
    disc = dict.fromkeys(("labelled", "detected", "detected_right", "listed", "listed_right"), 0)
    notes = {category: [0, 0] for category in NOTE_ANSWERS}
    conflict = dict.fromkeys(
        ("horsemen_labelled", "horsemen_listed", "horsemen_right", "start_up_labelled", "start_up_said",
         "start_up_right"),
        0,
    )  # fmt: skip
    for row, conv in labelled_conversations(folder, split):
        n += 1
        a = assess(conv)
        _tally_notes(a, {d["index"]: d["response"] for d in row["disclosures"]}, notes)
        gold_horsemen = {(h["index"], h["kind"]) for h in row.get("horsemen", [])}
        ours_horsemen = {(m.index, m.horseman) for m in a.horsemen}
        conflict["horsemen_labelled"] += len(gold_horsemen)
        conflict["horsemen_listed"] += len(ours_horsemen)
        conflict["horsemen_right"] += len(gold_horsemen & ours_horsemen)
        if row.get("harsh_startup") is not None:
            conflict["start_up_labelled"] += 1
            conflict["start_up_said"] += a.start_up is not None
            conflict["start_up_right"] += a.start_up == ("harsh" if row["harsh_startup"] else "gentle")
        labelled = {d["index"] for d in row["disclosures"]}
        disc["labelled"] += len(labelled)
        disc["detected"] += len(a.disclosures)
        disc["detected_right"] += sum(d.index in labelled for d in a.disclosures)
        disc["listed"] += sum(d.listed for d in a.disclosures)
        disc["listed_right"] += sum(d.listed and d.index in labelled for d in a.disclosures)
        gold = row["kind"]
        confusion.setdefault(gold, dict.fromkeys(KINDS, 0))[a.kind] += 1
        if a.kind == gold:
            right += 1
        else:
            errors.append((row["file"], gold, a.kind))
        main = row.get("main_disclosure")
        if main is not None:
            gold_resp = next((d["response"] for d in row["disclosures"] if d["index"] == main), None)
            gold_speaker = next((d["speaker"] for d in row["disclosures"] if d["index"] == main), None)
            mine = next((d for d in a.disclosures if d.main), None)
            resp_n += 1
            resp_right += mine is not None and mine.response == gold_resp
            speaker_right += mine is not None and mine.speaker == gold_speaker
            index_right += mine is not None and mine.index == main
    return KindsResult(
        split=split,
        n=n,
        accuracy=right / n if n else 0.0,
        confusion=confusion,
        response_n=resp_n,
        response_accuracy=resp_right / resp_n if resp_n else None,
        errors=errors,
        response_right=resp_right,
        speaker_right=speaker_right,
        index_right=index_right,
        disclosures_labelled=disc["labelled"],
        disclosures_detected=disc["detected"],
        disclosures_detected_right=disc["detected_right"],
        disclosures_listed=disc["listed"],
        disclosures_listed_right=disc["listed_right"],
        notes=notes,
        **conflict,
    )


def _tally_notes(a: Assessment, answers: dict[int, str], notes: dict[str, list[int]]) -> None:
    """Count each note about an answer whose disclosure the writer labelled, and whether it says what they did."""
    for note in a.notes:
        wanted = NOTE_ANSWERS.get(note.category)
        if wanted is None:
            continue
        about = next((d for d in a.disclosures if d.response_index == note.index and d.listed), None) or next(
            (d for d in a.disclosures if note.index in (d.response_index, d.index)), None
        )
        gold = answers.get(about.index) if about is not None else None
        if gold is not None:
            notes[note.category][0] += gold in wanted
            notes[note.category][1] += 1


#: The outside evaluators' labelled statements the check-in is measured on, with the split measured: corpus/safety's
#: ``valid`` half (its ``dev`` half trains the model), and corpus/safety3 and safety4, test sets written later by
#: other evaluators (sessions 23 and 24), none of it fitted on.
SAFETY_SETS = (("safety", "valid"), ("safety3", "test"), ("safety4", "test"))


def safety_corpus(name: str = "safety") -> Path | None:
    """corpus/``name`` of a source checkout (an outside evaluator's labelled statements), or None."""
    found = default_corpus("kinds")
    folder = found.parent / name if found is not None else None
    return folder if folder is not None and (folder / "statements.jsonl").exists() else None


def validate_safety(folder: Path | None = None, split: str = "valid") -> dict[str, Any] | None:
    """The check-in's flags (:func:`heart2heart.assess.safety.sign_of`) against an outside evaluator's labels
    (``folder/statements.jsonl``, by default corpus/safety's, ``split``): precision and recall of a flag, the sign
    right among the statements rightly flagged, and recall on the explicit and the indirect ones. None without the
    set."""
    from heart2heart.assess.safety import sign_of

    folder = folder or safety_corpus()
    if folder is None:
        return None
    rows = [json.loads(line) for line in (folder / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["split"] == split]
    flagged = right = signs = sign_right = 0
    kinds: dict[str, list[int]] = {"explicit": [0, 0], "indirect": [0, 0]}
    for r in rows:
        got = sign_of(r["text"])
        wanted = r["label"] != "none"
        flagged += got is not None
        signs += wanted
        if wanted:
            bucket = kinds["explicit" if r["explicit"] else "indirect"]
            bucket[1] += 1
            bucket[0] += got is not None
        if got is not None and wanted:
            right += 1
            sign_right += got == r["label"]
    return {
        "set": folder.name, "split": split, "n": len(rows), "signs": signs, "flagged": flagged, "flagged_right": right,
        "sign_right": sign_right, "explicit": kinds["explicit"], "indirect": kinds["indirect"],
    }  # fmt: skip


def validate_conversations(data_dir: Path | None, corpus: Path | None = None) -> dict[str, Any]:
    """All conversation-level checks: sessions on ``data_dir`` (dev split) when given, kinds on the ``valid`` split
    of ``corpus`` or, by default, of every writer's set (:data:`WRITERS`) and outside set (:data:`OUTSIDE`) found in
    the checkout."""
    out: dict[str, Any] = {}
    if data_dir is not None:
        out["sessions"] = validate_sessions(data_dir, "dev").to_dict()
    if corpus is not None:
        out["kinds"] = validate_kinds(corpus, "valid").to_dict()
        return out
    for name in (*WRITERS, *OUTSIDE):
        folder = default_corpus(name)
        result = validate_kinds(folder, "valid") if folder is not None else None
        if result is not None and result.n:  # a set still being written may have no valid split yet
            out[name] = result.to_dict()
    for name, split in SAFETY_SETS:
        folder = safety_corpus(name)
        safety = validate_safety(folder, split) if folder is not None else None
        if safety is not None:
            out[name] = safety
    return out
