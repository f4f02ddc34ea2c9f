"""The fast path of ``h2h convert`` on WhatsApp exports writes exactly the reader's bytes.

The reference is always the library's own path: ``iter_utterances`` + the orjson rows of ``write_rows``. The fast
path is run with tiny chunk sizes so that messages, multi-line messages and silences straddle chunk boundaries.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heart2heart.cli.main import main
from heart2heart.errors import ParseError
from heart2heart.formats import iter_utterances
from heart2heart.formats import whatsapp as wa
from heart2heart.formats._whatsapp_fast import (
    _ODD_FIRST,
    _digit_blind,
    _Fallback,
    _FastFile,
    jsonl_rows,
    to_re2,
)
from heart2heart.rows import write_rows

FIX = Path(__file__).parent / "fixtures" / "chats" / "whatsapp"
FIXTURES = sorted(FIX.iterdir())
FOUR_HOURS = timedelta(hours=4)


def slow(path: Path, gap: timedelta | None = FOUR_HOURS) -> tuple[bytes, str | None]:
    """The rows the library writes, row by row, and the error that stopped it (if any)."""
    out: list[bytes] = []
    try:
        for u in iter_utterances(path, format="whatsapp", gap=gap):
            out.append(orjson.dumps(u.to_row(), option=orjson.OPT_APPEND_NEWLINE))
    except ParseError as exc:
        return b"".join(out), str(exc)
    return b"".join(out), None


def drain(blocks: Iterable[bytes | memoryview]) -> tuple[bytes, str | None]:
    out: list[bytes] = []
    try:
        for b in blocks:
            out.append(bytes(b))
    except ParseError as exc:
        return b"".join(out), str(exc)
    return b"".join(out), None


def fast_only(path: Path, gap: timedelta | None, chunk: int) -> bytes:
    """The fast path alone (no fallback to the reader): raises _Fallback when it cannot vouch for the input."""
    return b"".join(bytes(b) for b, _ in _FastFile(path, gap, chunk).blocks())


# --- the project's fixtures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
@pytest.mark.parametrize("chunk", [1, 37, 1 << 20])
@pytest.mark.parametrize("gap", [FOUR_HOURS, None, timedelta(minutes=1)], ids=["4h", "no-split", "1min"])
def test_fixtures_fast_path_alone_equals_reader(path: Path, chunk: int, gap: timedelta | None) -> None:
    expected, error = slow(path, gap)
    assert error is None and expected
    assert fast_only(path, gap, chunk) == expected


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_h2h_convert_equals_write_rows(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, gap in (([], FOUR_HOURS), (["--no-split"], None), (["--gap", "0.5"], timedelta(minutes=30))):
        out = tmp_path / "fast.jsonl"
        ref = tmp_path / "slow.jsonl"
        with pytest.raises(SystemExit) as done:
            main(["convert", str(path), "-o", str(out), *args])
        assert done.value.code in (0, None)
        write_rows(iter_utterances(path, gap=gap), ref)
        assert out.read_bytes() == ref.read_bytes()
    # and on stdout
    with pytest.raises(SystemExit):
        main(["convert", str(path)])
    write_rows(iter_utterances(path), ref)
    assert capsys.readouterr().out == ref.read_text(encoding="utf-8")


def test_a_known_chat_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "Chat.txt"
    path.write_text(
        "12/31/23, 9:14\u202fPM - Messages and calls are end-to-end encrypted.\n"
        '12/31/23, 9:15\u202fPM - Maya: she said "hi" \\o/\tok\n'
        "second line\n"
        "12/31/23, 9:16\u202fPM - Sam: <Media omitted>\n"
        "12/31/23, 9:17\u202fPM - Sam added Ana\n"
        "1/1/24, 2:00\u202fAM - Ana: late <This message was edited>\n",
        encoding="utf-8",
    )
    rows = [json.loads(line) for line in fast_only(path, FOUR_HOURS, 16).splitlines()]
    assert [(r["conversation"], r["index"], r["speaker"], r["text"], r["time"], r["media"]) for r in rows] == [
        ("Chat#1", 0, "Maya", 'she said "hi" \\o/\tok\nsecond line', "2023-12-31T21:15:00", False),
        ("Chat#1", 1, "Sam", "<Media omitted>", "2023-12-31T21:16:00", True),
        ("Chat#2", 0, "Ana", "late", "2024-01-01T02:00:00", False),
    ]


# --- generated exports -----------------------------------------------------------------------------------------

NAMES = ["Maya", "Sam", "José Ñúñez", '"Quoted" Q', "Back\\slash", "\u200eMarked", "~\u202fStranger", "😊 Emoji", "A"]
TEXT_ALPHABET = st.characters(
    codec="utf-8", exclude_characters="\n", categories=("L", "N", "P", "S", "Zs", "Cc", "Cf", "Mn")
)
PLACEHOLDERS = [
    "<Media omitted>",
    "\u200eimage omitted",
    "\u200esticker omitted",
    "<attached: 00000012-PHOTO.jpg>",
    "null",
    "This message was deleted",
    "\u200eThis message was deleted.",
    "\u200eMissed voice call",
    "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
    "fine <This message was edited>",
    "   ",
    "\u200e",
    "Bild weggelassen",
    "<Medien ausgeschlossen>",
    "photo.jpg (file attached)",
    "a: b: c",
]


@st.composite
def exports(draw: st.DrawFn) -> tuple[bytes, int]:
    """(bytes of a WhatsApp export, a chunk size)."""
    layout = draw(st.sampled_from(["android", "android-en-dash", "ios", "colon"]))
    order = draw(st.sampled_from(["dmy", "mdy", "ymd", "dotted"]))
    between = draw(st.sampled_from([", ", ", ", " ", " klo ", " à "]))  # Finnish "klo", French "à"
    twelve = draw(st.booleans())
    seconds = draw(st.booleans()) or layout == "ios"
    long_year = draw(st.booleans()) or order in ("ymd", "dotted")
    space = draw(st.sampled_from([" ", "\u202f"]))
    stamp = datetime(2023, 1, 1) + timedelta(minutes=draw(st.integers(0, 600_000)))

    def header(t: datetime) -> str:
        year = f"{t.year}" if long_year else f"{t.year % 100:02d}"
        day = {
            "dmy": f"{t.day}/{t.month}/{year}",
            "mdy": f"{t.month}/{t.day}/{year}",
            "dotted": f"{t.year}. {t.month:02d}. {t.day:02d}.",  # Hungarian
        }.get(order, f"{t.year}-{t.month:02d}-{t.day:02d}")
        clock = f"{(t.hour % 12) or 12}:{t.minute:02d}" if twelve else f"{t.hour:02d}:{t.minute:02d}"
        clock += f":{t.second:02d}" if seconds else ""
        clock += (space + ("PM" if t.hour >= 12 else "AM")) if twelve else ""
        mark = "\u200e" if draw(st.integers(0, 9)) == 0 else ""
        if layout == "ios":
            return f"{mark}[{day}{between}{clock}] "
        if layout == "colon":
            return f"{mark}{day}{between}{clock}: "
        return f"{mark}{day}{between}{clock} {'–' if layout == 'android-en-dash' else '-'} "

    lines: list[str] = [""] * draw(st.integers(0, 2))
    for _ in range(draw(st.integers(1, 14))):
        step = draw(st.sampled_from([0, 1, 30, 200, 3600, 5 * 3600, 30 * 86400, -60]))
        stamp = max(stamp + timedelta(seconds=step), datetime(2000, 1, 1))
        kind = draw(st.integers(0, 9))
        if kind == 0:  # a system line
            system = draw(st.sampled_from(["Maya added Sam", "Sam left", "\u200eMaya created group"]))
            lines.append(header(stamp) + system)
        else:
            text = draw(st.sampled_from(PLACEHOLDERS)) if kind == 1 else draw(st.text(TEXT_ALPHABET, max_size=30))
            lines.append(header(stamp) + draw(st.sampled_from(NAMES)) + ": " + text)
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
            lines.append(draw(st.text(TEXT_ALPHABET, max_size=20)))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + (newline if draw(st.booleans()) else "")
    bom = "\ufeff" if draw(st.integers(0, 4)) == 0 else ""
    return (bom + text).encode("utf-8"), draw(st.integers(1, 300))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exports(), st.sampled_from([FOUR_HOURS, None, timedelta(seconds=1)]))
def test_generated_exports_give_the_readers_bytes(export: tuple[bytes, int], gap: timedelta | None) -> None:
    data, chunk = export
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat.txt"
        path.write_bytes(data)
        expected, error = slow(path, gap)
        if error is None:
            assert fast_only(path, gap, chunk) == expected
        assert drain(jsonl_rows(path, gap, chunk_bytes=chunk)) == (expected, error)


# --- malformed files ---------------------------------------------------------------------------------------------


def _big_chat_with(bad_line: str, where: int) -> str:
    lines = [f"{1 + i % 28:02d}/03/2024, 10:{i % 60:02d} - Maya: message number {i}" for i in range(200)]
    lines[where] = bad_line
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("bad", "where", "message"),
    [
        ("31/02/2024, 10:00 - Maya: no such day", 150, "WhatsApp Chat.txt:151: '31/02/2024' is not a valid"),
        ("12/03/2024, 25:61 - Maya: no such time", 120, "WhatsApp Chat.txt:121: '25:61' is not a valid time"),
        ("Hello there", 0, "WhatsApp Chat.txt:1: expected a WhatsApp message line"),
    ],
)
def test_malformed_file_same_error_exit_2_no_output(
    bad: str, where: int, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "WhatsApp Chat.txt"
    path.write_text(_big_chat_with(bad, where), encoding="utf-8")
    expected, error = slow(path)
    assert error is not None and message in error
    # the fast path hands over to the reader: same rows before the error, same error
    assert drain(jsonl_rows(path, FOUR_HOURS, chunk_bytes=256)) == (expected, error)
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as done:
        main(["convert", str(path), "-o", str(out)])
    assert done.value.code == 2
    assert capsys.readouterr().err.strip() == f"h2h: error: {error}"
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["WhatsApp Chat.txt"]


def test_bad_utf8_and_system_only_files_fall_back_to_the_readers_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"01/03/2024, 10:00 - Maya: ok\n01/03/2024, 10:01 - Sam: caf\x81\n")  # not Windows-1252 either
    only_system = tmp_path / "system.txt"
    only_system.write_text("01/03/2024, 10:00 - Maya added Sam\n01/03/2024, 10:01 - Sam left\n", encoding="utf-8")
    for path, expected in ((bad, "bad.txt:2: not UTF-8 text"), (only_system, "no messages from people found")):
        with pytest.raises(_Fallback):
            fast_only(path, FOUR_HOURS, 1 << 20)
        rows, error = drain(jsonl_rows(path, FOUR_HOURS))
        assert error is not None and expected in error
        assert (rows, error) == slow(path)


def test_utf16_export_goes_through_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("01/03/2024, 10:00 - Maya: hé\n01/03/2024, 10:01 - Sam: ok\n".encode("utf-16"))
    with pytest.raises(_Fallback):
        fast_only(path, FOUR_HOURS, 1 << 20)
    rows, error = drain(jsonl_rows(path, FOUR_HOURS))
    assert error is None and rows == slow(path)[0] and rows.count(b"\n") == 2


def test_elements_text_export_of_an_image_goes_through_the_reader(tmp_path: Path) -> None:
    """Element writes a Matrix room's plain text in this layout, an image as "Sam sent an image. (Media omitted)":
    the sender's placeholder, which only the reader makes (the fast path hands the file over)."""
    path = tmp_path / "room.txt"
    path.write_text(
        "3/14/2024, 8:01:50\u202fPM - Sam joined the room\n"
        "3/14/2024, 8:02:11\u202fPM - Sam: are you up?\n"
        "3/14/2024, 8:03:00\u202fPM - Sam sent an image. (Media omitted)\n"
        "3/14/2024, 8:03:30\u202fPM - Jin Park sent a sticker.\n"
        "3/14/2024, 8:04:10\u202fPM - Jin Park: I'm here\n",
        encoding="utf-8",
    )
    with pytest.raises(_Fallback):
        fast_only(path, FOUR_HOURS, 1 << 20)
    assert [(u.speaker, u.text, u.media) for u in iter_utterances(path)] == [
        ("Sam", "are you up?", False),
        ("Sam", "<image omitted>", True),
        ("Jin Park", "<sticker omitted>", True),
        ("Jin Park", "I'm here", False),
    ]
    rows, error = drain(jsonl_rows(path, FOUR_HOURS))
    assert error is None and rows == slow(path)[0]


# --- the pieces ------------------------------------------------------------------------------------------------


def test_to_re2_translates_the_readers_patterns() -> None:
    assert to_re2(r"\d{1,2}[:.]\d{2}") == r"[0-9]{1,2}[:.][0-9]{2}"
    assert to_re2(r"\d", digit="D") == "D"
    assert to_re2(r"\u200e?(a)(?:b)(c)") == r"\x{200e}?(?P<g1>a)(?:b)(?P<g2>c)"
    assert to_re2(r"[(]x") == r"[(]x"
    for refused in (r"\w+", r"\s", r"\bx", r"a(?=b)", r"[\d]"):
        with pytest.raises(ValueError):
            to_re2(refused)
    for pattern in (wa._STAMP, wa._MEDIA_HINT):
        to_re2(pattern.pattern, pattern.flags)  # the reader's patterns translate


def test_headers_with_digits_of_another_script_go_through_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "arabic.txt"
    path.write_text(
        "01/03/2024, 10:00 - Maya: hi\n٠١/٠٣/٢٠٢٤, ١٠:٠٥ - Sam: مرحبا\n01/03/2024, 10:09 - Maya: ok\n", encoding="utf-8"
    )
    expected, error = slow(path)
    assert error is None and expected.count(b"\n") == 3  # Python's \d reads Arabic-Indic digits
    with pytest.raises(_Fallback):
        fast_only(path, FOUR_HOURS, 1 << 20)
    assert drain(jsonl_rows(path, FOUR_HOURS)) == (expected, None)


def test_every_whitespace_and_mark_starts_with_an_odd_first_byte() -> None:
    starts = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and (chr(c).isspace() or c == 0x200E)]
    assert len(starts) == 30
    assert all(_ODD_FIRST[c.encode()[0]] for c in starts)


def test_one_template_per_header_shape(tmp_path: Path) -> None:
    path = tmp_path / "shapes.txt"
    path.write_text(
        "1/5/24, 9:14\u202fPM - Maya: one\n"  # D/D/DD, D:DD PM
        "1/5/24, 10:14\u202fPM - Sam: two\n"  # D/D/DD, DD:DD PM
        "12/31/24, 9:14\u202fAM - Maya: three\n"  # DD/DD/DD, D:DD AM
        "12/31/24, 11:59\u202fPM - Sam: four\nstill four\n"
        "1/6/25, 9:00\u202fAM - Maya: five\n",
        encoding="utf-8",
    )
    fast = _FastFile(path, FOUR_HOURS, 1 << 20, threads=1)
    out = b"".join(bytes(b) for b, _ in fast.blocks())
    assert out == slow(path)[0]
    assert fast.templates is not None and len(fast.templates) == 5  # AM and PM are literal bytes of a shape
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["time"] for r in rows] == [
        "2024-01-05T21:14:00",
        "2024-01-05T22:14:00",
        "2024-12-31T09:14:00",
        "2024-12-31T23:59:00",
        "2025-01-06T09:00:00",
    ]
    assert rows[3]["text"] == "four\nstill four"


def test_templates_only_when_the_stamp_pattern_treats_all_digits_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _digit_blind(wa._STAMP.pattern)
    assert not _digit_blind(r"[0-2]\d:\d\d")
    assert not _digit_blind(r"\u0031\d")
    assert _digit_blind(r"\u200e?\d{1,2}[:.]\d{2}")
    path = FIX / "android_us_12h.txt"
    monkeypatch.setattr(wa, "_STAMP", re.compile(wa._STAMP.pattern.replace(r"\d{1,2}[:.]", r"[0-9]{1,2}[:.]")))
    fast = _FastFile(path, FOUR_HOURS, 64, threads=1)
    assert fast.templates is None  # "[0-9]" names digits: the kernels find every stamp
    assert b"".join(bytes(b) for b, _ in fast.blocks()) == slow(path)[0]


def test_threads_and_chunk_sizes_give_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    lines = []
    for i in range(1500):
        day, minute = 1 + i // 100, i % 60
        text = f'message {i} with "quotes" and a \\ backslash' if i % 7 else "<Media omitted>"
        lines.append(f"{day:02d}/03/2024, {10 + (i // 60) % 12}:{minute:02d} - {'Maya' if i % 3 else 'Sam'}: {text}")
        if i % 11 == 0:
            lines.append("a continuation line\twith a tab")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = slow(path)[0]
    assert expected.count(b"\n") == 1500
    for threads in (1, 2, 3):
        for chunk in (3000, 1 << 20):
            fast = _FastFile(path, FOUR_HOURS, chunk, threads=threads)
            assert b"".join(bytes(b) for b, _ in fast.blocks()) == expected


def test_a_message_longer_than_many_chunks(tmp_path: Path) -> None:
    path = tmp_path / "long_message.txt"
    body = "\n".join(f"line {i} of a very long message" for i in range(2000))
    path.write_text(f"01/03/2024, 10:00 - Maya: start\n{body}\n01/03/2024, 10:05 - Sam: ok\n", encoding="utf-8")
    expected = slow(path)[0]
    assert fast_only(path, FOUR_HOURS, 256) == expected
    assert json.loads(expected.splitlines()[0])["text"].count("\n") == 2000


def test_row_indexes_past_the_table_of_small_numbers(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    lines = [f"{1 + i // 1440:02d}/03/2024, {i % 1440 // 60:02d}:{i % 60:02d} - Maya: n{i}" for i in range(5000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = slow(path, None)[0]
    assert fast_only(path, None, 30_000) == expected
    last = json.loads(expected.splitlines()[-1])
    assert (last["conversation"], last["index"], last["text"]) == ("many", 4999, "n4999")


def test_ios_seconds_in_parallel_chunks(tmp_path: Path) -> None:
    """Many distinct times with seconds, read by two threads at once (their look-up table is shared)."""
    path = tmp_path / "ios.txt"
    lines = [
        f"[{1 + i // 600:02d}/03/2024, {i % 600 // 25:02d}:{i % 60:02d}:{i * 7 % 60:02d}] Sam: m{i}"
        for i in range(3000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = slow(path)[0]
    assert expected.count(b"\n") == 3000
    for _ in range(3):
        assert b"".join(bytes(b) for b, _ in _FastFile(path, FOUR_HOURS, 2000, threads=2).blocks()) == expected
