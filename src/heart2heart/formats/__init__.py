"""Readers for the formats conversations come in, detected from their content.

Each format lives in its own module exposing ``READER``; modules are imported only when needed. Use
:func:`read` (whole conversations) or :func:`iter_utterances` (a flat stream, for huge inputs).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from pathlib import Path

from heart2heart.errors import FormatError, ParseError
from heart2heart.formats._base import Probe, Reader
from heart2heart.formats._layout import readable
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
    "matrix": "heart2heart.formats.matrix",
    "sms_backup": "heart2heart.formats.sms_backup",
    "snapchat": "heart2heart.formats.snapchat",
    "google_voice": "heart2heart.formats.google_voice",
    "sigtop": "heart2heart.formats.sigtop",
    "signal_export": "heart2heart.formats.signal_export",
    "kakaotalk": "heart2heart.formats.kakaotalk",
    "imazing": "heart2heart.formats.imazing",
    "viber": "heart2heart.formats.viber",
    "imessage_html": "heart2heart.formats.imessage_html",
    "wechat": "heart2heart.formats.wechat",
    "x_dms": "heart2heart.formats.x_dms",
    "hangouts": "heart2heart.formats.hangouts",
    "email": "heart2heart.formats.email_thread",
    "email_text": "heart2heart.formats.email_text",
    "reddit": "heart2heart.formats.reddit",
    "discourse": "heart2heart.formats.discourse",
    "hackernews": "heart2heart.formats.hackernews",
    "forum_html": "heart2heart.formats.forum_html",
    "discourse_raw": "heart2heart.formats.discourse_raw",
    "forum_copy": "heart2heart.formats.forum_copy",
    "vtt": "heart2heart.formats.vtt",
    "srt": "heart2heart.formats.srt",
    "ass": "heart2heart.formats.ass",
    "otter": "heart2heart.formats.otter",
    "zoom_chat": "heart2heart.formats.zoom_chat",
    "chat_log": "heart2heart.formats.chat_log",
    "docx": "heart2heart.formats.docx",
    "cha": "heart2heart.formats.cha",
    "speech_json": "heart2heart.formats.speech_json",
    "jsonl": "heart2heart.formats.canonical",
    "csv": "heart2heart.formats.canonical_csv",
    "plain": "heart2heart.formats.plain",
}


def _text(probe: Probe) -> str:
    return probe.head.lstrip("\ufeff \t\r\n")


#: One of these is in the start of every speech-to-text transcript :mod:`heart2heart.formats.speech_json` reads.
_SPEECH_MARKS = ('"monologues"', 'ecognizedPhrases"', '"jobName"', '"request_id"', '"audio_url"', '"alternatives"',
                 '"utterances"')  # fmt: skip


#: For a reader whose format leaves a mark a substring test finds, that test: detection imports the reader (to ask
#: its ``sniff``) only when the file or folder passes it. Each test is implied by its reader's own sniff, so leaving
#: a reader out never changes which one is chosen (``tests/test_formats_hints.py`` checks it on every corpus and
#: fixture file and on random input); it only saves importing the modules that cannot match (~30 ms a run).
_HINTS: dict[str, Callable[[Probe], bool]] = {
    "telegram": lambda p: bool(p.names) or '"messages"' in p.head or '"chats"' in p.head,
    "telegram_html": lambda p: bool(p.names) or 'class="message default' in p.head,
    "messenger": lambda p: bool(p.names) or '"participants"' in p.head or '"sender_name"' in p.head,
    "messenger_html": lambda p: bool(p.names) or "_a6-g" in p.head or "_2lej" in p.head,
    "discord": lambda p: not p.names and '"guild"' in p.head,
    "slack": lambda p: bool(p.names) or '"ts"' in p.head,
    "zulip": lambda p: not p.names and '"sender_full_name"' in p.head,
    "mattermost": lambda p: (
        any(n.endswith(".jsonl") for n in p.names) if p.names else '"version"' in p.head or "Post" in p.head
    ),
    "rocketchat": lambda p: not p.names and '"msg"' in p.head,
    "matrix": lambda p: not p.names and '"origin_server_ts"' in p.head,
    "sms_backup": lambda p: not p.names and "<smses" in p.head,
    "snapchat": lambda p: not p.names and '"Media Type"' in p.head,
    "google_voice": lambda p: bool(p.names) or "hChatLog" in p.head,
    "sigtop": lambda p: not p.names and _text(p).startswith("Conversation: "),
    "signal_export": lambda p: bool(p.names) or _text(p).startswith("["),
    "kakaotalk": lambda p: not p.names and (" : " in p.head or "] [" in p.head),
    "imazing": lambda p: not p.names and "Chat Session" in p.head,
    "viber": lambda p: not p.names and _text(p)[:1].isdigit(),
    "imessage_html": lambda p: not p.names and 'class="sender"' in p.head,
    "wechat": lambda p: not p.names and (p.head[:1].isdigit() or p.head.startswith("localId,")),
    "x_dms": lambda p: bool(p.names) or '"dmConversation"' in p.head,
    "hangouts": lambda p: not p.names and '"conversation' in p.head,
    "email": lambda p: bool(p.names) or "From" in p.head,
    "email_text": lambda p: not p.names and ":" in p.head,
    "reddit": lambda p: not p.names and ('"Listing"' in p.head or '"subreddit"' in p.head),
    "discourse": lambda p: not p.names and '"post_stream"' in p.head,
    "hackernews": lambda p: not p.names and '"created_at_i"' in p.head,
    "forum_html": lambda p: not p.names and ("postbody" in p.head or "postcontainer" in p.head),
    "discourse_raw": lambda p: not p.names and " | #" in p.head,
    "forum_copy": lambda p: not p.names and (" ago" in p.head or "·" in p.head),
    "vtt": lambda p: not p.names and "WEBVTT" in p.head[:200],
    "ass": lambda p: not p.names and ("[Script Info]" in p.head or "[Events]" in p.head),
    "docx": lambda p: bool(p.names),
    "speech_json": lambda p: not p.names and any(m in p.head for m in _SPEECH_MARKS),
}


#: Data downloads that keep only the owner's side of each chat, told apart by marks their files always hold: named in
#: the error, since no reader can make a conversation of them.
_ONE_SIDED: dict[str, tuple[str, ...]] = {
    "Tinder's data download (data.json)": ('"Messages"', '"match_id"', '"sent_date"'),
    "Hinge's data download (matches.json)": ('"chats"', '"body"', '"timestamp"', '"match"'),
    "a Discord data package's messages": ("ID,Timestamp,Contents,Attachments",),
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


def detect(path: Path, probe: Probe | None = None) -> Reader:
    """The reader most confident that ``path`` is in its format (``probe``: its start, when already read)."""
    if not path.exists():
        raise FormatError(f"{path}: no such file or folder")
    probe = probe if probe is not None else Probe.of(path)
    folder = path.is_dir()
    if not probe.names and not probe.head.strip():
        raise ParseError(path, None, "the folder is empty" if folder else "the file is empty")
    one_sided = next((app for app, marks in _ONE_SIDED.items() if all(m in probe.head for m in marks)), None)
    if one_sided is not None:
        raise ParseError(
            path,
            1,
            f"this looks like {one_sided}, which holds only the messages you sent, not the replies; heart2heart "
            "needs both sides of a conversation (export the chat from the app itself, or from both accounts)",
        )
    best: tuple[float, Reader] | None = None
    for name in _MODULES:
        hint = _HINTS.get(name)
        if hint is not None and not hint(probe):
            continue  # its sniff would say 0: not imported
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
    probe = None if format or not path.exists() else Probe.of(path)  # read once, for detection and the layout
    reader = get_reader(format) if format else detect(path, probe)
    if not path.exists():
        raise FormatError(f"{path}: no such file or folder")
    # an indented file, old Mac line endings or Windows-1252: a copy the readers read (not re-encoded for a reader
    # that decodes each part by the encoding it names: e-mail)
    with readable(path, probe, transcode=not getattr(reader, "own_charsets", False)) as copy:
        yield from _split(reader.parse(copy), chat=reader.chat, gap=gap)


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
