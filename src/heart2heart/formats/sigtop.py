"""Signal Desktop chats exported as text by sigtop (``sigtop export-messages``, its default text format): one file
per conversation, ``Conversation: <name>``, then one block per message:

    From: Sam Rivera (+15550100)
    Type: incoming
    Sent: Thu, 14 Mar 2024 20:02:11 -0400
    Received: Thu, 14 Mar 2024 20:02:12 -0400
    Attachment: IMG_0412.jpg (image/jpeg, 48211 bytes)

    the words, on as many lines as they take

The speaker is the ``From`` name without its number, and what the owner sent is "Me" (sigtop writes "You"; "Me" is
how signal-export, the other exporter of Signal chats, and the phones' own exports name the owner); the time is
``Sent``, read as naive UTC. Only incoming and outgoing messages count: group changes, safety-number changes,
timers and calls are left out. A quoted message (``>``-prefixed lines) is not the sender's words; of an edited
message (``|``-prefixed versions) the latest version is read. A message of attachments alone is a placeholder
(``<attachment: name>``, ``media``); reactions are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.model import Utterance

__all__ = ["READER", "SigtopReader"]

_FIELD = re.compile(r"(From|Type|Sent|Received|Attachment|Reaction|Edited): (.*)")
_VERSION_FIELD = re.compile(r"\| (?:Version|Sent|Attachment): .*")
_NUMBER = re.compile(r" \((?:\+?[\d ()-]{3,}|[^()]*@[^()]*)\)$")  # "Sam (+15550100)", "Sam (sam.01)"
_KEPT = frozenset(("incoming", "outgoing"))
ME = "Me"
_EXAMPLE = "Conversation: Sam / From: Sam (+15550100) / Type: incoming / Sent: Thu, 14 Mar 2024 20:02:11 -0400 / hi"


class _Message:
    __slots__ = ("attachment", "body", "kind", "line", "sender", "sent", "versions")

    def __init__(self, line: int) -> None:
        self.line = line
        self.sender = ""
        self.kind = ""
        self.sent: datetime | None = None
        self.attachment: str | None = None
        self.body: list[str] = []
        self.versions = 0  # "| " blocks of an edit history seen; the first one is the latest version


def _time(value: str, path: Path, line: int) -> datetime | None:
    if value == "unknown":
        return None
    try:
        when = datetime.strptime(value, "%a, %d %b %Y %H:%M:%S %z")
    except ValueError:
        raise ParseError(path, line, f"not a sigtop time (Mon, 2 Jan 2006 15:04:05 -0700): {value!r}") from None
    return when.astimezone(UTC).replace(tzinfo=None)


class SigtopReader:
    """Reader of sigtop's text export of Signal Desktop chats."""

    name: ClassVar[str] = "sigtop"
    summary: ClassVar[str] = "Signal Desktop chats exported as text by sigtop (Conversation:, then From:/Type:/Sent:)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        lines = [ln for ln in probe.head.lstrip("\ufeff").splitlines()[:40] if ln.strip()]
        if (
            len(lines) >= 3
            and lines[0].startswith("Conversation: ")
            and any(ln.startswith("Type: ") and ln[6:].strip() in _KEPT for ln in lines[1:])
        ):
            return 0.97
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a sigtop text export (.txt), not a folder")
        count = 0
        for message in self._messages(path):
            u = self._utterance(message, path)
            if u is not None:
                count += 1
                yield u
        if count == 0:
            raise ParseError(path, None, "no incoming or outgoing messages found in this sigtop export")

    @staticmethod
    def _messages(path: Path) -> Iterator[_Message]:
        current: _Message | None = None
        in_header = False
        blank_before = True
        started = False
        for n, line in iter_lines(path):
            if not started or (current is None and not line.strip()):
                if line.strip() and not started:  # the first line with words names the conversation
                    if not line.startswith("Conversation: "):
                        raise ParseError(path, n, f"expected 'Conversation: <name>' on the first line ({_EXAMPLE})")
                    started = True
                continue
            field = _FIELD.fullmatch(line) if (in_header or blank_before) else None
            if field is not None and (in_header or field.group(1) in ("From", "Type")):
                if not in_header:  # a new message starts
                    if current is not None:
                        yield current
                    current, in_header = _Message(n), True
                assert current is not None
                name, value = field.groups()
                if name == "From":
                    current.sender = value
                elif name == "Type":
                    current.kind = value.strip()
                elif name == "Sent":
                    current.sent = _time(value.strip(), path, n)
                elif name == "Attachment" and current.attachment is None:
                    current.attachment = value.rsplit(" (", 1)[0]
                blank_before = False
                continue
            in_header = False
            blank_before = not line.strip()
            if current is None:
                raise ParseError(path, n, "expected a message's 'From:' or 'Type:' line")
            if line.startswith(">"):
                continue  # the quoted message
            if line.startswith("|"):
                if line.startswith("| >"):
                    continue  # a quote in an earlier version
                if line.startswith("| Version: "):
                    current.versions += 1
                elif current.versions == 1 and not _VERSION_FIELD.fullmatch(line):
                    current.body.append(line[2:] if line.startswith("| ") else "")
                continue
            current.body.append(line)
        if current is not None:
            yield current

    @staticmethod
    def _utterance(message: _Message, path: Path) -> Utterance | None:
        if message.kind not in _KEPT:
            return None
        if message.kind == "outgoing":
            speaker = ME
        else:
            speaker = _NUMBER.sub("", message.sender.strip()) or message.sender.strip()
            if not speaker:
                raise ParseError(path, message.line, "an incoming message without a 'From:' line")
        text = "\n".join(message.body).strip()
        if text:
            return Utterance(path.stem, 0, speaker, text, time=message.sent)
        if message.attachment is not None:
            return Utterance(path.stem, 0, speaker, f"<attachment: {message.attachment}>", time=message.sent,
                             media=True)  # fmt: skip
        return None


READER = SigtopReader()
