"""Golden tests of the phone-message readers (SMS Backup & Restore, Snapchat, Google Voice, Signal, KakaoTalk,
iMazing, Viber, imessage-exporter, X, Hangouts).

Every expected value below was read off the hand-written fixtures in tests/fixtures/chats/phone/, written after the
apps' documented formats (SyncTech's "Fields in XML backup files", ...).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from _chats import rows
from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader, read, sms_backup
from heart2heart.formats._base import Probe
from heart2heart.formats.sms_backup import fix_surrogates
from heart2heart.formats.x_dms import ME

FIX = Path(__file__).parent / "fixtures" / "chats" / "phone"
SMS = FIX / "sms-20240315.xml"


# --- SMS Backup & Restore --------------------------------------------------------------------------------------------

SMS_ROWS = [
    ("sms-20240315/Sam#1", "Sam", "are you up? I can't stop thinking about what the doctor said \U0001f614",
     "2024-03-14T20:02:00", False),
    ("sms-20240315/Sam#1", "Me", "I'm up. Tell me what he said?", "2024-03-14T20:03:00", False),
    ("sms-20240315/Sam#1", "Sam", "<photo>", "2024-03-14T20:04:00", True),  # an MMS photo, in time order
    ("sms-20240315/Sam#1", "Sam", "he wants more tests. I'm scared it's back", "2024-03-14T20:06:00", False),
    ("sms-20240315/5550199#1", "5550199", "Your code is 4411 & expires in 10 min", "2024-03-14T18:13:20", False),
    ("sms-20240315/Sam, Priya#1", "Priya", "hey both, dinner Sunday still on? \u2764\ufe0f", "2024-03-14T20:10:00",
     False),
    ("sms-20240315/Sam, Priya#1", "Me", "yes! 7pm", "2024-03-14T20:11:00", False),
]  # fmt: skip


def test_sms_backup_threads_senders_and_emoji() -> None:
    assert rows(SMS) == SMS_ROWS


def test_sms_backup_saved_as_utf16_reads_the_same(tmp_path: Path) -> None:
    wide = tmp_path / "sms-utf16.xml"
    wide.write_text(SMS.read_text(encoding="utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'"), "utf-16")
    assert rows(wide) == [(f"sms-utf16{r[0].removeprefix(SMS.stem)}", *r[1:]) for r in SMS_ROWS]


@pytest.mark.parametrize("size", [7, 8, 9, 13, 16, 17, 64])
def test_sms_backup_read_in_small_pieces_reads_the_same(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """No surrogate pair or reference is broken where the file is cut into the pieces it is parsed in."""
    monkeypatch.setattr(sms_backup, "_CHUNK", size)
    assert rows(SMS) == SMS_ROWS


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("&#55357;&#56852;", "&#128532;"),
        ("a &#55357;&#56852;&#55357;&#56852; b", "a &#128532;&#128532; b"),
        ("&#55357; alone", "&#65533; alone"),
        ("&#56852;&#55357;", "&#65533;&#65533;"),  # low before high: no pair
        ("&#10084;&#65039;", "&#10084;&#65039;"),
        ("&#55357;&#10084;", "&#65533;&#10084;"),
        ("no references", "no references"),
    ],
)
def test_surrogate_references_joined(text: str, fixed: str) -> None:
    assert fix_surrogates(text) == fixed


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('<sms address="1" date="1" type="1" body="a" />\n<sms address="1" date="2" type="1" body="b" \n', 5, "XML"),
        ('<sms address="1" date="1" type="1" body="a &bogus; b" />\n', 4, "XML"),
    ],
)
def test_sms_backup_bad_xml_names_the_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = tmp_path / "sms.xml"
    path.write_text(
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!-- x -->\n<smses count=\"2\">\n{body}"
    )
    with pytest.raises(ParseError) as err:
        read(path)
    assert err.value.line == line and message in str(err.value)


def test_sms_backup_of_drafts_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sms.xml"
    path.write_text('<smses count="1"><sms address="1" date="1710446520000" type="3" body="draft" /></smses>')
    with pytest.raises(ParseError, match="no sent or received messages"):
        read(path)


def test_a_call_log_backup_is_not_read_as_texts(tmp_path: Path) -> None:
    path = tmp_path / "calls.xml"
    path.write_text('<calls count="1"><call number="1" duration="3" date="1" type="1" /></calls>')
    assert get_reader("sms_backup").sniff(Probe.of(path)) == 0.0
    with pytest.raises(ParseError, match="<smses>"):
        read(path, format="sms_backup")


# --- Snapchat ------------------------------------------------------------------------------------------------------


def test_snapchat_conversations_newest_first_read_in_time_order() -> None:
    assert rows(FIX / "chat_history.json") == [
        ("chat_history/jules.m#1", "jules.m", "<media>", "2024-03-14T20:02:11", True),
        ("chat_history/jules.m#1", "rory_k", "you ok? you went quiet at lunch", "2024-03-14T20:03:02", False),
        # the erased-message status line is no one's words; "&#39;" is how Snapchat writes an apostrophe
        ("chat_history/jules.m#1", "jules.m", "honestly I don't know if I can do another year of this job",
         "2024-03-14T20:05:40", False),
        ("chat_history/flat 4B#1", "mia.p", "<voice note>", "2024-03-15T08:00:00", True),
        ("chat_history/flat 4B#1", "rory_k", "bins are out \U0001f64c", "2024-03-15T08:01:30", False),
    ]  # fmt: skip


def test_snapchat_saved_chats_before_2022() -> None:
    conversation = "chat_history_2021/jules.m#1"
    assert rows(FIX / "chat_history_2021.json") == [
        (conversation, "jules.m", "can I tell you something weird", "2021-06-01T21:10:05", False),
        (conversation, "Me", "always", "2021-06-01T21:11:00", False),
        (conversation, "jules.m", "I miss my dad more this year than the year he died", "2021-06-01T21:12:40", False),
        (conversation, "Me", "<sticker>", "2021-06-01T21:13:30", True),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"sam": [{"From": "sam", "Media Type": "TEXT", "Created": "yesterday", "Content": "hi"}]}', "bad message"),
        ('{"sam": [{"Media Type": "TEXT", "Created": "2024-03-14 20:02:11 UTC", "Content": "hi"}]}', "'From'"),
        ('{"sam": {"Media Type": "TEXT"}}', "list of messages"),
        ('{"Sent Saved Chat History": [{"Media Type": "TEXT", "Created": "2021-06-01 21:11:00 UTC"}]}', "'To'"),
        ('{"sam": [{"From": "sam", "Media Type": "TEXT", "Created": "2024-03-14 20:02:11 UTC", "Content": ""}]}',
         "no messages"),
    ],
)  # fmt: skip
def test_snapchat_problems_are_parse_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "chat_history.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=message):
        read(path, format="snapchat")


# --- Google Voice --------------------------------------------------------------------------------------------------

CALLS = FIX / "Takeout" / "Voice" / "Calls"
SAM = [
    ("Sam Rivera", "hey. weird question but do you ever feel like you're just pretending to be an adult?",
     "2024-03-15T00:02:11.270000", False),
    ("Me", "all the time.\nwhat brought that on?", "2024-03-15T00:03:40.001000", False),
    ("Sam Rivera", "<photo>", "2024-03-15T00:05:02.500000", True),  # an empty <q> and an image
]  # fmt: skip


def test_google_voice_page() -> None:
    page = CALLS / "Sam Rivera - Text - 2024-03-15T00_02_11Z.html"
    assert [r[1:] for r in rows(page)] == SAM


@pytest.mark.parametrize("as_zip", [False, True])
def test_google_voice_takeout_pages_joined_per_contact(tmp_path: Path, as_zip: bool) -> None:
    path = FIX / "Takeout"
    if as_zip:
        path = tmp_path / "takeout-20240320.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for member in sorted((FIX / "Takeout").rglob("*")):
                zf.write(member, member.relative_to(FIX).as_posix())
    stem = path.stem
    assert rows(path) == [
        (f"{stem}/+15550123, Sam Rivera#1", "+15550123", "who's bringing the cake", "2024-03-16T18:00:00", False),
        *[(f"{stem}/Sam Rivera#1", *row) for row in SAM],
        (f"{stem}/Sam Rivera#2", "Me", "coffee later?", "2024-03-16T14:00:00", False),  # the next page, a day later
    ]  # the missed call is no conversation


def test_google_voice_page_without_messages_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Sam - Text - 2024-03-15T00_02_11Z.html"
    path.write_text('<html><body><div class="hChatLog hfeed"></div></body></html>', encoding="utf-8")
    with pytest.raises(ParseError, match="no text messages"):
        read(path, format="google_voice")


def test_google_voice_folder_of_calls_alone_is_refused(tmp_path: Path) -> None:
    (tmp_path / "+1555 - Missed - 2024-03-17T09_00_00Z.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(ParseError, match="no Google Voice texts"):
        read(tmp_path, format="google_voice")


# --- Signal (sigtop) -----------------------------------------------------------------------------------------------


def test_sigtop_text_export() -> None:
    conversation = "sigtop-Sam#1"
    assert rows(FIX / "sigtop-Sam.txt") == [
        # the group change and the safety-number change are no one's words
        (conversation, "Sam Rivera", "can I tell you something I haven't told anyone?\n\nit's been a rough month",
         "2024-03-15T00:02:11", False),
        (conversation, "Me", "of course. I'm here", "2024-03-15T00:03:40", False),  # "You" to sigtop; no quote
        (conversation, "Sam Rivera", "<attachment: IMG_0412.jpg>", "2024-03-15T00:05:02", True),
        (conversation, "Sam Rivera", "I lost my job. I haven't told my parents", "2024-03-15T00:06:30", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("From: Sam\nType: incoming\n\nhi\n", 1, "Conversation:"),
        ("Conversation: Sam\n\nFrom: Sam\nType: incoming\nSent: yesterday\n\nhi\n", 5, "sigtop time"),
        ("Conversation: Sam\n\nhello there\n", 3, "'From:'"),
        ("Conversation: Sam\n\nType: incoming\nSent: Thu, 14 Mar 2024 20:02:11 -0400\n\nhi\n", 3, "without a 'From:'"),
    ],
)  # fmt: skip
def test_sigtop_problems_name_the_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read(path, format="sigtop")
    assert err.value.line == line and message in str(err.value)


def test_sigtop_without_messages_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("Conversation: Sam\n\nType: keychange\nSent: Thu, 14 Mar 2024 20:02:11 -0400\n\n")
    with pytest.raises(ParseError, match="no incoming or outgoing"):
        read(path, format="sigtop")


# --- Signal (signal-export) ---------------------------------------------------------------------------------------

SIGNAL_CHAT = [
    # the missed call and the outgoing call are no messages; the reactions line is no one's words
    ("Sam Rivera", "can I tell you something?\nit has been a strange week", "2024-03-14T20:02:11", False),
    ("Me", "of course. what happened?", "2024-03-14T20:03:40", False),  # the quote left out
    ("Sam Rivera", "<attachment: IMG_0412.jpg>", "2024-03-14T20:05:02", True),
    ("Me", "<deleted message>", "2024-03-14T20:05:30", True),
    ("Sam Rivera", "<sticker>", "2024-03-14T20:06:00", True),
]


def test_signal_export_chat() -> None:
    assert [r[1:] for r in rows(FIX / "signal-chats" / "Sam Rivera" / "chat.md")] == SIGNAL_CHAT
    assert {r[0] for r in rows(FIX / "signal-chats" / "Sam Rivera" / "chat.md")} == {"Sam Rivera#1"}


@pytest.mark.parametrize("as_zip", [False, True])
def test_signal_export_folder(tmp_path: Path, as_zip: bool) -> None:
    path = FIX / "signal-chats"
    if as_zip:
        path = tmp_path / "signal-chats.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.write(FIX / "signal-chats" / "Sam Rivera" / "chat.md", "signal-chats/Sam Rivera/chat.md")
    assert detect(path).name == "signal_export"
    assert rows(path) == [("signal-chats/Sam Rivera#1", *row) for row in SIGNAL_CHAT]


def test_signal_export_problems_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.md"
    path.write_text("hello\n[2024-03-14 20:02:11] Sam: hi  \n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read(path, format="signal_export")
    assert err.value.line == 1 and "signal-export message line" in str(err.value)
    path.write_text("[2024-02-30 20:02:11] Sam: hi  \n", encoding="utf-8")
    with pytest.raises(ParseError, match="not a date and time") as err:
        read(path, format="signal_export")
    assert err.value.line == 1


def test_signal_export_of_calls_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "chat.md"
    path.write_text("[2024-03-14 20:01:00] Sam: Missed voice call  \n", encoding="utf-8")
    with pytest.raises(ParseError, match="no messages"):
        read(path)


def test_a_whatsapp_iphone_export_in_iso_dates_stays_whatsapp(tmp_path: Path) -> None:
    path = tmp_path / "_chat.txt"
    path.write_text("[2024-03-14 20:02:11] Sam: hi\n[2024-03-14 20:03:11] Jin: hey\n", encoding="utf-8")
    assert get_reader("signal_export").sniff(Probe.of(path)) == 0.0


# --- iMessage (imessage-exporter) ----------------------------------------------------------------------------------


def test_imessage_exporter_html() -> None:
    conversation = "Sam Rivera#1"
    assert rows(FIX / "Sam Rivera.html") == [
        # the rename, the reactions, the reply repeated under the message it answers, the send effect and the note
        # on the reply are not the sender's words
        (conversation, "Sam Rivera", "can I tell you something I haven't told anyone?", "2024-03-14T20:02:11", False),
        (conversation, "Me", "always. what is it?", "2024-03-14T20:03:40", False),
        (conversation, "Sam Rivera", "<photo>", "2024-03-14T20:05:02", True),
        (conversation, "Sam Rivera", "I lost my job.\nI haven't told my parents", "2024-03-14T20:06:30", False),
        (conversation, "Me", "<link: When the news is hard to share>", "2024-03-14T20:08:00", True),
    ]  # fmt: skip


IMESSAGE_TXT = """Mar 14, 2024  7:59:00 PM You renamed the conversation to us

Mar 14, 2024  8:02:11 PM (Read by you after 29 seconds)
Sam Rivera
can I tell you something I haven't told anyone?
Reactions:
Loved by Me
    Mar 14, 2024  8:03:40 PM
    Me
    always. what is it?


Mar 14, 2024  8:03:40 PM
Me
always. what is it?
Sent with Gentle
This message responded to an earlier message.

Mar 14, 2024  8:05:02 PM
Sam Rivera
/Users/me/Library/Messages/Attachments/5c/12/8E2B/IMG_0412.HEIC
Tapbacks:
Liked by Me

Mar 14, 2024  8:06:30 PM
Sam Rivera
Mar 14, 2024  8:06:30 PM I lost my job
Edited 40 seconds later: I lost my job.
I haven't told my parents

Mar 14, 2024  8:08:00 PM
Me
You deleted a message.

"""


def test_imessage_exporter_text(tmp_path: Path) -> None:
    path = tmp_path / "Sam Rivera.txt"
    path.write_text(IMESSAGE_TXT, encoding="utf-8")
    assert detect(path).name == "otter"
    assert [r[1:] for r in rows(path)] == [
        ("Sam Rivera", "can I tell you something I haven't told anyone?", "2024-03-14T20:02:11", False),
        ("Me", "always. what is it?", "2024-03-14T20:03:40", False),  # once, in its own place
        ("Sam Rivera", "<attachment: IMG_0412.HEIC>", "2024-03-14T20:05:02", True),
        ("Sam Rivera", "I lost my job.\nI haven't told my parents", "2024-03-14T20:06:30", False),  # the last version
        ("Me", "<deleted message>", "2024-03-14T20:08:00", True),
    ]


@pytest.mark.parametrize("sender", ["+14155550142", "(415) 555-0142", "sam.rivera@icloud.com"])
def test_imessage_exporter_text_with_senders_not_in_contacts(tmp_path: Path, sender: str) -> None:
    """Without the contacts, imessage-exporter names a sender by their number or address."""
    path = tmp_path / "chat.txt"
    path.write_text(IMESSAGE_TXT.replace("Sam Rivera", sender), encoding="utf-8")
    assert detect(path).name == "otter"
    assert [r[1] for r in rows(path)] == [sender, "Me", sender, sender, "Me"]


# --- X (Twitter), Google Hangouts ---------------------------------------------------------------------------------

X_DMS = [
    # newest first in the archive; the photo's own t.co link is no one's words; "&amp;" is "&"
    ("2210000000000000002", "can I tell you something? I think I'm burning out", "2024-03-14T20:02:11", False),
    ("1450000000000000001", "always & forever. what's up?", "2024-03-14T20:03:40", False),
    ("2210000000000000002", "<media>", "2024-03-14T20:05:02", True),
]


def test_x_direct_messages_file() -> None:
    assert [r[1:] for r in rows(FIX / "x-archive" / "data" / "direct-messages.js")] == X_DMS


@pytest.mark.parametrize("as_zip", [False, True])
def test_x_archive_names_the_owner_me(tmp_path: Path, as_zip: bool) -> None:
    path = FIX / "x-archive"
    if as_zip:
        path = tmp_path / "x-archive.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for member in sorted((FIX / "x-archive").rglob("*.js")):
                zf.write(member, member.relative_to(FIX / "x-archive").as_posix())
    assert detect(path).name == "x_dms"
    owner = "1450000000000000001"
    assert [r[1:] for r in rows(path)] == [(ME if r[0] == owner else r[0], *r[1:]) for r in X_DMS]


def test_x_archive_problems(tmp_path: Path) -> None:
    path = tmp_path / "direct-messages.js"
    path.write_text('window.YTD.direct_messages.part0 = [\n  {"dmConversation": {"messages": [}\n]')
    with pytest.raises(ParseError, match="not valid JSON") as err:
        read(path)
    assert err.value.line == 2
    path.write_text('window.YTD.direct_messages.part0 = [{"dmConversation": {"messages": [{"messageCreate": {}}]}}]')
    with pytest.raises(ParseError, match="senderId"):
        read(path)


def test_hangouts_takeout() -> None:
    conversation = "Hangouts/Jin Park, Sam Rivera#1"
    assert rows(FIX / "Hangouts.json") == [
        (conversation, "Sam Rivera", "are you around tonight?\nI could use a friend", "2014-09-14T19:02:11", False),
        # the call is no message
        (conversation, "Jin Park", "always. what happened?", "2014-09-14T19:03:40", False),
        (conversation, "Jin Park", "<photo>", "2014-09-14T19:05:00", True),
    ]


def test_hangouts_layout_before_2018(tmp_path: Path) -> None:
    path = tmp_path / "Hangouts.json"
    path.write_text(
        '{"conversation_state": [{"conversation_id": {"id": "c"}, "conversation_state": {"conversation": '
        '{"participant_data": [{"id": {"gaia_id": "1"}, "fallback_name": "Sam"}]}, "event": [{"sender_id": '
        '{"gaia_id": "1"}, "timestamp": "1410721331000000", "chat_message": {"message_content": {"segment": '
        '[{"type": "TEXT", "text": "hi"}]}}}]}}]}'
    )
    assert [r[1:3] for r in rows(path)] == [("Sam", "hi")]


def test_hangouts_owner_without_a_name_is_me(tmp_path: Path) -> None:
    path = tmp_path / "Hangouts.json"
    path.write_text(
        '{"conversation_state": [{"conversation_state": {"conversation": {"self_conversation_state": '
        '{"self_read_state": {"participant_id": {"gaia_id": "2"}}}, "participant_data": [{"id": {"gaia_id": "1"}, '
        '"fallback_name": "Sam"}, {"id": {"gaia_id": "2"}}, {"id": {"gaia_id": "3"}}]}, "event": ['
        '{"sender_id": {"gaia_id": "1"}, "timestamp": "1410721331000000", "chat_message": {"message_content": '
        '{"segment": [{"type": "TEXT", "text": "hi"}]}}}, {"sender_id": {"gaia_id": "2"}, "timestamp": '
        '"1410721332000000", "chat_message": {"message_content": {"segment": [{"type": "TEXT", "text": "hey"}]}}}, '
        '{"sender_id": {"gaia_id": "3"}, "timestamp": "1410721333000000", "chat_message": {"message_content": '
        '{"segment": [{"type": "TEXT", "text": "yo"}]}}}]}}]}'
    )
    assert [r[1:3] for r in rows(path)] == [("Sam", "hi"), ("Me", "hey"), ("3", "yo")]


# --- iMazing, Viber -----------------------------------------------------------------------------------------------


def test_imazing_csv() -> None:
    conversation = "Messages - Sam Rivera/Sam Rivera#1"
    assert rows(FIX / "Messages - Sam Rivera.csv") == [
        # the notification (a renamed chat) is no one's words
        (conversation, "Sam Rivera", "can I tell you something, honestly?", "2024-03-14T20:02:11", False),
        (conversation, "Me", "always.\nwhat is it?", "2024-03-14T20:03:40", False),  # outgoing: no name in the file
        (conversation, "+15550100", "<attachment: IMG_2214.HEIC>", "2024-03-14T20:05:02", True),  # only the number
    ]


def test_imazing_csv_with_every_field_quoted(tmp_path: Path) -> None:
    lines = (FIX / "Messages - Sam Rivera.csv").read_text(encoding="utf-8-sig").splitlines()
    quoted = tmp_path / (FIX / "Messages - Sam Rivera.csv").name
    rewritten = ["\ufeff" + ",".join(f'"{c}"' for c in lines[0].split(",")), *lines[1:]]
    quoted.write_text("\n".join(rewritten) + "\n", encoding="utf-8")
    assert detect(quoted).name == "imazing"
    assert rows(quoted) == rows(FIX / "Messages - Sam Rivera.csv")


def test_imazing_problems_name_the_line(tmp_path: Path) -> None:
    lines = (FIX / "Messages - Sam Rivera.csv").read_text(encoding="utf-8-sig").splitlines()
    path = tmp_path / "messages.csv"
    path.write_text("\n".join([*lines[:2], lines[2].replace("2024-03-14 20:02:11", "yesterday")]) + "\n")
    with pytest.raises(ParseError, match="not a date and time") as err:
        read(path)
    assert err.value.line == 3
    path.write_text("\n".join([lines[0], "Sam Rivera,2024-03-14 20:02:11,,,,iMessage,Incoming,,,Read,,,hi,,"]))
    with pytest.raises(ParseError, match="neither a sender name nor an id") as err:
        read(path)
    assert err.value.line == 2


def test_viber_csv() -> None:
    assert rows(FIX / "Viber Sam.csv") == [
        ("Viber Sam#1", "Sam", "can I tell you something, honestly?", "2024-03-14T20:02:11", False),
        ("Viber Sam#1", "Me", "always. what is it?", "2024-03-14T20:03:40", False),
        ("Viber Sam#1", "Sam", "I keep thinking about it", "2024-03-14T23:05:02", False),
    ]


def test_viber_month_first_when_a_day_says_so(tmp_path: Path) -> None:
    path = tmp_path / "viber.csv"
    path.write_text("03/04/2024,8:02 PM,Sam,+15550100,hi\n03/31/2024,8:03 PM,Me,+15550199,hey\n")
    assert [r[1:4] for r in rows(path)] == [("Sam", "hi", "2024-03-04T20:02:00"), ("Me", "hey", "2024-03-31T20:03:00")]


def test_viber_problems_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "viber.csv"
    path.write_text("14/03/2024,20:02:11,Sam,+40721555038,hi\nsomething else entirely\n")
    with pytest.raises(ParseError, match="expected a Viber row") as err:
        read(path, format="viber")
    assert err.value.line == 2
    path.write_text("31/02/2024,20:02:11,Sam,+40721555038,hi\n14/03/2024,20:02:11,Sam,+40721555038,hi\n")
    with pytest.raises(ParseError, match="not a date and time") as err:
        read(path, format="viber")
    assert err.value.line == 1


def test_a_canonical_csv_is_no_viber_or_imazing_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("time,speaker,text\n2024-03-14 20:02:11,Sam,hi\n2024-03-14 20:03:11,Jin,hey\n")
    assert detect(path).name == "csv"


# --- KakaoTalk -----------------------------------------------------------------------------------------------------


def test_kakaotalk_computer_export() -> None:
    conversation = "KakaoTalk_Chat_Sam_2024-03-15-09-12-44#1"
    assert rows(FIX / "KakaoTalk_Chat_Sam_2024-03-15-09-12-44.txt") == [
        (conversation, "Sam", "hey. you up?", "2024-03-14T20:02:00", False),
        (conversation, "Jin", "yeah, what's going on", "2024-03-14T20:03:00", False),
        (conversation, "Sam", "I keep thinking about what my mom said at dinner\n\nthat I never finish anything",
         "2024-03-14T20:05:00", False),
        (conversation, "Jin", "that must have stung. what did you say back?", "2024-03-14T23:50:00", False),
        (conversation, "Sam", "nothing. I just went quiet", "2024-03-15T00:10:00", False),  # the next day's line
    ]  # fmt: skip


def test_kakaotalk_phone_export() -> None:
    conversation = "Talk_2024.3.15 09:12-1#1"
    assert rows(FIX / "Talk_2024.3.15 09:12-1.txt") == [
        (conversation, "Mina", "are you still at the office?", "2024-03-14T20:02:00", False),
        (conversation, "you", "yes, the report again", "2024-03-14T20:04:00", False),
        # the date line and "Mina invited Joon." are no one's words
        (conversation, "Joon", "hi both", "2024-03-14T21:31:00", False),
        (conversation, "Mina", "Photo", "2024-03-14T21:33:00", False),
    ]


def test_kakaotalk_iphone_export_in_korean() -> None:
    assert [r[1:4] for r in rows(FIX / "KakaoTalk_ios_ko.txt")] == [
        ("민아", "오늘 힘들었어", "2024-03-14T20:02:00"),
        ("회원님", "무슨 일 있었어?", "2024-03-14T20:04:00"),  # the join line left out
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Windows, a group: the header names the room first; an invitation on a line of its own
        "Book club with KakaoTalk Chats\nDate Saved : 2024-03-15 09:12:44\n\n"
        "--------------- Thursday, March 14, 2024 ---------------\nMina invited Joon.\n"
        "[Mina] [8:02 PM] are you still at the office?\nJoon left this chatroom.\n"
        "[you] [8:04 PM] yes, the report again\n",
        # iPhone: a line of the day, then "date at 24-hour time, Name : words"
        "KakaoTalk Chats with Mina\nDate Saved : Mar 15, 2024 at 09:12\n\nThursday, March 14, 2024\n"
        "Mar 14, 2024 at 20:02, Mina : are you still at the office?\n"
        "Mar 14, 2024 at 20:04, you : yes, the report again\n",
        # a phone's Korean day line, then the time alone
        "Mina 님과 카카오톡 대화\n저장한 날짜 : 2024. 3. 15. 오전 9:12\n\n2024년 3월 14일 목요일\n"
        "오후 8:02, Mina : are you still at the office?\n오후 8:04, you : yes, the report again\n",
    ],
)
def test_kakaotalk_other_versions(tmp_path: Path, text: str) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    assert detect(path).name == "kakaotalk"
    assert [r[1:4] for r in rows(path)] == [
        ("Mina", "are you still at the office?", "2024-03-14T20:02:00"),
        ("you", "yes, the report again", "2024-03-14T20:04:00"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("KakaoTalk Chats with Sam\nDate Saved : x\n\nhello there\n", 4, "message line"),
        ("--------------- Someday, Never 99, 2024 ---------------\n[Sam] [8:02 PM] hi\n", 1, "not a date"),
        ("March 40, 2024, 8:02 PM, Sam : hi\nMarch 14, 2024, 8:03 PM, Jin : hey\n", 1, "not a date and time"),
    ],
)
def test_kakaotalk_problems_name_the_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read(path, format="kakaotalk")
    assert err.value.line == line and message in str(err.value)


# --- detection -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("sms-20240315.xml", "sms_backup"),
        ("chat_history.json", "snapchat"),
        ("chat_history_2021.json", "snapchat"),
        ("Takeout", "google_voice"),
        ("Takeout/Voice/Calls/Sam Rivera - Text - 2024-03-15T00_02_11Z.html", "google_voice"),
        ("sigtop-Sam.txt", "sigtop"),
        ("KakaoTalk_Chat_Sam_2024-03-15-09-12-44.txt", "kakaotalk"),
        ("Talk_2024.3.15 09:12-1.txt", "kakaotalk"),
        ("KakaoTalk_ios_ko.txt", "kakaotalk"),
        ("signal-chats/Sam Rivera/chat.md", "signal_export"),
        ("Messages - Sam Rivera.csv", "imazing"),
        ("Viber Sam.csv", "viber"),
        ("Sam Rivera.html", "imessage_html"),
        ("x-archive/data/direct-messages.js", "x_dms"),
        ("Hangouts.json", "hangouts"),
    ],
)
def test_detect_picks_the_right_reader(name: str, reader: str) -> None:
    assert detect(FIX / name).name == reader


def test_readers_declare_chat_and_examples() -> None:
    for name in (
        "sms_backup",
        "snapchat",
        "google_voice",
        "sigtop",
        "signal_export",
        "kakaotalk",
        "imazing",
        "viber",
        "imessage_html",
    ):
        reader = get_reader(name)
        assert reader.name == name and reader.chat is True
        assert reader.summary and reader.example


@pytest.mark.parametrize(
    ("name", "text", "app"),
    [
        ("data.json", '{"Usage": {}, "Messages": [{"match_id": "Match 1", "messages": [{"to": 1, "from": "You", '
         '"message": "hey", "sent_date": "Tue, 05 Mar 2024 20:02:11 GMT"}]}]}', "Tinder"),
        ("matches.json", '[{"match": [{"timestamp": "2024-03-05 20:00:00"}], "chats": [{"body": "hey", '
         '"timestamp": "2024-03-05 20:02:11"}]}]', "Hinge"),
        ("messages.csv", "ID,Timestamp,Contents,Attachments\n1,2024-03-05 20:02:11.000000+00:00,hey,\n", "Discord"),
    ],
)  # fmt: skip
def test_exports_of_ones_own_messages_are_named_in_the_error(tmp_path: Path, name: str, text: str, app: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=f"{app}.*only the messages you sent") as err:
        read(path)
    assert err.value.line == 1
