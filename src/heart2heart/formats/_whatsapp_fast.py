"""The fast path of ``h2h convert`` for WhatsApp text exports: JSONL rows without building Utterance objects.

:func:`jsonl_rows` yields exactly the bytes that ``write_rows(iter_utterances(path, gap=gap))`` writes for a
WhatsApp export, about ten times faster: the main thread reads the file in chunks of about 1 MB cut where a header
line starts, worker threads handle chunks in parallel with pyarrow's compute kernels (C++, the GIL released) and
numpy over zero-copy views of the chunk's bytes, never one Python object per message:

- header lines ("31/12/2023, 21:14 - ", "[31/12/2023, 21:14:05] "...) are recognised by *templates*: the byte
  shape of a header with its ASCII digits left open, learnt from a line the reader's own logic (``_STAMP``, the
  detected separator) takes as a header; the reader's stamp pattern treats all digits alike (checked), so a line
  of that shape is a header with its date, time and separator at the same places. Lines no template takes are
  checked with an RE2 translation of ``_STAMP`` (a new shape is learnt; where none can be, kernels find the
  separator and stamp pieces instead);
- a message is its header line and the continuation lines up to the next header: one zero-copy string per message;
  the first ": " after the separator (``pc.find_substring``) cuts it into raw name and text (zero-copy pieces);
- distinct dates and times (read from the template's digits) and distinct names go through the reader's own
  Python code (``_Clock``, ``WhatsAppReader._utterance``) once each, so their meaning cannot drift;
- texts that might be anything but plain (a possible media placeholder, edit note, U+200E mark, encryption notice,
  blank text...) are a superset found with kernels and numpy; each distinct one goes through ``_utterance``;
- silences longer than ``gap`` start a new ``<stem>#n`` conversation (numbering is done in file order, carrying the
  last time, part and index from chunk to chunk); the JSON rows are assembled with one ``take`` over the pieces
  and small tables of row fragments, the texts escaped exactly as orjson does (backslash, quote, controls).

Whatever the fast path cannot vouch for (UTF-16, a malformed header or date, bad UTF-8, text before the first
message, a file with no message, digits of another script in a header) makes it hand over to the reader itself,
which continues after the rows already written, so the output and any ParseError are the reader's own.
"""

from __future__ import annotations

import itertools
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import orjson

from heart2heart.errors import H2HError
from heart2heart.formats import whatsapp as wa

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["CHUNK_BYTES", "jsonl_rows", "to_re2"]

CHUNK_BYTES = 1 << 20
_NUMBERS = 4096  # row indexes below this come from a table of their texts
_RELEASE_EVERY = 64  # chunks between returns of freed memory to the system (each return costs page faults)
_CARRY_LIMIT = 64 << 20  # a message longer than this (or no header at all): the reader streams the file
_CACHE_LIMIT = 200_000  # distinct (name, text) pairs of unusual messages remembered per file

# First bytes of a text that might be blank or start with U+200E (any Python whitespace, then UTF-8 lead bytes of
# U+0085/U+00A0, U+1680, U+2000-U+205F, U+3000): such texts go through the reader's own code.
#: RE2: a text the reader strips spaces from (``str.isspace`` characters at its end, or spaces before a line break).
_SPACES_STRIPPED = (
    r"[\t\x0b\x0c\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]$"
    r"|[ \t]\n"
)
_ODD_FIRST = np.zeros(256, dtype=bool)
_ODD_FIRST[[0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0xC2, 0xE1, 0xE2, 0xE3]] = True


_NOT_ASCII_OR_DIGIT = r"[^\x00-\x2f\x3a-\x7f]"


_MISSING = ("", False)  # a sentinel for dictionary look-ups (compared by identity)


class _Fallback(Exception):
    """Internal: the fast path cannot vouch for this input; the reader itself takes over."""


def to_re2(pattern: str, flags: int = 0, digit: str = "[0-9]") -> str:
    """A Python ``re`` pattern as RE2 syntax (for pyarrow), or ValueError when it uses what RE2 reads otherwise.

    ``\\d`` becomes ``digit``: ASCII digits by default (Python's ``\\d`` also takes other scripts' digits, from
    a Unicode version RE2 may not share: callers look for those separately). ``\\uXXXX`` and ``\\xXX`` become
    ``\\x{...}`` and unnamed capturing groups are named ``g1``, ``g2``... (pyarrow wants names). Escapes whose
    meaning differs between the engines (``\\w``, ``\\s``, ``\\b``...) and look-arounds are refused.
    """
    out: list[str] = []
    if flags & re.IGNORECASE:
        out.append("(?i)")
    if flags & re.DOTALL:
        out.append("(?s)")
    if flags & re.MULTILINE:
        out.append("(?m)")
    if flags & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE | re.UNICODE):
        raise ValueError(f"unsupported flags {flags!r}")
    group = 0
    in_class = False
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt == "d":
                if in_class:
                    raise ValueError("\\d inside a character class")
                out.append(digit)
            elif nxt == "u":
                out.append(r"\x{" + pattern[i + 2 : i + 6] + "}")
                i += 4
            elif nxt == "x":
                out.append(r"\x{" + pattern[i + 2 : i + 4] + "}")
                i += 2
            elif nxt in ("n", "t", "r", "f", "v") or (nxt and not nxt.isalnum()):
                out.append(c + nxt)
            else:
                raise ValueError(f"escape \\{nxt} has no exact RE2 equivalent")
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a literal "]" first in a class
                out.append(r"\]")
                i += 1
        elif c == "(":
            if pattern[i + 1 : i + 2] != "?":
                group += 1
                out.append(f"(?P<g{group}>")
            elif pattern[i + 2 : i + 3] in ("=", "!", "<") and pattern[i + 2 : i + 4] != "<P":
                raise ValueError("look-arounds are not RE2")
            else:
                out.append(c)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _literal(text: str) -> str:
    """RE2 syntax matching ``text`` literally."""
    return "".join("\\" + ch if ch in r"\.^$|?*+()[]{}" else ch for ch in text)


class _Patterns:
    """The RE2 patterns of one layout, built from the reader's own Python patterns."""

    def __init__(self, layout: tuple[re.Pattern[str], str]) -> None:
        pattern, sep = layout
        # The reader takes a line as a header when the key before the first separator is a whole stamp; a stamp
        # never contains the separator, so this is the stamp followed by the separator.
        lead = r"^\x{200e}?\[" if pattern is wa.IOS else "^"
        self.header = lead + to_re2(wa._STAMP.pattern, wa._STAMP.flags) + _literal(sep)
        # The same with any non-ASCII character where a digit goes: a line matching this but not ``header`` may
        # have digits of another script, which the reader's Python patterns take: the reader handles that file.
        self.foreign = lead + to_re2(wa._STAMP.pattern, wa._STAMP.flags, _NOT_ASCII_OR_DIGIT) + _literal(sep)
        self.sep = sep.encode()
        self.ios = pattern is wa.IOS
        self.media_hint = to_re2(wa._MEDIA_HINT.pattern, wa._MEDIA_HINT.flags)
        self.encrypted = "^(?:" + "|".join(_literal(e) for e in wa.ENCRYPTED) + ")"
        self.encrypted_heads = np.array(
            [int.from_bytes(e.encode()[:4].ljust(4, b"\0"), "little") for e in wa.ENCRYPTED], dtype=np.uint32
        )


def _strings(pa: Any, offsets: np.ndarray, data: Any) -> Any:
    """A zero-copy string array over the buffer ``data`` with these byte offsets."""
    off = offsets.astype(np.int32)
    return pa.Array.from_buffers(pa.string(), len(off) - 1, [None, pa.py_buffer(off), data])


def _window(raw: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(the bytes of ``raw``, a read-only (len(raw), _WIDTH) view whose row i holds the bytes from offset i on,
    zeros past the end): one copy of the chunk serves both."""
    padded = np.frombuffer(raw + bytes(_WIDTH), dtype=np.uint8)
    view: np.ndarray = np.lib.stride_tricks.as_strided(
        padded, shape=(len(raw), _WIDTH), strides=(1, 1), writeable=False
    )
    return padded[: len(raw)], view


def _quiet_pool(pa: Any) -> Any:
    """jemalloc when pyarrow has it: it gives freed memory back (mimalloc's pages made peak memory creep up)."""
    try:
        return pa.jemalloc_memory_pool()
    except (NotImplementedError, pa.ArrowNotImplementedError):  # pragma: no cover - a build without jemalloc
        return pa.default_memory_pool()


def _day_number(value: date) -> int:
    return value.toordinal()


def _second_of_day(value: time) -> int:
    return value.hour * 3600 + value.minute * 60 + value.second


class _Table:
    """Distinct date or time strings -> (integer value, ISO text), filled by the reader's own ``_Clock``."""

    def __init__(
        self, parse: Callable[[str], Any], number: Callable[[Any], int], shape: re.Pattern[str], strip: str
    ) -> None:
        self.parse = parse
        self.number = number
        self.shape = shape
        self.strip = strip
        self.known: dict[str, tuple[int, str] | None] = {}

    def lookup(self, pieces: list[str]) -> tuple[np.ndarray, list[str], np.ndarray]:
        """(values, ISO texts, irregular flags) of distinct pieces; an invalid stamp raises _Fallback."""
        values = np.zeros(len(pieces), dtype=np.int64)
        isos: list[str] = []
        odd = np.zeros(len(pieces), dtype=bool)
        known = self.known
        for i, piece in enumerate(pieces):
            if piece in known:
                hit = known[piece]
            else:
                hit = known[piece] = self._one(piece)
            if hit is None:
                odd[i] = True
                isos.append("")
            else:
                values[i] = hit[0]
                isos.append(hit[1])
        return values, isos, odd

    def one(self, piece: str) -> tuple[int, str] | None:
        """(integer value, ISO text) of one piece, or None when it does not have the reader's shape."""
        known = self.known
        if piece in known:
            return known[piece]
        hit = known[piece] = self._one(piece)
        return hit

    def _one(self, piece: str) -> tuple[int, str] | None:
        text = piece.lstrip(self.strip)
        if self.shape.fullmatch(text) is None:
            return None
        try:
            value = self.parse(text)
        except ValueError:
            raise _Fallback from None  # the reader reports the invalid date or time
        return self.number(value), value.isoformat()


_MAX_TEMPLATES = 32
_WIDTH = 192  # bytes a template may span (the reader looks for the separator within 48 characters)


class _Template:
    """The byte shape of one kind of header line, digits left open ("DD/DD/DDDD, DD:DD - ").

    The reader's stamp pattern treats every ASCII digit alike (checked by :func:`_digit_blind`), and its separator
    has no digit, so any line with these bytes and ASCII digits in the open places is a header exactly as the line
    the template was learnt from is, with its date, time and separator at the same places.
    """

    def __init__(self, prefix: bytes, sep_at: int, spans: dict[str, tuple[tuple[int, int], list[int]]]) -> None:
        view = np.frombuffer(prefix, dtype=np.uint8)
        digit = (view - 0x30) < 10
        self.size = len(prefix)
        self.sep_at = sep_at  # byte offset of the separator
        self.spans = spans  # "date"/"time" -> ((start, end) bytes, offsets of their digits)
        self.expect = view.copy()
        self.fixed_mask = np.where(digit, 0, 0xFF).astype(np.uint8)
        self.digit_mask = digit
        # time digits -> second of the day (-1: not read yet); made here, never replaced (threads share it)
        self.seconds = np.full(10 ** min(len(spans["time"][1]), 6), -1, dtype=np.int32)

    @classmethod
    def learn(cls, line: str, patterns: _Patterns) -> _Template | None:
        """The template of a header line, found as the reader finds it (None if the reader would not agree)."""
        sep = patterns.sep.decode()
        if patterns.ios:
            off = 1 if line[:1] == "[" else 2 if line[:2] == "\u200e[" else 0
            k = line.find(sep, off, 48) if off else -1
        else:
            off = 0
            k = line.find(sep, 6, 48)
        if k <= 0 or len(line[: k + len(sep)].encode()) > _WIDTH:
            return None
        m = wa._STAMP.fullmatch(line[off:k])
        if m is None:
            return None

        def at(i: int) -> int:
            return len(line[:i].encode())

        prefix = line[: k + len(sep)].encode()
        spans = {}
        for name, group in (("date", 1), ("time", 2)):
            lo, hi = at(off + m.start(group)), at(off + m.end(group))
            spans[name] = ((lo, hi), [i for i in range(lo, hi) if 0x30 <= prefix[i] <= 0x39])
        return cls(prefix, at(k), spans)

    def match(
        self, win: np.ndarray, starts: np.ndarray, sizes: np.ndarray, todo: np.ndarray, shapes: np.ndarray, me: int
    ) -> np.ndarray:
        """Mark the lines of ``todo`` that have this shape (``shapes[line] = me``); the others, still to do.

        ``win[i]`` are the bytes from offset ``i`` on (a strided view, zero-padded past the end)."""
        todo_long = todo[sizes[todo] >= self.size]
        if not len(todo_long):
            return todo
        head = win[starts[todo_long], : self.size]
        wrong = ((head ^ self.expect) & self.fixed_mask) | (((head - 0x30) >= 10) & self.digit_mask)
        hit = todo_long[~wrong.any(axis=1)]
        if not len(hit):
            return todo
        shapes[hit] = me
        left: np.ndarray = todo[shapes[todo] < 0]
        return left


def _digit_blind(pattern: str) -> bool:
    """Whether a Python pattern matches every ASCII digit alike (no literal digit, no class naming one)."""
    rest = re.sub(r"\\d|\{\d+(?:,\d*)?\}", "", pattern)
    rest = re.sub(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), rest)
    return not any("0" <= c <= "9" for c in rest)


class _State(NamedTuple):
    """What numbering carries from one chunk to the next."""

    last_ts: int | None  # seconds of the last row written (None before the first)
    part: int  # number of the conversation being written (``<stem>#part``)
    next_index: int  # index of the next row in it


@dataclass
class _Prepared:
    """A chunk's rows, all but numbered: the pieces each row is assembled from and where they are."""

    stamp: np.ndarray  # seconds of each row (for gap splitting)
    pieces: list[Any]  # string arrays; the row's bytes are pieces taken in the order of ``cols``
    cols: np.ndarray  # (rows, 6): conversation, index (filled when numbered), speaker, text, date, time+media


class _FastFile:
    """One WhatsApp text export converted chunk by chunk (see the module docstring).

    The main thread reads the file and cuts it into chunks that end before a header line; worker threads prepare
    chunks in parallel (kernels release the GIL), number their rows in file order, and assemble them.
    """

    def __init__(self, path: Path, gap: timedelta | None, chunk_bytes: int, threads: int | None = None) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        self.pa = pa
        self.pc = pc
        self.pool = _quiet_pool(pa)
        self.path = path
        self.chunk_bytes = max(1, chunk_bytes)
        self.threads = threads if threads is not None else min(2, os.cpu_count() or 1)
        self.gap_us = None if gap is None else gap // timedelta(microseconds=1)
        if path.is_dir():
            raise _Fallback
        try:
            with wa._open_chat(path) as fh:
                fh_head = fh.read(2)
            with wa._open_chat(path) as fh:
                first = next(wa._chunks(fh, path), None)
        except H2HError:
            raise _Fallback from None
        if fh_head in (b"\xff\xfe", b"\xfe\xff") or first is None:
            raise _Fallback  # UTF-16 or empty: the reader
        if not first[1].strip("\u200e\ufeff \t\n"):
            raise _Fallback
        layout = wa._layout(first[1])
        if layout is None:
            raise _Fallback
        self.patterns = _Patterns(layout)
        clock = wa._Clock(wa._date_order(path, layout[0]))
        self.dates = _Table(clock.date, _day_number, wa._DATE_PARTS, "\u200e[")
        self.times = _Table(clock.time, _second_of_day, wa._TIME_PARTS, "")
        self.people: dict[str, str] = {}
        self.speakers: dict[str, bytes | None] = {}
        self.unusual: dict[tuple[str, str], tuple[str, bool] | None] = {}
        self.stem_json = orjson.dumps(path.stem)[1:-1].decode()
        blind = _digit_blind(wa._STAMP.pattern) and not any(c.isdigit() for c in layout[1])
        self.templates: list[_Template] | None = [] if blind else None
        self.learning = threading.Lock()
        self.numbers = pc.cast(pa.array(np.arange(_NUMBERS)), pa.string())  # "0", "1"... for row indexes
        self.two_digits = pa.array([f"{i:02d}" for i in range(100)], pa.string())
        self.stamp_keys: dict[str, dict[int, tuple[int, str]]] = {"date": {}, "time": {}}

    # -- reading (main thread) ---------------------------------------------------------------------------------
    def blocks(self) -> Iterator[tuple[memoryview | bytes, int]]:
        """(JSONL bytes, number of rows) per chunk, in file order."""
        rows = 0
        done = 0
        state: Future[_State] = Future()
        state.set_result(_State(None, 1, 0))
        pending: deque[Future[tuple[memoryview | bytes, int]]] = deque()
        previous_pool = self.pa.default_memory_pool()
        self.pa.set_memory_pool(self.pool)
        with ThreadPoolExecutor(max_workers=max(1, self.threads), thread_name_prefix="h2h-whatsapp") as workers:
            try:
                for raw, first in self._chunks():
                    after: Future[_State] = Future()
                    pending.append(workers.submit(self._chunk, raw, first, state, after))
                    state = after
                    while len(pending) > self.threads:
                        out, n = pending.popleft().result()
                        done += 1
                        if done % _RELEASE_EVERY == 0:  # mimalloc keeps freed pages: memory would creep up
                            self.pool.release_unused()
                        if n:
                            rows += n
                            yield out, n
                while pending:
                    out, n = pending.popleft().result()
                    if n:
                        rows += n
                        yield out, n
            finally:
                self.pa.set_memory_pool(previous_pool)
                for f in pending:
                    f.cancel()
                if not state.done():  # unblock a worker waiting for a chunk that will never come
                    state.set_exception(_Fallback())
        if rows == 0:
            raise _Fallback  # the reader says what is wrong (only system messages...)

    def _chunks(self) -> Iterator[tuple[bytes, bool]]:
        """(bytes, is the first) of chunks made of whole messages: each ends where a header line starts."""
        with wa._open_chat(self.path) as fh:
            tail = fh.read(3)
            if tail == b"\xef\xbb\xbf":  # the reader decodes with utf-8-sig
                tail = b""
            carry = b""
            first = True
            while True:
                block = fh.read(self.chunk_bytes)
                if not block:
                    data = tail.replace(b"\r\n", b"\n")
                    if carry or data:
                        yield carry + data, first
                    return
                data = tail + block if tail else block
                cut = data.rfind(b"\n") + 1
                if cut == 0:
                    tail = data
                    continue
                data, tail = data[:cut], data[cut:]
                if b"\r" in data:  # the reader's newline normalisation (a chunk never splits "\r\n")
                    data = data.replace(b"\r\n", b"\n")
                raw = carry + data if carry else data
                cut = self._last_header(raw)
                if cut > 0:
                    yield raw[:cut], first
                    first = False
                    carry = raw[cut:]
                else:
                    carry = raw
                    if len(carry) > _CARRY_LIMIT:
                        raise _Fallback  # one enormous message, or no header at all: the reader streams it

    def _last_header(self, raw: bytes) -> int:
        """Byte offset of the last header line in ``raw`` (which ends with a newline), or -1."""
        pa, pc = self.pa, self.pc
        data = pa.py_buffer(raw)
        stop = len(raw)
        look = 8
        while stop > 0:
            starts: list[int] = []
            pos = stop
            while len(starts) < look and pos > 0:
                pos = raw.rfind(b"\n", 0, pos - 1) + 1
                starts.append(pos)
            starts.reverse()
            lines = _strings(pa, np.array([*starts, stop], dtype=np.int64), data)
            hits = np.flatnonzero(pc.match_substring_regex(lines, self.patterns.header).to_numpy(False))
            if len(hits):
                return starts[int(hits[-1])]
            stop = starts[0]
            look *= 4
        return -1

    # -- one chunk (worker threads) ----------------------------------------------------------------------------
    def _chunk(
        self, raw: bytes, first: bool, before: Future[_State], after: Future[_State]
    ) -> tuple[memoryview | bytes, int]:
        """The JSONL rows of one chunk; numbering waits for the chunk before it (``before``) and hands on."""
        try:
            prepared = self._prepare(raw, first)
            state = before.result()
        except BaseException as exc:
            after.set_exception(exc)
            raise
        if prepared is None:
            after.set_result(state)
            return b"", 0
        conv, index, new_state = self._number(prepared.stamp, state)
        after.set_result(new_state)
        return self._assemble(prepared, conv, index)

    def _prepare(self, raw: bytes, first: bool) -> _Prepared | None:
        """Everything about a chunk's rows but their numbering."""
        pa, pc = self.pa, self.pc
        if len(raw) >= 1 << 31:
            raise _Fallback
        a, win = _window(raw)
        control = np.flatnonzero(a < 0x20)
        is_nl = a[control] == 0x0A
        ends = control[is_nl] + 1
        control = control[~is_nl]  # control characters other than newlines: JSON escapes
        if not raw.endswith(b"\n"):
            ends = np.append(ends, len(raw))
        line_off = np.zeros(len(ends) + 1, dtype=np.int64)
        line_off[1:] = ends
        data = pa.py_buffer(raw)
        lines = _strings(pa, line_off, data)
        lines.validate(full=True)  # UTF-8 (ArrowInvalid otherwise: the reader reports the line)
        shapes = self._shapes(raw, a, win, lines, line_off) if self.templates is not None else None
        if shapes is None:
            is_header = pc.match_substring_regex(lines, self.patterns.header).to_numpy(zero_copy_only=False)
            self._no_foreign(a, lines, line_off, np.flatnonzero(~is_header))
        else:
            is_header = shapes >= 0
        heads = np.flatnonzero(is_header)
        if first:
            stop = int(line_off[heads[0]]) if len(heads) else len(raw)
            for line in raw[:stop].decode("utf-8").split("\n"):
                if line.strip("\u200e\ufeff \t"):
                    raise _Fallback  # text before the first message: the reader's error
        if not len(heads):
            return None
        multiline = np.diff(np.append(heads, len(ends))) > 1
        shape = None if shapes is None else shapes[heads]
        return self._messages(raw, a, win, data, line_off[heads], shape, multiline, control)

    # -- header templates -------------------------------------------------------------------------------------
    def _shapes(
        self, raw: bytes, a: np.ndarray, win: np.ndarray, lines: Any, line_off: np.ndarray
    ) -> np.ndarray | None:
        """Per line: the template its header matches, or -1 for a continuation line; None when some header
        line has a shape the templates cannot take (then the kernels do it all)."""
        pa, pc = self.pa, self.pc
        templates = self.templates
        assert templates is not None
        starts = line_off[:-1]
        sizes = np.diff(line_off)
        shapes = np.full(len(starts), -1, dtype=np.int64)
        todo = np.arange(len(starts))
        tried = 0
        for _ in range(2 * _MAX_TEMPLATES):
            for t in range(tried, len(templates)):
                todo = templates[t].match(win, starts, sizes, todo, shapes, t)
            tried = len(templates)
            if not len(todo):
                return shapes
            found = pc.match_substring_regex(lines.take(pa.array(todo)), self.patterns.header)
            heads = todo[found.to_numpy(zero_copy_only=False)]
            if not len(heads):
                self._no_foreign(a, lines, line_off, todo)
                return shapes
            h = int(heads[0])
            template = _Template.learn(raw[starts[h] : line_off[h + 1]].decode("utf-8").rstrip("\n"), self.patterns)
            if template is None:
                return None
            with self.learning:  # workers learn in parallel: one copy of a shape, never more than the codes allow
                if len(templates) == tried and len(templates) >= _MAX_TEMPLATES:
                    return None
                if len(templates) == tried:
                    templates.append(template)
        return None  # pragma: no cover - every round learns a shape or returns

    def _no_foreign(self, a: np.ndarray, lines: Any, line_off: np.ndarray, rows: np.ndarray) -> None:
        """Raise _Fallback when one of these non-header lines may be a header with another script's digits."""
        pa, pc = self.pa, self.pc
        first = a[np.minimum(line_off[rows], len(a) - 1)]
        rows = rows[(first >= 0x80) | ((first - 0x30) < 10) | (first == 0x5B)]  # non-ASCII, a digit, "["
        if len(rows) and pc.any(pc.match_substring_regex(lines.take(pa.array(rows)), self.patterns.foreign)).as_py():
            raise _Fallback  # digits of another script in a header

    def _templated_seconds(self, raw: bytes, win: np.ndarray, s: np.ndarray, shape: np.ndarray) -> np.ndarray:
        """Second of the day of each header line whose template is known: a look-up table per template indexed by
        the time's digits, each new time read once by the reader's ``_Clock``."""
        templates = self.templates or []
        n = len(s)
        seconds = np.zeros(n, dtype=np.int64)
        for t, template in enumerate(templates):
            rows = np.arange(n) if len(templates) == 1 else np.flatnonzero(shape == t)
            if not len(rows):
                continue
            (lo, hi), digits = template.spans["time"]
            if len(digits) > 6:  # pragma: no cover - _TIME has at most six digits
                raise _Fallback
            lut = template.seconds
            block = win[s[rows], lo:hi]
            value = np.zeros(len(rows), dtype=np.int64)
            for c in digits:
                value = value * 10 + (block[:, c - lo] - 0x30)
            found = lut[value]
            missing = np.flatnonzero(found < 0)
            if len(missing):
                new, first = np.unique(value[missing], return_index=True)
                for v, r in zip(new.tolist(), rows[missing[first]].tolist(), strict=True):
                    hit = self.times.one(raw[s[r] + lo : s[r] + hi].decode("utf-8"))
                    if hit is None:  # pragma: no cover - a template's stamp has the reader's shape by construction
                        raise _Fallback
                    lut[v] = hit[0]
                found = lut[value]
            seconds[rows] = found
        return seconds

    def _templated_stamps(
        self, raw: bytes, win: np.ndarray, s: np.ndarray, shape: np.ndarray, which: str
    ) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(code per message, value per message, ISO text per code) of the dates (or times) of header lines
        whose template is known: read from their digits, each distinct one parsed once by ``_Clock``."""
        templates = self.templates or []
        table = self.dates if which == "date" else self.times
        n = len(s)
        key = np.zeros(n, dtype=np.int64)
        for t, template in enumerate(templates):
            rows = np.arange(n) if len(templates) == 1 else np.flatnonzero(shape == t)
            if not len(rows):
                continue
            (lo, hi), digits = template.spans[which]
            block = win[s[rows], lo:hi]  # the stamp's bytes, one row per message
            value = np.zeros(len(rows), dtype=np.int64)
            for c in digits:
                value = value * 10 + (block[:, c - lo] - 0x30)
            key[rows] = value * _MAX_TEMPLATES + t
        # distinct keys: runs first (consecutive messages mostly share a date)
        change = np.empty(n, dtype=bool)
        change[0] = True
        np.not_equal(key[1:], key[:-1], out=change[1:])
        heads = np.flatnonzero(change)
        distinct, first, inverse = np.unique(key[heads], return_index=True, return_inverse=True)
        codes = np.repeat(inverse.reshape(-1), np.diff(np.append(heads, n)))
        where = heads[first]
        known = self.stamp_keys[which]
        found = []
        for r, k in zip(where.tolist(), distinct.tolist(), strict=True):
            hit = known.get(k)
            if hit is None:
                lo, hi = templates[k % _MAX_TEMPLATES].spans[which][0]
                hit = table.one(raw[s[r] + lo : s[r] + hi].decode("utf-8"))
                if hit is None:  # pragma: no cover - a template's stamp has the reader's shape by construction
                    raise _Fallback
                known[k] = hit
            found.append(hit)
        numbers = np.array([x[0] for x in found], dtype=np.int64)
        return codes, numbers[codes], [x[1] for x in found]

    def _messages(
        self,
        raw: bytes,
        a: np.ndarray,
        win: np.ndarray,
        data: Any,
        s: np.ndarray,
        shape: np.ndarray | None,
        multiline: np.ndarray,
        control: np.ndarray,
    ) -> _Prepared | None:
        """The rows of the messages starting at byte offsets ``s`` (the last one ends with ``raw``); ``shape``
        says which template each header line has (None: find the stamps with kernels)."""
        pa, pc = self.pa, self.pc
        n = len(s)
        end = len(raw)
        e = np.append(s[1:], end)
        msgs = _strings(pa, np.append(s, end), data)
        sep = self.patterns.sep
        if shape is None:
            k = pc.find_substring(msgs, sep.decode()).to_numpy().astype(np.int64)
            j = pc.find_substring(msgs, ", ").to_numpy().astype(np.int64)
            rule = (j > 0) & (j < k)
        else:
            templates = self.templates or []
            k = np.array([t.sep_at for t in templates], dtype=np.int64)[shape]
            j = np.zeros(n, dtype=np.int64)
            rule = np.zeros(n, dtype=bool)
        body = s + k + len(sep)
        # the first ": " of the body (the view runs on into the next header, hence the bound)
        ci = pc.find_substring(_strings(pa, np.append(body, end), data), ": ").to_numpy().astype(np.int64)
        named = (ci >= 0) & (body + ci + 2 <= e)
        unnamed = np.flatnonzero(~named)
        if len(unnamed) and pc.any(pc.match_substring(msgs.take(pa.array(unnamed)), " sent a")).as_py():
            raise _Fallback  # perhaps Element's "Sam sent an image.": the reader decides
        name_end = np.where(named, body + ci, body)
        ts = np.where(named, name_end + 2, body)
        te = e.copy()
        while True:  # the reader strips the newlines ending a message
            trailing = (te > ts) & (a[np.maximum(te - 1, 0)] == 10)
            if not trailing.any():
                break
            te -= trailing
        # Cut every message into 8 zero-copy pieces: date, ", ", time, separator, name, ": ", text, newlines.
        jj = np.where(rule, s + j, s)
        tt = np.where(rule, s + j + 2, s + k)
        bounds = np.stack([s, jj, tt, s + k, body, name_end, ts, te], axis=1).ravel()
        part = _strings(pa, np.append(bounds, end), data)
        pick = np.arange(0, 8 * n, 8)
        if shape is None:
            day_codes, day_numbers, day_isos = self._stamps(self.dates, part.take(pa.array(pick)), msgs, rule, "g1")
            _, sec_numbers, _ = self._stamps(self.times, part.take(pa.array(pick + 2)), msgs, rule, "g2")
        else:
            day_codes, day_numbers, day_isos = self._templated_stamps(raw, win, s, shape, "date")
            sec_numbers = self._templated_seconds(raw, win, s, shape)

        names = pc.dictionary_encode(part.take(pa.array(pick + 4)))
        name_codes = names.indices.to_numpy()
        distinct = names.dictionary.to_pylist()
        speakers = [self._speaker(x) for x in distinct]
        spoken = np.array([x is not None for x in speakers], dtype=bool)
        keep = named & spoken[name_codes]

        # Texts the reader might change or drop go through its own code; ``where`` says where each text now is.
        where = pick + 6
        media = np.zeros(n, dtype=bool)
        new_texts: list[str] = []
        rows = np.flatnonzero(self._odd(a, part, ts, te, keep))
        if len(rows):
            texts = pc.dictionary_encode(part.take(pa.array(where[rows])))
            words = texts.dictionary.to_pylist()
            pairs = name_codes[rows].astype(np.int64) * len(words) + texts.indices.to_numpy()
            distinct_pairs, inverse = np.unique(pairs, return_inverse=True)
            results = [self._unusual(distinct[p // len(words)], words[p % len(words)]) for p in distinct_pairs.tolist()]
            gone = np.array([r is None for r in results], dtype=bool)[inverse.reshape(-1)]
            slot = np.cumsum([r is not None for r in results]) - 1
            new_texts = [r[0] for r in results if r is not None]
            keep[rows[gone]] = False
            stay = rows[~gone]
            where[stay] = 8 * n + slot[inverse.reshape(-1)][~gone]
            media[stay] = np.array([r is not None and r[1] for r in results], dtype=bool)[inverse.reshape(-1)][~gone]
        kept = np.flatnonzero(keep)
        m = len(kept)
        if not m:
            return None
        pieces: list[Any] = [part, pa.array(new_texts, pa.string())]
        escaped, present = self._escape(raw, a, s, kept, multiline, control)
        if len(escaped):
            texts = pa.concat_arrays(pieces).take(pa.array(where[kept[escaped]]))
            where[kept[escaped]] = 8 * n + len(new_texts) + np.arange(len(escaped))
            pieces.append(self._escaped(texts, present))
        base = sum(len(x) for x in pieces)
        cols = np.empty((m, 6), dtype=np.int64)
        cols[:, 2] = base + name_codes[kept]
        pieces.append(pa.array([f',"speaker":"{x.decode() if x else ""}","text":"' for x in speakers], pa.string()))
        base += len(speakers)
        cols[:, 3] = where[kept]
        cols[:, 4] = base + day_codes[kept]
        pieces.append(pa.array([f'","start":null,"end":null,"time":"{x}' for x in day_isos], pa.string()))
        base += len(day_isos)
        # "T21:14:05" + the rest of the row, built for each distinct second of the day (time.isoformat())
        distinct, inverse = np.unique(sec_numbers[kept], return_inverse=True)
        cols[:, 5] = base + inverse.reshape(-1) + len(distinct) * media[kept]
        two = self.two_digits
        hh, mm, ss = (two.take(pa.array(x)) for x in (distinct // 3600, distinct // 60 % 60, distinct % 60))
        for flag in ("false", "true"):
            pieces.append(
                pc.binary_join_element_wise("T", hh, ":", mm, ":", ss, f'","role":null,"media":{flag}}}\n', "")
            )
        return _Prepared(day_numbers[kept] * 86400 + sec_numbers[kept], pieces, cols)

    def _odd(self, a: np.ndarray, part: pa.Array, ts: np.ndarray, te: np.ndarray, keep: np.ndarray) -> np.ndarray:
        """Kept messages whose text the reader might change or drop (a superset, found without Python loops)."""
        pa, pc = self.pa, self.pc
        last = len(a) - 1
        first = a[np.minimum(ts, last)]
        odd = (te == ts) | _ODD_FIRST[first] | (a[np.maximum(te - 1, 0)] == 0x3E)  # blank, U+200E, "...>"
        texts = part.take(pa.array(np.arange(6, len(part), 8)))
        odd |= pc.match_substring_regex(texts, self.patterns.media_hint).to_numpy(zero_copy_only=False)
        # spaces the reader strips: at the end (any Unicode space, as str.rstrip), or before a line break
        odd |= pc.match_substring_regex(texts, _SPACES_STRIPPED).to_numpy(zero_copy_only=False)
        # the encryption notices: only texts whose first four bytes start one of them are looked at
        head = first.astype(np.uint32)
        for i in (1, 2, 3):
            head |= a[np.minimum(ts + i, last)].astype(np.uint32) << (8 * i)
        maybe = np.flatnonzero(np.isin(head, self.patterns.encrypted_heads) & keep)
        if len(maybe):
            found = pc.match_substring_regex(texts.take(pa.array(maybe)), self.patterns.encrypted)
            odd[maybe[found.to_numpy(zero_copy_only=False)]] = True
        result: np.ndarray = odd & keep
        return result

    def _stamps(
        self, table: _Table, pieces: pa.Array, msgs: pa.Array, rule: np.ndarray, group: str
    ) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(code per message, value per code, ISO text per code) of the dates (or times), read by ``_Clock``."""
        pa, pc = self.pa, self.pc
        enc = pc.dictionary_encode(pieces)
        codes = enc.indices.to_numpy().astype(np.int64)
        values, isos, odd = table.lookup(enc.dictionary.to_pylist())
        irregular = ~rule | odd[codes]
        if irregular.any():
            # Stamps the position rule does not cut ("2018. 06. 13. 13:34", " klo "): the RE2 stamp pattern does.
            rows = np.flatnonzero(irregular)
            found = pc.extract_regex(msgs.take(pa.array(rows)), self.patterns.header).field(group)
            enc2 = pc.dictionary_encode(found)
            values2, isos2, odd2 = table.lookup(enc2.dictionary.to_pylist())
            if odd2.any():  # pragma: no cover - the pattern guarantees the shape
                raise _Fallback
            codes[rows] = enc2.indices.to_numpy().astype(np.int64) + len(values)
            values = np.concatenate([values, values2])
            isos = isos + isos2
        return codes, values[codes], isos

    def _speaker(self, raw_name: str) -> bytes | None:
        """The JSON-escaped speaker of a raw name, or None for a system message (the reader decides)."""
        hit = self.speakers.get(raw_name, b"")
        if hit == b"":
            u = wa.WhatsAppReader._utterance(raw_name + ": x", datetime.min, self.people, "")
            hit = None if u is None else orjson.dumps(u.speaker)[1:-1]
            self.speakers[raw_name] = hit
        return hit

    def _unusual(self, raw_name: str, text: str) -> tuple[str, bool] | None:
        """(text, media) of a message the reader may change, or None when it drops it."""
        key = (raw_name, text)
        if (hit := self.unusual.get(key, _MISSING)) is not _MISSING:
            return None if hit is None else (hit[0], hit[1])
        u = wa.WhatsAppReader._utterance(f"{raw_name}: {text}", datetime.min, self.people, "")
        got = None if u is None else (u.text, u.media)
        if len(self.unusual) >= _CACHE_LIMIT:
            self.unusual.clear()
        self.unusual[key] = got
        return got

    def _escape(
        self, raw: bytes, a: np.ndarray, s: np.ndarray, kept: np.ndarray, multiline: np.ndarray, control: np.ndarray
    ) -> tuple[np.ndarray, set[int]]:
        """(positions in ``kept`` of the messages whose text may need JSON escapes (a superset), the bytes seen)."""
        found = [control]
        for byte in (b'"', b"\\"):
            if byte in raw:
                found.append(np.flatnonzero(a == byte[0]))
        where = np.concatenate(found)
        need = multiline.copy()
        present: set[int] = set()
        if len(where):
            need[np.maximum(np.searchsorted(s, where, side="right") - 1, 0)] = True
            present = {int(b) for b in np.unique(a[where])}
        return np.flatnonzero(need[kept]), present

    def _escaped(self, texts: pa.Array, present: set[int]) -> pa.Array:
        """``texts`` escaped as orjson escapes the inside of a JSON string."""
        pc = self.pc
        texts = pc.replace_substring(texts, "\\", "\\\\") if 0x5C in present else texts
        texts = pc.replace_substring(texts, '"', '\\"') if 0x22 in present else texts
        texts = pc.replace_substring(texts, "\n", "\\n")
        for b in sorted(present - {0x0A, 0x22, 0x5C}):
            texts = pc.replace_substring(texts, chr(b), orjson.dumps(chr(b))[1:-1].decode())
        return texts

    def _assemble(
        self, prepared: _Prepared, conv: tuple[list[str], np.ndarray], index: np.ndarray
    ) -> tuple[memoryview, int]:
        """The JSONL bytes of a prepared, numbered chunk: one ``take`` over all its pieces."""
        pa, pc = self.pa, self.pc
        pieces, cols = prepared.pieces, prepared.cols
        m = len(cols)
        base = sum(len(x) for x in pieces)
        if int(index[-1]) < len(self.numbers) and int(index.max()) < len(self.numbers):
            cols[:, 1] = base + index  # small indexes (a chat split at silences): a table of their texts
            pieces.append(self.numbers)
        else:
            cols[:, 1] = base + np.arange(m)
            pieces.append(pc.cast(pa.array(index), pa.string()))
        base += len(pieces[-1])
        cols[:, 0] = base + conv[1]
        pieces.append(pa.array(conv[0], pa.string()))
        positions = cols.ravel()
        table = pa.concat_arrays(pieces)
        if len(table) < 1 << 31:
            positions = positions.astype(np.int32)
        joined = pc.take(table, pa.array(positions), boundscheck=False)
        offsets = np.frombuffer(joined.buffers()[1], dtype=np.int32)
        lo, hi = int(offsets[joined.offset]), int(offsets[joined.offset + len(joined)])
        return memoryview(joined.buffers()[2])[lo:hi], m

    def _number(self, stamp: np.ndarray, state: _State) -> tuple[tuple[list[str], np.ndarray], np.ndarray, _State]:
        """((conversation row prefixes, which one per row), index per row, state after): numbering and splitting
        at silences longer than the gap."""
        m = len(stamp)
        positions = np.arange(m, dtype=np.int64)
        head = '{"conversation":"'
        if self.gap_us is None:
            index = state.next_index + positions
            only = [f'{head}{self.stem_json}","index":']
            return (only, np.zeros(m, dtype=np.int64)), index, _State(int(stamp[-1]), 1, state.next_index + m)
        prev = np.empty(m, dtype=np.int64)
        prev[1:] = stamp[:-1]
        prev[0] = stamp[0] if state.last_ts is None else state.last_ts
        new = (stamp - prev) * 1_000_000 > self.gap_us
        if state.last_ts is None:
            new[0] = False
        part = state.part + np.cumsum(new)
        begin = np.maximum.accumulate(np.where(new, positions, -1))
        index = np.where(begin < 0, state.next_index + positions, positions - begin)
        lo, hi = int(part[0]), int(part[-1])
        names = [f'{head}{self.stem_json}#{p}","index":' for p in range(lo, hi + 1)]
        return (names, part - lo), index, _State(int(stamp[-1]), hi, int(index[-1]) + 1)


def _slow_rows(path: Path, gap: timedelta | None, skip: int) -> Iterator[bytes | memoryview]:
    """The reader's own rows (as ``write_rows`` encodes them), after the first ``skip``."""
    from heart2heart.formats import _split
    from heart2heart.rows import jsonl_bytes

    yield from jsonl_bytes(itertools.islice(_split(wa.READER.parse(path), chat=True, gap=gap), skip, None))


def jsonl_rows(
    path: str | Path, gap: timedelta | None, *, chunk_bytes: int = CHUNK_BYTES
) -> Iterator[bytes | memoryview]:
    """The canonical JSONL bytes of a WhatsApp export, as ``write_rows(iter_utterances(path, gap=gap))`` writes.

    Falls back to the reader itself (from the first row not yet yielded) on anything the fast path cannot vouch
    for; the reader's ParseError is then raised as usual.
    """
    path = Path(path)
    emitted = 0
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - pyarrow is a core dependency
        yield from _slow_rows(path, gap, 0)
        return
    try:
        for block, n in _FastFile(path, gap, chunk_bytes).blocks():
            yield block
            emitted += n
        return
    except (_Fallback, pa.ArrowException, UnicodeDecodeError):
        pass
    yield from _slow_rows(path, gap, emitted)
