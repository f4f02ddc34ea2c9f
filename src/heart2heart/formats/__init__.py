"""Readers for the formats conversations come in, detected from their content.

Each format lives in its own module exposing ``READER``; modules are imported only when needed. Use
:func:`read` (whole conversations) or :func:`iter_utterances` (a flat stream, for huge inputs).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path

from heart2heart.errors import FormatError, ParseError
from heart2heart.formats._base import Probe, Reader
from heart2heart.model import Conversation, Utterance

__all__ = ["DEFAULT_GAP", "Probe", "Reader", "detect", "get_reader", "iter_utterances", "read", "reader_names"]

DEFAULT_GAP = timedelta(hours=4)

# name -> module; order breaks ties in detection (more specific formats first).
_MODULES: dict[str, str] = {
    "whatsapp": "heart2heart.formats.whatsapp",
    "telegram": "heart2heart.formats.telegram",
    "telegram_html": "heart2heart.formats.telegram_html",
    "messenger": "heart2heart.formats.messenger",
    "messenger_html": "heart2heart.formats.messenger_html",
    "discord": "heart2heart.formats.discord",
    "slack": "heart2heart.formats.slack",
    "zulip": "heart2heart.formats.zulip",
    "mattermost": "heart2heart.formats.mattermost",
    "rocketchat": "heart2heart.formats.rocketchat",
    "sms_backup": "heart2heart.formats.sms_backup",
    "snapchat": "heart2heart.formats.snapchat",
    "google_voice": "heart2heart.formats.google_voice",
    "sigtop": "heart2heart.formats.sigtop",
    "signal_export": "heart2heart.formats.signal_export",
    "kakaotalk": "heart2heart.formats.kakaotalk",
    "imazing": "heart2heart.formats.imazing",
    "viber": "heart2heart.formats.viber",
    "imessage_html": "heart2heart.formats.imessage_html",
    "vtt": "heart2heart.formats.vtt",
    "srt": "heart2heart.formats.srt",
    "ass": "heart2heart.formats.ass",
    "otter": "heart2heart.formats.otter",
    "zoom_chat": "heart2heart.formats.zoom_chat",
    "chat_log": "heart2heart.formats.chat_log",
    "docx": "heart2heart.formats.docx",
    "cha": "heart2heart.formats.cha",
    "jsonl": "heart2heart.formats.canonical",
    "csv": "heart2heart.formats.canonical_csv",
    "plain": "heart2heart.formats.plain",
}


def reader_names() -> list[str]:
    return list(_MODULES)


def get_reader(name: str) -> Reader:
    try:
        module = _MODULES[name]
    except KeyError:
        raise FormatError(f"unknown format {name!r}; known formats: {', '.join(_MODULES)}") from None
    reader: Reader = importlib.import_module(module).READER
    return reader


def detect(path: Path) -> Reader:
    """The reader most confident that ``path`` is in its format."""
    if not path.exists():
        raise FormatError(f"{path}: no such file or folder")
    probe = Probe.of(path)
    folder = path.is_dir()
    if not probe.names and not probe.head.strip():
        raise ParseError(path, None, "the folder is empty" if folder else "the file is empty")
    best: tuple[float, Reader] | None = None
    for name in _MODULES:
        reader = get_reader(name)
        score = reader.sniff(probe)
        if score > 0 and (best is None or score > best[0]):
            best = (score, reader)
    if best is None:
        if folder:  # no line to point at: say what a folder can be, and how to read the files in it
            raise ParseError(
                path,
                None,
                "not an export folder heart2heart knows (see `h2h formats`); to analyse the files in it, name them "
                f"(for example `h2h analyze {path}/*.txt`)",
            )
        raise ParseError(path, 1, "not a conversation format heart2heart knows (see `h2h formats`, or --format)")
    return best[1]


def _split(stream: Iterable[Utterance], *, chat: bool, gap: timedelta | None) -> Iterator[Utterance]:
    """Number utterances per conversation; split chats at silences longer than ``gap`` into ``<id>#n``."""
    base: str | None = None
    part = 0
    index = 0
    last_time = None
    conv_id = ""
    for u in stream:
        if u.conversation != base:
            base = u.conversation
            part = 1
            index = 0
            last_time = None
            conv_id = f"{base}#1" if chat and gap is not None else base
        elif chat and gap is not None and u.time is not None and last_time is not None and u.time - last_time > gap:
            part += 1
            index = 0
            conv_id = f"{base}#{part}"
        if u.time is not None:
            last_time = u.time
        # Positional construction: about twice as fast as dataclasses.replace on this hot path (every field kept;
        # tests/test_formats_chats.py guards that no field is dropped).
        yield Utterance(conv_id, index, u.speaker, u.text, u.start, u.end, u.time, u.role, u.media, u.labels)
        index += 1


def iter_utterances(
    path: str | Path, *, format: str | None = None, gap: timedelta | None = DEFAULT_GAP
) -> Iterator[Utterance]:
    """Stream the utterances of a file, numbered per conversation (``gap=None`` keeps a chat in one piece)."""
    path = Path(path)
    reader = get_reader(format) if format else detect(path)
    if not path.exists():
        raise FormatError(f"{path}: no such file or folder")
    yield from _split(reader.parse(path), chat=reader.chat, gap=gap)


def group(stream: Iterable[Utterance], source: str | None = None) -> Iterator[Conversation]:
    """Group a stream of numbered utterances into conversations (rows of one conversation are contiguous)."""
    current: list[Utterance] = []
    for u in stream:
        if current and u.conversation != current[-1].conversation:
            yield Conversation(current[-1].conversation, tuple(current), source)
            current = []
        current.append(u)
    if current:
        yield Conversation(current[-1].conversation, tuple(current), source)


def read(path: str | Path, *, format: str | None = None, gap: timedelta | None = DEFAULT_GAP) -> list[Conversation]:
    """Read every conversation in a file (or export folder / zip)."""
    path = Path(path)
    conversations = list(group(iter_utterances(path, format=format, gap=gap), source=str(path)))
    if not conversations:
        raise ParseError(path, None, "no messages found")
    return conversations
