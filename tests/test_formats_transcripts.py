"""Golden tests of the transcript and canonical readers on fixtures the project wrote by hand.

Every expected value below was worked out by reading the fixture, not by running the reader.
"""

from __future__ import annotations

import json
import warnings
from datetime import datetime
from pathlib import Path

import pytest

from heart2heart.errors import H2HWarning, ParseError
from heart2heart.formats import detect, get_reader, group, iter_utterances, otter, read
from heart2heart.formats._base import Probe
from heart2heart.formats._fields import field_name, in_time_order
from heart2heart.formats._names import looks_like_name, prefix_name, recurring_roles, split_name_prefix, wraps_on
from heart2heart.formats._time import clock_seconds, time_of_day
from heart2heart.model import Utterance

FIX = Path(__file__).parent / "fixtures" / "transcripts"

Row = tuple[str, str, float | None, float | None]


def rows(fmt: str, name: str) -> list[Row]:
    """(speaker, text, start, end) of every utterance the reader ``fmt`` yields for fixture ``name``."""
    return [(u.speaker, u.text, u.start, u.end) for u in get_reader(fmt).parse(FIX / name)]


def parse(fmt: str, name: str) -> list[Utterance]:
    return list(get_reader(fmt).parse(FIX / name))


# ---------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1:02", 62.0),
        ("00:01:02", 62.0),
        ("1:02:03", 3723.0),
        ("00:00:01.5", 1.5),
        ("00:00:04,250", 4.25),
        ("75:03", 4503.0),
        ("0:00.007", 0.007),
    ],
)
def test_clock_seconds(text: str, seconds: float) -> None:
    assert clock_seconds(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["1:75", "1:2:3:4", "abc", "12", "1:60:00", ""])
def test_clock_seconds_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        clock_seconds(text)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Maya", True),
        ("maya", True),
        ("Speaker 2", True),
        ("Dr. Lee", True),
        ("Jan van der Berg", True),
        ("Mary-Ann O'Neil", True),
        ("Note", False),
        ("PS", False),
        ("P.S.", False),
        ("Update", False),
        ("My point", False),
        ("the thing is", False),
        ("A B C D E", False),
        ("x" * 41, False),
        ("2nd", False),
        ("Kat (she/her)", True),  # video-call display names: pronouns, a role, a device
        ("Ana Ruiz (Host)", True),
        ("Will's iPhone", True),
        ("Note (draft)", False),  # a label stays a label with a note
        ("my point (again)", False),
        ("Maya (" + "x" * 30 + ")", False),
    ],
)
def test_looks_like_name(name: str, ok: bool) -> None:
    assert looks_like_name(name) is ok


def test_split_name_prefix() -> None:
    assert split_name_prefix("Maya Chen: Hi there") == ("Maya Chen", "Hi there")
    assert split_name_prefix("Maya:") == ("Maya", "")
    assert split_name_prefix("Note: not a speaker") is None
    assert split_name_prefix("https://example.com is a link") is None
    assert split_name_prefix("ratio 3:1 is fine") is None
    assert split_name_prefix("Kat (she/her): Go for it.") == ("Kat (she/her)", "Go for it.")


def test_broadcast_speaker_marks_and_bracketed_names(tmp_path: Path) -> None:
    # Closed captions put ">>" before a new speaker; diarising transcribers write "[SPEAKER_00]: text".
    srt = tmp_path / "news.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\n>> MAYA: How was it?\n\n2\n00:00:03,500 --> 00:00:05,000\n"
        ">> SAM: Not great.\n",
        encoding="utf-8",
    )
    assert [(u.speaker, u.text) for u in get_reader("srt").parse(srt)] == [
        ("MAYA", "How was it?"),
        ("SAM", "Not great."),
    ]
    txt = tmp_path / "diarised.txt"
    txt.write_text(">> Maya: hi\n[SPEAKER_01]: hello\n[00:00:05] Sam: hey\n", encoding="utf-8")
    assert [(u.speaker, u.text, u.start) for u in get_reader("plain").parse(txt)] == [
        ("Maya", "hi", None),
        ("SPEAKER_01", "hello", None),
        ("Sam", "hey", 5.0),
    ]


PREMIERE = (
    "00:00:01:10 - 00:00:08:02\nGrandad\nRight. Now then.\nSee this?\n\n00:00:09:04 - 00:00:10:01\nLily\nCool.\n\n"
    "00:00:10:10 - 00:00:24:07\nGrandad\nMost people sharpen a chisel wrong.\n"
)


def test_cues_with_the_name_on_its_own_line(tmp_path: Path) -> None:
    # Premiere Pro's transcript (timecodes with frames) and Teams' earlier layout, saved as text.
    p = tmp_path / "workshop.txt"
    p.write_text(PREMIERE, encoding="utf-8")
    assert detect(p).name == "otter"
    assert [(u.speaker, u.text, u.start, u.end) for u in get_reader("otter").parse(p)] == [
        ("Grandad", "Right. Now then.\nSee this?", 1.0, 8.0),
        ("Lily", "Cool.", 9.0, 10.0),
        ("Grandad", "Most people sharpen a chisel wrong.", 10.0, 24.0),
    ]
    teams = tmp_path / "teams.txt"
    teams.write_text("0:0:2.600 --> 0:0:11.102\nMarta\nToday: sleep.\n0:0:11.8 --> 0:0:13.4\nJon\nUh oh.\n"
                     "0:0:14.0 --> 0:0:15.0\nMarta\nSo.\n", encoding="utf-8")  # fmt: skip
    assert detect(teams).name == "otter"
    assert [(u.speaker, u.start, u.end) for u in read(teams)[0]] == [
        ("Marta", 2.6, 11.102),
        ("Jon", 11.8, 13.4),
        ("Marta", 14.0, 15.0),
    ]


ASS = """[Script Info]
; Script generated by Aegisub 3.2.2
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour
Style: Default,Arial,62,&H00FFFFFF
Style: Gareth,Arial,62,&H0000FFFF

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.41,0:00:04.63,Default,Ffion,0,0,0,,Hiya, can you hear me?\\NYour screen's frozen.
Comment: 0,0:00:04.00,0:00:04.50,Default,Ffion,0,0,0,,check this line
Dialogue: 0,0:00:05.45,0:00:09.01,Gareth,,0,0,0,,{\\i1}It's back now.{\\i0} Right, what time?
Dialogue: 0,0:00:09.50,0:00:10.00,Default,,0,0,0,,[music]
"""


def test_ass_subtitles(tmp_path: Path) -> None:
    # Aegisub's script: the speaker in the Name field, else a speaker's own style; tags, comments and sound dropped.
    p = tmp_path / "call.ass"
    p.write_text(ASS, encoding="utf-8")
    assert detect(p).name == "ass"
    assert [(u.speaker, u.text, u.start, u.end) for u in read(p)[0]] == [
        ("Ffion", "Hiya, can you hear me?\nYour screen's frozen.", 1.41, 4.63),
        ("Gareth", "It's back now. Right, what time?", 5.45, 9.01),
    ]
    p.write_text(ASS.replace("0:00:09.01", "0:00:03.01"), encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("ass").parse(p))
    assert (err.value.line, "ends before it starts" in err.value.message) == (14, True)


def test_names_in_parentheses_and_a_named_sound_cue(tmp_path: Path) -> None:
    # Subtitle Edit's "(Name) text" at each change of speaker; "(Matteo) [laughs]" is Matteo's turn.
    p = tmp_path / "kitchen.srt"
    cues = [
        '<font color="#00ffff">(Greta) The bins have changed.</font>',
        '<font color="#ffff00">(Matteo) [laughs]</font>',
        "(laughs) Not naming anyone.",
        '{\\an8}<font color="#00ffff">(Greta) I am not!</font>',
    ]
    p.write_text(_cues(".srt", cues), encoding="utf-8")
    assert [(u.speaker, u.text) for u in read(p)[0]] == [
        ("Greta", "The bins have changed."),
        ("Matteo", "[laughs]"),
        ("Matteo", "(laughs) Not naming anyone."),
        ("Greta", "I am not!"),
    ]


def test_youtube_sbv_captions(tmp_path: Path) -> None:
    p = tmp_path / "captions.sbv"
    p.write_text("0:00:00.300,0:00:02.906\nMarcus: Okay, we're rolling.\nHow was your month?\n\n"
                 "0:00:03.904,0:00:08.837\nDev: Honestly, incredible.\n\n0:00:09.681,0:00:15.885\n[laughs] Fifty K.\n",
                 encoding="utf-8")  # fmt: skip
    assert detect(p).name == "srt"
    assert [(u.speaker, u.text, u.start, u.end) for u in read(p)[0]] == [
        ("Marcus", "Okay, we're rolling. How was your month?", 0.3, 2.906),
        ("Dev", "Honestly, incredible.", 3.904, 8.837),
        ("Dev", "[laughs] Fifty K.", 9.681, 15.885),
    ]
    p.write_text("0:00:00.300,0:00:02.906\nMarcus: hi\n\n0:00:09.681,0:00:05.885\nDev: hey\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("srt").parse(p))
    assert (err.value.line, "ends before it starts" in err.value.message) == (4, True)


def test_a_script_with_names_on_their_own_lines(tmp_path: Path) -> None:
    # A typed-up recording set as a script: a title, a rule, then NAME alone on a line and the words under it.
    p = tmp_path / "memo.txt"
    p.write_text("Voice memo 14/04/2024, kitchen (transcribed)\n---\n\nDAD\nSit down a minute. I want to talk\n"
                 "about this card thing.\n\nMARCUS\nIt's just a student card, Dad.\n\nDAD\nThat's how it starts.\n\n"
                 "DAD\nThe bank gives you a limit.\n", encoding="utf-8")  # fmt: skip
    assert detect(p).name == "otter"
    assert [(u.speaker, u.text, u.start) for u in read(p)[0]] == [
        ("DAD", "Sit down a minute. I want to talk about this card thing.", None),
        ("MARCUS", "It's just a student card, Dad.", None),
        ("DAD", "That's how it starts.", None),
        ("DAD", "The bank gives you a limit.", None),
    ]


def test_a_script_after_line_400_of_otter_headers(tmp_path: Path) -> None:
    # Whether a file holds a script is decided on the whole file, not on the 400 lines the sniff sees: speaker lines
    # after 450 lines of Otter's layout still name their speakers (not text under the last header).
    p = tmp_path / "call.txt"
    turns = "".join(f"{('Maya Chen', 'Sam Ortiz')[i % 2]}  {i // 60}:{i % 60:02d}\nturn {i}\n\n" for i in range(150))
    script = "DAD\nSit down a minute.\n\nMARCUS\nIt's just a card.\n\nDAD\nThat's how it starts.\n"
    p.write_text("Call\n\n" + turns + script, encoding="utf-8")
    assert detect(p).name == "otter"
    got = [(u.speaker, u.text, u.start, u.end) for u in read(p)[0]]
    assert len(got) == 153
    assert got[148:] == [
        ("Maya Chen", "turn 148", 148.0, 149.0),
        ("Sam Ortiz", "turn 149", 149.0, None),
        ("DAD", "Sit down a minute.", None, None),
        ("MARCUS", "It's just a card.", None, None),
        ("DAD", "That's how it starts.", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ((FIX / "sunday_call.txt").read_text(encoding="utf-8"), False),  # Otter's own layout
        ("00:00:01:10 - 00:00:08:02\nMaya\nHi.\n\n00:00:09:00 - 00:00:12:00\nSam\nHey.\n\n"
         "00:00:13:00 - 00:00:15:00\nMaya\nHow are you?\n", False),  # cues
        ("Feb 06, 2024 10:51:27 PM\nRosa\nAre you still up?\n\nFeb 06, 2024 10:51:51 PM\nMe\nYeah.\n\n"
         "Feb 06, 2024 10:52:34 PM\nRosa\nNot really.\n", False),  # dated headers
        ("Voice memo, 14 April.\n---\nDAD\nSit down.\n\nMARCUS\nOk.\n\nDAD\nGood.\n", True),
        ("\ufeffDAD\r\nSit down.\r\n \t\r\nMARCUS  \r\nOk.\r\n\r\nDAD\r\nGood.\r\n", True),  # BOM, CRLF, spaces
    ],
    ids=["otter", "cues", "dated", "script", "script-bom-crlf"],
)  # fmt: skip
def test_only_a_file_that_could_be_a_script_is_read_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, script: bool
) -> None:
    p = tmp_path / "t.txt"
    p.write_bytes(text.encode("utf-8"))
    passes: list[int] = []
    full_pass = otter._script_headers
    monkeypatch.setattr(otter, "_script_headers", lambda lines: passes.append(1) or full_pass(lines))
    speakers = [u.speaker for u in get_reader("otter").parse(p)]
    assert (len(passes), otter._could_be_script(p)) == (int(script), script)
    if script:
        assert speakers == ["DAD", "MARCUS", "DAD"]


@pytest.mark.parametrize(
    ("text", "reader", "expected"),
    [
        # imessage-exporter's text: the date line (a note after it), the sender, the words
        ("Feb 06, 2024 10:51:27 PM\nRosa\nAre you still up?\n\nFeb 06, 2024  10:51:51 PM (Read by them after 19 "
         "seconds)\nMe\nYeah. You ok?\n\nFeb 06, 2024 10:52:34 PM\nRosa\nNot really.\n", "otter",
         [("Rosa", "Are you still up?", "2024-02-06T22:51:27"), ("Me", "Yeah. You ok?", "2024-02-06T22:51:51"),
          ("Rosa", "Not really.", "2024-02-06T22:52:34")]),
        # a Teams chat pasted, DiscordChatExporter's text: "[date time] Name", then the words
        ("[14/05/2024 13:06] Daniel Okafor\ngot a sec?\n\n[14/05/2024 13:06] Sarah Kim\nsure\n\n"
         "[14/05/2024 13:08] Daniel Okafor\nthey announced the reorg\nat the all-hands\n", "otter",
         [("Daniel Okafor", "got a sec?", None), ("Sarah Kim", "sure", None),
          ("Daniel Okafor", "they announced the reorg at the all-hands", None)]),
        # Zoom's live transcript saved from the meeting: "[Name] hh:mm:ss", then the words
        ("[Gareth Price] 16:31:02\nHave they gone?\n\n[Leah Novak] 16:31:06\nJust us. You okay?\n\n"
         "[Gareth Price] 16:31:09\nNo.\n", "otter",
         [("Gareth Price", "Have they gone?", None), ("Leah Novak", "Just us. You okay?", None),
          ("Gareth Price", "No.", None)]),
    ],
    ids=["imessage-exporter", "dated-headers", "zoom-live-transcript"],
)  # fmt: skip
def test_header_then_words_layouts_of_chat_apps(
    tmp_path: Path, text: str, reader: str, expected: list[tuple[str, str, str | None]]
) -> None:
    p = tmp_path / "chat.txt"
    p.write_text(text, encoding="utf-8")
    assert detect(p).name == reader
    got = [(u.speaker, u.text, u.time.isoformat() if u.time else None) for u in read(p)[0]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("--- Log opened Fri Apr 26 22:01:50 2024\n22:01 -!- mira [~mira@user/mira] has joined #homelab\n"
         "22:05 <@zed> nice. I moved off dell\n22:08  * zed has had 99% uptime\n23:59 < quasar> oh\n"
         "00:01 <+mira> late one\n--- Log closed Fri Apr 26 22:19:35 2024\n",
         [("zed", "nice. I moved off dell", 0.0, False), ("zed", "has had 99% uptime", 180.0, False),
          ("quasar", "oh", 6840.0, False), ("mira", "late one", 6960.0, False)]),
        ('[LINE] Chat history with Jess\nSaved on: 4/16/2024, 21:25\n\nTue, 4/16/2024\n21:09\tMei\tare you free?\n'
         '21:11\tMei\t"Kai and I broke up.\nI have not stopped crying"\n21:16\tJess\t[Photo]\n',
         [("Mei", "are you free?", 0.0, False), ("Mei", "Kai and I broke up.\nI have not stopped crying", 120.0, False),
          ("Jess", "[Photo]", 420.0, True)]),
        ("[2024-03-14 23:59:11] <sam_r> honestly this week has been rough\n"
         "[2024-03-15 00:00:40] <jin_p> oh no, what happened?\n[2024-03-15 00:01:05] <sam_r> got laid off\n",
         [("sam_r", "honestly this week has been rough", 0.0, False), ("jin_p", "oh no, what happened?", 89.0, False),
          ("sam_r", "got laid off", 114.0, False)]),
    ],
    ids=["irc", "line", "twitch-dated"],
)  # fmt: skip
def test_chat_logs(tmp_path: Path, text: str, expected: list[tuple[str, str, float, bool]]) -> None:
    p = tmp_path / "chat.log"
    p.write_text(text, encoding="utf-8")
    assert detect(p).name == "chat_log"
    assert [(u.speaker, u.text, u.start, u.media) for u in read(p)[0]] == expected


def test_prose_with_short_lines_is_no_script(tmp_path: Path) -> None:
    p = tmp_path / "letter.txt"
    p.write_text("Dear Sam\nI hope you are well.\n\nLove\nMaya\n\nPS\nsee you soon\n", encoding="utf-8")
    with pytest.raises(ParseError):
        detect(p)


def test_copied_chat_with_day_headers_page_footers_and_times_of_day(tmp_path: Path) -> None:
    # "Name (11:42 PM): text" with a day between messages, and a printed transcript's footers and header block.
    p = tmp_path / "chat.txt"
    p.write_text("Friday 15 March\n\nJosh (11:42 PM): you're up late\n\nAmir (11:58 PM): couldn't sleep\n\n"
                 "Saturday 16 March\n\nJosh (12:03 AM): same\n", encoding="utf-8")  # fmt: skip
    assert [(u.speaker, u.text, u.start) for u in read(p)[0]] == [
        ("Josh", "you're up late", 0.0),
        ("Amir", "couldn't sleep", 960.0),
        ("Josh", "same", 1260.0),  # across midnight
    ]
    q = tmp_path / "dinner.txt"
    q.write_text("DINNER\nPresent: Dad (Peter), Lily (15)\n\nDAD: Right. Phones away.\nLILY: Fine.\nPage 1 of 2\n"
                 "DAD: Thank you.\n- 2 -\n", encoding="utf-8")  # fmt: skip
    assert [(u.speaker, u.text) for u in read(q)[0]] == [
        ("DAD", "Right. Phones away."),
        ("LILY", "Fine."),
        ("DAD", "Thank you."),
    ]


def test_an_untimed_header_before_a_timed_transcript(tmp_path: Path) -> None:
    # "Interviewer: Leah Kowalski (LK)" heads an interview whose every speaker line carries a time.
    p = tmp_path / "interview.txt"
    p.write_text("FAMILY HISTORY PROJECT\nInterviewer: Leah Kowalski (LK)\nInterviewee: Walter Kowalski (WK)\n"
                 "Date: 17 February 2024\n---\n[00:00:04] LK: Okay, it's recording.\n[00:00:09] WK: Walter Kowalski.\n"
                 "[00:00:11] LK: And what year were you born?\n[00:00:14] WK: 1941.\n", encoding="utf-8")  # fmt: skip
    assert [(u.speaker, u.start) for u in read(p)[0]] == [("LK", 4.0), ("WK", 9.0), ("LK", 11.0), ("WK", 14.0)]
    q = tmp_path / "mixed.txt"  # an untimed line after the timed ones: every line is speech
    q.write_text("Maya: hi\n[00:00:04] Sam: hey\n[00:00:06] Maya: how are you\n[00:00:09] Sam: ok\nMaya: good\n",
                 encoding="utf-8")  # fmt: skip
    assert [u.speaker for u in read(q)[0]] == ["Maya", "Sam", "Maya", "Sam", "Maya"]


def test_subtitles_without_numbers_are_not_named_cues(tmp_path: Path) -> None:
    p = tmp_path / "film.srt"  # the first line of each cue is words, not a name
    p.write_text("00:00:01,000 --> 00:00:02,000\nHello\nthere\n\n00:00:03,000 --> 00:00:04,000\nOkay\nthen\n\n"
                 "00:00:05,000 --> 00:00:06,000\nHello\nagain\n", encoding="utf-8")  # fmt: skip
    assert detect(p).name == "srt"


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        (PREMIERE.replace("00:00:09:04", "00:61:09:04"), 6, "bad cue time"),
        (PREMIERE.replace("00:00:10:01", "00:00:08:01"), 6, "ends before it starts"),
    ],
)
def test_named_cues_malformed(tmp_path: Path, text: str, line: int, what: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("otter").parse(p))
    assert (err.value.line, what in err.value.message) == (line, True)


def _cues(suffix: str, texts: list[str]) -> str:
    sep = "," if suffix == ".srt" else "."
    head = "" if suffix == ".srt" else "WEBVTT\n\n"
    return head + "".join(
        f"{i}\n00:00:{i:02d}{sep}000 --> 00:00:{i:02d}{sep}900\n{t}\n\n" for i, t in enumerate(texts, 1)
    )


@pytest.mark.parametrize("suffix", [".srt", ".vtt"])
def test_bare_bracketed_names_in_subtitles(tmp_path: Path, suffix: str) -> None:
    # Subtitles for the deaf and some transcribers write "[Bill] text": speakers where two such names recur, while
    # sound notes in brackets ("[laughs] ...") stay part of the text.
    p = tmp_path / f"home{suffix}"
    p.write_text(
        _cues(suffix, ["[Bill] Now, you listen to me.", "[Kai] Okay, Grandad.", "[laughs] Fine.", "[Bill] Good lad.",
                       "[Kai] [sighs] Yes.", "and the rest"]),
        encoding="utf-8",
    )  # fmt: skip
    assert [(u.speaker, u.text) for u in get_reader(suffix[1:]).parse(p)] == [
        ("Bill", "Now, you listen to me."),
        ("Kai", "Okay, Grandad."),
        ("Kai", "[laughs] Fine."),
        ("Bill", "Good lad."),
        ("Kai", "[sighs] Yes."),
        ("Kai", "and the rest"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["[laughs] No way.", "[Laughs] Yes way.", "[sighs] Okay.", "[Sighs] Fine."],  # sound notes, however often
        ["[Bill] Now, listen.", "Okay.", "[Bill] Good.", "Yes."],  # one name: not enough to tell
        ["MAYA: [Bill] said so.", "SAM: [Bill] did?", "MAYA: [Kai] too.", "SAM: [Kai] as well."],  # after a name
    ],
    ids=["sound-notes", "one-name", "named-lines"],
)
def test_bare_brackets_that_are_not_speakers(tmp_path: Path, texts: list[str]) -> None:
    p = tmp_path / "notes.srt"
    p.write_text(_cues(".srt", texts), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", H2HWarning)
        read = [(u.speaker, u.text) for u in get_reader("srt").parse(p)]
    assert [t for _, t in read] == [t.split(": ", 1)[-1] for t in texts]
    assert {s for s, _ in read} <= {"Unknown", "MAYA", "SAM"}


def test_zoom_display_names_in_vtt_and_plain_text(tmp_path: Path) -> None:
    # Zoom transcripts name speakers by their display names: pronouns in brackets, a phone's name.
    vtt = tmp_path / "call.vtt"
    vtt.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nDani Okoro: I need to rant.\n\n"
        "2\n00:00:03.500 --> 00:00:04.000\nKat (she/her): Go for it.\n\n"
        "3\n00:00:04.500 --> 00:00:05.000\nWill's iPhone: Oh, no.\n",
        encoding="utf-8",
    )
    assert [(u.speaker, u.text) for u in get_reader("vtt").parse(vtt)] == [
        ("Dani Okoro", "I need to rant."),
        ("Kat (she/her)", "Go for it."),
        ("Will's iPhone", "Oh, no."),
    ]
    txt = tmp_path / "call.txt"
    txt.write_text("Kat (she/her): hi\nSam (1:02): hello\nWill's iPhone: hey\n", encoding="utf-8")
    assert [(u.speaker, u.start) for u in get_reader("plain").parse(txt)] == [
        ("Kat (she/her)", None),
        ("Sam", 62.0),
        ("Will's iPhone", None),
    ]


# ---------------------------------------------------------------- plain text


def test_plain_interview_timestamps_continuations_and_labels() -> None:
    assert rows("plain", "interview.txt") == [
        ("Maya", "Hey, thanks for making time.\nHow are you, really?", 5.0, 12.0),
        ("Sam", "Honestly? Not great.\nNote: I haven't told anyone this yet.", 12.0, 31.0),
        ("Sam", "Work has been a lot since March.", 31.0, 45.0),
        ("Maya", "That sounds heavy. What's been the hardest part?", 45.0, 62.0),
        ("Sam", "Feeling like I can't say no.\nPS: that's also why I was late.", 62.0, None),
        ("Dr. Lee", "Sorry to interrupt, the room is booked at ten.", None, None),
    ]


def test_plain_untimed_lowercase_names() -> None:
    us = parse("plain", "kitchen.txt")
    assert [u.speaker for u in us] == ["mum", "me", "mum", "me", "mum"]
    assert us[3].text == "pasta. and I'm fine, honestly."
    assert all(u.start is None and u.end is None and u.time is None and u.conversation == "kitchen" for u in us)


def test_plain_without_any_speaker_is_a_parse_error(tmp_path: Path) -> None:
    p = tmp_path / "prose.txt"
    p.write_text("Dear diary,\ntoday was long.\nNote: buy milk.\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("plain").parse(p))
    assert err.value.line == 1
    assert "Name: text" in err.value.message


def test_plain_bad_timestamp_names_its_line(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    p.write_text("Maya: hi\n[1:75] Sam: hello\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("plain").parse(p))
    assert err.value.line == 2


def test_plain_crlf_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "win.txt"
    p.write_bytes("\ufeffMaya: hi\r\nthere\r\nSam: yo\r\n".encode())
    assert [(u.speaker, u.text) for u in get_reader("plain").parse(p)] == [("Maya", "hi\nthere"), ("Sam", "yo")]


def test_plain_markdown_names(tmp_path: Path) -> None:
    # Notes and documents set the name in bold or italics; a line that only starts with emphasis stays text.
    p = tmp_path / "notes.md"
    p.write_text(
        "**Maya**: How are you, really?\n**Sam:** Honestly? *Not* great.\n__Maya__: What happened?\n"
        "*sigh* Work: again.\n_Sam_: Yes.\n",
        encoding="utf-8",
    )
    assert 0.3 <= get_reader("plain").sniff(Probe.of(p)) <= 0.6
    assert [(u.speaker, u.text) for u in get_reader("plain").parse(p)] == [
        ("Maya", "How are you, really?"),
        ("Sam", "Honestly? *Not* great."),
        ("Maya", "What happened?\n*sigh* Work: again."),
        ("Sam", "Yes."),
    ]


def test_plain_chat_log_dates_are_wall_clock_times(tmp_path: Path) -> None:
    p = tmp_path / "log.txt"
    p.write_text(
        "2024-03-14 20:02:11 Maya: you home?\n[2024-03-14 20:09] Sam: yes\nfinally\n"
        "2024-03-15T08:00:05 Maya: morning\n",
        encoding="utf-8",
    )
    us = list(get_reader("plain").parse(p))
    assert [(u.speaker, u.text, u.time) for u in us] == [
        ("Maya", "you home?", datetime(2024, 3, 14, 20, 2, 11)),
        ("Sam", "yes\nfinally", datetime(2024, 3, 14, 20, 9)),
        ("Maya", "morning", datetime(2024, 3, 15, 8, 0, 5)),
    ]
    assert all(u.start is None and u.end is None for u in us)
    bad = tmp_path / "bad.txt"
    bad.write_text("2024-03-14 20:02 Maya: hi\n2024-13-14 20:03 Sam: hello\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("plain").parse(bad))
    assert (err.value.line, "bad date" in err.value.message) == (2, True)


# ---------------------------------------------------------------- WebVTT


def test_vtt_zoom_names_and_multiline_cues() -> None:
    assert rows("vtt", "zoom.vtt") == [
        ("Maya Chen", "Hi Sam, thanks for making time today.", 1.2, 4.8),
        ("Sam Ortiz", "Of course. I wanted to talk about how things have been at home.", 5.1, 9.65),
        ("Maya Chen", "I'm listening.", 10.0, 12.0),
        ("Sam Ortiz", "It's been hard: we barely talk anymore.", 12.0, 15.5),
        ("Sam Ortiz", "Note: I'm not blaming you.", 15.6, 18.0),
    ]


def test_vtt_teams_voice_tags() -> None:
    got = rows("vtt", "teams.vtt")
    assert got[:3] == [
        ("Maya Chen", "Hi Sam. How was the weekend?", 0.0, 3.21),
        ("Sam Ortiz", "Honestly, not great. My dad was in hospital again.", 3.5, 7.9),
        ("Maya Chen", "Oh no. I'm so sorry.", 8.1, 10.4),  # no closing </v>, entity decoded
    ]
    # one cue, two voices: 3.6 s shared 5 words : 2 words -> 10.4 + 3.6 * 5/7 = 12.971
    assert got[3][:2] == ("Sam Ortiz", "Thanks. It means a lot.")
    assert got[3][2] == 10.4 and got[3][3] == pytest.approx(12.971)
    assert got[4][:2] == ("Maya Chen", "Of course.")
    assert got[4][2] == pytest.approx(12.971) and got[4][3] == 14.0


def test_vtt_without_speakers_is_unknown_with_a_warning() -> None:
    with pytest.warns(H2HWarning, match="Unknown"):
        got = rows("vtt", "captions.vtt")
    assert got == [("Unknown", "so I guess we should start", 0.0, 2.0), ("Unknown", "yeah let's do it", 4.5, 7.0)]


def test_vtt_rolling_captions_keep_each_line_once() -> None:
    with pytest.warns(H2HWarning):
        got = rows("vtt", "youtube_auto.vtt")
    # cue 2 only repeats cue 1 (dropped as empty), cue 3 opens with the same line again
    assert got == [("Unknown", "so I guess", 0.0, 2.0), ("Unknown", "we should start", 2.01, 4.0)]


def test_vtt_same_words_said_twice_by_a_named_speaker_stay_twice(tmp_path: Path) -> None:
    p = tmp_path / "yeah.vtt"
    p.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nSam: Yeah.\n\n00:02.000 --> 00:03.000\nSam: Yeah.\n")
    assert [u.text for u in get_reader("vtt").parse(p)] == ["Yeah.", "Yeah."]


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("00:00:01.000 --> 00:00:02.000\nhi\n", 1, "WEBVTT"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nhi\n", 3, "timing"),
        ("WEBVTT\n\nhello\nworld\n", 4, "timing"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nhi\n", 3, "ends before"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi\n00:00:02.000 --> 00:00:03.000\nho\n", 5, "blank line"),
    ],
)
def test_vtt_malformed(tmp_path: Path, text: str, line: int, what: str) -> None:
    p = tmp_path / "bad.vtt"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("vtt").parse(p))
    assert err.value.line == line
    assert what in err.value.message


def test_vtt_header_only_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "empty.vtt"
    p.write_text("WEBVTT\n\nNOTE nothing here\n", encoding="utf-8")
    with pytest.raises(ParseError, match="no cues"):
        list(get_reader("vtt").parse(p))


# ---------------------------------------------------------------- SRT


def test_srt_name_prefixes_markup_and_sound_lines() -> None:
    assert rows("srt", "names.srt") == [
        ("MAYA", "Where were you last night?", 1.0, 3.5),
        ("SAM", "Out. With people from work.", 3.6, 6.0),
        ("MAYA", "You could have told me. I waited up.", 6.1, 8.0),
        ("SAM", "I know. I'm sorry.", 9.1, 12.0),
    ]


def test_srt_dashes_alternate_two_speakers() -> None:
    got = rows("srt", "dashes.srt")
    assert [(s, t) for s, t, _, _ in got] == [
        ("Speaker 1", "Where were you?"),
        ("Speaker 2", "At work."),
        ("Speaker 1", "Until midnight?"),
        ("Speaker 2", "I lost track of time."),  # cue 4 follows without a blank line
        ("Speaker 1", "It's fine."),
        ("Speaker 2", "It's not fine, is it?"),
    ]
    # cue 2 (2.6-5.0) split 2 words : 2 words; cue 4 (7.1-9.9) split 2 : 5 -> 7.1 + 2.8 * 2/7 = 7.9
    times = [t for _, _, s, e in got for t in (s, e)]
    assert times == pytest.approx([1.0, 2.5, 2.6, 3.8, 3.8, 5.0, 5.1, 7.0, 7.1, 7.9, 7.9, 9.9])


@pytest.mark.parametrize(
    ("before", "name", "wraps"),
    [
        ("Nell: Welcome back to Two Old Friends. This", "week", True),  # the sentence carries on
        ("and the reason is really", "simple", True),
        ("Nell: Welcome back.", "ravi", False),  # the line before ended its sentence
        ("Are you okay?", "sam", False),
        ("I was going to-", "sam", False),  # cut off
        ('He said "no."', "maya", False),
        ("Welcome back to the show, this", "Ravi", False),  # a capitalised name is a name
        ("Welcome back to the show, this", "dr lee", False),  # not one word
        (None, "week", False),  # the cue's first line
    ],
)
def test_wraps_on(before: str | None, name: str, wraps: bool) -> None:
    assert wraps_on(before, name) is wraps


@pytest.mark.parametrize("suffix", [".srt", ".vtt"])
def test_a_wrapped_subtitle_line_is_no_new_speaker(tmp_path: Path, suffix: str) -> None:
    """Subtitles wrap at a width: "... This" / "week: should phones be banned?" is one sentence by one speaker,
    while "ravi: Hello." after a finished line, or a name in capitals, is a new speaker."""
    cues = [
        ("00:00:01,000", "00:00:05,000", "Nell: Welcome back to Two Old Friends. This\nweek: should phones be banned?"),
        ("00:00:05,500", "00:00:08,000", "Nell: That is today's question.\nravi: And I say yes."),
        ("00:00:08,500", "00:00:10,000", "Ravi: Because kids need the\nbreak: six hours without a screen."),
    ]
    p = tmp_path / f"podcast{suffix}"
    if suffix == ".srt":
        p.write_text("".join(f"{i}\n{a} --> {b}\n{t}\n\n" for i, (a, b, t) in enumerate(cues, 1)), encoding="utf-8")
    else:
        body = "".join(f"{a.replace(',', '.')} --> {b.replace(',', '.')}\n{t}\n\n" for a, b, t in cues)
        p.write_text("WEBVTT\n\n" + body, encoding="utf-8")
    (conv,) = read(p)
    assert [(u.speaker, u.text) for u in conv.utterances] == [
        ("Nell", "Welcome back to Two Old Friends. This week: should phones be banned?"),
        ("Nell", "That is today's question."),  # each cue is an utterance
        ("ravi", "And I say yes."),
        ("Ravi", "Because kids need the break: six hours without a screen."),
    ]


def test_srt_without_speakers_warns(tmp_path: Path) -> None:
    p = tmp_path / "film.srt"
    p.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:02,500 --> 00:00:03,000\nHi.\n")
    with pytest.warns(H2HWarning):
        got = [(u.speaker, u.text) for u in get_reader("srt").parse(p)]
    assert got == [("Unknown", "Hello there."), ("Unknown", "Hi.")]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("1\n00:00:01,000 --> 00:00:02,000\nhi\n\nfoo bar\n", 5),
        ("1\n00:00:01,000 -> 00:00:02,000\nhi\n", 1),
        ("1\n00:00:01,000 --> 00:00:02,oo0\nMAYA: hi\n", 2),
    ],
)
def test_srt_malformed(tmp_path: Path, text: str, line: int) -> None:
    p = tmp_path / "bad.srt"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err, warnings.catch_warnings():
        warnings.simplefilter("ignore", H2HWarning)
        list(get_reader("srt").parse(p))
    assert err.value.line == line


# ---------------------------------------------------------------- Otter


def test_otter_headers_end_is_next_start_footer_dropped() -> None:
    assert rows("otter", "sunday_call.txt") == [
        ("Maya Chen", "Hi Dad. Can you hear me?", 3.0, 7.0),
        ("Robert Chen", "Yes, loud and clear. How are you doing, love?", 7.0, 12.0),
        ("Maya Chen", "Honestly, a bit lonely since the move. I didn't want to worry you.", 12.0, 3735.0),
        ("Robert Chen", "I'm glad you told me.", 3735.0, None),
    ]


@pytest.mark.parametrize(
    "headers",
    [
        ("Speaker 1 [00:00:05]", "Speaker 2 [00:00:09]"),  # the clock in brackets after the name
        ("Speaker 1 (0:05)", "Speaker 2 (0:09)"),
        ("[00:00:05] Speaker 1", "[00:00:09] Speaker 2"),  # or before it
        ("00:00:05 Speaker 1", "00:00:09 Speaker 2"),  # Word's Transcribe
        ("Speaker 1 (she/her)  0:05", "Speaker 2\t0:09"),  # a display name's note
    ],
)
def test_otter_layout_written_by_other_tools(tmp_path: Path, headers: tuple[str, str]) -> None:
    p = tmp_path / "t.txt"
    p.write_text(f"{headers[0]}\nHow was it?\n\n{headers[1]}\nNot great.\n", encoding="utf-8")
    assert detect(p).name == "otter"
    first = headers[0].split("  ")[0] if "she/her" in headers[0] else "Speaker 1"
    assert [(u.speaker, u.text, u.start, u.end) for u in get_reader("otter").parse(p)] == [
        (first, "How was it?", 5.0, 9.0),
        ("Speaker 2", "Not great.", 9.0, None),
    ]


def test_name_text_lines_with_clocks_stay_plain(tmp_path: Path) -> None:
    # A colon after the name makes it a "Name: text" line, whatever the clock: the otter headers never have one.
    p = tmp_path / "t.txt"
    p.write_text("00:00:05 Maya: How was it?\n[00:00:09] Sam: Not great.\n", encoding="utf-8")
    assert detect(p).name == "plain"


def test_otter_without_header_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text("Just some notes\nabout the call.\n")
    with pytest.raises(ParseError) as err:
        list(get_reader("otter").parse(p))
    assert err.value.line == 1


# ---------------------------------------------------------------- Zoom meeting chat


def test_zoom_chat_headers_replies_reactions_and_direct_messages() -> None:
    # The reply's quote is not words anyone said to the other; a reaction, which Zoom writes as a message of its
    # own, is the reactor's emoji alone (a removed one nothing); times count from the first.
    assert rows("zoom_chat", "zoom_chat.txt") == [
        ("Maya Lopez", "How was the appointment?", 0.0, None),
        ("Sam Ortiz", "Not great honestly.\nI am scared of the results", 33.0, None),
        ("Maya Lopez", "that sounds scary. what did they say?", 55.0, None),
        ("Sam Ortiz", "❤️", 63.0, None),
    ]


def test_zoom_chat_removed_reaction_is_no_message(tmp_path: Path) -> None:
    p = tmp_path / "meeting_saved_chat.txt"
    p.write_text('14:03:07 From Maya to Everyone:\n\thi\n14:03:09 From Sam to Everyone:\n\tReacted to "hi" with 👍\n'
                 '14:03:12 From Sam to Everyone:\n\tRemoved a 👍 reaction from "hi"\n', encoding="utf-8")  # fmt: skip
    assert [(u.speaker, u.text) for u in read(p)[0]] == [("Maya", "hi"), ("Sam", "👍")]


def test_zoom_chat_earlier_layout_across_midnight() -> None:
    assert rows("zoom_chat", "zoom_chat_old.txt") == [
        ("Maya Lopez", "How was the appointment?", 0.0, None),
        ("Sam Ortiz", "Not great honestly", 33.0, None),
        ("Maya Lopez", "that sounds scary", 63.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Maya: hi\nSam: hello\n", 1),  # no header at all
        ("14:03:07 From Maya to Everyone:\n14:03:09 From Sam to Everyone:\n", None),  # headers, no message
        ("14:03:07 From Maya to Everyone:\n\thi\n25:03:09 From Sam to Everyone:\n\they\n", 3),  # no such time
    ],
)
def test_zoom_chat_malformed(tmp_path: Path, text: str, line: int | None) -> None:
    p = tmp_path / "chat.txt"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("zoom_chat").parse(p))
    assert err.value.line == line


# ---------------------------------------------------------------- CHAT


def test_cha_participants_bullets_and_codes() -> None:
    us = parse("cha", "ross.cha")
    assert [(u.speaker, u.text, u.start, u.end) for u in us] == [
        ("Mary", "what do you want for snack?", 1.23, 3.45),
        ("Ross", "I want I want cookie.", 3.5, 5.12),
        ("Mary", "uh you had two already.", 5.2, 7.0),
        # *CHI: xxx . is dropped: nothing intelligible is left
        ("Investigator", "is he going to nursery?", 7.4, 9.0),
        ("Mary", "yes because I work on Mondays and Tuesdays now...", 9.1, 12.0),
        ("Ross", "I'm doggie!", 12.1, 13.0),
        ("Mary", "you a doggie?", 13.1, 14.0),
    ]
    assert [u.role for u in us[:2]] == ["Mother", "Target_Child"]


def test_cha_role_word_when_no_name_and_codes_for_clashes(tmp_path: Path) -> None:
    from heart2heart.formats.cha import participants

    assert participants(" CHI Target_Child, MOT Mother") == {
        "CHI": ("Target Child", "Target_Child"),
        "MOT": ("Mother", "Mother"),
    }
    assert participants("AD1 Adult, AD2 Adult") == {"AD1": ("Adult (AD1)", "Adult"), "AD2": ("Adult (AD2)", "Adult")}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("hello\n*CHI:\thi .\n", 1),
        ("@UTF8\n@Begin\n*CHI:\thi .\nrandom words here\n@End\n", 4),
        ("@UTF8\n@Begin\n@End\n", None),
        ("@UTF8\n@Begin\n*CHI:\txxx .\n@End\n", None),
        ("@UTF8\n@Begin\n*CHI:\thi . \x155000_4000\x15\n@End\n", 3),
    ],
)
def test_cha_malformed(tmp_path: Path, text: str, line: int | None) -> None:
    p = tmp_path / "bad.cha"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("cha").parse(p))
    assert err.value.line == line


# ---------------------------------------------------------------- canonical JSONL / CSV


def test_jsonl_rows_labels_and_default_conversation() -> None:
    us = parse("jsonl", "rows.jsonl")
    assert [(u.conversation, u.speaker) for u in us] == [
        ("dinner", "Maya"),
        ("dinner", "Sam"),
        ("dinner", "Maya"),
        ("rows", "Therapist"),
        ("rows", "Client"),
    ]
    assert us[1].text == "Tired. Work is a lot. 😮\u200d💨"
    assert us[0].time is not None and us[0].time.isoformat() == "2024-03-01T21:14:00"
    labels = us[2].labels
    assert labels is not None and labels.question == "open" and labels.reflection is True
    assert labels.empathy.exploration == 2 and labels.emotion == "caring" and labels.valence == 0.4
    assert (us[4].start, us[4].end, us[4].role) == (2.9, 4.1, "client")


def test_csv_rows_quoted_multiline_media_and_labels() -> None:
    us = parse("csv", "rows.csv")
    assert [(u.conversation, u.speaker, u.start, u.end) for u in us] == [
        ("walk", "Maya", 0.0, 3.2),
        ("walk", "Sam", 3.5, 4.0),
        ("walk", "Maya", 4.2, 9.8),
        ("walk", "Sam", 10.0, None),
        ("rows", "Ann", 1.0, 2.0),
    ]
    assert us[0].text == "Can I tell you something?\nIt's been on my mind."
    assert us[2].text == 'I\'ve been scared, "really" scared, about the test results.'
    assert us[1].labels is not None and us[1].labels.backchannel is True
    assert us[2].labels is not None and us[2].labels.disclosure == 3
    assert [u.media for u in us] == [False, False, False, True, False]


def test_canonical_round_trip_through_iter_utterances() -> None:
    conversations = list(group(iter_utterances(FIX / "rows.jsonl", format="jsonl")))
    assert [(c.id, len(c)) for c in conversations] == [("dinner", 3), ("rows", 2)]
    assert [u.index for u in conversations[0]] == [0, 1, 2]


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ('{"speaker": "a", "text": "b"}\n{"speaker": "a", "text": \n', 2, "bad JSON"),
        ('{"speaker": "a", "text": "b"}\n\n{"text": "c"}\n', 3, "missing 'speaker'"),
        ('{"speaker": "a"}\n', 1, "missing 'text'"),
        ("[1, 2]\n", 1, "JSON object"),
        ('{"speaker": "a", "text": "b", "start": "soon"}\n', 1, "'start'"),
        ('{"speaker": "a", "text": "b", "time": "yesterday"}\n', 1, "'time'"),
        ('{"speaker": "a", "text": "b", "time": "9999-12-31T23:59:59-23:59"}\n', 1, "'time'"),
        ('{"speaker": "a", "text": "b", "labels": {"disclosure": "lots"}}\n', 1, "bad value"),
        ('{"speaker": "a", "text": "b"}\n{"speaker": "a", "text": "b", "start": 3.5, "end": 0.5}\n', 2, "'end' (0.5)"),
        (
            '{"conversation": "x", "speaker": "a", "text": "b"}\n{"conversation": "y", "speaker": "a", "text": "b"}\n'
            '{"conversation": "x", "speaker": "a", "text": "b"}\n',
            3,
            "contiguous",
        ),
    ],
)
def test_jsonl_malformed(tmp_path: Path, text: str, line: int, what: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("jsonl").parse(p))
    assert err.value.line == line
    assert what in err.value.message


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("who,said\nMaya,hi\n", 1, "header"),
        ("speaker,text\nMaya,hi\nSam,hi,extra\n", 3, "expected 2 columns"),
        ("speaker,text,labels\nMaya,hi,{oops\n", 2, "labels"),
        ("speaker,text,media\nMaya,hi,maybe\n", 2, "media"),
        # a truncated number ("4.0" -> ".0") must not give an utterance that ends before it starts
        ("speaker,text,start,end\nMaya,hi,0.0,3.2\nSam,ok,3.5,.0\n", 3, "is before 'start' (3.5)"),
        ('speaker,text\nMaya,"hi\nthere"\n,oops\n', 4, "speaker"),
        ("speaker,text\n", None, "no rows"),
    ],
)
def test_csv_malformed(tmp_path: Path, text: str, line: int | None, what: str) -> None:
    p = tmp_path / "bad.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("csv").parse(p))
    assert err.value.line == line
    assert what in err.value.message


def test_jsonl_streams_without_reading_the_whole_file(tmp_path: Path) -> None:
    """The first utterance comes out before a bad line further down is even looked at."""
    p = tmp_path / "big.jsonl"
    p.write_text('{"speaker": "a", "text": "b"}\n' * 3 + "not json\n", encoding="utf-8")
    stream = get_reader("jsonl").parse(p)
    assert next(stream).speaker == "a"
    with pytest.raises(ParseError) as err:
        list(stream)
    assert err.value.line == 4


# ---------------------------------------------------------------- sniffing


OWN_FORMAT = {
    "interview.txt": "plain",
    "kitchen.txt": "plain",
    "zoom.vtt": "vtt",
    "teams.vtt": "vtt",
    "captions.vtt": "vtt",
    "youtube_auto.vtt": "vtt",
    "names.srt": "srt",
    "dashes.srt": "srt",
    "sunday_call.txt": "otter",
    "ross.cha": "cha",
    "rows.jsonl": "jsonl",
    "rows.csv": "csv",
    "zoom_chat.txt": "zoom_chat",
    "zoom_chat_old.txt": "zoom_chat",
}
MINE = sorted(set(OWN_FORMAT.values()))


@pytest.mark.parametrize("name", sorted(OWN_FORMAT))
def test_own_reader_is_the_most_confident_of_these_readers(name: str) -> None:
    probe = Probe.of(FIX / name)
    scores = {fmt: get_reader(fmt).sniff(probe) for fmt in MINE}
    assert all(0.0 <= s <= 1.0 for s in scores.values())
    best = max(scores, key=lambda f: scores[f])
    assert best == OWN_FORMAT[name], scores
    others = [s for f, s in scores.items() if f != best]
    assert scores[best] > max(others)


def test_plain_sniff_is_moderate() -> None:
    """Plain text is a fallback: even a perfect "Name: text" file stays within 0.3-0.6."""
    assert 0.3 <= get_reader("plain").sniff(Probe.of(FIX / "kitchen.txt")) <= 0.6
    assert 0.3 <= get_reader("plain").sniff(Probe.of(FIX / "interview.txt")) <= 0.6


def test_csv_column_aliases(tmp_path: Path) -> None:
    # A dataset's own column names (AnnoMI's) are read as the canonical ones; other columns are ignored.
    p = tmp_path / "annomi.csv"
    p.write_text(
        "mi_quality,transcript_id,utterance_id,interlocutor,timestamp,utterance_text\n"
        "high,7,0,therapist,00:00:01,How have you been?\n"
        'high,7,1,client,00:00:04,"Tired, honestly."\n'
        "low,8,0,therapist,00:00:02,You need to stop.\n",
        encoding="utf-8",
    )
    assert get_reader("csv").sniff(Probe.of(p)) == 0.95
    us = list(get_reader("csv").parse(p))
    assert [(u.conversation, u.speaker, u.text) for u in us] == [
        ("7", "therapist", "How have you been?"),
        ("7", "client", "Tired, honestly."),
        ("8", "therapist", "You need to stop."),
    ]


def test_csv_one_row_per_coder_is_read_once(tmp_path: Path) -> None:
    """AnnoMI-full gives each utterance of some transcripts once per coder, in a row: read once. A repeated id with
    other words (or another speaker) is a different utterance and is kept, and so is a repeat that is not adjacent."""
    p = tmp_path / "annomi-full.csv"
    p.write_text(
        "transcript_id,utterance_id,interlocutor,utterance_text,annotator_id,reflection_exists\n"
        "7,0,therapist,How have you been?,0,False\n"
        "7,0,therapist,How have you been?,1,False\n"
        "7,0,therapist,How have you been?,2,True\n"
        '7,1,client,"Tired, honestly.",0,False\n'
        '7,1,client,"Tired, honestly.",1,False\n'
        "7,2,therapist,Mm.,0,False\n"
        "7,2,therapist,Mm-hmm.,1,False\n"
        "7,3,client,Yeah.,0,False\n"
        "7,4,therapist,Mm.,0,False\n",
        encoding="utf-8",
    )
    (conv,) = read(p)
    assert [(u.index, u.speaker, u.text) for u in conv.utterances] == [
        (0, "therapist", "How have you been?"),
        (1, "client", "Tired, honestly."),
        (2, "therapist", "Mm."),
        (3, "therapist", "Mm-hmm."),
        (4, "client", "Yeah."),
        (5, "therapist", "Mm."),
    ]
    q = tmp_path / "canonical.csv"
    q.write_text("conversation,index,speaker,text\nc,0,Ana,hi\nc,0,Ana,hi\nc,1,Ben,hey\n", encoding="utf-8")
    assert [u.text for u in get_reader("csv").parse(q)] == ["hi", "hey"]
    r = tmp_path / "no-ids.csv"
    r.write_text("speaker,text\nAna,hi\nAna,hi\n", encoding="utf-8")
    assert [u.text for u in get_reader("csv").parse(r)] == ["hi", "hi"]  # without ids, two messages


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("name,utterance", "Ana,hi there"),
        ("user,content", "Ana,hi there"),
        ("From,Body", "Ana,hi there"),
        ("chat_id,sender_name,msg", "c7,Ana,hi there"),
        ("start_time,end_time,speaker,text", "00:00:01.5,00:00:03,Ana,hi there"),
    ],
)
def test_csv_other_tools_column_names(tmp_path: Path, header: str, row: str) -> None:
    p = tmp_path / "export.csv"
    p.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert get_reader("csv").sniff(Probe.of(p)) == 0.95
    [u] = list(get_reader("csv").parse(p))
    assert (u.speaker, u.text) == ("Ana", "hi there")
    assert u.conversation == ("c7" if "chat_id" in header else "export")
    assert (u.start, u.end) == ((1.5, 3.0) if "start_time" in header else (None, None))


@pytest.mark.parametrize(
    "row",
    [
        '{"author": "Ana", "message": "hi there"}',
        '{"Speaker": "Ana", "Text": "hi there"}',
        '{"user": "Ana", "content": "hi there", "thread_id": "t1"}',
        '{"author": {"id": "5775", "name": "Ana"}, "content": "hi there", "attachments": []}',
    ],
)
def test_jsonl_other_tools_keys(tmp_path: Path, row: str) -> None:
    p = tmp_path / "export.jsonl"
    p.write_text(row + "\n", encoding="utf-8")
    assert get_reader("jsonl").sniff(Probe.of(p)) == 0.95
    [u] = list(get_reader("jsonl").parse(p))
    assert (u.speaker, u.text) == ("Ana", "hi there")
    assert u.conversation == ("t1" if "thread_id" in row else "export")


def test_json_array_of_rows(tmp_path: Path) -> None:
    p = tmp_path / "messages.json"
    p.write_text(
        '\n[\n  {"speaker": "Ana", "text": "hi", "start": 0},\n  {"author": "Ben", "message": "hey", "start": 2}\n]\n',
        encoding="utf-8",
    )
    assert get_reader("jsonl").sniff(Probe.of(p)) == 0.5  # a fallback: exports' own arrays (Slack) come first
    assert detect(p).name == "jsonl"
    assert [(u.conversation, u.speaker, u.text, u.start) for u in get_reader("jsonl").parse(p)] == [
        ("messages", "Ana", "hi", 0.0),
        ("messages", "Ben", "hey", 2.0),
    ]


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ('[{"speaker": "a", "text": "b"},\n {"speaker": "c"}\n]', 2, "missing 'text'"),
        ('[{"speaker": "a", "text": "b"},\n\n {"speaker": "c", "text": }]', 3, "bad JSON in the array"),
        ('[{"speaker": "a", "text": "b"}\n {"speaker": "c", "text": "d"}]', 2, "expected ',' or ']'"),
        ('[{"speaker": "a", "text": "b"}]\nmore', 2, "after the array"),
        ('[{"speaker": "a", "text": "b"}, ' + "[" * 100_000, 1, "nested too deeply"),
        ("[]", None, "no rows found"),
    ],
)
def test_json_array_malformed(tmp_path: Path, text: str, line: int | None, what: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("jsonl").parse(p))
    assert (err.value.line, what in err.value.message) == (line, True)


def test_camel_case_keys_and_columns(tmp_path: Path) -> None:
    """A JavaScript app's rows name their fields in camelCase: read as the snake_case aliases."""
    p = tmp_path / "rows.jsonl"
    p.write_text(
        '{"conversationId": "c1", "speakerName": "Ana", "messageText": "Can I tell you something?", '
        '"createdAt": "2024-03-14T20:02:11Z"}\n'
        '{"conversationId": "c1", "displayName": "Ben", "messageText": "Of course.", "createdAt": 1710446580}\n',
        encoding="utf-8",
    )
    assert [(u.conversation, u.speaker, u.text, str(u.time)) for u in get_reader("jsonl").parse(p)] == [
        ("c1", "Ana", "Can I tell you something?", "2024-03-14 20:02:11"),
        ("c1", "Ben", "Of course.", "2024-03-14 20:03:00"),
    ]
    c = tmp_path / "rows.csv"
    c.write_text("speakerLabel,startTime,endTime,utteranceText\nA,0.5,1.9,How are you?\nB,2.1,3.0,Tired.\n")
    assert [(u.speaker, u.text, u.start, u.end) for u in get_reader("csv").parse(c)] == [
        ("A", "How are you?", 0.5, 1.9),
        ("B", "Tired.", 2.1, 3.0),
    ]


@pytest.mark.parametrize(
    ("name", "field"),
    [("createdAt", "created_at"), ("startTime", "start_time"), ("CONVERSATION ID", "conversation_id"),
     ("userID", "user_id"), ("Message-Text", "message_text"), ("originalarrivaltime", "originalarrivaltime"),
     ("ID", "id"), ("\ufeffSpeaker", "speaker")],
)  # fmt: skip
def test_field_names(name: str, field: str) -> None:
    assert field_name(name) == field


def test_a_row_without_words_that_sends_an_attachment_is_a_placeholder(tmp_path: Path) -> None:
    p = tmp_path / "rows.jsonl"
    p.write_text(
        '{"sender": "Mum", "text": "Send me a photo", "attachment": null}\n'
        '{"sender": "Freya", "text": null, "attachment": "photos/IMG_5530.jpg"}\n'
        '{"sender": "Freya", "text": "", "files": [{"name": "voice.opus"}]}\n'
        '{"speaker": "Mum", "text": null, "media": true}\n',
        encoding="utf-8",
    )
    assert [(u.speaker, u.text, u.media) for u in get_reader("jsonl").parse(p)] == [
        ("Mum", "Send me a photo", False),
        ("Freya", "<attachment: IMG_5530.jpg>", True),
        ("Freya", "<media>", True),
        ("Mum", "<media>", True),
    ]
    p.write_text('{"sender": "Freya", "text": null, "attachment": null}\n', encoding="utf-8")
    with pytest.raises(ParseError, match="missing 'text'"):
        list(get_reader("jsonl").parse(p))


def test_an_apps_own_notices_in_a_json_message_list_are_no_ones_words(tmp_path: Path) -> None:
    p = tmp_path / "message.json"  # GroupMe's data export
    p.write_text(
        '[{"created_at": 1710446531, "name": "Sam Rivera", "sender_type": "user", "system": false, "text": "hi all"},\n'
        ' {"created_at": 1710446560, "name": "GroupMe", "sender_type": "system", "system": true,'
        ' "text": "Jin Park changed the group\'s name to Roomies"},\n'
        ' {"created_at": 1710446590, "name": "Jin Park", "sender_type": "user", "system": false, "text": "hey"}]\n',
        encoding="utf-8",
    )
    assert [(u.speaker, u.text) for u in read(p)[0]] == [("Sam Rivera", "hi all"), ("Jin Park", "hey")]


def test_jsonl_canonical_key_wins_over_an_alias(tmp_path: Path) -> None:
    p = tmp_path / "both.jsonl"
    p.write_text('{"speaker": "Ana", "author": "ignored", "message": "Hello there"}\n', encoding="utf-8")
    [u] = list(get_reader("jsonl").parse(p))
    assert (u.speaker, u.text) == ("Ana", "Hello there")


def test_csv_discordchatexporter_events_and_attachments(tmp_path: Path) -> None:
    # DiscordChatExporter's CSV writes server and group events as their author's messages, and a message of
    # attachments alone with empty content.
    p = tmp_path / "general.csv"
    p.write_text(
        '"AuthorID","Author","Date","Content","Attachments","Reactions"\n'
        '"1","priya_s","2024-02-11T20:14:03.075+01:00","Joined the server.","",""\n'
        '"2","marco","2024-02-11T20:14:57.016+01:00","did you see the news?","","\U0001f440 (1)"\n'
        '"1","priya_s","2024-02-11T20:15:10.000+01:00","","https://cdn.discordapp.com/attachments/1/2/IMG_0412.jpg",""\n'
        '"2","marco","2024-02-11T20:16:00.000+01:00","Started a call that lasted 12 minutes.","",""\n'
        '"2","marco","2024-02-11T20:30:00.000+01:00","Pinned a message.","",""\n'
        '"1","priya_s","2024-02-11T20:31:00.000+01:00","Joined the server. (joke)","",""\n',
        encoding="utf-8",
    )
    assert [(u.speaker, u.text, u.media) for u in get_reader("csv").parse(p)] == [
        ("marco", "did you see the news?", False),
        ("priya_s", "<attachment: IMG_0412.jpg>", True),
        ("priya_s", "Joined the server. (joke)", False),
    ]
    other = tmp_path / "mine.csv"  # the same words in another tool's CSV are somebody's message
    other.write_text("author,content\npriya,Pinned a message.\n", encoding="utf-8")
    assert [u.text for u in get_reader("csv").parse(other)] == ["Pinned a message."]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("excel.csv", "\ufeffNr;Zeitstempel;Sprecher;Äußerung;Dauer (s)\r\n1;14.03.2024 12:31:05;Jana;Hi, Lukas;6,5\r\n"
         '2;14.03.2024 12:31:13;Lukas;"Hallo; na?\r\nalles gut";7,6\r\n'),
        ("diarised.tsv", "start\tend\tspeaker\ttranscript\n00:00:00.299\t00:00:03.368\tJana\tHi, Lukas\n"
         '00:00:03.853\t00:00:05.191\tLukas\t"Hallo; na?\nalles gut"\n'),
        ("bars.csv", "speaker|text\nJana|Hi, Lukas\nLukas|\"Hallo; na?\nalles gut\"\n"),
    ],
    ids=["semicolons-german-headers", "tabs", "bars"],
)  # fmt: skip
def test_csv_other_delimiters_and_other_languages_headers(tmp_path: Path, name: str, text: str) -> None:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    assert detect(p).name == "csv"
    assert [(u.speaker, u.text) for u in read(p)[0]] == [("Jana", "Hi, Lukas"), ("Lukas", "Hallo; na?\nalles gut")]


def test_whisperx_segments(tmp_path: Path) -> None:
    p = tmp_path / "call.json"
    segments = [
        {"start": 0.777, "end": 5.381, "text": " Right, are you both watching?", "speaker": "SPEAKER_00",
         "words": [{"word": "Right,", "start": 0.777, "end": 1.093, "speaker": "SPEAKER_00"}]},
        {"start": 5.543, "end": 6.306, "text": " Yes, Nana.", "speaker": "SPEAKER_01", "words": []},
        {"start": 6.5, "end": 7.0, "text": " Mm.", "words": []},
    ]  # fmt: skip
    p.write_text(json.dumps({"segments": segments, "word_segments": []}, indent=2), encoding="utf-8")
    assert detect(p).name == "jsonl"
    assert [(u.speaker, u.text, u.start, u.end) for u in read(p)[0]] == [
        ("SPEAKER_00", "Right, are you both watching?", 0.777, 5.381),
        ("SPEAKER_01", "Yes, Nana.", 5.543, 6.306),
        ("Unknown", "Mm.", 6.5, 7.0),  # a segment WhisperX could not give a speaker
    ]
    plain = tmp_path / "whisper.json"  # Whisper itself does not diarise: one speaker, said so
    plain.write_text(json.dumps({"text": "hi", "segments": [{"start": 0.0, "end": 1.0, "text": " hi"}]}), "utf-8")
    with pytest.warns(H2HWarning, match="no speakers"):
        assert [u.speaker for u in read(plain)[0]] == ["Unknown"]


def test_fireflies_sentences(tmp_path: Path) -> None:
    p = tmp_path / "call.json"
    doc = {"title": "Noor / Ben", "speakers": [{"id": 0, "name": "Ben"}, {"id": 1, "name": "Noor"}], "sentences": [
        {"index": 0, "speaker_name": "Ben", "speaker_id": 0, "text": "Did you see it?", "raw_text": "Did you see it?",
         "start_time": 1.82, "end_time": 5.17},
        {"index": 1, "speaker_name": "Noor", "speaker_id": 1, "text": "Yeah, this morning.", "start_time": 6.06,
         "end_time": 8.01},
    ]}  # fmt: skip
    p.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert detect(p).name == "jsonl"
    assert [(u.speaker, u.text, u.start, u.end) for u in read(p)[0]] == [
        ("Ben", "Did you see it?", 1.82, 5.17),
        ("Noor", "Yeah, this morning.", 6.06, 8.01),
    ]


def test_fathom_copied_transcript(tmp_path: Path) -> None:
    p = tmp_path / "fathom.txt"
    p.write_text(
        "Team sync - March 6\nVIEW RECORDING - 2 mins (No highlights): https://fathom.video/share/x\n\n---\n\n"
        "0:01 - Sam Ortiz\n  Okay, quick one before I write it up.\n\n"
        "0:12 - Helen Park\n  I think the research is strong.\n",
        encoding="utf-8",
    )
    assert detect(p).name == "otter"
    assert [(u.speaker, u.text, u.start) for u in read(p)[0]] == [
        ("Sam Ortiz", "Okay, quick one before I write it up.", 1.0),  # the title and the link are no one's words
        ("Helen Park", "I think the research is strong.", 12.0),
    ]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"messages": [
            {"creator": {"name": "Ana Costa", "email": "a@x.com"}, "created_date":
             "Wednesday, April 3, 2024 at 12:20:37\u202fPM UTC", "text": "Did you see it?", "topic_id": "t"},
            {"creator": {"name": "Ravi Menon"}, "created_date": "Wednesday, April 3, 2024 at 12:21:43\u202fPM UTC",
             "text": "Yeah, skimmed it."}]},
         [("Ana Costa", "Did you see it?", "2024-04-03T12:20:37"),
          ("Ravi Menon", "Yeah, skimmed it.", "2024-04-03T12:21:43")]),
        ({"userId": "8:live:me", "conversations": [{"id": "8:live:tom", "displayName": "Tom Reed", "MessageList": [
            {"displayName": "Marek Nowak", "originalarrivaltime": "2024-03-17T20:42:22.539Z", "messagetype": "RichText",
             "content": "Thanks &amp; see you", "from": "8:live:me"},
            {"displayName": None, "originalarrivaltime": "2024-03-17T20:42:00.000Z", "messagetype": "Event/Call",
             "content": "<partlist/>", "from": "8:live:tom"},
            {"displayName": "Tom Reed", "originalarrivaltime": "2024-03-17T20:41:38.408Z", "messagetype": "RichText",
             "content": '<a href="https://x.com/">https://x.com/</a>', "from": "8:live:tom"}]}]},
         [("Tom Reed", "https://x.com/", "2024-03-17T20:41:38.408000"),
          ("Marek Nowak", "Thanks & see you", "2024-03-17T20:42:22.539000")]),
    ],
    ids=["google-chat-takeout", "skype-newest-first"],
)  # fmt: skip
def test_chat_apps_json_exports(tmp_path: Path, doc: dict[str, object], expected: list[tuple[str, str, str]]) -> None:
    p = tmp_path / "messages.json"
    p.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert detect(p).name == "jsonl"
    got = [(u.speaker, u.text, u.time.isoformat() if u.time else "") for u in read(p)[0]]
    assert got == expected


def test_another_apps_nested_json_chat(tmp_path: Path) -> None:
    # Authors by participant id, texts in a body object, times with offsets: read as rows with their names.
    p = tmp_path / "export.json"
    chat = {
        "export_version": "2.1",
        "conversation": {
            "id": "c_88a1f3",
            "participants": [{"id": "u_4791", "display_name": "Elif"}, {"id": "u_9471", "display_name": "Noah"}],
            "messages": [
                {
                    "id": "m1",
                    "author": {"id": "u_9471"},
                    "sent_at": "2024-05-02T20:11:27+02:00",
                    "body": {"type": "text", "text": "did you book the table?"},
                },
                {
                    "id": "m2",
                    "author": {"id": "u_4791"},
                    "sent_at": "2024-05-02T20:12:30+02:00",
                    "body": {"type": "image", "url": "x.jpg"},
                },
                {"id": "m3", "author": {"name": "Noah"}, "sent_at": "2024-05-02T20:13:16+02:00", "body": "nice"},
            ],
        },
    }
    p.write_text(json.dumps(chat, indent=2), encoding="utf-8")  # fmt: skip
    assert detect(p).name == "jsonl"
    assert [(u.speaker, u.text, u.media, u.time.isoformat() if u.time else None) for u in read(p)[0]] == [
        ("Noah", "did you book the table?", False, "2024-05-02T18:11:27"),
        ("Elif", "<media>", True, "2024-05-02T18:12:30"),
        ("Noah", "nice", False, "2024-05-02T18:13:16"),
    ]


def test_csv_date_and_time_columns_give_seconds_from_the_first_time(tmp_path: Path) -> None:
    # An export with separate date and time columns: the times of day become start offsets, across midnight too.
    p = tmp_path / "party.csv"
    p.write_text(
        "date,time,speaker,utterance\n09/11/2024,23:59:02,Claire,hi!\n09/11/2024,23:59:05,Nat,hey you\n"
        "10/11/2024,00:00:12,Claire,so good to see you\n",
        encoding="utf-8",
    )
    us = list(get_reader("csv").parse(p))
    assert [(u.speaker, u.start, u.time) for u in us] == [
        ("Claire", 0.0, None),
        ("Nat", 3.0, None),
        ("Claire", 70.0, None),
    ]


@pytest.mark.parametrize(
    ("name", "text", "times"),
    [
        (
            "log.csv",
            "timestamp,speaker,text\n2024-01-16 19:41:03,Ana,hi\n2024-01-16 19:43:09,Ben,hey\n",
            ["2024-01-16T19:41:03", "2024-01-16T19:43:09"],
        ),
        (
            "log.jsonl",
            '{"sent_at": "2024-10-18T21:15:40Z", "sender": "Ana", "text": "hi"}\n'
            '{"sent_at": "2024-10-18T23:16:34+02:00", "sender": "Ben", "text": "hey"}\n',
            ["2024-10-18T21:15:40", "2024-10-18T21:16:34"],  # in UTC
        ),
        ("junk.csv", "Timestamp,speaker,text\nn/a,Ana,hi\n2024-01-16,Ben,hey\n", [None, None]),  # no time: skipped
        (
            "epoch.jsonl",
            '{"ts": 1729286140, "user": "Ana", "text": "hi"}\n{"ts": "1729286194500", "user": "Ben", "text": "hey"}\n',
            ["2024-10-18T21:15:40", "2024-10-18T21:16:34.500000"],  # Unix seconds, then milliseconds
        ),
    ],
)
def test_time_aliases(tmp_path: Path, name: str, text: str, times: list[str | None]) -> None:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    us = list(get_reader(name.split(".")[1]).parse(p))
    assert [u.time.isoformat() if u.time else None for u in us] == times
    assert [u.speaker for u in us] == ["Ana", "Ben"]


@pytest.mark.parametrize(
    ("stamp", "when"),
    [
        ("14/03/2024 20:02:11", "2024-03-14T20:02:11"),  # day first in a 24-hour clock
        ("02/10/2024 22:41:05", "2024-10-02T22:41:05"),  # ambiguous: day first
        ("3/14/2024 8:02 PM", "2024-03-14T20:02:00"),  # the month cannot be 14
        ("3/4/2024, 8:02:11\u202fPM", "2024-03-04T20:02:11"),  # a 12-hour clock: the US order
        ("1/2/24 10:00 a.m.", "2024-01-02T10:00:00"),
        ("14.03.24 20:02", "2024-03-14T20:02:00"),
        ("14-03-2024 20:02:11", "2024-03-14T20:02:11"),
        ("13/13/2024 10:00", None),
        ("14/03/2024", None),  # a date alone says no time
    ],
)
def test_spreadsheet_dates_in_a_time_column(tmp_path: Path, stamp: str, when: str | None) -> None:
    p = tmp_path / "chat.csv"
    p.write_text(f'sent,from,message\n"{stamp}",Ana,hi\n', encoding="utf-8")
    [u] = list(get_reader("csv").parse(p))
    assert (u.time.isoformat() if u.time else None) == when
    if when is not None:  # the canonical column takes them too
        p.write_text(f'time,speaker,text\n"{stamp}",Ana,hi\n', encoding="utf-8")
        [u] = list(get_reader("csv").parse(p))
        assert u.time is not None and u.time.isoformat() == when


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("20:26", 73560.0), ("20:26:02", 73562.0), ("8:26 PM", 73560.0), ("12:05 a.m.", 300.0), ("8:26\u202fpm", 73560.0)],
)
def test_time_of_day(text: str, seconds: float) -> None:
    assert time_of_day(text) == seconds


@pytest.mark.parametrize("text", ["24:00", "13:00 PM", "0:30 am", "20:61", "2024-01-16", "1:02:03:04", "soon"])
def test_time_of_day_refuses(text: str) -> None:
    assert time_of_day(text) is None


def test_newest_first_export_is_read_oldest_first(tmp_path: Path) -> None:
    # LinkedIn's messages.csv: upper-case names with spaces, newest message first, dates ending in "UTC".
    p = tmp_path / "messages.csv"
    p.write_text(
        "CONVERSATION ID,FROM,TO,DATE,CONTENT\n"
        "c1,Kev,Nat,2024-10-02 19:19:43 UTC,see you there\n"
        "c1,Nat,Kev,2024-10-02 19:08:15 UTC,I'll be in Lisbon\n"
        "c1,Kev,Nat,2024-10-02 19:08:15 UTC,coffee next week?\n"
        "c2,Nat,Ann,2024-10-01 09:00:00 UTC,hi\n",
        encoding="utf-8",
    )
    assert [(u.conversation, u.speaker, u.text) for u in get_reader("csv").parse(p)] == [
        ("c1", "Kev", "coffee next week?"),
        ("c1", "Nat", "I'll be in Lisbon"),
        ("c1", "Kev", "see you there"),
        ("c2", "Nat", "hi"),
    ]


@pytest.mark.parametrize(
    "starts",
    [[1.0, 1.0, 2.0, 3.0], [3.0, 2.0, 5.0, 6.0], [None, 2.0, 1.0, 0.5], [4.0, 4.0, 4.0, 4.0]],
    ids=["ascending", "back-then-forward", "partly-untimed", "all-equal"],
)
def test_only_a_conversation_that_only_goes_back_is_reversed(starts: list[float | None]) -> None:
    us = [Utterance("c", i, "a", str(i), start=t) for i, t in enumerate(starts)]
    assert list(in_time_order(us)) == us
    backwards = [Utterance("d", i, "a", str(i), start=t) for i, t in enumerate([9.0, 9.0, 4.0, 1.0])]
    assert list(in_time_order(us + backwards)) == us + backwards[::-1]


def test_timed_jsonl_still_streams(tmp_path: Path) -> None:
    """Rows are held only until the times go forward: the first comes out before a bad line further down."""
    p = tmp_path / "big.jsonl"
    p.write_text(
        "".join(f'{{"speaker": "a", "text": "b", "start": {t}}}\n' for t in (1, 2, 3)) + "not json\n", encoding="utf-8"
    )
    stream = get_reader("jsonl").parse(p)
    assert next(stream).start == 1.0
    with pytest.raises(ParseError) as err:
        list(stream)
    assert err.value.line == 4


def test_start_and_end_as_clocks(tmp_path: Path) -> None:
    # Diarisation tools write segment times as clocks.
    p = tmp_path / "segments.csv"
    p.write_text(
        "start,end,speaker,text\n00:00:02.889,00:00:10.415,Bill,Write this down.\n0:11,00:00:12,Chloe,Got it.\n",
        encoding="utf-8",
    )
    assert [(u.start, u.end) for u in get_reader("csv").parse(p)] == [
        (pytest.approx(2.889), pytest.approx(10.415)),
        (11.0, 12.0),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("start,speaker,text\n00:00:02,Bill,hi\n00:61:02,Chloe,hey\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        list(get_reader("csv").parse(bad))
    assert (err.value.line, "'start'" in err.value.message) == (3, True)


def test_csv_canonical_column_wins_over_an_alias(tmp_path: Path) -> None:
    p = tmp_path / "both.csv"
    p.write_text("speaker,author,text,message\nAna,ignored,Hello there,not this\n", encoding="utf-8")
    [u] = list(get_reader("csv").parse(p))
    assert (u.speaker, u.text) == ("Ana", "Hello there")


def test_recurring_roles_are_speakers_and_one_off_labels_are_not() -> None:
    # A role written in lower case after its first word is a speaker once it starts three lines of the file.
    prefixes = ["Health visitor", "Mum", "Health visitor", "Mum", "Health visitor", "My point", "My point", "My point"]
    prefixes += ["Next steps"] * 3 + ["Support worker"] * 2 + ["Team lead", "Team lead", "Team lead", None]
    assert recurring_roles(prefixes) == {"Health visitor", "Team lead"}
    assert recurring_roles(["Support worker"] * 2, at_least=2) == {"Support worker"}
    roles = frozenset({"Health visitor"})
    assert split_name_prefix("Health visitor: How is feeding going?", roles) == (
        "Health visitor",
        "How is feeding going?",
    )
    assert split_name_prefix("Health visitor: hi") is None  # without the file's roles: the general rule
    assert prefix_name("[Health visitor]: hi") == "Health visitor" and prefix_name("no colon here") is None


def test_plain_role_names_take_turns_instead_of_joining_the_last_speaker(tmp_path: Path) -> None:
    p = tmp_path / "visit.txt"
    p.write_text(
        "Home visit, 3 May\n"
        "Health visitor: How has feeding been this week?\n"
        "Mum: Honestly, hard. I cry most nights.\n"
        "My point: I don't want to bother anyone.\n"
        "Health visitor: That sounds exhausting. What happens at night?\n"
        "Mum: He wakes every hour.\n"
        "Health visitor: Every hour. No wonder you're worn out.\n",
        encoding="utf-8",
    )
    utts = list(iter_utterances(p))
    assert [u.speaker for u in utts] == ["Health visitor", "Mum", "Health visitor", "Mum", "Health visitor"]
    assert utts[1].text == "Honestly, hard. I cry most nights.\nMy point: I don't want to bother anyone."
    assert get_reader("plain").sniff(Probe.of(p)) > 0.5
    twice = tmp_path / "twice.txt"  # used twice: still the general rule (joined to the turn before)
    twice.write_text("Mum: hi\nHealth visitor: hello\nMum: ok\nHealth visitor: bye\n", encoding="utf-8")
    assert [u.speaker for u in iter_utterances(twice)] == ["Mum", "Mum"]


def test_srt_role_names(tmp_path: Path) -> None:
    p = tmp_path / "visit.srt"
    cues = [("Health visitor", "How are you sleeping?"), ("Mum", "Badly."), ("Health visitor", "Tell me more."),
            ("Mum", "He wakes all night."), ("Health visitor", "That sounds so hard.")]  # fmt: skip
    p.write_text(
        "".join(f"{i + 1}\n00:00:0{i},000 --> 00:00:0{i},900\n{who}: {text}\n\n" for i, (who, text) in enumerate(cues)),
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", H2HWarning)
        utts = list(iter_utterances(p))
    assert [(u.speaker, u.text) for u in utts] == cues


def test_vtt_role_names(tmp_path: Path) -> None:
    p = tmp_path / "visit.vtt"
    cues = [("Health visitor", "How are you sleeping?"), ("Mum", "Badly."), ("Health visitor", "Tell me more."),
            ("Mum", "He wakes all night."), ("Health visitor", "That sounds so hard.")]  # fmt: skip
    body = "".join(
        f"{i + 1}\n00:00:0{i}.000 --> 00:00:0{i}.900\n{who}: {text}\n\n" for i, (who, text) in enumerate(cues)
    )
    p.write_text("WEBVTT\n\n" + body, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", H2HWarning)
        assert [(u.speaker, u.text) for u in iter_utterances(p)] == cues
