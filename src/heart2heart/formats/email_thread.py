"""E-mail: an mbox (Gmail's Google Takeout, Thunderbird, Apple Mail), one ``.eml`` message, or a folder of them.

Messages are grouped into threads (by ``References`` / ``In-Reply-To``, else by the subject without its "Re:" and
"Fwd:"), each thread a conversation (``<stem>/<subject>``) in the order of its ``Date`` headers. The speaker is the
``From`` display name (else the address). A message's words are its plain-text part (else its HTML part as text),
without what the mail client added: the quoted history (``>`` lines after "On ... wrote:", Outlook's "From: ...
Sent: ..." blocks) and the signature after a ``-- `` line; a reply written below its quote keeps those words too.
A thread of one message (an ``.eml`` of the last reply, say) is read from the history it carries: each quoted or
forwarded message is an earlier utterance, with its sender and date (:mod:`heart2heart.formats._mailtext`). Times
are read as naive UTC (quoted ones as written). A thread runs over days, so it is never split at long silences.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.policy
import mailbox
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._html import text_of
from heart2heart.formats._mailtext import Mail, messages_in, split
from heart2heart.formats._names import split_name_prefix
from heart2heart.model import Utterance

__all__ = ["READER", "EmailReader", "own_words", "pasted_chat"]

_SUBJECT_PREFIX = rx.compile(r"^(?:\s*(?:re|fw|fwd|aw|sv|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_EXAMPLE = "From sam@example.org Thu Mar 14 20:02:11 2024 / From: Sam <sam@example.org> / Subject: ..."
_MAILBOX_HEAD = rx.compile(r"From \S+ (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")
_POLICY = email.policy.default
_HEADER_NAMES = ("From:", "Date:", "Subject:", "Message-ID:", "Message-Id:", "MIME-Version:", "Received:", "To:",
                 "Return-Path:", "Delivered-To:", "X-")  # fmt: skip


def own_words(body: str) -> str:
    """A message's own words: its text without the quoted history and the signature a mail client adds (a reply
    written below its quote included)."""
    return split(body)[0]


def _body(message: Message) -> str:
    """The text of a message: its first text/plain part, else its first text/html part as text."""
    plain = html = None
    for part in message.walk() if message.is_multipart() else [message]:
        if part.get_content_maintype() == "multipart" or part.get_filename():
            continue
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        # get_content() reads a part that names no charset as ASCII ("café" in UTF-8 became "caf��"): such a part's
        # bytes are decoded here (UTF-8, else Windows-1252), as mail programs read them
        named = part.get_param("charset") is not None
        try:
            payload = part.get_content() if named and isinstance(part, EmailMessage) else part.get_payload(decode=True)
        except (LookupError, ValueError, AssertionError):
            payload = part.get_payload(decode=True)
        text = _decoded(payload, part.get_content_charset()) if isinstance(payload, bytes) else payload
        if not isinstance(text, str):
            continue
        if kind == "text/plain" and plain is None:
            plain = text
        elif kind == "text/html" and html is None:
            html = text_of(text)
    return plain if plain is not None else html or ""


def _decoded(payload: bytes, charset: str | None) -> str:
    """A part's bytes as text in the charset it names; when it names none (or one Python does not know), UTF-8, or
    Windows-1252 for bytes that are not UTF-8 but are all Windows-1252 characters, as mail programs read them."""
    if charset:
        with contextlib.suppress(LookupError):
            return payload.decode(charset, "replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return payload.decode("cp1252")
    except UnicodeDecodeError:
        return payload.decode("utf-8", "replace")


def _header(message: Message, name: str) -> str:
    """A header's value ("" when absent). The email package fails on some malformed ones (an address cut off:
    ``Sam <sam@``), which are then read as written."""
    try:
        value = message.get(name)
    except Exception:  # IndexError, HeaderParseError...: inside the email package's header parser
        return next((str(v) for k, v in message.raw_items() if k.lower() == name.lower()), "")
    return "" if value is None else str(value)


def _sender(message: Message) -> str:
    try:
        pairs = getaddresses([_header(message, "From")])
    except Exception:  # the same parser, on a value read as written
        pairs = []
    name, address = pairs[0] if pairs else ("", "")
    return (name or address).strip().strip('"')


def _when(message: Message) -> datetime | None:
    stamp = _header(message, "Date")
    if not stamp:
        return None
    try:
        when = parsedate_to_datetime(str(stamp))
    except (TypeError, ValueError, IndexError):
        return None
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when


def _ids(value: object) -> list[str]:
    return re.findall(r"<[^<>\s]+>", str(value or ""))


def _threads(messages: Iterable[Message]) -> dict[str, list[Message]]:
    """The messages grouped into threads, each under its subject (without "Re:"), threads in order of appearance."""
    root_of: dict[str, str] = {}
    subject_root: dict[str, str] = {}
    threads: dict[str, list[Message]] = {}
    titles: dict[str, str] = {}
    for n, message in enumerate(messages):
        own = next(iter(_ids(_header(message, "Message-ID"))), f"<message-{n}>")
        refs = _ids(_header(message, "References")) + _ids(_header(message, "In-Reply-To"))
        subject = _SUBJECT_PREFIX.sub("", " ".join(_header(message, "Subject").split())) or "(no subject)"
        root = next((root_of[r] for r in refs if r in root_of), None) or subject_root.get(subject.lower()) or own
        root_of[own] = root
        subject_root.setdefault(subject.lower(), root)
        threads.setdefault(root, []).append(message)
        titles.setdefault(root, subject)
    return {titles[root]: listed for root, listed in threads.items()}


def pasted_chat(words: str) -> list[tuple[str, str]] | None:
    """The (speaker, words) of a chat pasted into a message as "Name: text" lines ("I copied it off my phone
    for you:"), or None when the message is not mostly one: four such lines or more, at least two people speaking
    twice each, and those lines most of the lines from the first to the last of them (the greeting before and the
    sign-off after are the sender's own). A line without a name carries on the message before it."""
    lines = [ln.strip() for ln in words.splitlines() if ln.strip()]
    named = [split_name_prefix(ln) for ln in lines]
    at = [i for i, found in enumerate(named) if found is not None]
    if len(at) < 4:
        return None
    counts = Counter(named[i][0] for i in at)  # type: ignore[index]
    span = at[-1] - at[0] + 1
    if sum(1 for c in counts.values() if c >= 2) < 2 or len(at) < 0.6 * span:
        return None
    turns: list[tuple[str, str]] = []
    for i in range(at[0], at[-1] + 1):
        found = named[i]
        if found is not None:
            turns.append((found[0], found[1].strip()))
        elif turns:
            turns[-1] = (turns[-1][0], f"{turns[-1][1]}\n{lines[i]}")
    return [(name, text) for name, text in turns if text]


def _is_message_file(head: str) -> bool:
    lines = [ln for ln in head.lstrip("\ufeff").splitlines()[:60]]
    names = sum(1 for ln in lines if ln.startswith(_HEADER_NAMES))
    return names >= 3 and any(ln.startswith("From:") for ln in lines) and any(ln.startswith("Date:") for ln in lines)


class EmailReader:
    """Reader of e-mail: mbox files, .eml messages, or a folder of them."""

    name: ClassVar[str] = "email"
    summary: ClassVar[str] = "e-mail threads: an mbox (Gmail Takeout, Thunderbird, Apple Mail), .eml files or a folder"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False
    own_charsets: ClassVar[bool] = True
    """Its messages name their own encodings (``Content-Type: ...; charset=``) and it decodes their bytes so: a
    file it reads is never re-encoded for it (:func:`heart2heart.formats._layout.readable`), even when a message
    in Latin-1 makes the whole file look like Windows-1252."""

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            mails = [n for n in probe.names if n.lower().endswith((".eml", ".mbox"))]
            return 0.9 if probe.path.is_dir() and mails and len(mails) * 2 >= len(probe.names) else 0.0
        head = probe.head.lstrip("\ufeff")
        if _MAILBOX_HEAD.match(head) and "\nFrom:" in head[:20000]:
            return 0.97  # an mbox: each message opens with a "From sender date" line
        return 0.95 if _is_message_file(head) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        messages = list(self._messages(path))
        if not messages:
            raise ParseError(path, None, f"no e-mail messages found (expected an mbox or .eml: {_EXAMPLE})")
        count = 0
        for subject, listed in _threads(messages).items():
            conversation = f"{path.stem}/{subject}"
            if len(listed) == 1:  # one message: the thread is the history it carries
                message = listed[0]
                mails = messages_in(_body(message), _sender(message) or None, _when(message))
                if len(mails) == 1 and (pasted := pasted_chat(mails[0].words)) is not None:
                    mails = [Mail(name, mails[0].when, words) for name, words in pasted]  # a chat sent on by mail
            else:
                mails = [Mail(_sender(m), _when(m), own_words(_body(m))) for m in listed]
                mails = [m for _, m in sorted(enumerate(mails), key=lambda x: (x[1].when or datetime.min, x[0]))]
            for mail in mails:
                if mail.speaker and mail.words:
                    count += 1
                    yield Utterance(conversation, 0, mail.speaker, mail.words, time=mail.when)
        if count == 0:
            raise ParseError(path, None, "e-mail messages found, but none with a sender and words of its own")

    @staticmethod
    def _messages(path: Path) -> Iterator[Message]:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if path.is_dir() and file.suffix.lower() not in (".eml", ".mbox"):
                continue
            with file.open("rb") as fh:
                head = fh.read(4096)
            resaved = _as_mail(head) != head
            if not _MAILBOX_HEAD.match(_as_mail(head).decode("utf-8", "replace")):
                yield email.message_from_bytes(_as_mail(file.read_bytes()), policy=_POLICY)
            elif not resaved:
                yield from _mbox(file)
            else:
                with tempfile.TemporaryDirectory(prefix="h2h-") as folder:  # mailbox reads a file from its start
                    copy = Path(folder) / file.name
                    copy.write_bytes(_as_mail(file.read_bytes()))
                    yield from _mbox(copy)


_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_LEADING_BLANK_LINES = re.compile(rb"\A(?:[ \t]*\r?\n)+")


def _as_mail(raw: bytes) -> bytes:
    """Mail as the parsers expect it, from a file an editor saved with a byte-order mark, as UTF-16 or with blank
    lines before the first header."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith(_MARKS):
        raw = raw.decode("utf-16", "replace").encode("utf-8")
    return _LEADING_BLANK_LINES.sub(b"", raw)


def _mbox(path: Path) -> Iterator[Message]:
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for key in box.iterkeys():
            yield email.message_from_bytes(box.get_bytes(key), policy=_POLICY)
    finally:
        box.close()


READER = EmailReader()
