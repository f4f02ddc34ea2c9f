"""An e-mail thread written out as text: the history a reply carries, or a thread printed or copied from a mail app.

:func:`messages_in` reads the messages in such text, oldest first:
- Outlook's header blocks (``From:`` then ``Sent:`` or ``Date:``, in German ``Von:`` / ``Gesendet:``, then ``To:``,
  ``Cc:``, ``Subject:``), each opening an older message, after a ``____`` rule or "-----Original Message-----";
- Gmail's print layout (``Name <address>`` a tab and the date, then ``To:`` / ``Cc:`` lines), and Outlook on the
  web's copied header (``Name <address>``, then ``To:`` / ``Cc:`` and the date on lines of their own);
- quoted history: an "On <date> <name> wrote:" line (Gmail, Apple Mail, Thunderbird; "Am ... schrieb <name>:")
  and the ``>`` lines after it, which hold older messages in their turn (on an iPhone the attribution is inside
  the quote; in Outlook's copy of a Gmail reply the ``>`` marks are gone, and the attribution opens a message like
  a header). Words after the quote (a reply written below it) are the replier's.

A signature after a ``-- `` line and Gmail's "[Quoted text hidden]" are no one's words. Dates are read in the
layouts these apps write (English, and German month and day names), as naive wall-clock times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from heart2heart import _regex_cache as rx

__all__ = ["Mail", "date_of", "header_block", "messages_in", "name_of", "split"]


@dataclass(frozen=True, slots=True)
class Mail:
    speaker: str
    when: datetime | None
    words: str


_FROM = rx.compile(r"(?:From|Von|De|Da|Van)\s*:\s*(?P<who>.+)", re.I)
_SENT = rx.compile(r"(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden)\s*:\s*(?P<when>.+)", re.I)
_OTHER_HEADER = rx.compile(r"(?:To|Cc|Bcc|Subject|An|Betreff|À|Objet|Para|Asunto|A|Oggetto|Aan|Onderwerp)\s*:.*", re.I)
_RULE = rx.compile(r"(?:_{10,}|-{3,}\s*Original Message\s*-{3,}|-{3,}\s*Ursprüngliche Nachricht\s*-{3,})", re.I)
_ADDRESS = r"<[^<>\s]+@[^<>\s]+(?:<mailto:[^<>]+>)?>"
_PRINT_HEADER = rx.compile(rf"(?P<who>[^\t<>]+?)\s*{_ADDRESS}\t+(?P<when>.+)")
_WHO_ALONE = rx.compile(rf"(?P<who>[^\t<>:]+?)\s*{_ADDRESS}")
_DAY_LINE = rx.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? \d.{4,40}")
_ATTRIBUTION = rx.compile(
    r"(?:On|Am|Le|El|Il|Em|Op) (?P<body>.{4,240}?)\s*(?P<verb>wrote|writes|schrieb|a écrit|escribió|ha scritto"
    r"|escreveu|schreef)\s*(?P<after>.{0,120}?):\s*",
    re.I,
)
_TIME = rx.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?")
_HIDDEN = "[Quoted text hidden]"
_SIGNATURE = "-- "

_GERMAN = {"januar": "January", "jänner": "January", "februar": "February", "märz": "March", "april": "April",
           "mai": "May", "juni": "June", "juli": "July", "august": "August", "september": "September",
           "oktober": "October", "november": "November", "dezember": "December"}  # fmt: skip
_WEEKDAY = rx.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?,?|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b,?",
    re.I,
)
_FORMATS = (
    "%b %d %Y %I:%M %p", "%B %d %Y %I:%M %p", "%d %b %Y %I:%M %p", "%d %B %Y %I:%M %p",
    "%b %d %Y %H:%M", "%B %d %Y %H:%M", "%d %b %Y %H:%M", "%d %B %Y %H:%M",
    "%b %d %Y %I:%M:%S %p", "%B %d %Y %I:%M:%S %p", "%d %b %Y %H:%M:%S", "%d %B %Y %H:%M:%S",
    "%m/%d/%Y %I:%M %p", "%d/%m/%Y %H:%M", "%d/%m/%Y %I:%M %p", "%m/%d/%y %I:%M %p", "%d/%m/%y %H:%M",
    "%d.%m.%Y %H:%M", "%d.%m.%y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S",
)  # fmt: skip


def date_of(text: str) -> datetime | None:
    """A date and time as mail apps write it ("Sat, Jun 1, 2024 at 10:22 AM", "06 March 2024 18:54", "Tue
    3/5/2024 9:41 AM", "Dienstag, 16. April 2024 08:55"), or None."""
    s = " ".join(text.replace("\u202f", " ").replace("\u200b", "").split())
    s = re.sub(r"\s*\([^)]*\)\s*$", "", s)  # "(GMT+01:00) ..." and the like
    s = re.sub(r"\b(?:at|um|à|a las|alle)\b", " ", s, flags=re.I)
    s = _WEEKDAY.sub(" ", s)
    s = re.sub(r"(\d)\.(?=\s)", r"\1", s)  # "16. April"
    for german, english in _GERMAN.items():
        s = re.sub(rf"\b{german}\b", english, s, flags=re.I)
    s = re.sub(r"\s+(?:UTC|GMT|[A-Z]{2,4}T)(?:[+-]\d{1,2}(?::?\d{2})?)?$", "", s)
    s = " ".join(s.replace(",", " ").split())
    s = re.sub(r"(\d)([AaPp][Mm])\b", r"\1 \2", s).replace("a.m.", "AM").replace("p.m.", "PM")
    for layout in _FORMATS:
        try:
            return datetime.strptime(s, layout)
        except ValueError:
            continue
    return None


def name_of(who: str) -> str:
    """A sender's name from a header's value ("Rachel Kim <rachel@x.org<mailto:rachel@x.org>>"; the address when
    there is no name)."""
    value = who.replace("\u200b", "").strip()
    name = value.split("<", 1)[0].strip().strip('"').strip("'").strip()
    if name:
        return name
    m = re.search(r"<([^<>\s]+@[^<>\s]+?)(?:<|>)", value)
    return m.group(1) if m else value


def header_block(lines: list[str], i: int) -> tuple[str, datetime | None, int] | None:
    """(sender, date, index of the first body line) when a header block opens at line ``i``, else None."""
    line = lines[i].replace("\u200b", "").strip()
    m = _FROM.fullmatch(line)
    if m is not None:  # Outlook: From:, then Sent: (or Date:) and To: / Subject: lines
        window = [ln.replace("\u200b", "").strip() for ln in lines[i + 1 : i + 6]]
        sent = next((s for ln in window if (s := _SENT.fullmatch(ln)) is not None), None)
        if sent is None or not any(_OTHER_HEADER.fullmatch(ln) for ln in window):
            return None
        return name_of(m.group("who")), date_of(sent.group("when")), _after_headers(lines, i + 1)
    m = _PRINT_HEADER.fullmatch(line)
    if m is not None:  # Gmail's print layout
        return name_of(m.group("who")), date_of(m.group("when")), _after_headers(lines, i + 1)
    m = _WHO_ALONE.fullmatch(line)
    if m is not None:  # Outlook on the web: the name, then To:, Cc: and the date on lines of their own
        window = [ln.replace("\u200b", "").strip() for ln in lines[i + 1 : i + 5]]
        day = next((ln for ln in window if _DAY_LINE.fullmatch(ln) and date_of(ln)), None)
        if day is not None and any(_OTHER_HEADER.fullmatch(ln) for ln in window):
            return name_of(m.group("who")), date_of(day), _after_headers(lines, i + 1)
    return None


def _after_headers(lines: list[str], i: int) -> int:
    """The index after a header block's remaining lines (To:, Cc:, Subject:, a date line) that start at ``i``."""
    while i < len(lines):
        bare = lines[i].replace("\u200b", "").strip()
        if bare and not (_OTHER_HEADER.fullmatch(bare) or _SENT.fullmatch(bare) or _DAY_LINE.fullmatch(bare)):
            break
        if not bare and i + 1 < len(lines) and not lines[i + 1].strip():
            i += 1
            continue
        i += 1
        if not bare:
            break
    return i


def _attribution(lines: list[str], i: int) -> tuple[str, datetime | None, int] | None:
    """(sender, date, index after it) when an "On ... wrote:" line (or two) starts at line ``i``."""
    for width in (1, 2, 3):
        text = " ".join(ln.strip() for ln in lines[i : i + width])
        m = _ATTRIBUTION.fullmatch(text)
        if m is not None:
            return _who_and_when(m), None, i + width
    return None


def _who_and_when(m: re.Match[str]) -> str:
    body, after = m.group("body"), m.group("after")
    if after.strip():  # "Am 12.03.2024 um 20:02 schrieb Sam <sam@x.org>:"
        return name_of(after)
    times = list(_TIME.finditer(body))
    rest = body[times[-1].end() :] if times else body.split(",")[-1]
    return name_of(rest.lstrip(" ,"))


def _attribution_date(lines: list[str], i: int, end: int) -> datetime | None:
    text = " ".join(ln.strip() for ln in lines[i:end])
    m = _ATTRIBUTION.fullmatch(text)
    if m is None:
        return None
    body = m.group("body")
    times = list(_TIME.finditer(body))
    return date_of(body[: times[-1].end()]) if times else date_of(body)


def _unquote(line: str) -> str:
    line = line[1:] if line.startswith(">") else line
    return line[1:] if line.startswith(" ") else line


def _words(lines: list[str]) -> str:
    kept: list[str] = []
    for line in lines:
        if line.rstrip() == _SIGNATURE.rstrip() or line == _SIGNATURE:
            break
        if line.strip() == _HIDDEN or _RULE.fullmatch(line.strip()):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def split(text: str, depth: int = 0) -> tuple[str, list[Mail]]:
    """The words of the message a text belongs to (before, or after, what it quotes) and the older messages it
    carries, oldest first (see the module's docstring)."""
    lines = text.replace("\r\n", "\n").split("\n")
    segments: list[tuple[str | None, datetime | None, list[str], list[Mail]]] = [(None, None, [], [])]
    i = 0
    while i < len(lines):
        header = header_block(lines, i)
        if header is not None:
            segments.append((header[0], header[1], [], []))
            i = header[2]
            continue
        found = _attribution(lines, i) if depth < 50 else None
        if found is not None:
            end = found[2]
            j = end
            while j < len(lines) and (lines[j].startswith(">") or not lines[j].strip()):
                j += 1
            if any(ln.startswith(">") for ln in lines[end:j]):
                quoted = "\n".join(_unquote(ln) for ln in lines[end:j])
                words, older = split(quoted, depth + 1)
                if words:
                    older.append(Mail(found[0], _attribution_date(lines, i, end), words))
                segments[-1][3].extend(older)
                i = j
                continue
            # no ">" under it (Outlook keeps a Gmail reply's attribution and drops its marks): a header
            segments.append((found[0], _attribution_date(lines, i, end), [], []))
            i = end
            continue
        if lines[i].startswith(">") and depth < 50:  # a quote that opens with its own "On ... wrote:" (iPhone)
            j = i
            while j < len(lines) and (lines[j].startswith(">") or not lines[j].strip()):
                j += 1
            inner = [_unquote(ln) for ln in lines[i:j]]
            start = next((k for k, ln in enumerate(inner) if ln.strip()), len(inner))
            opened = _attribution(inner, start) if start < len(inner) else None
            if opened is not None:
                words, older = split("\n".join(inner[opened[2] :]), depth + 1)
                if words:
                    older.append(Mail(opened[0], _attribution_date(inner, start, opened[2]), words))
                segments[-1][3].extend(older)
            i = j  # a quote without one names no one: left out
            continue
        segments[-1][2].append(lines[i])
        i += 1
    history: list[Mail] = []
    for who, date, body, older in reversed(segments[1:]):
        history.extend(older)
        words = _words(body)
        if who and words:
            history.append(Mail(who, date, words))
    history.extend(segments[0][3])
    return _words(segments[0][2]), history


def messages_in(text: str, speaker: str | None = None, when: datetime | None = None) -> list[Mail]:
    """The messages of a thread written out as text, oldest first; the words before the first header or quote
    are ``speaker``'s (the message the text belongs to; left out when None). A reply's history lists the newest
    first and Gmail's print view the oldest first: when every message has a date, they are put in date order."""
    words, history = split(text)
    mails = [*history, Mail(speaker, when, words)] if speaker and words else history
    if all(m.when is not None for m in mails):
        mails.sort(key=lambda m: m.when or datetime.min)
    return mails
