"""Signal Desktop chats exported by signal-export (``sigexport``): a ``chat.md`` per conversation, or the export
folder holding one folder per chat.

Each message is ``[2024-03-14 20:02:11] Sam: words`` (two spaces at the end, Markdown's line break), running on
over the lines after it. The owner is "Me", as signal-export writes it. What signal-export adds to a message is not
the sender's words and is left out: a quoted message (``> `` lines), the reactions line (``(- Sam: 👍 -)``), a
sticker (``(( 👍 ))``), attachment links (``![IMG_0412.jpg](./media/IMG_0412.jpg)``); a message of those alone is a
placeholder (``<attachment: IMG_0412.jpg>``, ``<sticker>``, ``media``), and so is a deleted one. Calls (``Missed
voice call``, ``Incoming video call (accepted, 2m 3s)``) are not messages. Times are the export's wall-clock times.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, decode_bytes, iter_lines
from heart2heart.formats._chatjson import Tree, is_zip
from heart2heart.model import Utterance

__all__ = ["READER", "SignalExportReader"]

_MESSAGE = rx.compile(r"\[(?P<when>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] (?P<name>.+?): (?P<text>.*)")
_REACTIONS = rx.compile(r"\(- .* -\)")
_STICKER = rx.compile(r"\(\( (?P<label>.*) \)\)")
_ATTACHMENT = rx.compile(r"!?\[(?P<name>[^\]]*)\]\(\./[^)]*\)")
_CALL = rx.compile(r"(?:Missed|Incoming|Outgoing) (?:voice |video )?call(?: \(.*\))?")
_DELETED = "(This message was deleted)"
_EXAMPLE = "[2024-03-14 20:02:11] Sam: words"


def _utterance(conversation: str, when: datetime, speaker: str, lines: list[str]) -> Utterance | None:
    """One message from its lines (the first one's words, then the ones after it), or None for a call."""
    kept: list[str] = []
    attachments: list[str] = []
    sticker = False
    for line in lines:
        bare = line.rstrip()
        if bare.startswith(">") or _REACTIONS.fullmatch(bare.strip()):
            continue
        if _STICKER.fullmatch(bare.strip()):
            sticker = True
            continue
        attachments.extend(m.group("name") for m in _ATTACHMENT.finditer(bare))
        kept.append(_ATTACHMENT.sub("", bare).rstrip())
    text = "\n".join(kept).strip()
    if text == _DELETED:
        return Utterance(conversation, 0, speaker, "<deleted message>", time=when, media=True)
    if _CALL.fullmatch(text):
        return None
    if text:
        return Utterance(conversation, 0, speaker, text, time=when)
    if attachments:
        return Utterance(conversation, 0, speaker, f"<attachment: {attachments[0]}>", time=when, media=True)
    if sticker:
        return Utterance(conversation, 0, speaker, "<sticker>", time=when, media=True)
    return None


def _messages(path: Path | str, lines: Iterable[tuple[int, str]], conversation: str) -> Iterator[Utterance]:
    current: tuple[datetime, str, list[str]] | None = None
    for n, line in lines:
        found = _MESSAGE.fullmatch(line.rstrip("\r"))
        if found is None:
            if current is not None:
                current[2].append(line)
            elif line.strip():
                raise ParseError(path, n, f"expected a signal-export message line such as {_EXAMPLE!r}")
            continue
        if current is not None and (u := _utterance(conversation, *current)) is not None:
            yield u
        try:
            when = datetime.fromisoformat(found.group("when"))
        except ValueError:
            raise ParseError(path, n, f"not a date and time: {found.group('when')!r}") from None
        current = (when, found.group("name").strip(), [found.group("text")])
    if current is not None and (u := _utterance(conversation, *current)) is not None:
        yield u


class SignalExportReader:
    """Reader of signal-export's Markdown chats."""

    name: ClassVar[str] = "signal_export"
    summary: ClassVar[str] = "Signal Desktop chats exported by signal-export (chat.md, or the export folder)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.9 if any(n.endswith("/chat.md") for n in probe.names) else 0.0
        lines = [ln for ln in probe.head.lstrip("\ufeff").splitlines()[:200] if ln.strip()]
        if not lines or not _MESSAGE.fullmatch(lines[0]):
            return 0.0
        markdown = probe.suffix == ".md" or any(ln.endswith("  ") or _REACTIONS.fullmatch(ln.strip()) for ln in lines)
        return 0.95 if markdown else 0.0  # above a WhatsApp iPhone export in an ISO-date locale (0.9)

    def parse(self, path: Path) -> Iterator[Utterance]:
        count = 0
        if path.is_file() and not is_zip(path):
            chat = path.parent.name if path.name == "chat.md" and path.parent.name else path.stem  # the chat's folder
            for u in _messages(path, iter_lines(path), chat):
                count += 1
                yield u
        else:
            with Tree(path) as tree:
                for name in tree.names:
                    if not name.endswith("chat.md"):
                        continue
                    text = decode_bytes(tree.read(name), tree.where(name))
                    chat = name.rsplit("/", 2)[-2] if "/" in name else path.stem
                    for u in _messages(tree.where(name), enumerate(text.splitlines(), 1), f"{path.stem}/{chat}"):
                        count += 1
                        yield u
        if count == 0:
            raise ParseError(path, None, f"no messages found (expected lines such as {_EXAMPLE!r})")


READER = SignalExportReader()
