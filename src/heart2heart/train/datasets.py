"""Loaders for the five human-labelled datasets of ``shared/data``, as per-task lists of :class:`Example`.

``load(dataset, data_dir, split)`` returns ``{task: [Example, ...]}``; ``load_sessions(data_dir, split)`` returns
whole AnnoMI and ESConv conversations with their outcomes (for conversation-level validation). The mappings from
each dataset's labels to ours are fixed by issue 3 and written up in ``docs/labels.md``:

- AnnoMI (therapist utterances): ``question_exists``/``question_subtype`` -> question (open/closed);
  ``reflection_exists`` -> reflection; ``therapist_input_subtype == advice`` -> advice. Utterances coded by several
  annotators take the majority; a tie goes to what the simple file's ``main_therapist_behaviour`` implies.
- ESConv (supporter utterances): Question -> question ("question", open/closed unknown); Self-disclosure ->
  disclosure; Providing Suggestions -> advice; Reflection of feelings, Restatement or Paraphrasing -> reflection.
- EPITOME: the three levels (0-2) of the response, with the seeker post as context.
- SwDA (all utterances): qy, qw, qo, qrr, qy^d, qw^d, ^g -> question (qw, qo, qw^d open); b -> backchannel.
- GoEmotions: the gold emotions, and a valence from ``sentiment_mapping.json``.

Only train and dev parts are ever read: ESConv ``train``/``valid``, SwDA ``train``/``val``, GoEmotions
``train``/``dev``; AnnoMI and EPITOME get a deterministic ~80/20 split by transcript / seeker post (see
:func:`dev_groups`). Parsed files are cached per process, so loading a dataset twice costs nothing.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

from heart2heart.errors import H2HError, UsageError
from heart2heart.model import Conversation, Utterance

__all__ = [
    "CONTEXT_SIZE",
    "DATASETS",
    "DEV_FRACTION",
    "SWDA_BACKCHANNEL",
    "SWDA_QUESTIONS",
    "TASKS",
    "CounsellorInput",
    "Example",
    "Session",
    "annomi_counsellor_input",
    "dev_groups",
    "load",
    "load_sessions",
]

Split = Literal["train", "dev"]
DATASETS: tuple[str, ...] = ("annomi", "esconv", "swda", "epitome", "goemotions")
TASKS: tuple[str, ...] = (
    "question",
    "reflection",
    "advice",
    "disclosure",
    "backchannel",
    "emotion",
    "valence",
    "empathy_er",
    "empathy_ip",
    "empathy_ex",
)
CONTEXT_SIZE = 4
"""How many previous utterances an :class:`Example` carries as context."""
DEV_FRACTION = 0.2
"""Share of AnnoMI transcripts / EPITOME seeker posts put in the dev split."""

SWDA_QUESTIONS: dict[str, str] = {
    "qy": "closed",
    "qw": "open",
    "qo": "open",
    "qrr": "closed",
    "qy^d": "closed",
    "qw^d": "open",
    "^g": "closed",
}
"""SwDA tags that count as a question, and whether it is open or closed (issue 3)."""
SWDA_BACKCHANNEL = "b"
"""The SwDA tag of a backchannel ("Acknowledge (Backchannel)" in ``metadata/label_map.txt``)."""

_ESCONV_REFLECTION = frozenset({"Reflection of feelings", "Restatement or Paraphrasing"})
_EPITOME_FILES = {
    "empathy_er": "emotional-reactions-reddit.csv",
    "empathy_ip": "interpretations-reddit.csv",
    "empathy_ex": "explorations-reddit.csv",
}
_VALENCE = {"positive": 1.0, "negative": -1.0, "ambiguous": 0.0}


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled utterance of one task, with the utterances before it."""

    text: str
    """The utterance to label."""
    context: tuple[str, ...]
    """Previous utterances' texts, oldest first, most recent last (at most the last :data:`CONTEXT_SIZE`)."""
    context_speakers: tuple[bool, ...]
    """For each context item: True if said by the same speaker as :attr:`text`."""
    label: object
    """Task-specific gold label (see ``docs/labels.md``)."""
    group: str
    """Conversation / transcript / post id; splits never cut a group."""
    dataset: str
    """One of :data:`DATASETS`."""


@dataclass(frozen=True, slots=True)
class Session:
    """A whole labelled conversation with its outcome measures (AnnoMI or ESConv), for conversation-level checks.

    AnnoMI sessions have ``mi_quality`` ("high"/"low"); ESConv sessions have the seeker's survey: ``empathy``
    (how empathic the supporter was, 1-5) and emotion intensity before and after (1-5; ``None`` where missing).
    """

    conversation: Conversation
    dataset: str
    mi_quality: str | None = None
    empathy: float | None = None
    initial_intensity: float | None = None
    final_intensity: float | None = None

    @property
    def intensity_drop(self) -> float | None:
        """How much the seeker's emotional intensity fell during the chat (positive = felt better)."""
        if self.initial_intensity is None or self.final_intensity is None:
            return None
        return self.initial_intensity - self.final_intensity


# ---------------------------------------------------------------------------------------------------------------
# helpers


def _need(path: Path) -> Path:
    if not path.is_file():
        raise H2HError(
            f"dataset file not found: {path} (pass the shared/data folder, the one holding annomi/, esconv/, "
            "swda/, epitome/ and goemotions/)"
        )
    return path


def _stable_unit(key: str) -> float:
    """A number in [0, 1) fixed by ``key`` alone (sha256, so the same on every machine and run)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16) / float(1 << 48)


def _contextual(
    turns: Sequence[tuple[str, str]],
) -> list[tuple[tuple[str, ...], tuple[bool, ...]]]:
    """For each ``(speaker, text)`` in order, the texts of up to :data:`CONTEXT_SIZE` previous items and whether
    each was said by the same speaker (windows built with ``zip`` and memoised: this runs on 200k SwDA rows)."""
    speakers = [s for s, _ in turns]
    texts = [t for _, t in turns]
    n = CONTEXT_SIZE
    text_windows = list(zip(*(texts[k:] for k in range(n)), strict=False))
    speaker_windows = list(zip(*(speakers[k:] for k in range(n)), strict=False))
    memo: dict[tuple[tuple[str, ...], str], tuple[bool, ...]] = {}
    out: list[tuple[tuple[str, ...], tuple[bool, ...]]] = []
    for i, speaker in enumerate(speakers):
        if i < n:
            ctx, who = tuple(texts[:i]), tuple(speakers[:i])
        else:
            ctx, who = text_windows[i - n], speaker_windows[i - n]
        same = memo.get((who, speaker))
        if same is None:
            same = memo[(who, speaker)] = tuple([s == speaker for s in who])
        out.append((ctx, same))
    return out


def _seconds(stamp: str) -> float | None:
    parts = stamp.strip().split(":")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    total = 0.0
    for v in values:
        total = total * 60 + v
    return total


def _check_split(split: str) -> None:
    if split not in ("train", "dev"):
        raise UsageError(f"split must be 'train' or 'dev', not {split!r} (test parts are held out)")


# ---------------------------------------------------------------------------------------------------------------
# AnnoMI


@dataclass(frozen=True, slots=True)
class _MIUtterance:
    transcript: str
    index: int
    speaker: str  # "therapist" | "client"
    text: str
    start: float | None
    quality: str
    question: str | None
    reflection: bool
    advice: bool


def _vote(votes: Sequence[bool], tie: bool) -> bool:
    yes = sum(votes)
    no = len(votes) - yes
    return tie if yes == no else yes > no


def _mi_labels(rows: Sequence[dict[str, str]], main: str) -> tuple[str | None, bool, bool]:
    """Majority labels of one therapist utterance from its annotators' rows (see docs/labels.md for ties)."""
    asked = _vote([r["question_exists"] == "True" for r in rows], tie=main == "question")
    question: str | None = None
    if asked:
        kinds = Counter(r["question_subtype"] for r in rows if r["question_subtype"] in ("open", "closed"))
        if kinds["open"] == kinds["closed"]:
            kinds = Counter(
                r["question_subtype"]
                for r in rows
                if r["main_therapist_behaviour"] == "question" and r["question_subtype"] in ("open", "closed")
            )
        question = "open" if kinds["open"] > kinds["closed"] else "closed"
    reflection = _vote([r["reflection_exists"] == "True" for r in rows], tie=main == "reflection")
    inputs = Counter(r["therapist_input_subtype"] for r in rows if r["therapist_input_exists"] == "True")
    advice_first = bool(inputs) and inputs.most_common(1)[0][0] == "advice"
    advice = _vote(
        [r["therapist_input_subtype"] == "advice" for r in rows],
        tie=main == "therapist_input" and advice_first,
    )
    return question, reflection, advice


@lru_cache(maxsize=4)
def _annomi(folder: str) -> tuple[tuple[_MIUtterance, ...], ...]:
    """All AnnoMI transcripts (utterances in order), labels by majority over ``AnnoMI-full.csv``."""
    root = Path(folder) / "annomi"
    simple_path = _need(root / "AnnoMI-simple.csv")
    full_path = _need(root / "AnnoMI-full.csv")
    coded: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    with full_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            coded[(row["transcript_id"], row["utterance_id"])].append(row)
    transcripts: dict[str, list[_MIUtterance]] = defaultdict(list)
    with simple_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["transcript_id"], row["utterance_id"])
            speaker = row["interlocutor"]
            question, reflection, advice = None, False, False
            if speaker == "therapist":
                rows = coded.get(key)
                if not rows:
                    raise H2HError(f"{full_path}: no annotation for transcript {key[0]} utterance {key[1]}")
                question, reflection, advice = _mi_labels(rows, row["main_therapist_behaviour"])
            transcripts[row["transcript_id"]].append(
                _MIUtterance(
                    transcript=row["transcript_id"],
                    index=int(row["utterance_id"]),
                    speaker=speaker,
                    text=row["utterance_text"],
                    start=_seconds(row["timestamp"]),
                    quality=row["mi_quality"],
                    question=question,
                    reflection=reflection,
                    advice=advice,
                )
            )
    ordered = sorted(transcripts.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else kv[0])
    return tuple(tuple(sorted(utts, key=lambda u: u.index)) for _, utts in ordered)


def _stratified_dev(groups: dict[str, str], salt: str) -> frozenset[str]:
    """Dev groups: in each stratum, the ``round(DEV_FRACTION * n)`` groups with the smallest stable hash."""
    strata: dict[str, list[str]] = defaultdict(list)
    for group, stratum in groups.items():
        strata[stratum].append(group)
    dev: set[str] = set()
    for members in strata.values():
        members.sort(key=lambda g: (_stable_unit(f"{salt}:{g}"), g))
        dev.update(members[: round(DEV_FRACTION * len(members))])
    return frozenset(dev)


class CounsellorInput(NamedTuple):
    """One AnnoMI counsellor utterance and whether most of its coders marked it as input."""

    transcript: str
    text: str
    is_input: bool
    quality: str  # the session's mi_quality: "high" | "low"


def annomi_counsellor_input(data_dir: Path, split: Split) -> list[CounsellorInput]:
    """The counsellor utterances of AnnoMI's ``split`` (the transcripts of :func:`dev_groups` or the others), in file
    order, each input when most of its coders marked ``therapist_input_exists`` (a tie is not input)."""
    dev = _annomi_dev(str(data_dir))
    votes: dict[tuple[str, str], list[bool]] = defaultdict(list)
    first: dict[tuple[str, str], tuple[str, str]] = {}
    with _need(data_dir / "annomi" / "AnnoMI-full.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["interlocutor"] != "therapist" or (row["transcript_id"] in dev) != (split == "dev"):
                continue
            key = (row["transcript_id"], row["utterance_id"])
            votes[key].append(row["therapist_input_exists"] == "True")
            first.setdefault(key, (row["utterance_text"], row["mi_quality"]))
    return [
        CounsellorInput(transcript, first[(transcript, u)][0], _vote(v, tie=False), first[(transcript, u)][1])
        for (transcript, u), v in votes.items()
    ]


def dev_groups(dataset: str, data_dir: Path) -> frozenset[str]:
    """The groups of the dev split of a dataset without an official split (``annomi``, ``epitome``).

    AnnoMI: per ``mi_quality`` stratum, the 20% of transcripts (rounded) whose sha256("annomi:<transcript_id>") is
    smallest. EPITOME: the seeker posts whose sha256("epitome:<sp_id>") falls in the lowest 20% of the hash range.
    Both depend only on the ids, never on the run or the machine.
    """
    if dataset == "annomi":
        return _annomi_dev(str(data_dir))
    if dataset == "epitome":
        return frozenset(ex.group for ex in _epitome(str(data_dir))["empathy_er"] if _epitome_is_dev(ex.group))
    raise UsageError(f"{dataset} has an official split; dev_groups is for annomi and epitome")


@lru_cache(maxsize=4)
def _annomi_dev(folder: str) -> frozenset[str]:
    return _stratified_dev({t[0].transcript: t[0].quality for t in _annomi(folder) if t}, "annomi")


def _load_annomi(folder: str, split: Split) -> dict[str, list[Example]]:
    dev = _annomi_dev(folder)
    tasks: dict[str, list[Example]] = {"question": [], "reflection": [], "advice": []}
    for transcript in _annomi(folder):
        if not transcript or (transcript[0].transcript in dev) != (split == "dev"):
            continue
        contexts = _contextual([(u.speaker, u.text) for u in transcript])
        for u, (ctx, same) in zip(transcript, contexts, strict=True):
            if u.speaker != "therapist":
                continue
            for task, label in (("question", u.question), ("reflection", u.reflection), ("advice", u.advice)):
                tasks[task].append(Example(u.text, ctx, same, label, u.transcript, "annomi"))
    return tasks


# ---------------------------------------------------------------------------------------------------------------
# ESConv


@lru_cache(maxsize=8)
def _esconv(folder: str, split: Split) -> tuple[dict[str, object], ...]:
    path = _need(Path(folder) / "esconv" / ("train.jsonl" if split == "train" else "valid.jsonl"))
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def _esconv_group(split: Split, number: int) -> str:
    return f"{'train' if split == 'train' else 'valid'}-{number}"


def _dialog(chat: dict[str, object]) -> list[dict[str, str]]:
    dialog = chat.get("dialog")
    return dialog if isinstance(dialog, list) else []


def _load_esconv(folder: str, split: Split) -> dict[str, list[Example]]:
    tasks: dict[str, list[Example]] = {"question": [], "reflection": [], "advice": [], "disclosure": []}
    for number, chat in enumerate(_esconv(folder, split), start=1):
        group = _esconv_group(split, number)
        dialog = _dialog(chat)
        contexts = _contextual([(t["speaker"], t["text"]) for t in dialog])
        for turn, (ctx, same) in zip(dialog, contexts, strict=True):
            if turn["speaker"] != "sys":
                continue
            strategy = turn.get("strategy", "")
            labels: tuple[tuple[str, object], ...] = (
                ("question", "question" if strategy == "Question" else None),
                ("reflection", strategy in _ESCONV_REFLECTION),
                ("advice", strategy == "Providing Suggestions"),
                ("disclosure", strategy == "Self-disclosure"),
            )
            for task, label in labels:
                tasks[task].append(Example(turn["text"], ctx, same, label, group, "esconv"))
    return tasks


# ---------------------------------------------------------------------------------------------------------------
# SwDA


@lru_cache(maxsize=4)
def _swda(folder: str, split: Split) -> tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...]:
    """``(conversation number, ((speaker, text, tag), ...))`` for each call of a split, in file-name order."""
    directory = Path(folder) / "swda" / "swda_data" / ("train" if split == "train" else "val")
    if not directory.is_dir():
        raise H2HError(f"dataset folder not found: {directory} (pass the shared/data folder)")
    calls = []
    for path in sorted(directory.glob("*.txt")):
        rows = []
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                parts = line.rstrip("\n").split("|")
                if len(parts) != 3:
                    raise H2HError(f"{path}:{number}: expected 'speaker|text|tag'")
                rows.append((parts[0], parts[1], parts[2]))
        calls.append((path.stem, tuple(rows)))
    if not calls:
        raise H2HError(f"dataset folder is empty: {directory}")
    return tuple(calls)


def _load_swda(folder: str, split: Split) -> dict[str, list[Example]]:
    tasks: dict[str, list[Example]] = {"question": [], "backchannel": []}
    for call, rows in _swda(folder, split):
        contexts = _contextual([(s, t) for s, t, _ in rows])
        for (_, text, tag), (ctx, same) in zip(rows, contexts, strict=True):
            tasks["question"].append(Example(text, ctx, same, SWDA_QUESTIONS.get(tag), call, "swda"))
            tasks["backchannel"].append(Example(text, ctx, same, tag == SWDA_BACKCHANNEL, call, "swda"))
    return tasks


# ---------------------------------------------------------------------------------------------------------------
# EPITOME


@lru_cache(maxsize=4)
def _epitome(folder: str) -> dict[str, tuple[Example, ...]]:
    """All EPITOME pairs, per task, each task from its own file (368 rows' response texts differ between the
    files, mostly in whitespace, so each task keeps its own text)."""
    out: dict[str, tuple[Example, ...]] = {}
    for task, name in _EPITOME_FILES.items():
        path = _need(Path(folder) / "epitome" / name)
        with path.open(encoding="utf-8", newline="") as fh:
            out[task] = tuple(
                Example(r["response_post"], (r["seeker_post"],), (False,), int(r["level"]), r["sp_id"], "epitome")
                for r in csv.DictReader(fh)
            )
    return out


def _epitome_is_dev(sp_id: str) -> bool:
    return _stable_unit(f"epitome:{sp_id}") < DEV_FRACTION


def _load_epitome(folder: str, split: Split) -> dict[str, list[Example]]:
    want_dev = split == "dev"
    return {
        task: [ex for ex in examples if _epitome_is_dev(ex.group) == want_dev]
        for task, examples in _epitome(folder).items()
    }


# ---------------------------------------------------------------------------------------------------------------
# GoEmotions


@lru_cache(maxsize=4)
def _goemotions_maps(folder: str) -> tuple[tuple[str, ...], dict[str, float]]:
    root = Path(folder) / "goemotions"
    names = tuple(_need(root / "emotions.txt").read_text(encoding="utf-8").split())
    groups = json.loads(_need(root / "sentiment_mapping.json").read_text(encoding="utf-8"))
    valence = {name: 0.0 for name in names}  # "neutral" and "ambiguous" are 0
    for group, members in groups.items():
        for name in members:
            valence[name] = _VALENCE[group]
    return names, valence


@lru_cache(maxsize=4)
def _goemotions(folder: str, split: Split) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    names, _ = _goemotions_maps(folder)
    path = _need(Path(folder) / "goemotions" / ("train.tsv" if split == "train" else "dev.tsv"))
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for number, fields in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if len(fields) != 3:
                raise H2HError(f"{path}:{number}: expected 'text<TAB>emotion ids<TAB>comment id'")
            text, ids, comment = fields
            rows.append((text, tuple(names[int(i)] for i in ids.split(",")), comment))
    return tuple(rows)


def _load_goemotions(folder: str, split: Split) -> dict[str, list[Example]]:
    _, valence = _goemotions_maps(folder)
    emotion: list[Example] = []
    valences: list[Example] = []
    for text, labels, comment in _goemotions(folder, split):
        emotion.append(Example(text, (), (), labels, comment, "goemotions"))
        score = sum(valence[name] for name in labels) / len(labels)
        valences.append(Example(text, (), (), score, comment, "goemotions"))
    return {"emotion": emotion, "valence": valences}


# ---------------------------------------------------------------------------------------------------------------
# public API

_LOADERS = {
    "annomi": _load_annomi,
    "esconv": _load_esconv,
    "swda": _load_swda,
    "epitome": _load_epitome,
    "goemotions": _load_goemotions,
}


@lru_cache(maxsize=32)
def _load_cached(dataset: str, folder: str, split: Split) -> tuple[tuple[str, tuple[Example, ...]], ...]:
    return tuple((task, tuple(examples)) for task, examples in _LOADERS[dataset](folder, split).items())


def load(dataset: str, data_dir: Path, split: Split) -> dict[str, list[Example]]:
    """The examples of one dataset's train or dev part, as ``{task: [Example, ...]}``.

    Raises :class:`~heart2heart.errors.UsageError` for an unknown dataset or split and
    :class:`~heart2heart.errors.H2HError` naming the file when ``data_dir`` lacks one.
    """
    if dataset not in _LOADERS:
        raise UsageError(f"unknown dataset {dataset!r}; expected one of: {', '.join(DATASETS)}")
    _check_split(split)
    folder = str(Path(data_dir).expanduser().resolve())
    return {task: list(examples) for task, examples in _load_cached(dataset, folder, split)}


def _annomi_sessions(folder: str, split: Split) -> Iterable[Session]:
    dev = _annomi_dev(folder)
    for transcript in _annomi(folder):
        if not transcript or (transcript[0].transcript in dev) != (split == "dev"):
            continue
        cid = f"annomi-{transcript[0].transcript}"
        utterances = tuple(
            Utterance(cid, i, u.speaker, u.text, start=u.start, role=u.speaker) for i, u in enumerate(transcript)
        )
        yield Session(Conversation(cid, utterances, source="annomi"), "annomi", mi_quality=transcript[0].quality)


def _number(value: object) -> float | None:
    try:
        return float(str(value))
    except ValueError:
        return None


def _esconv_sessions(folder: str, split: Split) -> Iterable[Session]:
    roles = {"sys": "supporter", "usr": "seeker"}
    for number, chat in enumerate(_esconv(folder, split), start=1):
        cid = f"esconv-{_esconv_group(split, number)}"
        utterances = tuple(
            Utterance(cid, i, roles[t["speaker"]], t["text"], role=roles[t["speaker"]])
            for i, t in enumerate(_dialog(chat))
        )
        survey = chat.get("survey_score")
        seeker = survey.get("seeker", {}) if isinstance(survey, dict) else {}
        yield Session(
            Conversation(cid, utterances, source="esconv"),
            "esconv",
            empathy=_number(seeker.get("empathy")),
            initial_intensity=_number(seeker.get("initial_emotion_intensity")),
            final_intensity=_number(seeker.get("final_emotion_intensity")),
        )


def load_sessions(data_dir: Path, split: Split = "dev") -> list[Session]:
    """Whole AnnoMI transcripts and ESConv chats of a split, with their outcomes (AnnoMI first, then ESConv).

    Speakers are named by role: "therapist"/"client" (AnnoMI, with ``start`` seconds from the video timestamps)
    and "supporter"/"seeker" (ESConv).
    """
    _check_split(split)
    folder = str(Path(data_dir).expanduser().resolve())
    return [*_annomi_sessions(folder, split), *_esconv_sessions(folder, split)]
