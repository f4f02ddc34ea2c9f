"""WhatsApp chat exports: the ``.txt`` file and the ``.zip`` WhatsApp produces (its ``_chat.txt``).

Both layouts are read:

- Android: ``12/31/23, 9:14 PM - Name: text`` or ``31/12/2023, 21:14 - Name: text``;
- iOS: ``[31/12/2023, 21:14:05] Name: text``, often with U+200E marks and a U+202F space before AM/PM;
- old exports: ``3/24/14, 1:59:59 PM: Name: text``;
- locale variants: dotted or spaced dates (``23.12.21``, ``2018. 06. 13.``), ``p. m.``, ``klo``/``à`` before the
  time, a dot after it, AM/PM before it as Korean, Chinese and Japanese write it (``2024. 3. 14. 오후 8:02``,
  ``2024/3/14 下午8:02``); placeholders, edit notes and deleted-message notes in several languages.

Whether dates are day-first or month-first is decided from the whole file: the reader scans ahead (only as far as
needed) for a date whose first field (day-first) or second field (month-first) is above 12. A 4-digit first field
means year-first. In a file where no date decides it, the reading with fewer backward or large jumps between
consecutive messages wins (7/2/24 then 7/3/24 is July 2 -> July 3); a tie is read month-first for 12-hour (AM/PM)
exports and **day-first** otherwise, the order most WhatsApp locales use.

Lines that do not start with a timestamp continue the previous message. System messages (the encryption notice,
"X added Y", "X left", subject and icon changes, missed calls...) are left out; media placeholders ("<Media
omitted>", "image omitted", "<attached: ...>") are kept as utterances with ``media=True``. The file is read in
chunks, so memory stays flat whatever its size.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, bad_byte
from heart2heart.model import Utterance

__all__ = ["READER", "WhatsAppReader"]

CHUNK_BYTES = 1 << 20

# Dates: "31/12/2023", "12/31/23", "23.12.21", "2023-12-31", Hungarian "2023. 12. 31." (spaces, final dot).
_DATE = r"\d{1,4}[/.\-] ?\d{1,2}[/.\-] ?\d{1,4}\.?"
# Korean, Chinese and Japanese write AM/PM before the time: "오후 8:02", "下午8:02", "午後8:02".
_BEFORE = "오전|오후|上午|下午|午前|午後"
_AFTERNOON = frozenset(("오후", "下午", "午後"))
# Times: "21:14", "21.14.05", "9:14 PM", "9:14 p. m.", "13:34." (a final dot, as some locales write it), "오후 8:02".
_AMPM = r"[ \u202f\u00a0]?[AaPp]\.?[ \u202f\u00a0]?[Mm]\.?"
_TIME = rf"(?:(?:{_BEFORE}) ?)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:{_AMPM})?\.?"
# Between date and time: a comma and/or space, or a word: Finnish " klo ", French " à ".
_BETWEEN = r",? (?:klo |à )?"
# Group 1: the date, group 2: the time of day.
ANDROID = rx.compile(rf"^\u200e?({_DATE}){_BETWEEN}({_TIME}) [-–] ", re.M)
IOS = rx.compile(rf"^\u200e?\[({_DATE}){_BETWEEN}({_TIME})\] ", re.M)
# Old exports (iOS before 2017 and some Android): "3/24/14, 1:59:59 PM: Name: text".
COLON = rx.compile(rf"^\u200e?({_DATE}){_BETWEEN}({_TIME}): ", re.M)
_STAMP = rx.compile(rf"\u200e?({_DATE}){_BETWEEN}({_TIME})")
_DATE_PARTS = rx.compile(r"(\d{1,4})[/.\-] ?(\d{1,2})[/.\-] ?(\d{1,4})\.?")
_TIME_PARTS = rx.compile(
    rf"(?:({_BEFORE}) ?)?(\d{{1,2}})[:.](\d{{2}})(?:[:.](\d{{2}}))?"
    r"(?:[ \u202f\u00a0]?([AaPp])\.?[ \u202f\u00a0]?[Mm]\.?)?\.?"
)

# Placeholders WhatsApp writes instead of an attachment (after U+200E marks are removed), in the languages
# seen in real exports: English, German, Spanish, French, Italian, Portuguese, Dutch. A caption may follow on the
# next lines.
_CAPTION = r"(?:\n[\s\S]*)?"
_OMITTED_ANDROID = (
    "Media omitted|Medien ausgeschlossen|Media weggelassen|Multimedia omitido|Médias omis|Média omis"
    "|Media omessi|Mídia oculta|Media weggelaten|View once (?:voice )?message omitted"
)
_OMITTED_IOS = (
    "(?:image|video|audio|sticker|GIF|document|Contact card|voice message|video note) omitted"
    "|(?:Bild|Video|Audio|GIF|Sticker|Dokument) weggelassen|Kontaktkarte ausgelassen"
    "|imagen omitida|(?:audio|video|Video|sticker|GIF|documento) omitido|Tarjeta de contacto omitida"
    "|image absente|vidéo absente|(?:audio|sticker) omis|GIF retiré|document manquant|Fiche contact manquante"
    "|immagine omessa|(?:video|audio|documento|sticker) omesso|sticker non incluso|GIF (?:esclusa|omessa)"
    "|Scheda contatto omessa"
    "|imagem não revelada|(?:vídeo|sticker|documento|ficheiro de áudio) não revelado|GIF não revelada"
    "|Contacto não revelado|(?:afbeelding|video|audio|sticker|GIF|document) weggelaten"
)
_ATTACHED = "attached|Anhang|adjunto|archivo adjunto|pièce jointe|allegato|anexo"
_FILE_ATTACHED = "file attached|Datei angehängt|archivo adjunto|fichier joint|file allegato|arquivo anexado"
MEDIA = rx.compile(
    rf"<(?:{_OMITTED_ANDROID})>{_CAPTION}|null"
    rf"|<(?:{_ATTACHED}) ?: [^>\n]*>{_CAPTION}"
    rf"|(?:[^\n]*\s)?(?:{_OMITTED_IOS})"
    rf"|[^\n]*\.\w{{1,5}} \((?:{_FILE_ATTACHED})\){_CAPTION}",
)
# Cheap test before MEDIA: the text may be a placeholder only if it passes this.
_MEDIA_HINT = rx.compile(
    r"[<(]|omit|weggel|null|absente?$|omis$|retiré$|manquante?$|omess[ao]$|incluso$|esclusa$|revelad"
)
# Lines that carry the U+200E mark (iOS) and are nevertheless a person's message, kept as text: deleted messages,
# polls ("POLL:" then the question and its "OPTION:" lines) and shared locations.
KEPT_MARKED = rx.compile(
    r"(?:This message was deleted|You deleted this message"
    r"|Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht"
    r"|Se eliminó este mensaje|Eliminaste este mensaje|Ce message a été supprimé|Vous avez supprimé ce message"
    r"|Questo messaggio è stato eliminato|Hai eliminato questo messaggio|Esta mensagem foi apagada|Apagou esta mensagem"
    r"|Dit bericht is verwijderd|Je hebt dit bericht verwijderd)\.?"
    r"|(?:POLL|UMFRAGE|ENCUESTA|SONDAGE|SONDAGGIO|ENQUETE|PEILING):\n[\s\S]+"
    r"|(?:Location|Standort|Ubicación|Position|Posizione|Localização|Locatie): https?://\S+"
)
# System messages whose text contains ": " on Android, so that the part before it looks like a name.
SYSTEM_NAME = rx.compile(
    r" changed (?:the subject|this group's|the group|their phone number)| created group | added | removed "
    r"|\bsecurity code\b|[\"“”]"
)
_SPACES_AT_LINE_END = rx.compile(r"[ \t]+\n")
#: A person's image or sticker as Element's plain-text export writes it (the same "date, time - " layout).
SENT_MEDIA = rx.compile(
    r"(?P<name>[^:\n]{1,80}?) sent (?P<what>an image|a sticker)\."
    r"(?: \((?:Media omitted|File Attached|Media omitted - file size limit exceeded|Error fetching file)\))?"
)
# The note WhatsApp appends to an edited message, in the same languages.
EDITED = rx.compile(
    r"[ \u200e]*<(?:This message was edited|Diese Nachricht wurde bearbeitet|Se editó este mensaje"
    r"|Ce message a été modifié|Mensagem editada|Questo messaggio è stato modificato|Dit bericht is bewerkt)\.?>$"
)
# The encryption notice, which iOS attributes to a person (its U+200E mark is lost in some copies).
ENCRYPTED = (
    "Messages and calls are end-to-end encrypted",
    "Messages to this group are now secured with end-to-end encryption",
    "Messages you send to this group are now secured with end-to-end encryption",
    "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
    "Los mensajes y las llamadas están cifrados de extremo a extremo",
    "Les messages et les appels sont chiffrés de bout en bout",
    "I messaggi e le chiamate sono crittografati end-to-end",
    "As mensagens e chamadas são encriptadas ponto a ponto",
    "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
    "Berichten en oproepen worden end-to-end versleuteld",
)
EXAMPLE = "31/12/2023, 21:14 - Maya: How are you, really?"
_HINT = "a WhatsApp message line like '31/12/2023, 21:14 - Name: text' or '[31/12/2023, 21:14:05] Name: text'"


@contextmanager
def _open_chat(path: Path) -> Iterator[IO[bytes]]:
    """The chat text as a binary stream: the file itself, or the chat ``.txt`` inside a WhatsApp ``.zip``."""
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            fh.seek(0)
            yield fh
            return
    try:
        with zipfile.ZipFile(path) as zf:
            member = _chat_member(zf.namelist())
            if member is None:
                raise ParseError(path, None, "the zip holds no WhatsApp chat (.txt) file")
            with zf.open(member) as inner:
                yield inner
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ParseError(path, None, f"not a readable zip archive ({exc})") from None


def _chat_member(names: list[str] | tuple[str, ...]) -> str | None:
    texts = [n for n in names if n.lower().endswith(".txt") and not n.endswith("/")]
    for n in texts:
        if n.rsplit("/", 1)[-1] == "_chat.txt" or "whatsapp" in n.lower():
            return n
    return texts[0] if len(texts) == 1 else None


def _chunks(fh: IO[bytes], path: Path) -> Iterator[tuple[int, str]]:
    """(line number of the chunk's first line, text) chunks that end at line ends, newlines normalised."""
    first = fh.read(2)
    if first in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        text_fh = io.TextIOWrapper(io.BufferedReader(_Prepend(first, fh)), encoding="utf-16", newline="")
        line = 1
        try:
            while chunk := text_fh.read(CHUNK_BYTES // 2):
                chunk += text_fh.readline()
                chunk = chunk.replace("\r\n", "\n") if "\r" in chunk else chunk
                yield line, chunk
                line += chunk.count("\n")
        except UnicodeDecodeError as exc:
            raise ParseError(path, None, f"bad UTF-16 text ({exc.reason})") from None
        return
    line = 1
    raw = first + fh.read(CHUNK_BYTES)
    codec = "utf-8-sig"
    while raw:
        if not raw.endswith(b"\n"):
            raw += fh.readline()
        try:
            chunk = raw.decode(codec)
        except UnicodeDecodeError as exc:
            bad = line + raw.count(b"\n", 0, bad_byte(raw, exc, codec))
            raise ParseError(path, bad, "not UTF-8 text (save or export the chat as UTF-8)") from None
        if "\r" in chunk:
            chunk = chunk.replace("\r\n", "\n")
        yield line, chunk
        line += chunk.count("\n")
        codec = "utf-8"
        raw = fh.read(CHUNK_BYTES)


class _Prepend(io.RawIOBase):
    """A raw stream that first returns some already-read bytes, then the rest of ``inner``."""

    def __init__(self, head: bytes, inner: IO[bytes]) -> None:
        self._head = head
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _layout(chunk: str) -> tuple[re.Pattern[str], str] | None:
    """The header pattern of the first non-empty line and the text ending its timestamp ("] ", " - ")."""
    for line in chunk.split("\n", 50)[:50]:
        if line.strip("\u200e\ufeff \t"):
            for pattern in (IOS, ANDROID, COLON):
                m = pattern.match(line)
                if m:
                    return pattern, line[m.end() - (3 if pattern is ANDROID else 2) : m.end()]
            return None
    return None


#: Consecutive messages further apart than this count as a large jump when the date order is undecided.
LARGE_JUMP_DAYS = 7
#: Date changes remembered while the order is undecided (enough for years of daily chat).
_MAX_CHANGES = 100_000
# English 12-hour markers as US exports write them ("9:14 PM"); dotted "p. m." / "p.m." is Spanish and other
# day-first locales, so it does not argue for month-first.
_US_AMPM = rx.compile(r"[AP]M$")


def _date_order(path: Path, pattern: re.Pattern[str]) -> str:
    """'dmy', 'mdy' or 'ymd': decided by the first date that settles it (a field above 12, a 4-digit year first).

    When no date settles it, the reading whose consecutive dates jump backwards or far ahead (more than
    :data:`LARGE_JUMP_DAYS`) fewer times wins: 7/2/24 then 7/3/24 is July 2 -> July 3 (month-first), not
    Feb 7 -> Mar 7. A tie falls back to month-first for English 12-hour (AM/PM) exports and day-first otherwise
    (dotted "p. m." markers are Spanish and other day-first locales).
    """
    seen: set[str] = set()
    changes: list[tuple[int, int, int]] = []
    last = ""
    twelve_hour = False
    with _open_chat(path) as fh:
        for _, chunk in _chunks(fh, path):
            for d in pattern.findall(chunk):
                m = _DATE_PARTS.fullmatch(d[0])
                if m is None:  # pragma: no cover - the header pattern guarantees the shape
                    continue
                if d[0] != last and len(changes) < _MAX_CHANGES:
                    changes.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
                    last = d[0]
                    twelve_hour = twelve_hour or _US_AMPM.search(d[1]) is not None
                if d[0] in seen:
                    continue
                seen.add(d[0])
                a, b = m.group(1), m.group(2)
                if len(a) == 4:
                    return "ymd"
                if int(a) > 12:
                    return "dmy"
                if int(b) > 12:
                    return "mdy"
    day_first = _jumps(changes, month_first=False)
    month_first = _jumps(changes, month_first=True)
    if day_first != month_first:
        return "dmy" if day_first < month_first else "mdy"
    return "mdy" if twelve_hour else "dmy"


def _jumps(changes: list[tuple[int, int, int]], month_first: bool) -> int:
    """How many consecutive date changes go backwards or more than :data:`LARGE_JUMP_DAYS` ahead in one reading."""
    days: list[int] = []
    for a, b, c in changes:
        mo, d = (a, b) if month_first else (b, a)
        y = c + 2000 if c < 100 else c
        try:
            days.append(date(y, mo, d).toordinal())
        except ValueError:
            return len(changes) + 1  # a date that does not exist in this reading rules it out
    return sum(1 for x, y in itertools.pairwise(days) if y < x or y - x > LARGE_JUMP_DAYS)


class _Clock:
    """Turns the export's date and time strings into datetimes, caching each distinct string."""

    def __init__(self, order: str) -> None:
        self.order = order
        self.dates: dict[str, date] = {}
        self.times: dict[str, time] = {}

    def stamp(self, key: str) -> datetime | None:
        """The datetime of a header's date-and-time text; None when it is not one; ValueError when invalid."""
        m = _STAMP.fullmatch(key)
        if m is None:
            return None
        d, t = m.group(1, 2)
        return datetime.combine(self.dates.get(d) or self.date(d), self.times.get(t) or self.time(t))

    def date(self, s: str) -> date:
        m = _DATE_PARTS.fullmatch(s)
        if m is None:
            raise ValueError(f"bad date {s!r}")
        a, b, c = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if self.order == "ymd":
            y, mo, d = a, b, c
        elif self.order == "mdy":
            mo, d, y = a, b, c
        else:
            d, mo, y = a, b, c
        if y < 100:
            y += 2000
        try:
            value = date(y, mo, d)
        except ValueError:
            order = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}[self.order]
            raise ValueError(f"{s!r} is not a valid {order} date") from None
        self.dates[s] = value
        return value

    def time(self, s: str) -> time:
        m = _TIME_PARTS.fullmatch(s)
        if m is None:
            raise ValueError(f"bad time {s!r}")
        before, h, mi, sec = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)
        ampm = m.group(5) or (None if before is None else "P" if before in _AFTERNOON else "A")
        if ampm is not None and h <= 12:
            if h == 0:
                raise ValueError(f"{s!r} is not a valid 12-hour time")
            h = h % 12 + (12 if ampm in "Pp" else 0)
        # An hour above 12 with "p.m." (some exports write "13:37:00 p.m.") is already a 24-hour hour.
        try:
            value = time(h, mi, sec)
        except ValueError:
            raise ValueError(f"{s!r} is not a valid time") from None
        self.times[s] = value
        return value


class WhatsAppReader:
    """Reader of WhatsApp ``.txt`` and ``.zip`` chat exports (Android and iOS)."""

    name: ClassVar[str] = "whatsapp"
    summary: ClassVar[str] = "WhatsApp chat export (.txt or .zip; Android and iOS, any date order, 12/24 h)"
    example: ClassVar[str] = EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names:
            member = _chat_member(probe.names)
            if member is None or probe.path.is_dir():
                return 0.0
            try:
                with zipfile.ZipFile(probe.path) as zf, zf.open(member) as fh:
                    raw = fh.read(8192)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError):
                return 0.0
            head = raw.decode("utf-8-sig", errors="ignore")
            return 0.95 if _layout(head) is not None else 0.0
        layout = _layout(head)
        if layout is not None:
            # some message says "Name: ..." after its stamp: "[14/05/2024 13:06] Daniel Okafor" alone on a line is
            # another app's layout (a Teams chat pasted), for the otter reader
            pattern = layout[0]
            headers = [line[m.end() :] for line in head.split("\n", 200)[:200] if (m := pattern.match(line))]
            return 0.9 if any(": " in rest for rest in headers) else 0.3
        lines = head.split("\n", 40)[:40]
        hits = sum(1 for line in lines if IOS.match(line) or ANDROID.match(line) or COLON.match(line))
        return 0.5 if hits >= 3 else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a WhatsApp chat file (.txt or .zip), not a folder")
        conversation = path.stem
        with _open_chat(path) as fh:
            first = next(_chunks(fh, path), None)
        if first is None or not first[1].strip("\u200e\ufeff \t\n"):
            raise ParseError(path, None, "the chat is empty")
        layout = _layout(first[1])
        if layout is None:
            line = next(i for i, s in enumerate(first[1].split("\n"), 1) if s.strip("\u200e\ufeff \t"))
            raise ParseError(path, line, f"expected {_HINT}")
        clock = _Clock(_date_order(path, layout[0]))
        count = 0
        with _open_chat(path) as fh:
            for u in self._messages(path, fh, layout, clock, conversation):
                count += 1
                yield u
        if count == 0:
            raise ParseError(path, None, "no messages from people found (only system messages)")

    def _messages(
        self, path: Path, fh: IO[bytes], layout: tuple[re.Pattern[str], str], clock: _Clock, conversation: str
    ) -> Iterator[Utterance]:
        """The hot loop: one pass over the lines, a header recognised by its separator and cached stamps."""
        pattern, sep = layout
        ios = pattern is IOS
        step = len(sep)
        dates = clock.dates
        times = clock.times
        combine = datetime.combine
        emit = self._utterance
        people: dict[str, str] = {}
        last_key = ""
        stamp = datetime.min
        body: str | None = None  # first line of the message being read
        more: list[str] = []  # its continuation lines
        for line0, chunk in _chunks(fh, path):
            lines = chunk.split("\n")
            if chunk.endswith("\n"):
                lines.pop()
            for n, line in enumerate(lines, line0):
                if ios:
                    off = 1 if line[:1] == "[" else 2 if line[:2] == "\u200e[" else 0
                    k = line.find(sep, off, 48) if off else -1
                else:
                    off = 0
                    k = line.find(sep, 6, 48)
                if k > 0:
                    key = line[off:k]
                    if key != last_key:
                        d, _, t = key.partition(", ")
                        day = dates.get(d)
                        tod = times.get(t)
                        if day is not None and tod is not None:
                            new_stamp: datetime | None = combine(day, tod)
                        else:
                            try:
                                new_stamp = clock.stamp(key)
                            except ValueError as exc:
                                raise ParseError(path, n, str(exc)) from None
                        if new_stamp is not None:
                            if body is not None:
                                u = emit("\n".join([body, *more]) if more else body, stamp, people, conversation)
                                if u is not None:
                                    yield u
                                more = []
                            stamp = new_stamp
                            last_key = key
                            body = line[k + step :]
                            continue
                    else:
                        if body is not None:
                            u = emit("\n".join([body, *more]) if more else body, stamp, people, conversation)
                            if u is not None:
                                yield u
                            more = []
                        body = line[k + step :]
                        continue
                if body is None:
                    if line.strip("\u200e\ufeff \t"):
                        raise ParseError(path, n, f"expected {_HINT}")
                else:
                    more.append(line)
        if body is not None:
            u = emit("\n".join([body, *more]) if more else body, stamp, people, conversation)
            if u is not None:
                yield u

    @staticmethod
    def _utterance(body: str, stamp: datetime, people: dict[str, str], conversation: str) -> Utterance | None:
        """The utterance of one message body ("Name: text"), or None for a system message."""
        i = body.find(": ")
        if i < 0:
            if " sent a" in body and (sent := SENT_MEDIA.fullmatch(body.rstrip())) is not None:
                # Element's plain-text export of a Matrix room, in this layout: "Sam sent an image. (Media omitted)"
                placeholder = "<image omitted>" if sent.group("what") == "an image" else "<sticker omitted>"
                return Utterance(conversation, 0, sent.group("name"), placeholder, None, None, stamp, None, True)
            return None  # Android system message: no "Name: " part
        raw_speaker = body[:i]
        speaker = people.get(raw_speaker)
        if speaker is None:
            if "\n" in raw_speaker or SYSTEM_NAME.search(raw_speaker):
                return None
            speaker = raw_speaker.strip("\u200e\u202a\u202c\u2068\u2069 \t")
            if speaker[:1] == "~":  # iOS marks a sender missing from the address book: "~\u202fSam"
                speaker = speaker[1:].lstrip("\u202f\u00a0 ")
            if not speaker:
                return None
            people[raw_speaker] = speaker
        text = body[i + 2 :]
        if text[-1:].isspace():  # a line break, or spaces a pasted copy left: no one's words
            text = text.rstrip()
        if " \n" in text:
            text = _SPACES_AT_LINE_END.sub("\n", text)
        media = False
        if text[:1] == "\u200e" or _MEDIA_HINT.search(text):
            marked = "\u200e" in text[:2]
            clean = text.replace("\u200e", "").strip() if "\u200e" in text else text
            if MEDIA.fullmatch(clean):
                media = True
            elif marked and not KEPT_MARKED.fullmatch(clean):
                return None  # iOS system message ("\u200eMaya added Sam", "\u200eMissed voice call"...)
            text = clean
        if text.endswith(">") and (m := EDITED.search(text)):
            text = text[: m.start()]
        if not text or text.isspace() or text.startswith(ENCRYPTED):
            return None
        return Utterance(conversation, 0, speaker, text, None, None, stamp, None, media)


READER = WhatsAppReader()
