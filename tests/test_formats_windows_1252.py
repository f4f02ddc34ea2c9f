"""Text saved in Windows' and old Macs' single-byte encodings is read, with a warning; damaged UTF-8 is not.

Excel's "CSV (Comma delimited)" and Notepad's "ANSI" on Western-language Windows write Windows-1252; Excel for
Mac's "CSV (Macintosh)" writes Mac Roman with carriage returns alone. Such files were refused at their first
accented letter. ``formats._layout.legacy_encoding`` decides, and the readers get a UTF-8 copy.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from _cli import h2h
from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats import detect, read
from heart2heart.formats._base import HEAD_BYTES, Probe
from heart2heart.formats._layout import legacy_encoding

EXCEL = 'timestamp,speaker,text\r\n2024-03-01 10:00,Zoë,"I feel so lost – honestly, it’s “fine”"\r\n' \
        "2024-03-01 10:01,Sam,What happened? It cost 40€?\r\n"  # fmt: skip


def _read(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", H2HWarning)
        rows = [(u.speaker, u.text) for c in read(path) for u in c.utterances]
    return rows, [str(w.message) for w in caught]


def test_an_excel_csv_in_windows_1252_reads_as_written_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_bytes(EXCEL.encode("cp1252"))
    assert legacy_encoding(path) == "cp1252"
    rows, warned = _read(path)
    assert rows == [("Zoë", "I feel so lost – honestly, it’s “fine”"), ("Sam", "What happened? It cost 40€?")]
    assert warned == [f"{path}: not UTF-8; read as Windows-1252, as Excel and Notepad save text on Western-language "
                      "Windows (if its letters look wrong, save it as UTF-8)"]  # fmt: skip


def test_excel_for_macs_csv_is_mac_roman(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_bytes(EXCEL.replace("\r\n", "\r").replace("€", "").encode("mac_roman"))  # no euro in Mac Roman 8.5
    assert legacy_encoding(path) == "mac_roman"
    rows, warned = _read(path)
    assert rows[0] == ("Zoë", "I feel so lost – honestly, it’s “fine”")
    assert len(warned) == 1 and "Mac Roman" in warned[0]


def test_a_chat_accented_only_after_the_detection_window_reads(tmp_path: Path) -> None:
    # the start detection reads is ASCII; the file is still read whole as Windows-1252
    line = "14/03/2024, 20:02 - Ana: just an ordinary message about the weekend\n"
    path = tmp_path / "chat.txt"
    last = "14/03/2024, 20:03 - Zoë: ça va\n".encode("cp1252")
    path.write_bytes((line * (HEAD_BYTES // len(line) + 50)).encode() + last)
    assert Probe.of(path).legacy == "cp1252" and detect(path).name == "whatsapp"
    rows, warned = _read(path)
    assert rows[-1] == ("Zoë", "ça va") and len(warned) == 1


def test_an_indented_windows_1252_chat_reads_as_the_plain_utf8_one(tmp_path: Path) -> None:
    text = "Ana: I’m scared about the results\nBen: That sounds frightening – when do you hear?\n"
    plain, odd = tmp_path / "plain.txt", tmp_path / "odd.txt"
    plain.write_text(text, encoding="utf-8")
    odd.write_bytes("".join("    " + line for line in text.splitlines(keepends=True)).encode("cp1252"))
    assert _read(odd)[0] == _read(plain)[0] and _read(plain)[1] == []


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ("Ana: hi 👋\nBen: café\n".encode()[:-7] + "café\n".encode("latin-1"), 2),  # UTF-8 damaged by a Latin-1 byte
        (b"Ana: hi\nBen: caf\x81\n", 2),  # a byte Windows-1252 does not have
        ("Ana: привет, как дела\nBen: ok\n".encode("cp1251"), 1),  # another alphabet: most letters beyond ASCII
        ("Ana: 今日はどうだった\nBen: ok\n".encode("shift_jis"), 1),  # a double-byte encoding
        (b"\xef\xbb\xbfAna: caf\xe9\n", 1),  # a UTF-8 byte-order mark says UTF-8
    ],
    ids=["damaged-utf8", "undefined-byte", "cyrillic-1251", "shift-jis", "bom"],
)
def test_what_is_not_western_single_byte_text_is_still_refused_at_its_line(
    tmp_path: Path, data: bytes, line: int
) -> None:
    path = tmp_path / "talk.txt"
    path.write_bytes(data)
    assert legacy_encoding(path) == ""
    with pytest.raises(ParseError, match="not UTF-8") as err:
        read(path)
    assert err.value.line == line


def test_the_commands_read_it_and_say_so_once(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_bytes(EXCEL.encode("cp1252"))
    out = tmp_path / "out.jsonl"
    for run in (h2h("convert", str(path), "-o", str(out)), h2h("analyze", str(path), "--json")):
        assert run.returncode == 0, run.stderr
        warned = [line for line in run.stderr.splitlines() if line.startswith("h2h: warning:")]
        assert len(warned) == 1 and f"{path}: not UTF-8; read as Windows-1252" in warned[0]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[1]["text"] == "What happened? It cost 40€?"
    assert json.loads(run.stdout.splitlines()[0])["speakers"]
