"""Otter.ai-style text exports: a header line "Speaker Name  0:03", then what they said on the next lines.

- A header is a speaker name (1-6 words), two or more spaces (or a tab) and a clock (m:ss or h:mm:ss); the text
  lines after it, up to the next header, are that speaker's utterance (joined with spaces). Other transcription
  tools write the same layout with the clock in brackets after the name (``Speaker 1 [00:00:05]``, ``Maya
  (0:05)``) or before it (``[00:00:05] Maya Chen``, ``00:00:05 Speaker 1``, as Word's Transcribe does): read
  alike. A header never holds a colon after the name, so ``Name: text`` lines stay the plain reader's.
- ``start`` is the header's clock in seconds, ``end`` the next utterance's start (the last one has none).
- A cue per turn, as video editors and Teams' earlier transcripts write it: a timing line (``00:00:01:10 -
  00:00:08:02``, Premiere Pro's timecodes, frames dropped; ``0:0:2.600 --> 0:0:11.102``), the speaker's name alone
  on the next line, then the words (kept on their lines). ``start`` and ``end`` are the cue's; a cue without a
  name or words says nothing that can be attributed and is dropped.
- A script (``DAD`` alone on a line after a blank one, then the words, as screenplays and typed-up recordings set
  it): a file whose blocks mostly open with a name alone on its line, names that recur. No times.
- Lines before the first header (a title, the date) and Otter's footer ("Transcribed by https://otter.ai") are
  ignored; headers without any text are dropped.

A file without a single header is a :class:`~heart2heart.errors.ParseError` at line 1.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain, pairwise
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.formats._names import NAME_CHARS, NOTE, looks_like_handle, looks_like_name
from heart2heart.formats._time import CLOCK, clock_seconds, ended, first_date
from heart2heart.model import Utterance

__all__ = ["CUE_TIMING", "READER", "OtterReader"]

_NAME = rf"[^\W\d_][^\t:\[\]()]{{0,60}}?(?:\s*{NOTE})?"  # a display name's note too: "Kat (she/her)"
#: A chat app's date and time in a header ("14/05/2024 13:06", "10-Mar-24 08:02 PM", "2024-05-14 13:06:10"): read as
#: no time (the layouts' date orders are not knowable from one line).
_DATED = r"\d{1,4}[-/.]\s?(?:\d{1,2}|[A-Za-z]{3,9})[-/.]\s?\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_HEADER_RE = rx.compile(
    rf"""\s*(?:
        (?P<name>{_NAME})(?:\ {{2,}}|\t+)(?P<clock>{CLOCK})                        # Maya Chen  0:03
      | (?P<name2>{_NAME})\s*(?:\[(?P<clock2>{CLOCK})\]|\((?P<clock3>{CLOCK})\))   # Speaker 1 [00:00:05]
      | (?:\[(?P<clock4>{CLOCK})\]|(?P<clock5>{CLOCK}))[\ \t]+(?P<name3>{_NAME})   # [00:00:05] Maya Chen
      | \[(?P<stamp>{_DATED})\][\ \t]+(?P<name4>{_NAME})                          # [14/05/2024 13:06] Maya Chen
      | \[(?P<name5>{_NAME})\][\ \t]+(?P<clock6>{CLOCK})                          # [Maya Chen] 16:31:02 (Zoom)
      | (?P<clock7>{CLOCK})[\ \t]+[-–][\ \t]+(?P<name6>{_NAME})                    # 0:01 - Maya Chen (Fathom)
    )\s*""",
    re.X,
)
_FOOTER_RE = rx.compile(r"\s*transcribed by\s+(?:https?://)?otter\.ai\s*", re.I)
#: A video editor's timecode, hours:minutes:seconds:frames (Premiere Pro: "00:00:01:10"; ";" before drop frames).
_TIMECODE = r"\d{1,2}:\d{2}:\d{2}[:;]\d{2}"
#: The timing line of a cue: "00:00:01:10 - 00:00:08:02", "0:0:2.600 --> 0:0:11.102" (h:m:s unpadded too).
_STAMP = rf"{_TIMECODE}|\d{{1,2}}(?::\d{{1,2}}){{1,2}}(?:[.,]\d{{1,3}})?"
CUE_TIMING = rx.compile(rf"\s*(?P<a>{_STAMP})\s*(?:-->|-|–)\s*(?P<b>{_STAMP})\s*")
#: A message's date line, then the sender's name, then the words, as imessage-exporter writes iMessage chats:
#: "Feb 06, 2024 10:51:27 PM", with a note in brackets after it sometimes ("(Read by them after 19 seconds)").
_DATED_LINE = rx.compile(
    r"\s*(?P<when>[A-Z][a-z]{2} \d{1,2}, \d{4},? +\d{1,2}:\d{2}(?::\d{2})?[ \u202f]?[AP]M)(?:\s+\([^()\n]{1,80}\))?\s*"
)
#: What imessage-exporter writes under a message that is not the sender's words: the reactions, the note on a
#: reply, a send effect, an attachment's path; an edited message's versions; a deleted message; a rename.
_REACTIONS_HEAD = frozenset(("Reactions:", "Tapbacks:"))
_REACTION = rx.compile(
    r"(?:Loved|Liked|Disliked|Laughed|Emphasized|Questioned|Emoji.{0,12}|Sticker from .{1,80}) by .{1,80}"
)
_REPLY_NOTE = "This message responded to an earlier message."
_EXPRESSIVE = rx.compile(r"Sent with (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?")
_EDITED = rx.compile(r"Edited .{1,60}? later: (?P<text>.*)")
_DATED_TEXT = rx.compile(r"[A-Z][a-z]{2} \d{1,2}, \d{4},? +\d{1,2}:\d{2}(?::\d{2})?[ \u202f]?[AP]M (?P<text>.*)")
_DELETED = frozenset(("You deleted a message.", "They deleted a message."))
_ATTACHMENT_PATH = rx.compile(r"(?:~|/)\S*/Attachments/.+|/.+\.(?:heic|jpe?g|png|gif|mov|mp4|m4a|caf|pdf)", re.I)
_DATED_FORMATS = ("%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p", "%b %d, %Y, %I:%M:%S %p", "%b %d, %Y, %I:%M %p")
_EXAMPLE = "Maya Chen  0:03"


def _imessage_text(lines: list[str]) -> tuple[str, bool]:
    """The words of an imessage-exporter message from the lines under its sender's name (its latest version when
    edited; a placeholder when it has no words), and whether it is a placeholder; ("", False) for none."""
    kept: list[str] = []
    attachments: list[str] = []
    in_reactions = False
    for line in lines:
        if line in _REACTIONS_HEAD:
            in_reactions = True
            continue
        if in_reactions and _REACTION.fullmatch(line):
            continue
        in_reactions = False
        if line == _REPLY_NOTE or _EXPRESSIVE.fullmatch(line):
            continue
        if (dated := _DATED_TEXT.fullmatch(line)) is not None:
            if " named the conversation " in line or " renamed the conversation " in line:
                continue  # a rename, between messages
            if not kept:
                line = dated.group("text")  # an edited message's first version
        if (edit := _EDITED.fullmatch(line)) is not None:
            kept = [edit.group("text")]  # the versions before it were replaced
            continue
        if _ATTACHMENT_PATH.fullmatch(line):
            attachments.append(line.rstrip("/").rsplit("/", 1)[-1])
            continue
        kept.append(line)
    text = "\n".join(kept).strip()
    if text in _DELETED:
        return "<deleted message>", True
    if text:
        return text, False
    if attachments:
        return f"<attachment: {attachments[0]}>", True
    return "", False


def _header(line: str) -> tuple[str, str | None] | None:
    """(name, clock or None for a chat app's date) of a header line, or None."""
    m = _HEADER_RE.fullmatch(line)
    if m is None:
        return None
    names = m.group("name", "name2", "name3", "name4", "name5", "name6")
    name = next(n for n in names if n)
    if len(name.split()) > 6:
        return None
    clocks = m.group("clock", "clock2", "clock3", "clock4", "clock5", "clock6", "clock7")
    return name.strip(), next((c for c in clocks if c), None)


def _stamp_seconds(text: str) -> float:
    """Seconds of a cue's clock or timecode (its frames dropped: the frame rate is not in the file)."""
    if text.count(":") == 3 or ";" in text:
        h, m, sec = (int(p) for p in re.split(r"[:;]", text)[:3])
        if m >= 60 or sec >= 60:
            raise ValueError(f"minutes and seconds must be below 60: {text!r}")
        return float(h * 3600 + m * 60 + sec)
    return clock_seconds(text)


def _cue_line(line: str) -> bool:
    """A cue's timing line, or a message's date line (both then a name, then the words)."""
    return bool(CUE_TIMING.fullmatch(line) or _DATED_LINE.fullmatch(line))


def _cue_layout(lines: list[str]) -> bool:
    """Whether these non-empty lines are cues with the name on a line of its own: two timing lines or more, each
    followed by a name and then words, and some name taking more than one cue (subtitles' first lines of text
    rarely look like that)."""
    names = [
        lines[i + 1].strip()
        for i, line in enumerate(lines[:-2])
        if _cue_line(line)
        and (looks_like_name(lines[i + 1]) or looks_like_handle(lines[i + 1]))  # a number: no contact name for it
        and not _cue_line(lines[i + 2])
    ]
    ranges = sum(1 for line in lines if _cue_line(line))
    return len(names) >= 2 and len(names) >= ranges - 1 and len(set(names)) < len(names)


#: A separator line under a title ("---", "=====").
_RULE_RE = rx.compile(r"\s*([-=_*~])\1{2,}\s*")


def _script_headers(lines: Iterable[str]) -> list[int]:
    """The 0-based positions of a script's speaker lines among ``lines`` (blank ones included; read once, streaming),
    or none when the lines are not a script: blocks (after a blank line, the start, or a rule) that open with a name
    alone on its line, followed by words; at least two such blocks, most blocks after the first one, names
    recurring, at most eight of them."""
    heads: list[int] = []
    names: list[str] = []
    blocks = 0  # blocks from the first head on
    before = ""  # the line before ``line``
    for i, (line, after) in enumerate(pairwise(chain(lines, [""]))):
        opens = line.strip() and (i == 0 or not before.strip() or _RULE_RE.fullmatch(before))
        before = line
        if not opens:
            continue
        name = line.strip()
        if (
            after.strip()
            and len(name.split()) <= 4
            and name[-1] not in ".,;:!?)"
            and looks_like_name(name)
            and _header(line) is None
        ):
            heads.append(i)
            names.append(name)
        blocks += bool(heads)
    distinct = len(set(names))
    if len(heads) < 2 or distinct == len(names) or distinct > 8 or len(heads) < 0.6 * blocks:
        return []
    return heads


#: A line that may be a script's speaker line (every line :func:`_script_headers` takes matches, and more): after a
#: blank line or a rule, a name alone on its line (at most 40 characters, as :func:`looks_like_name` allows), then a
#: line of words. Group 2 is the name as ``_script_headers`` reads it (the line stripped).
_MAYBE_HEAD_RE = rx.compile(
    rf"\n[^\S\n]*(?:([-=_*~])\1{{2,}}[^\S\n]*)?\n[^\S\n]*([^\W\d_]{NAME_CHARS}{{0,39}}?)[^\S\n]*(?=\n[^\n]*\S)"
)
_CHUNK = 1 << 20  # bytes of whole lines :func:`_could_be_script` looks at at a time


def _could_be_script(path: Path) -> bool:
    """False when :func:`_script_headers` of the whole file is sure to find no script: no name stands twice on a
    line that could be a speaker line (:data:`_MAYBE_HEAD_RE`). A quick look, a regular expression over the text a
    megabyte at a time; the files of Otter's own layout, cues or dated headers have no such line, and need no second
    line-by-line pass. True (read it all) for UTF-16 files and bytes that are not UTF-8 (the full pass then reports
    them, as it always did)."""
    names: set[str] = set()
    with path.open("rb") as fh:
        bom = fh.read(3)
        if bom.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return True
        if bom != codecs.BOM_UTF8:
            fh.seek(0)
        # Lines as iter_lines reads them: split at "\n", the first one without its BOM. The first line is read as if
        # after a blank one (it may open a block); each later chunk begins with the last two lines of the one before
        # (seen there neither as a speaker line nor after one), so that every line is seen with the line before it
        # and the line after it, once.
        lead, rest, block = "\n\n", b"", fh.read(_CHUNK)
        while block or rest:
            data = rest + block
            if block:
                cut = data.rfind(b"\n") + 1
                last = data.rfind(b"\n", 0, cut - 1) if cut else -1
                keep = data.rfind(b"\n", 0, last) if last > 0 else -1
                if keep < 0:  # fewer than three whole lines: read on (as much again, for a very long line)
                    rest, block = data, fh.read(max(_CHUNK, len(data)))
                    continue
                data, rest = data[:cut], data[keep + 1 :]
            else:
                rest = b""
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                return True
            for m in _MAYBE_HEAD_RE.finditer(lead + text):
                if m.group(2) in names:
                    return True
                names.add(m.group(2))
            lead, block = "\n", fh.read(_CHUNK) if block else b""
    return False


class OtterReader:
    """Reader of Otter.ai text exports."""

    name: ClassVar[str] = "otter"
    summary: ClassVar[str] = "Otter.ai text export: 'Speaker Name  0:03' line, then the text"
    example: ClassVar[str] = "Maya Chen  0:03 / How are you, really?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """High when the file has "Name  0:03" headers, each followed by a line of text, cues with the name on a
        line of its own, or is a script."""
        if probe.names:
            return 0.0
        raw = probe.head.splitlines()[:400]
        if _script_headers(raw[:-1] if len(raw) == 400 else raw):
            return 0.75
        lines = [ln for ln in raw[:300] if ln.strip()]
        if _cue_layout(lines):
            return 0.7 if probe.suffix in (".srt", ".vtt") else 0.85  # subtitles' own readers first
        headers = [i for i, ln in enumerate(lines) if _header(ln) is not None]
        if not headers:
            return 0.0
        followed = sum(1 for i in headers if i + 1 < len(lines) and _header(lines[i + 1]) is None)
        if followed >= 2 or (followed == 1 and len(headers) == 1 and len(lines) <= 4):
            return 0.85 if followed >= len(headers) - 1 else 0.6
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        speaker: str | None = None
        start: float | None = None
        end: float | None = None  # a cue's own end (the cue layout); None: the next utterance's start
        when: datetime | None = None  # a dated cue's wall-clock time
        cue = False  # the current utterance is a cue: its lines are kept as lines
        imessage = False  # it is an imessage-exporter message (a date line, the name, the words)
        naming = False  # a timing or date line was just read: the next line is the speaker's name
        texts: list[str] = []
        held: Utterance | None = None  # the last finished utterance, waiting for the next one's start
        found = False
        count = 0

        def finish() -> Utterance | None:
            """Close the current utterance; the one before it, now ended, to yield (or None)."""
            nonlocal held
            if speaker is None or not texts:
                return None
            text, media = _imessage_text(texts) if imessage else (("\n" if cue else " ").join(texts), False)
            if not text:
                return None
            done = held if held is None or held.end is not None else ended(held, start)
            held = Utterance(conv, 0, speaker, text, start=start, end=end, time=when, media=media)
            return done

        # A script's speaker lines (decided on the whole file; only read twice when it could be a script).
        script = (
            {i + 1 for i in _script_headers(line for _, line in iter_lines(path))} if _could_be_script(path) else set()
        )
        reply = False  # in a reply imessage-exporter repeats, indented, under the message it answers
        for n, line in iter_lines(path):
            if not line.strip() or _FOOTER_RE.fullmatch(line):
                continue
            if reply and line[:1].isspace():
                continue
            timing = None if n in script else CUE_TIMING.fullmatch(line)
            dated = None if n in script or timing else _DATED_LINE.fullmatch(line)
            reply = dated is not None and line[:1].isspace() and speaker is not None
            if reply:
                continue  # the reply is on the page again in its own place
            head = None if n in script or timing or dated else _header(line)
            if n not in script and timing is None and dated is None and head is None:
                if naming:
                    speaker, naming = line.strip(), False
                elif speaker is not None:
                    texts.append(line.strip())
                continue
            name, seconds, until, stamp = self._header_of(path, n, line, n in script, timing, dated, head)
            found = True
            done = finish()
            if done is not None:
                yield done
                count += 1
            speaker, start, end, when, texts = name, seconds, until, stamp, []
            cue = naming = timing is not None or dated is not None
            imessage = dated is not None
        done = finish()
        if done is not None:
            yield done
            count += 1
        if held is not None:
            yield held
            count += 1
        if not found:
            raise ParseError(path, 1, f"expected a speaker header such as {_EXAMPLE!r} (name, two spaces, time)")
        if count == 0:
            raise ParseError(path, None, "speaker headers found, but no text under any of them")

    @staticmethod
    def _header_of(
        path: Path,
        n: int,
        line: str,
        scripted: bool,
        timing: re.Match[str] | None,
        dated: re.Match[str] | None,
        head: tuple[str, str | None] | None,
    ) -> tuple[str | None, float | None, float | None, datetime | None]:
        """(speaker or None when the next line names them, start, end, wall-clock time) of a header line."""
        if scripted:
            return line.strip(), None, None, None
        if dated is not None:
            return None, None, None, first_date(dated.group("when"), _DATED_FORMATS)
        try:
            if timing is not None:
                start, end = _stamp_seconds(timing.group("a")), _stamp_seconds(timing.group("b"))
                if end < start:
                    raise ParseError(path, n, "a cue ends before it starts")
                return None, start, end, None
            assert head is not None
            return head[0], None if head[1] is None else clock_seconds(head[1]), None, None
        except ValueError:
            what = "cue time" if timing else "time"
            raise ParseError(path, n, f"bad {what} {line.strip()!r} (expected m:ss or h:mm:ss)") from None


READER = OtterReader()
