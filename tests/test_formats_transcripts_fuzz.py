"""Fuzzing the transcript and canonical readers: whatever the bytes, only ParseError may escape.

Inputs are random text built from the characters and tokens these formats care about, and random mutations
(deletions, insertions, duplicated or swapped lines, truncation, stray bytes) of the hand-written fixtures.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats import _MODULES, detect, get_reader, iter_utterances, otter
from heart2heart.formats._base import Probe, iter_lines

FIX = Path(__file__).parent / "fixtures" / "transcripts"
MINE = ["plain", "vtt", "srt", "ass", "otter", "cha", "jsonl", "csv", "zoom_chat", "chat_log"]
FIXTURES = sorted(p.name for p in FIX.iterdir() if p.is_file())
ALL_READERS = all(importlib.util.find_spec(m) is not None for m in _MODULES.values())

# H2H_FUZZ_EXAMPLES=2000 for a deeper run than the default.
FUZZ = settings(
    max_examples=int(os.environ.get("H2H_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

TOKENS = [
    "\n",
    "\r\n",
    "\t",
    " ",
    "  ",
    ":",
    ": ",
    "-->",
    " --> ",
    "WEBVTT",
    "NOTE",
    "STYLE",
    "<v ",
    "<v.x Maya>",
    "</v>",
    ">",
    "<",
    "<i>",
    "&amp;",
    "&",
    "1",
    "00:00:01.000",
    "00:00:04,000",
    "0:03",
    "1:02:03",
    "[00:01:02]",
    "(1:02)",
    "[",
    "]",
    "(",
    ")",
    "- ",
    "-",
    "Maya",
    "Sam Ortiz",
    "MAYA:",
    "Note:",
    "Maya: ",
    "Speaker 1  0:03",
    "Speaker 1 [00:00:05]",
    "[00:00:05] Speaker 1",
    ">> ",
    "[SPEAKER_00]: ",
    "[Bill] ",
    "00:00:01:10 - 00:00:08:02",
    "0:0:2.600 --> 0:0:11.102",
    "0:00:03.904,0:00:08.837",
    "\n\nDAD\n",
    "\n---\n",
    "Interviewer: Leah (LK)",
    "[Script Info]\n",
    "[Events]\nFormat: Layer, Start, End, Style, Name, Text\n",
    "Dialogue: 0,0:00:01.41,0:00:04.63,Default,Ffion,",
    "(Margaret) ",
    "Feb 06, 2024 10:51:27 PM\n",
    "[14/05/2024 13:06] Daniel\n",
    "[Gareth Price] 16:31:02\n",
    "22:05 <@zed> ",
    "21:09\tMei\t",
    "[LINE] Chat history",
    "Friday 15 March\n",
    "Page 1 of 2\n",
    "Josh (11:42 PM): ",
    '{"segments": [',
    '"speaker": "SPEAKER_00"',
    ";",
    "\t",
    "Sprecher;Äußerung",
    '"participants": [{"id": 1, "name": "A"}]',
    '"messages": [{"author": {"id": 1}, "body": {"text": "x"}}]',
    "[Kai] ",
    "[laughs] ",
    "*CHI:\t",
    "*MOT:",
    "%mor:\t",
    "@UTF8",
    "@Begin",
    "@End",
    "@Participants:\tCHI Target_Child, MOT Mother",
    "\x15",
    "\x151230_3450\x15",
    "[/]",
    "[: x]",
    "&-uh",
    "&=laughs",
    "xxx",
    "+...",
    "+/.",
    "0is",
    "(.)",
    "@c",
    "{",
    "}",
    '"',
    ",",
    '{"speaker": "a", "text": "b"}',
    '{"speaker": ',
    '"text": ',
    "null",
    "1e999",
    "true",
    "[]",
    "speaker,text",
    "conversation,speaker,text,start,end,time,role,media,labels",
    "author,message",
    '{"Author": "a", "Message": "b"}',
    "**Maya**: ",
    "**Maya:** ",
    "__",
    "*",
    "2024-03-14 20:02:11 ",
    "[2024-03-14 20:02] ",
    "2024-19-39T25:61 ",
    "date,time,speaker,utterance",
    "CONVERSATION ID,FROM,DATE,CONTENT",
    " UTC",
    "timestamp,sender,text",
    '"AuthorID","Author","Date","Content","Attachments","Reactions"',
    "Joined the server.",
    "https://cdn.discordapp.com/a/b/c.png",
    '{"sent_at": "2024-10-18T21:15:40Z", ',
    "23:59:02",
    "00:00:02.889",
    "14:03:07 From Maya Lopez to Everyone:",
    "\t From  Sam : ",
    'Replying to "',
    'Reacted to "x" with 👍',
    "9999-12-31T23:59:59-23:59",
    "8:26\u202fPM",
    '""',
    "\x00",
    "\ufeff",
    "é",
    "😮‍💨",
    "\u2028",
    "9" * 30,
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=80).map("".join),
)


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    d = Path(tempfile.mkdtemp(prefix="h2h-fuzz-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def check_reader(name: str, path: Path) -> None:
    """sniff() gives a confidence in [0, 1]; parse() yields utterances or raises ParseError, nothing else."""
    reader = get_reader(name)
    try:
        probe = Probe.of(path)
    except ParseError:
        probe = None
    if probe is not None:
        score = reader.sniff(probe)
        assert isinstance(score, float) and 0.0 <= score <= 1.0
    n_lines = path.read_bytes().count(b"\n") + 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", H2HWarning)
        try:
            utterances = list(reader.parse(path))
        except ParseError as exc:
            assert exc.line is None or 1 <= exc.line <= n_lines
            assert str(exc).startswith(str(path))
            return
    assert utterances, "a reader must not return an empty conversation without a ParseError"
    for u in utterances:
        assert isinstance(u.speaker, str) and u.speaker.strip()
        assert isinstance(u.text, str)
        assert u.start is None or u.end is None or u.end >= u.start


def mutate(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    """Apply (kind, position, length, payload) edits to ``data``."""
    for kind, pos, length, payload in ops:
        if not data:
            data = payload
            continue
        i = pos % len(data)
        if kind == 0:  # delete a slice
            data = data[:i] + data[i + length :]
        elif kind == 1:  # insert bytes
            data = data[:i] + payload + data[i:]
        elif kind == 2:  # duplicate or move a line
            lines = data.split(b"\n")
            j = i % len(lines)
            lines.insert((j + length) % (len(lines) + 1), lines[j])
            data = b"\n".join(lines)
        elif kind == 3:  # swap two lines
            lines = data.split(b"\n")
            a, b = i % len(lines), (i + length) % len(lines)
            lines[a], lines[b] = lines[b], lines[a]
            data = b"\n".join(lines)
        elif kind == 4:  # truncate
            data = data[:i]
        else:  # overwrite one byte
            data = data[:i] + payload[:1] + data[i + 1 :]
    return data


ops = st.lists(
    st.tuples(
        st.integers(0, 5),
        st.integers(0, 10_000),
        st.integers(0, 40),
        st.one_of(st.binary(max_size=12), st.sampled_from(TOKENS).map(lambda t: t.encode("utf-8"))),
    ),
    min_size=1,
    max_size=6,
)


@pytest.mark.parametrize("name", MINE)
@FUZZ
@given(text=texts)
def test_random_text_only_parse_errors(workdir: Path, name: str, text: str) -> None:
    path = workdir / f"random.{ {'plain': 'txt', 'otter': 'txt'}.get(name, name) }"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    check_reader(name, path)


@pytest.mark.parametrize("fixture", FIXTURES)
@FUZZ
@given(edits=ops)
def test_mutated_fixtures_only_parse_errors(
    workdir: Path, fixture: str, edits: list[tuple[int, int, int, bytes]]
) -> None:
    path = workdir / fixture
    path.write_bytes(mutate((FIX / fixture).read_bytes(), edits))
    for name in MINE:
        check_reader(name, path)


@pytest.mark.skipif(not ALL_READERS, reason="detect() imports every reader; some are not written yet")
@pytest.mark.parametrize("fixture", FIXTURES)
@FUZZ
@given(edits=ops)
def test_detect_and_read_mutated_fixtures_only_parse_errors(
    workdir: Path, fixture: str, edits: list[tuple[int, int, int, bytes]]
) -> None:
    path = workdir / fixture
    path.write_bytes(mutate((FIX / fixture).read_bytes(), edits))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", H2HWarning)
        try:
            detect(path)
            list(iter_utterances(path))
        except ParseError:
            pass


#: Lines of scripts and of the layouts around them: names alone (with spaces, a BOM, non-names), blank lines of any
#: white space, rules, headers, cue and date lines, words.
SCRIPT_LINES = st.lists(
    st.tuples(
        st.sampled_from(["", " ", "\t", "\r", "\xa0", "\x0c", "\x85", "\u2028", "\u3000", "\ufeff"]),
        st.sampled_from(["", "DAD", "MARCUS", "Maya Chen", "maya", "Dr. Lee", "Speaker 2", "Note", "A B C D E",
                         "a" * 41, "Zoë", "Kat (she/her)", "Ok.", "Maya Chen  0:03", "00:00:01:10 - 00:00:08:02",
                         "Feb 06, 2024 10:51:27 PM", "It was fine, just long.", "---", "===", "- - -"]),
        st.sampled_from(["", " ", "\r", "\t", "\xa0"]),
    ).map("".join),
    max_size=40,
)  # fmt: skip


@FUZZ
@given(lines=SCRIPT_LINES, newline=st.sampled_from(["\n", "\r\n"]), end=st.booleans(), bom=st.booleans())
def test_the_quick_look_never_misses_a_script(
    workdir: Path, lines: list[str], newline: str, end: bool, bom: bool
) -> None:
    """Wherever the whole-file pass finds a script, the quick look before it says it could be one, and says the same
    whatever the size of the pieces it reads the file in."""
    path = workdir / "script.txt"
    path.write_bytes(b"\xef\xbb\xbf" * bom + (newline.join(lines) + newline * end).encode("utf-8"))
    script = bool(otter._script_headers(line for _, line in iter_lines(path)))
    looks = set()
    for size in (1, 2, 5, 64, 1 << 20):
        with mock.patch.object(otter, "_CHUNK", size):
            looks.add(otter._could_be_script(path))
    assert len(looks) == 1
    assert looks == {True} or not script


def test_mutate_is_a_real_mutation() -> None:
    """The mutation helper itself: each edit kind does what its comment says."""
    data = b"a\nb\nc"
    assert mutate(data, [(0, 1, 2, b"")]) == b"a\nc"
    assert mutate(data, [(1, 0, 0, b"X")]) == b"Xa\nb\nc"
    assert mutate(data, [(2, 0, 1, b"")]) == b"a\na\nb\nc"
    assert mutate(data, [(3, 0, 2, b"")]) == b"c\nb\na"
    assert mutate(data, [(4, 3, 0, b"")]) == b"a\nb"
    assert mutate(data, [(5, 0, 0, b"Z")]) == b"Z\nb\nc"
