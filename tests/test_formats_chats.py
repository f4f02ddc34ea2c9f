"""Golden tests of the chat-export readers (WhatsApp, Telegram, Messenger/Instagram, Discord, Slack).

Every expected value below was read off the hand-written fixtures in tests/fixtures/chats/ (see the comments there
for the tricky lines each fixture holds).
"""

from __future__ import annotations

import dataclasses
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from _chats import rows
from heart2heart.errors import ParseError
from heart2heart.formats import _split, detect, get_reader, read
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import fix_mojibake, sorted_by_time
from heart2heart.formats.whatsapp import _Clock
from heart2heart.model import Labels, Utterance

FIX = Path(__file__).parent / "fixtures" / "chats"
WA = FIX / "whatsapp"


# --- WhatsApp ---------------------------------------------------------------------------------------------------

ANDROID_US = [
    ("android_us_12h#1", "Maya", "Hey, are you still up?", "2023-12-01T21:14:00", False),
    ("android_us_12h#1", "Sam", "Yeah. Can't sleep.", "2023-12-01T21:15:00", False),
    ("android_us_12h#1", "Maya", "Want to talk about it?", "2023-12-01T21:16:00", False),
    (
        "android_us_12h#1",
        "Sam",
        "It's the job thing again.\nI keep thinking I messed up the interview.\nAnd I don't know who to tell.",
        "2023-12-01T21:20:00",
        False,
    ),
    ("android_us_12h#1", "Maya", "<Media omitted>", "2023-12-01T21:21:00", True),
    (
        "android_us_12h#1",
        "Maya",
        "That's us after the last one, remember? You were sure then too.",
        "2023-12-01T21:22:00",
        False,
    ),
    ("android_us_12h#2", "Sam", "Thanks for last night 🙏", "2023-12-02T08:05:00", False),
    ("android_us_12h#2", "Maya", "Any time. Call me after?", "2023-12-02T08:07:00", False),
    ("android_us_12h#3", "Sam", "Got the job!!!", "2023-12-13T12:30:00", False),
    ("android_us_12h#3", "Maya", "I knew it! 🎉", "2023-12-13T12:31:00", False),
    ("android_us_12h#3", "Maya", "This message was deleted", "2023-12-13T12:31:00", False),
]


def test_whatsapp_android_month_first_12h_decided_by_a_late_date() -> None:
    # 12/1 and 12/2 are ambiguous; 12/13 (line 12) settles month-first, so the first lines are December 1st.
    assert rows(WA / "android_us_12h.txt") == ANDROID_US


def test_whatsapp_crlf_and_bom_read_like_the_plain_file() -> None:
    got = rows(WA / "android_crlf_bom.txt")
    assert [r[1:] for r in got] == [r[1:] for r in ANDROID_US]
    assert got[0][0] == "android_crlf_bom#1"


def test_whatsapp_android_day_first_24h_group_with_system_lines() -> None:
    got = rows(WA / "android_dmy_24h.txt")
    assert got == [
        ("android_dmy_24h#1", "Tom", "Who's in for Saturday?", "2024-04-03T18:05:00", False),
        ("android_dmy_24h#1", "Lena", "Me! Weather looks ok", "2024-04-03T18:06:00", False),
        ("android_dmy_24h#1", "Jonas", "I'll drive. Leaving 7:30 sharp", "2024-04-03T18:09:00", False),
        ("android_dmy_24h#1", "Tom", "IMG-20240403-WA0007.jpg (file attached)", "2024-04-03T18:10:00", True),
        ("android_dmy_24h#1", "Tom", "the trail map", "2024-04-03T18:10:00", False),
        ("android_dmy_24h#2", "Jonas", "Lena, you ok?\nTom told me.", "2024-04-05T09:00:00", False),
        ("android_dmy_24h#3", "Jonas", "Great hike everyone", "2024-04-15T20:45:00", False),
    ]
    # "You changed the subject from ... to "Hiking crew: spring"" holds ": " but is a system line.
    assert {r[1] for r in got} == {"Tom", "Lena", "Jonas"}


IOS_FAMILY = [
    ("Mum", "Dinner on Sunday?", "2024-02-14T19:02:03", False),
    ("Dad", "Yes. I'll bring the pie", "2024-02-14T19:05:44", False),
    ("Ana", "Can't wait ❤️", "2024-02-14T19:06:10", False),
    ("Ana", "image omitted", "2024-02-14T19:06:58", True),
    ("Mum", "Is that the new flat?\nIt looks lovely.\n\nSo much light!", "2024-02-14T19:07:20", False),
    ("Dad", "<attached: 00000017-PHOTO-2024-02-14-19-08-01.jpg>", "2024-02-14T19:08:01", True),
    ("Ana", "Sorry, on the bus. Call you later", "2024-02-14T19:10:15", False),
    ("Dad", "This message was deleted.", "2024-02-14T19:12:30", False),
    ("Mum", "Night all", "2024-02-14T19:13:02", False),
]


def test_whatsapp_ios_marks_system_lines_media_and_edits() -> None:
    got = rows(WA / "ios_dmy_24h.txt")
    assert [r[1:] for r in got] == IOS_FAMILY
    assert {r[0] for r in got} == {"ios_dmy_24h#1"}  # the group name "Family" never speaks


def test_whatsapp_ios_polls_and_locations_are_messages() -> None:
    # iPhone exports mark polls and shared locations with U+200E, as they mark system lines: they are messages.
    assert [r[1:3] for r in rows(FIX / "whatsapp" / "ios_poll_location.txt")] == [
        ("Thandi", "Morning all, thanks for the add!"),
        ("Pieter", "POLL:\nBraai after the clean-up?\nOPTION: Yes (3 votes)\nOPTION: Just coffee (1 vote)"),
        ("Thandi", "Count me in."),
        ("Graham", "Location: https://maps.google.com/?q=-33.9249,18.4241"),
        ("Graham", "That's the park gate"),
    ]


@pytest.mark.parametrize("placeholder", ["sticker omesso", "GIF omessa", "immagine omessa", "sticker non incluso"])
def test_whatsapp_ios_italian_placeholders(tmp_path: Path, placeholder: str) -> None:
    p = tmp_path / "chat.txt"
    text = f"[22/10/24, 18:10:24] Luca: ciao\n\u200e[22/10/24, 18:11:04] Luca: \u200e{placeholder}\n"
    p.write_text(text, encoding="utf-8")
    assert [(u.text, u.media) for u in get_reader("whatsapp").parse(p)] == [("ciao", False), (placeholder, True)]


def test_whatsapp_zip_reads_the_chat_inside() -> None:
    got = rows(WA / "WhatsApp Chat - Family.zip")
    assert [r[1:] for r in got] == IOS_FAMILY
    assert got[0][0] == "WhatsApp Chat - Family#1"
    android = rows(WA / "WhatsApp Chat with Sam.zip")
    assert [r[1:] for r in android] == [r[1:] for r in ANDROID_US]


def test_whatsapp_ios_12h_narrow_space_across_midnight() -> None:
    assert rows(WA / "ios_mdy_12h.txt") == [
        ("ios_mdy_12h#1", "Chris", "you awake?", "2024-01-05T23:58:02", False),
        ("ios_mdy_12h#1", "Priya", "barely 😅 what's up", "2024-01-05T23:59:40", False),
        ("ios_mdy_12h#1", "Chris", "I think I'm going to quit", "2024-01-06T00:01:10", False),
        ("ios_mdy_12h#1", "Priya", "wow. ok. tell me everything", "2024-01-06T00:02:00", False),
        ("ios_mdy_12h#1", "Chris", "sticker omitted", "2024-01-06T00:03:15", True),
        ("ios_mdy_12h#2", "Priya", "how did it go?", "2024-01-15T09:00:00", False),
    ]


def test_whatsapp_undecided_dates_default_to_day_first() -> None:
    got = rows(WA / "ambiguous_dates.txt")
    assert [r[3] for r in got] == ["2024-03-02T10:00:00", "2024-03-02T10:02:00", "2024-03-02T10:03:00"]


def test_whatsapp_no_split_keeps_one_conversation() -> None:
    convs = read(WA / "android_us_12h.txt", gap=None)
    assert [c.id for c in convs] == ["android_us_12h"]
    assert len(convs[0]) == 11
    assert [u.index for u in convs[0]] == list(range(11))


def test_whatsapp_korean_and_chinese_am_pm_before_the_time() -> None:
    # Korean, Chinese and Japanese phones write AM/PM before the time ("오후 8:02", "下午8:02:11").
    assert rows(FIX / "whatsapp" / "ko_android_12h.txt") == [
        ("ko_android_12h#1", "Min-jun", "are you free tonight?", "2024-03-14T20:02:00", False),
        ("ko_android_12h#1", "Ji-woo", "yes! what is up", "2024-03-14T20:05:00", False),
        ("ko_android_12h#1", "Min-jun", "honestly I have been feeling really low lately\nlike, since the move",
         "2024-03-14T23:58:00", False),
        ("ko_android_12h#1", "Ji-woo", "oh no. tell me more?", "2024-03-15T00:01:00", False),
        ("ko_android_12h#1", "Min-jun", "it is just lonely", "2024-03-15T00:03:00", False),
    ]  # fmt: skip
    assert [r[1:4] for r in rows(FIX / "whatsapp" / "zh_ios_12h.txt")] == [
        ("李雷", "are you free tonight?", "2024-03-14T20:02:11"),
        ("Han Mei", "yes! what is up", "2024-03-14T20:05:40"),
        ("李雷", "I have been feeling low", "2024-03-14T23:58:02"),
        ("Han Mei", "oh no. what happened?", "2024-03-15T00:01:30"),
    ]


@pytest.mark.parametrize(
    ("order", "date", "expected"),
    [("dmy", "31/12/23", (2023, 12, 31)), ("mdy", "12.31.2023", (2023, 12, 31)), ("ymd", "2023-12-31", (2023, 12, 31))],
)
def test_whatsapp_clock_date_orders(order: str, date: str, expected: tuple[int, int, int]) -> None:
    d = _Clock(order).date(date)
    assert (d.year, d.month, d.day) == expected


@pytest.mark.parametrize(
    ("text", "hm"),
    [
        ("12:05 AM", (0, 5)),
        ("12:05\u202fPM", (12, 5)),
        ("9:14 p. m.", (21, 14)),
        ("21:14:05", (21, 14)),
        ("0:00", (0, 0)),
        ("오후 8:02", (20, 2)),
        ("오전 12:01", (0, 1)),
        ("下午8:05:40", (20, 5)),
        ("上午11:58", (11, 58)),
        ("午後1:15", (13, 15)),
    ],
)
def test_whatsapp_clock_times(text: str, hm: tuple[int, int]) -> None:
    t = _Clock("dmy").time(text)
    assert (t.hour, t.minute) == hm


def test_whatsapp_chunk_boundaries_do_not_cut_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from heart2heart.formats import whatsapp

    monkeypatch.setattr(whatsapp, "CHUNK_BYTES", 7)  # every chunk ends mid-message
    got = rows(WA / "android_us_12h.txt")
    assert got == ANDROID_US


def test_whatsapp_utf16_export(tmp_path: Path) -> None:
    path = tmp_path / "chat16.txt"
    path.write_bytes((WA / "ios_mdy_12h.txt").read_text(encoding="utf-8").encode("utf-16"))
    got = rows(path)
    assert [r[1:] for r in got][:2] == [
        ("Chris", "you awake?", "2024-01-05T23:58:02", False),
        ("Priya", "barely 😅 what's up", "2024-01-05T23:59:40", False),
    ]
    assert len(got) == 6


# --- Telegram ---------------------------------------------------------------------------------------------------


def test_telegram_one_chat_entities_media_and_service() -> None:
    assert rows(FIX / "telegram" / "personal_chat.json") == [
        ("personal_chat#1", "Maya", "How are you, really?", "2024-03-01T21:14:05", False),
        ("personal_chat#1", "Sam", "Honestly? not great.", "2024-03-01T21:15:10", False),
        ("personal_chat#1", "Maya", "<photo>", "2024-03-01T21:15:40", True),
        ("personal_chat#1", "Sam", "<sticker>", "2024-03-01T21:16:02", True),
        ("personal_chat#1", "Maya", "this helped me last year", "2024-03-01T21:17:30", False),
        ("personal_chat#1", "user999", "sorry, wrong chat", "2024-03-01T21:18:00", False),
        ("personal_chat#2", "Sam", "https://example.org/breathing", "2024-03-02T09:30:00", False),
        ("personal_chat#2", "Maya", "<voice_message>", "2024-03-02T09:31:12", True),
    ]


def test_telegram_full_export_gives_one_conversation_per_chat() -> None:
    convs = read(FIX / "telegram" / "full_export.json")
    assert [(c.id, len(c)) for c in convs] == [("full_export/Book club#1", 3), ("full_export/Saved Messages#1", 1)]
    assert [u.text for u in convs[0]] == ["Chapter 3 wrecked me", "Same. The letter scene", "I cried on the bus"]


# --- Messenger / Instagram ----------------------------------------------------------------------------------------


MESSENGER = [
    ("Zoë", "Are you free to talk tonight?", "2024-05-10T19:00:00", False),
    ("Sam", "Yes — what's up?", "2024-05-10T19:01:00", False),
    ("Zoë", "I got the results back. It's benign 😭❤️", "2024-05-10T19:02:00", False),
    ("Sam", "<photo>", "2024-05-10T19:02:10", True),
    ("Sam", "<unsent message>", "2024-05-10T19:02:15", True),  # sent, then unsent: a message, as WhatsApp's deleted
    ("Sam", "Zoë, that's the best news. How are you feeling?", "2024-05-10T19:03:20", False),
    ("Zoë", "Thanks for last night ☺️", "2024-05-11T19:00:00", False),
]


def test_messenger_parts_merged_in_time_order_with_mojibake_repaired() -> None:
    got = rows(FIX / "messenger" / "inbox" / "zoeandsam_8812")
    assert [r[1:] for r in got] == MESSENGER
    assert [r[0] for r in got] == ["zoeandsam_8812#1"] * 6 + ["zoeandsam_8812#2"]


@pytest.mark.parametrize(
    ("sender", "content", "event"),
    [
        ("Rhys Morgan", "Rhys named the group Flat 4 🍕.", True),
        ("Rhys Morgan", "Rhys Morgan changed the group photo.", True),
        ("Ana Silva", "You set the nickname for Ben to Benji.", True),
        ("Ana Silva", "Ana added Ben Cole to the group.", True),
        ("Ana Silva", "Ana started a video chat.", True),
        ("Ana Silva", "The video chat ended.", True),
        ("Ana Silva", "You missed a call from Ben.", True),
        ("Ana Silva", "Ben named the group Flat 4.", False),  # another actor than the sender: somebody's words
        ("Ana Silva", "Ana named the group chat after her cat and I love it", False),
        ("Ana Silva", "I left the group because of you", False),
        ("InÃªs Lopes", "InÃªs Lopes saiu do grupo.", True),  # any language: a short text opening with the full name
        ("Ana", "Ana here, do you still need the car tomorrow?", False),  # a first name alone is not enough
        ("Ana Silva", "Ana Silva " + "and then we went on for hours about everything" * 3, False),
    ],
)
def test_messenger_group_events_are_not_messages(tmp_path: Path, sender: str, content: str, event: bool) -> None:
    p = tmp_path / "message_1.json"
    messages = [
        {"sender_name": sender, "timestamp_ms": 1727975483734, "content": content},
        {"sender_name": "Ben Cole", "timestamp_ms": 1727975468933, "content": "hi all"},
    ]
    p.write_text(json.dumps({"participants": [{"name": sender}], "messages": messages}), encoding="utf-8")
    texts = [u.text for u in get_reader("messenger").parse(p)]
    assert texts == (["hi all"] if event else ["hi all", content])


def test_messenger_encrypted_chats_download(tmp_path: Path) -> None:
    # Messenger's download of end-to-end encrypted chats (2024) names the fields in camel case, oldest first.
    p = tmp_path / "message_1.json"
    messages = [
        {"isUnsent": False, "media": [], "reactions": [], "senderName": "Jonas Weber", "text": "hey, got a minute?",
         "timestamp": 1718964906809, "type": "text"},
        {"isUnsent": False, "media": [{"uri": "photos/1.jpg"}], "reactions": [], "senderName": "Amara Okafor",
         "text": "", "timestamp": 1718965104280, "type": "media"},
        {"isUnsent": True, "media": [], "reactions": [], "senderName": "Jonas Weber", "text": "",
         "timestamp": 1718965185003, "type": "text"},
    ]  # fmt: skip
    p.write_text(json.dumps({"participants": ["Jonas Weber", "Amara Okafor"], "threadName": "Jonas Weber",
                             "messages": messages}), encoding="utf-8")  # fmt: skip
    assert detect(p).name == "messenger"
    assert [(u.speaker, u.text, u.media, u.time.isoformat() if u.time else None) for u in read(p)[0]] == [
        ("Jonas Weber", "hey, got a minute?", False, "2024-06-21T10:15:06.809000"),
        ("Amara Okafor", "<media>", True, "2024-06-21T10:18:24.280000"),
        ("Jonas Weber", "<unsent message>", True, "2024-06-21T10:19:45.003000"),
    ]


def test_instagram_download_before_2020(tmp_path: Path) -> None:
    # Instagram's messages.json before 2020: a list of chats, each with usernames and its conversation newest first.
    p = tmp_path / "messages.json"
    chat = {"participants": ["jess.m_92", "danny_o"], "conversation": [
        {"sender": "danny_o", "created_at": "2019-03-14T19:01:08.550421+00:00", "text": "do it"},
        {"sender": "jess.m_92", "created_at": "2019-03-14T18:59:44.747513+01:00", "media": "https://x/1.jpg"},
        {"sender": "jess.m_92", "created_at": "2019-03-14T18:54:51.892532+00:00", "text": "I cried in the toilets"},
    ]}  # fmt: skip
    p.write_text(json.dumps([chat], indent=2), encoding="utf-8")
    assert detect(p).name == "messenger"
    assert [(u.speaker, u.text, u.media, u.time.isoformat() if u.time else None) for u in read(p)[0]] == [
        ("jess.m_92", "<media>", True, "2019-03-14T17:59:44.747513"),
        ("jess.m_92", "I cried in the toilets", False, "2019-03-14T18:54:51.892532"),
        ("danny_o", "do it", False, "2019-03-14T19:01:08.550421"),
    ]


def test_instagram_share_sent_as_an_attachment_is_a_message(tmp_path: Path) -> None:
    p = tmp_path / "message_1.json"
    share = {"sender_name": "Kat Wilde", "timestamp_ms": 1678569839771, "content": "Kat Wilde sent an attachment.",
             "share": {"link": "https://www.instagram.com/reel/x/"}}  # fmt: skip
    p.write_text(json.dumps({"participants": [{"name": "Kat Wilde"}], "messages": [share]}), encoding="utf-8")
    assert [(u.text, u.media) for u in read(p)[0]] == [("<link>", True)]


def test_messenger_inbox_folder_names_each_chat() -> None:
    convs = read(FIX / "messenger")
    assert [c.id for c in convs] == ["messenger/inbox/zoeandsam_8812#1", "messenger/inbox/zoeandsam_8812#2"]


def test_instagram_single_file_newest_first_likes_dropped() -> None:
    assert rows(FIX / "instagram" / "message_1.json") == [
        ("message_1#1", "lea.m", "ça va ? tu as l'air triste", "2024-06-01T22:10:00", False),
        ("message_1#1", "jonas_k", "a bit. rough week", "2024-06-01T22:10:45", False),
        ("message_1#1", "jonas_k", "<link>", "2024-06-01T22:10:50", True),
        ("message_1#1", "lea.m", "want to tell me about it?", "2024-06-01T22:11:30", False),
    ]


def test_fix_mojibake_only_when_it_round_trips() -> None:
    assert fix_mojibake("ZoÃ«") == "Zoë"
    assert fix_mojibake("Zoë") == "Zoë"  # already right: "ë" alone is not valid UTF-8 bytes
    assert fix_mojibake("日本") == "日本"  # not latin-1 at all
    assert fix_mojibake("plain") == "plain"


def test_sorted_by_time_stable_and_untouched_when_already_sorted() -> None:
    t = datetime(2024, 6, 1, 22, 0)
    us = [Utterance("c", i, "a", str(i), time=t + timedelta(minutes=m)) for i, m in enumerate([0, 2, 1, 1])]
    assert [u.text for u in sorted_by_time(us)] == ["0", "2", "3", "1"]  # equal times keep their order
    in_order = us[:1] + us[2:]
    assert sorted_by_time(in_order) is in_order  # already sorted: the same list back
    untimed = [Utterance("c", 0, "a", "x"), Utterance("c", 1, "a", "y")]
    assert sorted_by_time(untimed) is untimed


# --- Discord ------------------------------------------------------------------------------------------------------


def test_discord_nickname_types_and_duplicates() -> None:
    assert rows(FIX / "discord" / "general.json") == [
        ("general#1", "Maya", "anyone around?", "2024-02-01T18:00:00", False),
        ("general#1", "samwise", "here! long day", "2024-02-01T18:01:30.123000", False),
        ("general#1", "samwise", "I think I'm burning out tbh", "2024-02-01T18:21:00", False),
        ("general#1", "Maya", "<attachment: cat.png>", "2024-02-01T18:24:00", True),
        ("general#1", "Maya", "That sounds really heavy. What's been the hardest part?", "2024-02-01T18:25:10", False),
        ("general#2", "samwise", "thanks for listening yesterday", "2024-02-02T10:00:00", False),
    ]


# --- Slack --------------------------------------------------------------------------------------------------------

SLACK = [
    ("slack_export/general#1", "Maya Lopez", "Morning! How did the talk with your dad go?", "2024-03-01T09:01:00", 0),
    ("slack_export/general#1", "Sam B", "He actually listened this time", "2024-03-01T09:02:00", False),
    (
        "slack_export/general#1",
        "Sam B",
        "Better than I feared. @Maya Lopez thanks for the pep talk",
        "2024-03-01T09:05:00",
        False,
    ),
    ("slack_export/general#2", "Maya Lopez", "That's huge & I'm glad", "2024-03-02T09:00:00", False),
    ("slack_export/general#2", "Guest Kim", "hi all, new here", "2024-03-02T09:01:00", False),
    ("slack_export/random#1", "Sam B", "<file: sunset.jpg>", "2024-03-01T10:46:40", True),
    ("slack_export/random#1", "Maya Lopez", "gorgeous link", "2024-03-01T10:47:40", False),
]


def test_slack_folder_threads_joins_bots_and_names() -> None:
    assert rows(FIX / "slack_export") == SLACK


def test_slack_zip_reads_like_the_folder() -> None:
    assert rows(FIX / "slack_export.zip") == SLACK


def test_slack_zip_with_a_top_folder(tmp_path: Path) -> None:
    path = tmp_path / "Acme Slack export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for p in sorted((FIX / "slack_export").rglob("*.json")):
            zf.write(p, "Acme Slack export/" + p.relative_to(FIX / "slack_export").as_posix())
    got = rows(path)
    assert [r[1:] for r in got] == [r[1:] for r in SLACK]
    assert got[0][0] == "Acme Slack export/general#1"


def test_slack_single_day_file_without_users_json() -> None:
    got = rows(FIX / "slack_export" / "general" / "2024-03-02.json")
    assert [r[1:3] for r in got] == [("U01", "That's huge & I'm glad"), ("Guest Kim", "hi all, new here")]


# --- detection ----------------------------------------------------------------------------------------------------

DETECTED = {
    "whatsapp/android_us_12h.txt": "whatsapp",
    "whatsapp/android_dmy_24h.txt": "whatsapp",
    "whatsapp/android_crlf_bom.txt": "whatsapp",
    "whatsapp/ios_dmy_24h.txt": "whatsapp",
    "whatsapp/ios_mdy_12h.txt": "whatsapp",
    "whatsapp/ambiguous_dates.txt": "whatsapp",
    "whatsapp/WhatsApp Chat - Family.zip": "whatsapp",
    "whatsapp/WhatsApp Chat with Sam.zip": "whatsapp",
    "telegram/personal_chat.json": "telegram",
    "telegram/full_export.json": "telegram",
    "messenger/inbox/zoeandsam_8812": "messenger",
    "messenger/inbox/zoeandsam_8812/message_2.json": "messenger",
    "messenger": "messenger",
    "instagram/message_1.json": "messenger",
    "discord/general.json": "discord",
    "slack_export": "slack",
    "slack_export.zip": "slack",
    "slack_export/general/2024-03-01.json": "slack",
}


@pytest.mark.parametrize("name", sorted(DETECTED))
def test_detect_picks_the_right_reader(name: str) -> None:
    assert detect(FIX / name).name == DETECTED[name]


def test_a_whatsapp_line_sniffs_high() -> None:
    probe = Probe(Path("chat.txt"), "31/12/2023, 21:14 - Maya: How are you, really?\n")
    assert get_reader("whatsapp").sniff(probe) >= 0.9


@pytest.mark.parametrize(
    "head",
    [
        "Maya: How are you, really?\nSam: Fine, I guess.\n",
        "[00:01:02] Maya: hello\n[00:01:09] Sam: hi\n",
        "00:01:02 Maya: hello\n00:01:09 Sam: hi there\n",
        "(1:02) Maya: hello\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nMaya: hi\n",
        '{"conversation": "c1", "index": 0, "speaker": "Maya", "text": "hi"}\n',
        "Speaker 1  0:03\nHello there.\n",
    ],
)
def test_chat_readers_do_not_claim_transcripts(head: str) -> None:
    probe = Probe(Path("talk.txt"), head)
    for name in ("whatsapp", "telegram", "messenger", "discord", "slack"):
        assert get_reader(name).sniff(probe) == 0.0, name


def test_readers_declare_chat_and_examples() -> None:
    for name in ("whatsapp", "telegram", "messenger", "discord", "slack"):
        reader = get_reader(name)
        assert reader.name == name and reader.chat is True
        assert reader.summary and reader.example


# --- the shared splitter keeps every field --------------------------------------------------------------------------


def test_split_keeps_every_utterance_field() -> None:
    # Guards the positional construction in formats._split: a field added to Utterance must be carried over.
    names = [f.name for f in dataclasses.fields(Utterance)]
    assert names == ["conversation", "index", "speaker", "text", "start", "end", "time", "role", "media", "labels"]
    t0 = datetime(2024, 1, 1, 9, 0)
    u = Utterance("c", 7, "Maya", "hi", 1.5, 2.5, t0, "client", True, Labels(question="open"))
    later = dataclasses.replace(u, time=t0 + timedelta(hours=5))
    out = list(_split([u, later], chat=True, gap=timedelta(hours=4)))
    assert out[0] == dataclasses.replace(u, conversation="c#1", index=0)
    assert out[1] == dataclasses.replace(later, conversation="c#2", index=0)


def test_parse_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("31/12/2023, 21:14 - Maya: hi\n32/12/2023, 21:15 - Sam: hey\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read(path, format="whatsapp")
    assert err.value.line == 2 and "day/month/year" in err.value.message
