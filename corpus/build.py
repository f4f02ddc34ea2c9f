"""Render the project's hand-written conversations into the formats people use, with their label manifest.

The conversations are written once, in ``corpus/kinds/_src/*.txt``, in an authoring format that keeps the labels
next to the words they describe (see corpus/kinds/README.md)::

    ### hh01 | format=whatsapp_android | split=dev | start=2024-03-12 21:04 | harsh=-
    Maya: hey, you still up?
    Sam: I think I'm scared of turning into my dad {D3 met main}
    Maya: oh Sam. what makes you say that? {=}

Annotations sit in ``{...}`` at the end of a line, separated by ``;``:
``D2``/``D3`` + ``met|advice|deflected|none`` (+ ``main``, + ``=tag``) marks a disclosure; ``=tag`` alone marks the
response to the disclosure with that tag (``=`` alone: the response to the latest disclosure); a disclosure whose
response is not marked is answered by the next utterance of another speaker (``none``: no response).
``H criticism|contempt|defensiveness|stonewalling`` marks one of Gottman's horsemen. A literal ``\\n`` in a line is a
line break inside one message. Utterance indices are counted by this script, never by hand.

Run ``python corpus/build.py`` to (re)write corpus/kinds/*.{txt,vtt,srt,jsonl} and corpus/kinds/labels.jsonl, the
same for every other set of kinds that has a ``_src`` folder (:func:`kind_sets`: corpus/kinds2, corpus/kinds3 and
on, each by another author), and corpus/utterances/{train,dev}.jsonl from
corpus/utterances/_src/*.txt (see corpus/utterances/README.md).
Standard library only; output is deterministic.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS_DIR = HERE / "kinds"
SRC_DIR = KINDS_DIR / "_src"

KINDS = (
    "heart_to_heart",
    "small_talk",
    "discussion",
    "venting",
    "lecture",
    "fixing",
    "interrogation",
    "unmet_disclosure",
    "performance",
    "conflict",
)
RESPONSES = ("met", "advice", "deflected", "none")
HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")
FORMATS = {
    "plain": ".txt",
    "plain_ts": ".txt",
    "whatsapp_android": ".txt",
    "whatsapp_android_us": ".txt",
    "whatsapp_ios": ".txt",
    "whatsapp_ios_us": ".txt",
    "zoom_vtt": ".vtt",
    "teams_vtt": ".vtt",
    "srt": ".srt",
    "jsonl": ".jsonl",
}

_LINE = re.compile(r"^(?P<speaker>[^:{}]{1,40}?):\s(?P<text>.*?)\s*(?:\{(?P<ann>[^{}]*)\})?\s*$")


@dataclass
class Line:
    """One utterance as written: who, what, and its raw annotations."""

    speaker: str
    text: str
    ann: list[str] = field(default_factory=list)


@dataclass
class Source:
    """One authored conversation: its header fields and its lines."""

    id: str
    kind: str
    meta: dict[str, str]
    lines: list[Line]
    where: str


def parse_sources(text: str, kind: str, where: str) -> list[Source]:
    """Split one authoring file into conversations."""
    sources: list[Source] = []
    current: Source | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line or (line.startswith("#") and not line.startswith("###")):
            continue
        if line.startswith("###"):
            head, *fields = [p.strip() for p in line[3:].split("|")]
            meta = dict(f.split("=", 1) for f in fields)
            current = Source(head, kind, meta, [], f"{where}:{n}")
            sources.append(current)
            continue
        m = _LINE.match(line)
        if current is None or m is None:
            raise ValueError(f"{where}:{n}: expected 'Name: text {{labels}}', got {line!r}")
        ann = [a.strip() for a in (m["ann"] or "").split(";") if a.strip()]
        current.lines.append(Line(m["speaker"].strip(), m["text"].replace("\\n", "\n"), ann))
    return sources


def labels_of(src: Source) -> dict[str, object]:
    """The manifest entry of one conversation (indices counted from the authored lines)."""
    disclosures: list[dict[str, object]] = []
    tags: dict[str, dict[str, object]] = {}
    horsemen: list[dict[str, object]] = []
    main: int | None = None
    latest: dict[str, object] | None = None
    for i, line in enumerate(src.lines):
        for a in line.ann:
            parts = a.split()
            if parts[0] in ("D2", "D3"):
                resp = parts[1]
                if resp not in RESPONSES:
                    raise ValueError(f"{src.where}: line {i}: bad response {resp!r}")
                d: dict[str, object] = {
                    "index": i,
                    "speaker": line.speaker,
                    "depth": int(parts[0][1]),
                    "response": resp,
                    "response_index": None,
                }
                for p in parts[2:]:
                    if p == "main":
                        if main is not None:
                            raise ValueError(f"{src.where}: two main disclosures")
                        main = i
                    elif p.startswith("="):
                        tags[p[1:]] = d
                    else:
                        raise ValueError(f"{src.where}: line {i}: bad token {p!r}")
                d["_explicit"] = False
                disclosures.append(d)
                latest = d
            elif parts[0].startswith("="):
                tag = parts[0][1:]
                target = tags[tag] if tag else latest
                if target is None:
                    raise ValueError(f"{src.where}: line {i}: response before any disclosure")
                target["response_index"] = i
                target["_explicit"] = True
            elif parts[0] == "H":
                if parts[1] not in HORSEMEN:
                    raise ValueError(f"{src.where}: line {i}: bad horseman {parts[1]!r}")
                horsemen.append({"index": i, "kind": parts[1]})
            else:
                raise ValueError(f"{src.where}: line {i}: bad annotation {a!r}")
    for d in disclosures:
        explicit = d.pop("_explicit")
        if d["response"] == "none":
            if explicit:
                raise ValueError(f"{src.where}: a disclosure answered 'none' has a marked response")
            continue
        if not explicit:
            i = int(str(d["index"]))
            nxt = next((j for j in range(i + 1, len(src.lines)) if src.lines[j].speaker != d["speaker"]), None)
            if nxt is None:
                raise ValueError(f"{src.where}: disclosure at {i} has no later reply")
            d["response_index"] = nxt
    harsh = src.meta.get("harsh", "-")
    fmt = src.meta["format"]
    return {
        "file": f"{src.id}{FORMATS[fmt]}",
        "split": src.meta["split"],
        "kind": src.kind,
        "format": fmt,
        "utterances": len(src.lines),
        "speakers": sorted({ln.speaker for ln in src.lines}),
        "disclosures": disclosures,
        "main_disclosure": main,
        "horsemen": horsemen,
        "harsh_startup": None if harsh == "-" else harsh == "true",
    }


# ---------------------------------------------------------------- rendering


def _chat_times(src: Source) -> list[datetime]:
    rng = random.Random(src.id)
    t = datetime.strptime(src.meta.get("start", "2024-05-14 20:10"), "%Y-%m-%d %H:%M")
    times = []
    for i, line in enumerate(src.lines):
        if i:
            same = line.speaker == src.lines[i - 1].speaker
            t += timedelta(seconds=rng.choice([10, 20, 30, 40, 60]) if same else rng.choice([30, 60, 60, 120, 180]))
            t += timedelta(seconds=len(line.text) // 4)
        times.append(t)
    if times[-1] - times[0] > timedelta(hours=3, minutes=30):
        raise ValueError(f"{src.where}: chat spans too long")
    return times


def _spoken_times(src: Source) -> list[tuple[float, float]]:
    rng = random.Random(src.id)
    t = 0.8 + rng.random() * 2
    spans = []
    for line in src.lines:
        words = len(line.text.split())
        dur = max(0.6, words / 2.6 + rng.random() * 0.5)
        spans.append((round(t, 3), round(t + dur, 3)))
        t += dur + 0.15 + rng.random() * 0.9
    return spans


def _ts(sec: float, sep: str = ".") -> str:
    ms = round(sec * 1000)
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _clock12(t: datetime, seconds: bool) -> str:
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{h}:{t.minute:02d}{f':{t.second:02d}' if seconds else ''}\u202f{ampm}"


def render(src: Source) -> str:
    """The conversation in its declared format."""
    fmt = src.meta["format"]
    lines = src.lines
    out: list[str] = []
    if fmt.startswith("whatsapp"):
        times = _chat_times(src)
        for line, t in zip(lines, times, strict=True):
            if fmt == "whatsapp_android":
                stamp = f"{t:%d/%m/%Y}, {t:%H:%M} - "
            elif fmt == "whatsapp_android_us":
                stamp = f"{t.month}/{t.day}/{t:%y}, {_clock12(t, False)} - "
            elif fmt == "whatsapp_ios":
                stamp = f"[{t:%d/%m/%Y}, {t:%H:%M:%S}] "
            else:
                stamp = f"[{t.month}/{t.day}/{t:%y}, {_clock12(t, True)}] "
            out.append(f"{stamp}{line.speaker}: {line.text}")
        return "\n".join(out) + "\n"
    if fmt in ("plain", "plain_ts"):
        spans = _spoken_times(src)
        for line, (s, _) in zip(lines, spans, strict=True):
            prefix = f"[{_ts(s)[:8]}] " if fmt == "plain_ts" else ""
            out.append(f"{prefix}{line.speaker}: {line.text}")
        return "\n".join(out) + "\n"
    if fmt == "jsonl":
        spans = _spoken_times(src)
        rows = [
            json.dumps(
                {
                    "conversation": src.id,
                    "index": i,
                    "speaker": ln.speaker,
                    "text": ln.text,
                    "start": s,
                    "end": e,
                    "time": None,
                    "role": None,
                },
                ensure_ascii=False,
            )
            for i, (ln, (s, e)) in enumerate(zip(lines, spans, strict=True))
        ]
        return "\n".join(rows) + "\n"
    spans = _spoken_times(src)
    if fmt == "srt":
        for i, (ln, (s, e)) in enumerate(zip(lines, spans, strict=True), 1):
            out.append(f"{i}\n{_ts(s, ',')} --> {_ts(e, ',')}\n{ln.speaker}: {ln.text}\n")
        return "\n".join(out)
    out.append("WEBVTT\n")
    rng = random.Random(src.id + "ids")
    guid = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    for i, (ln, (s, e)) in enumerate(zip(lines, spans, strict=True), 1):
        if fmt == "zoom_vtt":
            out.append(f"{i}\n{_ts(s)} --> {_ts(e)}\n{ln.speaker}: {ln.text}\n")
        else:
            out.append(f"{guid}-{i}/{i * 7 % 13}-0\n{_ts(s)} --> {_ts(e)}\n<v {ln.speaker}>{ln.text}</v>\n")
    return "\n".join(out)


def load_all(src_dir: Path = SRC_DIR) -> list[Source]:
    """Every authored conversation of one set (its ``_src`` folder), in file then writing order."""
    sources: list[Source] = []
    src_dir = src_dir.resolve()  # a folder given relative to the working directory names its files from HERE too
    for kind in KINDS:
        path = src_dir / f"{kind}.txt"
        if path.exists():
            sources.extend(parse_sources(path.read_text(encoding="utf-8"), kind, str(path.relative_to(HERE))))
    ids = [s.id for s in sources]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ValueError(f"duplicate conversation ids: {sorted(dupes)}")
    return sources


def build(kinds_dir: Path = KINDS_DIR) -> dict[str, str]:
    """Every output file's name (relative to ``kinds_dir``, corpus/kinds by default) and content."""
    files: dict[str, str] = {}
    manifest = []
    for src in load_all(kinds_dir / "_src"):
        entry = labels_of(src)
        files[str(entry["file"])] = render(src)
        manifest.append(json.dumps(entry, ensure_ascii=False))
    files["labels.jsonl"] = "\n".join(manifest) + "\n"
    return files


def kind_sets() -> list[str]:
    """The folders of labelled conversations under corpus/ that have their own ``_src`` (corpus/kinds, kinds2,
    ...), in the order they were written; a new writer's set is rendered as soon as its ``_src`` exists."""
    found = [p.name for p in HERE.glob("kinds*") if re.fullmatch(r"kinds\d*", p.name) and (p / "_src").is_dir()]
    return sorted(found, key=lambda name: int(name[5:] or 1))


def main() -> int:
    for set_name in kind_sets():
        kinds_dir = HERE / set_name
        if not (kinds_dir / "_src").is_dir():
            continue
        files = build(kinds_dir)
        for old in kinds_dir.iterdir():
            if old.is_file() and old.suffix in (".txt", ".vtt", ".srt", ".jsonl") and old.name not in files:
                old.unlink()
        for name, content in files.items():
            (kinds_dir / name).write_text(content, encoding="utf-8")
        print(f"wrote {len(files) - 1} conversations and labels.jsonl to {kinds_dir}", file=sys.stderr)
    for name, content in build_utterances().items():
        (UTT_DIR / name).write_text(content, encoding="utf-8")
    print(f"wrote train.jsonl and dev.jsonl to {UTT_DIR}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- labelled utterances

UTT_DIR = HERE / "utterances"
UTT_SRC = UTT_DIR / "_src"
_TAG = re.compile(r"^(?:d[0-3]|q[oc]|r|a|b|e[0-2]{3})$")


def parse_utterances(text: str, where: str) -> list[list[dict[str, object]]]:
    """Mini-dialogues (``##`` starts one) whose every line is labelled; rows carry the previous turns as context.

    Under ``## each`` every line stands alone (no context) until the next ``##``.
    """
    dialogues: list[list[dict[str, object]]] = []
    turns: list[str] = []
    each = False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or (line.startswith("#") and line not in ("##", "## each")):
            continue
        if line in ("##", "## each"):
            dialogues.append([])
            turns = []
            each = line == "## each"
            continue
        body, sep, tags = line.rpartition("|")
        _speaker, colon, utt = body.partition(":")
        if not sep or not colon or not dialogues:
            raise ValueError(f"{where}:{n}: expected 'A: text | tags', got {line!r}")
        labels: dict[str, object] = {
            "question": None,
            "reflection": False,
            "advice": False,
            "disclosure": 0,
            "empathy": {"emotional_reaction": 0, "interpretation": 0, "exploration": 0},
            "backchannel": False,
        }
        for tag in tags.split():
            if not _TAG.match(tag):
                raise ValueError(f"{where}:{n}: bad tag {tag!r}")
            if tag[0] == "d":
                labels["disclosure"] = int(tag[1])
            elif tag[0] == "q":
                labels["question"] = "open" if tag == "qo" else "closed"
            elif tag == "r":
                labels["reflection"] = True
            elif tag == "a":
                labels["advice"] = True
            elif tag == "b":
                labels["backchannel"] = True
            else:
                labels["empathy"] = dict(
                    zip(("emotional_reaction", "interpretation", "exploration"), (int(c) for c in tag[1:]), strict=True)
                )
        utt = utt.strip()
        if each and dialogues[-1]:
            dialogues.append([])
            turns = []
        dialogues[-1].append({"text": utt, "context": list(turns), "labels": labels})
        turns.append(utt)
    return [d for d in dialogues if d]


def build_utterances() -> dict[str, str]:
    """train.jsonl (four dialogues in five) and dev.jsonl (every fifth), whole dialogues kept together."""
    dialogues: list[list[dict[str, object]]] = []
    for path in sorted(UTT_SRC.glob("*.txt")):
        dialogues.extend(parse_utterances(path.read_text(encoding="utf-8"), str(path.relative_to(HERE))))
    splits: dict[str, list[str]] = {"train": [], "dev": []}
    for i, dialogue in enumerate(dialogues):
        rows = splits["dev" if i % 5 == 4 else "train"]
        rows.extend(json.dumps(r, ensure_ascii=False) for r in dialogue)
    return {f"{name}.jsonl": "\n".join(rows) + "\n" for name, rows in splits.items()}


if __name__ == "__main__":
    raise SystemExit(main())
