"""Android text messages saved by SyncTech's SMS Backup & Restore (``sms-<date>.xml``: ``<smses>`` of ``<sms>`` and
``<mms>`` elements).

Each thread is a conversation (``<stem>/<contact>``; a group's names joined with ", "), its messages in time order,
threads in the order the file first names them. A received message is its sender's: the ``contact_name`` the app
wrote, else the phone number (in a group, the ``<addr>`` of type 137, named through the message's ``address`` and
``contact_name`` lists). A sent message is "Me": the backup does not name the phone's owner. Drafts and messages
that failed or wait to be sent are left out. An MMS is its text parts; one with none is a placeholder for its
first photo, video or audio (``<photo>``, ``media``). Times (``date``: milliseconds since 1970) are naive UTC.

The app writes an emoji as two numeric references to UTF-16 surrogates (``&#55357;&#56832;``), which XML forbids;
they are joined into the one character before the file is parsed (a lone surrogate becomes U+FFFD). The file is
parsed as it is read, so a backup of many MMS photos does not have to fit in memory.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar, TextIO

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, text_encoding
from heart2heart.formats._chatjson import from_epoch, in_threads
from heart2heart.model import Utterance

__all__ = ["READER", "SmsBackupReader", "fix_surrogates"]

ME = "Me"
_RECEIVED, _SENT = "1", "2"
_FROM = "137"  # an MMS <addr> of this type is the sender
_CHUNK = 1 << 20
_REF = re.compile(r"&#(\d{5});(?:&#(\d{5});)?")
_OPEN_REF = re.compile(r"&#?\w{0,7}$")  # a reference cut off at the end of a chunk
_HIGH_AT_END = re.compile(r"&#(?:5529[6-9]|55[3-9]\d\d|56[0-2]\d\d|563[01]\d);$")  # U+D800..U+DBFF
_NOT_DIGIT = re.compile(r"[^\d+]")
_UNKNOWN = frozenset(("", "(Unknown)", "null"))
_MEDIA = (("image/", "<photo>"), ("video/", "<video>"), ("audio/", "<audio>"))

# (thread, time, order in the file, speaker, text, media)
_Message = tuple[str, datetime | None, int, str, str, bool]


def _surrogates(match: re.Match[str]) -> str:
    high, low = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    if 0xD800 <= high <= 0xDBFF and low is not None and 0xDC00 <= low <= 0xDFFF:
        return f"&#{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)};"
    first = "&#65533;" if 0xD800 <= high <= 0xDFFF else f"&#{high};"
    if low is None:
        return first
    return first + ("&#65533;" if 0xD800 <= low <= 0xDFFF else f"&#{low};")


def fix_surrogates(text: str) -> str:
    """``text`` with each pair of numeric references to UTF-16 surrogates joined into the one character's
    reference, and a lone surrogate's reference replaced by U+FFFD's."""
    return _REF.sub(_surrogates, text) if "&#5" in text else text


def _chunks(fh: TextIO) -> Iterator[str]:
    """The file's text in pieces with surrogate references joined, none cut inside a reference or a pair."""
    carry = ""
    while piece := fh.read(_CHUNK):
        text = carry + piece
        cut = len(text)
        if (open_ref := _OPEN_REF.search(text, max(0, cut - 16))) is not None:
            cut = open_ref.start()
        if (high := _HIGH_AT_END.search(text, max(0, cut - 8), cut)) is not None:
            cut = high.start()
        text, carry = text[:cut], text[cut:]
        yield fix_surrogates(text)
    if carry:
        yield fix_surrogates(carry)


def _numbers(value: str | None) -> list[str]:
    """The phone numbers of an ``address`` ("+1 555-0100~+15550111"), digits and a leading "+" only."""
    return [_NOT_DIGIT.sub("", n) for n in (value or "").split("~") if n.strip()]


class SmsBackupReader:
    """Reader of SMS Backup & Restore's XML backups."""

    name: ClassVar[str] = "sms_backup"
    summary: ClassVar[str] = "Android texts saved by SMS Backup & Restore (sms-<date>.xml: <smses> of <sms> and <mms>)"
    example: ClassVar[str] = '<smses count="1"><sms address="+15550100" date="1710446520000" type="1" body="hi" />'
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        head = probe.head.lstrip("\ufeff \t\r\n")
        if head.startswith("<") and "<smses" in head[:4000]:
            return 0.98
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected an SMS Backup & Restore .xml file, not a folder")
        count = 0
        stream = (Utterance(f"{path.stem}/{thread}", 0, speaker, text, time=when, media=media)
                  for thread, when, _, speaker, text, media in self._messages(path))  # fmt: skip
        for u in in_threads(stream):
            count += 1
            yield u
        if count == 0:
            raise ParseError(path, None, "no sent or received messages found in this SMS backup")

    def _messages(self, path: Path) -> Iterator[_Message]:
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
        depth = 0
        order = 0
        root: ET.Element | None = None
        fed, skipped = False, 0
        try:
            with path.open(encoding=text_encoding(path), errors="strict", newline="") as fh:
                for chunk in _chunks(fh):
                    if not fed:  # XML allows nothing before its declaration; blank lines are let pass
                        skipped += chunk.count("\n") - (chunk := chunk.lstrip()).count("\n")
                        fed = bool(chunk)
                    parser.feed(chunk)
                    for item in parser.read_events():
                        event, element = item[0], item[-1]
                        if not isinstance(element, ET.Element):
                            continue  # only "start" and "end" events are asked for: always elements
                        if event == "start":
                            depth += 1
                            if depth == 1:
                                if element.tag != "smses":
                                    raise ParseError(path, 1, f"expected <smses> at the top, not <{element.tag}>")
                                root = element
                            continue
                        depth -= 1
                        if depth != 1:
                            continue
                        found = (
                            _sms(element) if element.tag == "sms" else _mms(element) if element.tag == "mms" else None
                        )
                        if root is not None:
                            root.clear()  # what was read is let go: a backup of photos need not fit in memory
                        if found is not None:
                            yield (found[0], found[1], order, *found[2:])
                            order += 1
                parser.close()
        except ET.ParseError as exc:
            raise ParseError(path, exc.position[0] + skipped, f"not valid XML ({_reason(exc)})") from None
        except UnicodeDecodeError as exc:
            reason = "bad UTF-16 text" if exc.encoding.startswith("utf-16") else "not UTF-8 text"
            raise ParseError(path, None, f"{reason} (save or export the file as UTF-8)") from None
        except (ValueError, OverflowError) as exc:
            raise ParseError(path, None, f"bad message in the backup ({exc})") from None


def _reason(exc: ET.ParseError) -> str:
    return str(exc).split(":", 1)[0]


def _time(value: str | None) -> datetime | None:
    if value is None or not value.strip().lstrip("-").isdigit():
        return None
    return from_epoch(int(value) / 1000)


def _sms(element: ET.Element) -> tuple[str, datetime | None, str, str, bool] | None:
    kind = element.get("type")
    if kind not in (_RECEIVED, _SENT):
        return None  # a draft, or one that failed or waits in the outbox
    numbers = _numbers(element.get("address"))
    contact = (element.get("contact_name") or "").strip()
    thread = contact if contact not in _UNKNOWN else (numbers[0] if numbers else "unknown")
    speaker = ME if kind == _SENT else thread
    return thread, _time(element.get("date")), speaker, element.get("body") or "", False


def _mms(element: ET.Element) -> tuple[str, datetime | None, str, str, bool] | None:
    box = element.get("msg_box")
    if box not in (_RECEIVED, _SENT):
        return None
    numbers = _numbers(element.get("address"))
    names = [n.strip() for n in (element.get("contact_name") or "").split(",")]
    if len(names) != len(numbers):
        names = [""] * len(numbers)
    name_of = {n: name for n, name in zip(numbers, names, strict=True) if name not in _UNKNOWN}
    thread = ", ".join(name_of.get(n, n) for n in numbers) or "unknown"
    if box == _SENT:
        speaker = ME
    else:
        sender = next((_numbers(a.get("address")) for a in element.iter("addr") if a.get("type") == _FROM), [])
        number = sender[0] if sender else (numbers[0] if numbers else "")
        speaker = name_of.get(number, number) or thread
    texts, placeholder = [], None
    for part in element.iter("part"):
        kind = (part.get("ct") or "").lower()
        if kind == "text/plain":
            if (words := part.get("text")) and words != "null" and words.strip():
                texts.append(words)
        elif placeholder is None and kind != "application/smil":
            placeholder = next((p for prefix, p in _MEDIA if kind.startswith(prefix)), "<attachment>")
    when = _time(element.get("date"))
    if texts:
        return thread, when, speaker, "\n".join(texts), False
    if placeholder is None:
        return None
    return thread, when, speaker, placeholder, True


READER = SmsBackupReader()
