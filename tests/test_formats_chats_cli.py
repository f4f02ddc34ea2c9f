"""The chat readers through the real ``h2h convert`` command: speakers, counts, first message, splitting at the
4 h gap, --no-split, and malformed exports (exit 2, one line ``h2h: error: FILE:LINE: ...``, no output written).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from heart2heart.cli.main import main

FIX = Path(__file__).parent / "fixtures" / "chats"
SLACK_FIRST = "Morning! How did the talk with your dad go?"


def convert(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]], str]:
    """Run ``h2h convert ARGS`` in-process; (exit status, JSON rows on stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_:
        main(["convert", *args])
    out, err = capsys.readouterr()
    code = exit_.value.code if isinstance(exit_.value.code, int) else 0
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


@pytest.mark.parametrize(
    ("name", "speakers", "count", "first", "conversations"),
    [
        ("whatsapp/android_us_12h.txt", {"Maya": 7, "Sam": 4}, 11, "Hey, are you still up?", [6, 2, 3]),
        ("whatsapp/WhatsApp Chat - Family.zip", {"Mum": 3, "Dad": 3, "Ana": 3}, 9, "Dinner on Sunday?", [9]),
        ("whatsapp/ios_mdy_12h.txt", {"Chris": 3, "Priya": 3}, 6, "you awake?", [5, 1]),
        ("telegram/personal_chat.json", {"Maya": 4, "Sam": 3, "user999": 1}, 8, "How are you, really?", [6, 2]),
        ("messenger/inbox/zoeandsam_8812", {"Zoë": 3, "Sam": 4}, 7, "Are you free to talk tonight?", [6, 1]),
        ("discord/general.json", {"Maya": 3, "samwise": 3}, 6, "anyone around?", [5, 1]),
        ("slack_export.zip", {"Maya Lopez": 3, "Sam B": 3, "Guest Kim": 1}, 7, SLACK_FIRST, [3, 2, 2]),
    ],
)
def test_convert_speakers_counts_first_message_and_gap_split(
    capsys: pytest.CaptureFixture[str],
    name: str,
    speakers: dict[str, int],
    count: int,
    first: str,
    conversations: list[int],
) -> None:
    code, rows, err = convert(capsys, str(FIX / name))
    assert code == 0, err
    assert Counter(r["speaker"] for r in rows) == speakers
    assert len(rows) == count
    assert rows[0]["text"] == first and rows[0]["index"] == 0
    sizes = list(Counter(r["conversation"] for r in rows).values())
    assert sizes == conversations
    ids = list(dict.fromkeys(str(r["conversation"]) for r in rows))
    assert all(re.fullmatch(r".+#\d+", i) for i in ids)
    for r in rows:
        assert r["start"] is None and r["end"] is None and isinstance(r["time"], str)


def test_convert_whatsapp_ids_follow_the_stem(capsys: pytest.CaptureFixture[str]) -> None:
    _, rows, _ = convert(capsys, str(FIX / "whatsapp" / "android_us_12h.txt"))
    assert list(dict.fromkeys(r["conversation"] for r in rows)) == [
        "android_us_12h#1",
        "android_us_12h#2",
        "android_us_12h#3",
    ]
    # 9:22 PM -> 8:05 AM next day is a silence of more than 4 hours: the second conversation starts there.
    assert [r["text"] for r in rows if r["conversation"] == "android_us_12h#2"] == [
        "Thanks for last night 🙏",
        "Any time. Call me after?",
    ]


def test_convert_no_split_and_gap(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIX / "whatsapp" / "android_us_12h.txt")
    _, rows, _ = convert(capsys, path, "--no-split")
    assert {r["conversation"] for r in rows} == {"android_us_12h"}
    assert [r["index"] for r in rows] == list(range(11))
    _, rows, _ = convert(capsys, path, "--gap", "24")  # Dec 1 -> Dec 2 is under a day; Dec 2 -> Dec 13 is not
    assert list(Counter(r["conversation"] for r in rows).values()) == [8, 3]


def test_convert_csv_and_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    code, _, err = convert(capsys, str(FIX / "discord" / "general.json"), "--to", "csv", "-o", str(out))
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "conversation,index,speaker,text,start,end,time,role,media"
    assert lines[1] == "general#1,0,Maya,anyone around?,,,2024-02-01T18:00:00,,False"
    assert len(lines) == 7


def test_real_h2h_command_on_a_whatsapp_zip(tmp_path: Path) -> None:
    out = tmp_path / "family.jsonl"
    h2h = Path(sys.executable).with_name("h2h")
    done = subprocess.run(
        [str(h2h), "convert", str(FIX / "whatsapp" / "WhatsApp Chat with Sam.zip"), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 11 and rows[4]["media"] is True and rows[4]["text"] == "<Media omitted>"


# --- malformed exports ------------------------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _slack_with_bad_day(tmp: Path) -> Path:
    root = tmp / "slack"
    (root / "general").mkdir(parents=True)
    (root / "users.json").write_text("[]", encoding="utf-8")
    (root / "channels.json").write_text('[{"id": "C1", "name": "general"}]', encoding="utf-8")
    (root / "general" / "2024-03-01.json").write_text('[\n {"type": "message", "ts": "1.0", "text": "hi"\n', "utf-8")
    return root


WA_OK = "31/12/2023, 21:14 - Maya: hi\n"
# (file name, bytes or a builder, where the error must point: "NAME:LINE" or "NAME" for whole-file problems)
MALFORMED: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty.txt"),
    ("chat.txt", b"hello there\n" + WA_OK.encode(), "chat.txt:1"),
    ("badday.txt", (WA_OK + "31/13/2023, 21:15 - Sam: hey\n").encode(), "badday.txt:2"),
    ("badtime.txt", (WA_OK + "30/12/2023, 25:15 - Sam: hey\n").encode(), "badtime.txt:2"),
    # UTF-8 (the emoji) damaged on line 2 (a Latin-1 "ë"): not read as another encoding
    (
        "damaged.txt",
        "31/12/2023, 21:14 - Maya: hi 👋\n".encode() + "31/12/2023, 21:15 - Zoë: ça va\n".encode("latin-1"),
        "damaged.txt:2",
    ),
    (
        "system_only.txt",
        b"31/12/2023, 21:14 - Messages and calls are end-to-end encrypted.\n31/12/2023, 21:15 - Maya left\n",
        "system_only.txt",
    ),
    ("result.json", b'{\n "name": "Maya",\n "type": "personal_chat",\n "messages": [\n  {"id": 1,\n', "result.json:6"),
    (
        "nodate.json",
        b'{\n "name": "M",\n "type": "personal_chat",\n "messages": [\n  {"id": 5, "type": "message", "from": "M",'
        b' "from_id": "user1", "text": "x"}\n ]\n}\n',
        "nodate.json:5",
    ),
    ("message_1.json", b'{\n  "participants": [{"name": "A"}],\n  "messages": {}\n}\n', "message_1.json:3"),
    (
        "channel.json",
        b'{"guild": {}, "channel": {},\n "messages": [\n {"id": "1", "type": "Default",,}\n]}',
        "channel.json:3",
    ),
]


@pytest.mark.parametrize(("name", "data", "where"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_files_fail_with_one_line_and_no_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: bytes, where: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _check_failure(capsys, tmp_path, path, where)


def test_malformed_zip_and_slack_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "WhatsApp Chat - Broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    _check_failure(capsys, tmp_path, broken, "WhatsApp Chat - Broken.zip")
    photos = _zip(tmp_path / "photos.zip", {"IMG-1.jpg": b"\xff\xd8"})
    _check_failure(capsys, tmp_path, photos, "photos.zip:1")
    slack = _slack_with_bad_day(tmp_path)
    _check_failure(capsys, tmp_path, slack, "general/2024-03-01.json:3")


def test_folders_that_are_no_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder of loose files says how to analyse them; an empty folder says it is empty (not 'the file')."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("hello\n", encoding="utf-8")
    _check_failure(capsys, tmp_path, notes, "notes")
    code, _, err = convert(capsys, str(notes), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2 and f"h2h analyze {notes}/*.txt" in err and f"{notes}:1" not in err
    empty = tmp_path / "empty"
    empty.mkdir()
    _check_failure(capsys, tmp_path, empty, "empty")
    code, _, err = convert(capsys, str(empty), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2 and "the folder is empty" in err


def _check_failure(capsys: pytest.CaptureFixture[str], tmp: Path, path: Path, where: str) -> None:
    out = tmp / "out.jsonl"
    code, rows, err = convert(capsys, str(path), "-o", str(out))
    assert code == 2
    assert rows == []
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("h2h: error: ")
    assert f"{where}: " in lines[0], lines[0]
    assert not out.exists()
    assert not list(tmp.glob(".out.jsonl.*"))  # no half-written temp file left behind
