"""Fuzzing the chat-export readers: whatever the input, only ParseError may escape detection and parsing.

Inputs are random text built from the tokens these formats care about, byte-level mutations of the hand-written
fixtures, and structural mutations of the JSON fixtures (a random node replaced by a random JSON value), which get
past the JSON parser and exercise the readers' own checks.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from _chats import replace_node
from heart2heart.errors import FormatError, H2HWarning, ParseError
from heart2heart.formats import detect, get_reader, iter_utterances, read

FIX = Path(__file__).parent / "fixtures" / "chats"
MINE = (
    "whatsapp",
    "telegram",
    "telegram_html",
    "messenger",
    "messenger_html",
    "discord",
    "slack",
    "zulip",
    "mattermost",
    "rocketchat",
    "matrix",
    "wechat",
)
# H2H_FUZZ_EXAMPLES=2000 for a deeper run than the default.
FUZZ = settings(
    max_examples=int(os.environ.get("H2H_FUZZ_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

TEXT_FIXTURES = [
    *sorted(p.relative_to(FIX).as_posix() for p in (FIX / "whatsapp").glob("*.txt")),
    "workplace/mattermost_bulk.jsonl",
    "workplace/mattermost_posts.csv",
    "workplace/rocketchat_room.json",
    "phone/sms-20240315.xml",
    "phone/Takeout/Voice/Calls/Sam Rivera - Text - 2024-03-15T00_02_11Z.html",
    "phone/sigtop-Sam.txt",
    "phone/KakaoTalk_Chat_Sam_2024-03-15-09-12-44.txt",
    "phone/Talk_2024.3.15 09:12-1.txt",
    "phone/signal-chats/Sam Rivera/chat.md",
    "phone/Messages - Sam Rivera.csv",
    "phone/Viber Sam.csv",
    "mail/Takeout-Mail.mbox",
    "mail/re-the-move.eml",
    "mail/gmail_print.txt",
    "mail/outlook_print.txt",
    "forums/phpbb_viewtopic.html",
    "forums/vbulletin_showthread.html",
    "forums/discourse_raw.txt",
    "forums/old_reddit_copy.txt",
    "forums/mumsnet_copy.txt",
    "forums/facebook_copy.txt",
    "phone/Sam Rivera.html",
    "phone/x-archive/data/direct-messages.js",
    "wechat/Xiaoyu.txt",
    "wechat/Auntie Mei_utf8.csv",
]
JSON_FIXTURES = [
    "telegram/personal_chat.json",
    "telegram/full_export.json",
    "messenger/inbox/zoeandsam_8812/message_1.json",
    "instagram/message_1.json",
    "discord/general.json",
    "slack_export/general/2024-03-01.json",
    "workplace/zulip_messages.json",
    "phone/chat_history.json",
    "phone/chat_history_2021.json",
    "phone/Hangouts.json",
    "forums/reddit_thread.json",
    "forums/discourse_topic.json",
    "forums/hn_item.json",
    "matrix/Sam - Chat Export - 2024-03-15.json",
]
TOKENS = [
    "\n", "\r\n", " ", ": ", " - ", " – ", "[", "] ", "\u200e", "\u202f", "\ufeff", "31/12/2023", "12/31/23", "1/5/24",
    "2023-12-31", "31.12.23", "13/13/2023", "00/00/00", ", ", "21:14", "9:14", "25:61", "12:05", "21:14:05",
    " PM", " AM", "2024. 3. 14. ", "오후 ", "오전 ", "下午", "午後", "2024/3/14 ", "named the group ",
    "\"is_unsent\": true", "Joined the server.", "<div class=\"_a6-g\">", "<div class=\"_a6-h\">",
    "<div class=\"_a6-p\">", "<div class=\"_a6-o\">", "</div>", "<ul>", "<img>", "Mar 14, 2024 8:05:40 pm",
    "\u202fPM", " p. m.", "Maya", "Sam", "Maya: ", "<Media omitted>", "image omitted", "<attached: x.jpg>", "null",
    "IMG-1.jpg (file attached)", "Messages and calls are end-to-end encrypted.", " added ", " left",
    " changed the subject", "\"", "“", "<This message was edited>", "This message was deleted", "{", "}",
    '"messages": [', '"text": ', '"from": "M"',
    '"date": "2024-01-01T00:00:00"', '"type": "service"', '"sender_name": "A"', '"timestamp_ms": 1', '"participants"',
    '"guild": {}', '"channel": {}', '"author": {"name": "a"}', '"timestamp": "x"', '"ts": "1.5"', '"ts": "nan"',
    '"subtype": "bot_message"', "[]", "null", "1e999", "-1", "true", ",", "é", "Ã©", "😮‍💨", "\x00", "9" * 25,
    '<div class="message default clearfix">', '<div class="message default clearfix joined">', "</div>",
    '<div class="from_name">', '<div class="text">', '<div class="pull_right date details" title="14.03.2024 20:02">',
    "<br>", "<![x y]>", '<div class="forwarded body">', '<div class="media_wrap clearfix">',
    '{"type":"version","version":1}', '"type":"post"', '"post":{', '"replies":[', '"create_at":', '"type":"rm"',
    '"msg":"', '"username":"', '"sender_full_name"', '<span class="emoji emoji-1f62e-200d">', "<blockquote>",
    "PostMessage,PostType,UserUsername,ChannelName,PostCreateAt", "system_join_channel", "<smses>", "</smses>",
    '<sms address="+1" date="1" type="1" body="', '" />', "&#55357;", "&#56852;", '<mms msg_box="1">', "<part ",
    'ct="text/plain"', '<addr type="137" address="', "]]>", "<!--", '"Media Type": "TEXT"', '"IsSender": true',
    '"Received Saved Chat History": [', '"Created": "2024-03-14 20:02:11 UTC"', '"Content": null',
    '<div class="message">', '<abbr class="dt" title="2024-03-14T20:02:11.270-04:00">', "<q>", "</q>",
    '<cite class="sender vcard">', '<a class="tel" href="tel:+1555">', '<span class="fn">', '<abbr class="fn">',
    '<div class="participants">', '<div class="hChatLog hfeed">', "Conversation: Sam\n", "From: You\n",
    "Type: incoming\n", "Type: outgoing\n", "Sent: Thu, 14 Mar 2024 20:02:11 -0400\n", "| Version: 2\n", ">From: ",
    "Edited: 2 versions\n", "Attachment: a.jpg (image/jpeg, 1 bytes)\n", "KakaoTalk Chats with Sam\n",
    "--------------- Thursday, March 14, 2024 ---------------\n", "[Sam] [8:02 PM] ", "[Sam] [오후 8:02] ",
    "March 14, 2024, 8:02 PM, Sam : ", "2024년 3월 14일 오후 8:02, ", "2024. 3. 14. 오후 8:02: ", " : ",
    "[2024-03-14 20:02:11] Sam: ", "  \n", "(- Sam: 👍 -)\n", "(( 🙏 ))\n", "![a.jpg](./media/a.jpg)", "\n> ",
    ",iMessage,Outgoing,,,Read,,,", ",Incoming,", ",Notification,", "14/03/2024,20:02:11,Sam,+40721555038,",
    '<div class="message">', '<div class="received">', '<div class="sent iMessage">', '<span class="bubble">',
    '<span class="sender">', '<span class="timestamp">', '<div class="replies">', '<div class="tapbacks">',
    "Reactions:\n", "Loved by Me\n", "This message responded to an earlier message.\n", "Edited 4 seconds later: ",
    "    Mar 14, 2024  8:03:40 PM\n", "Mar 14, 2024  8:03:40 PM\n", "window.YTD.direct_messages.part0 = ",
    '"dmConversation"', '"messageCreate"', '"senderId"', '"participant_data"', '"chat_message"', '"segment"',
    "From sam@x.org Thu Mar 14 20:02:11 2024\n", "From: Sam <sam@x.org>\n", "Date: Thu, 14 Mar 2024 20:02:11 +0000\n",
    "Subject: Re: x\n", "Content-Type: multipart/alternative; boundary=\"b\"\n", "--b\n", "--b--\n",
    "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n", "=E2=80=AF", "=\n",
    "In-Reply-To: <a@x>\n", "On Tue, Mar 12, 2024 Sam wrote:\n", "> ", "From:\tSam <s@x.org>\n",
    "Sent: 06 March 2024 18:54\n", "Sam <s@x.org>\tSat, Jun 1, 2024 at 10:22 AM\n", "[Quoted text hidden]\n",
    "________________________________\n", '"kind": "Listing"', '"t1"', '"t3"', '<div id="p1" class="post bg1">',
    '<div class="content">', '<a class="username">', '<time datetime="2024-01-20T19:42:42+00:00">', "charset=latin-1",
    '<li class="postcontainer" id="post_1">', '<div id="post_message_1">', '<span class="date">', "\xa3",
    "sam | 2023-11-04 10:12:02 UTC | #1\n", "-------------------------\n", '[quote="sam, post:1, topic:1"]', "[/quote]",
    '{"author": "a", "created_utc": 1711681952, "subreddit": "x", "selftext": "b"}\n', "[–]sam 3 points 6 hours ago\n",
    "permalinkembedsavereportreply\n", "Sam · 12/03/2024 20:47\n", "OP posts:\n", "  · \n", "All reactions:\n",
    "Like\n", "Reply\n", "Author\n", "14h\n",
    '"replies": ', '"post_stream": {"posts": [', '"cooked": "<p>', '"created_at_i": 1', '"children": [',
]  # fmt: skip


def _exercise(path: Path) -> None:
    """Detect and parse ``path`` with every chat reader; only ParseError may come out."""
    for name in MINE:
        try:
            for _ in get_reader(name).parse(path):
                pass
        except ParseError:
            pass
    try:
        reader = detect(path)
        with warnings.catch_warnings():  # a mutant may read as Windows-1252, which the user is told of
            warnings.simplefilter("ignore", H2HWarning)
            for _ in iter_utterances(path, format=reader.name):
                pass
    except ParseError:
        pass


def _scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="h2h-fuzz-") as tmp:
        yield Path(tmp)


def _run(data: bytes, name: str = "chat.txt") -> None:
    for tmp in _scratch():
        path = tmp / name
        path.write_bytes(data)
        _exercise(path)


@FUZZ
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=8), max_size=60))
def test_random_token_soup(parts: list[str]) -> None:
    _run("".join(parts).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _run(data)


def _mutate(data: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, pos, chunk in ops:
        at = pos % (len(out) + 1)
        if kind == 0:
            del out[at : at + len(chunk) + 1]
        elif kind == 1:
            out[at:at] = chunk
        elif kind == 2:
            line_end = out.find(b"\n", at)
            line_start = out.rfind(b"\n", 0, at) + 1
            if line_end > 0:
                out[line_end:line_end] = b"\n" + out[line_start:line_end]  # duplicate a line
        else:
            del out[at:]  # truncate
    return bytes(out)


MUTATIONS = st.lists(
    st.tuples(
        st.integers(0, 3), st.integers(0, 5000), st.binary(max_size=6) | st.sampled_from([t.encode() for t in TOKENS])
    ),
    min_size=1,
    max_size=6,
)


@FUZZ
@given(st.sampled_from(TEXT_FIXTURES + JSON_FIXTURES), MUTATIONS)
def test_byte_mutations_of_fixtures(name: str, ops: list[tuple[int, int, bytes]]) -> None:
    _run(_mutate((FIX / name).read_bytes(), ops), Path(name).name)


_KEYS = st.sampled_from(
    ["text", "type", "from", "from_id", "date", "messages", "name", "id", "author", "content", "timestamp",
     "timestamp_ms", "sender_name", "ts", "user", "subtype", "files", "attachments", "photo", "media_type",
     "is_unsent", "nickname", "chats", "list", "share", "user_profile", "sender_full_name", "display_recipient",
     "subject", "content_type", "From", "To", "Content", "Created", "Media Type", "Conversation Title", "kind",
     "data", "children", "body", "created_utc", "post_stream", "posts", "username", "cooked", "post_type",
     "sender", "origin_server_ts", "msgtype", "m.new_content", "m.relates_to", "unsigned", "redacted_because",
     "displayname", "state_key", "event_id"]
)  # fmt: skip


def _json_children(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Lists and objects of ``inner`` values (a named function: hypothesis checks that it uses its argument)."""
    return st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=12),
    _json_children,
    max_leaves=8,
)


@FUZZ
@given(st.sampled_from(JSON_FIXTURES), st.lists(st.integers(0, 50), max_size=6), JSON_VALUES)
def test_structural_mutations_of_json_fixtures(name: str, path: list[int], value: Any) -> None:
    doc = json.loads((FIX / name).read_text(encoding="utf-8"))
    _run(json.dumps(replace_node(doc, path, value)).encode(), Path(name).name)


@FUZZ
@given(st.lists(st.integers(0, 50), max_size=5), JSON_VALUES, st.booleans())
def test_structural_mutations_of_a_slack_export(path: list[int], value: Any, users: bool) -> None:
    for tmp in _scratch():
        root = tmp / "export"
        shutil.copytree(FIX / "slack_export", root)
        target = root / ("users.json" if users else "general/2024-03-02.json")
        doc = json.loads(target.read_text(encoding="utf-8"))
        target.write_text(json.dumps(replace_node(doc, path, value)), encoding="utf-8")
        _exercise(root)


def _outcome(data: bytes, name: str) -> tuple[Any, ...]:
    """What reading ``data`` as a file named ``name`` gives: its utterances and the warnings, or the error (line and
    message)."""
    for tmp in _scratch():
        path = tmp / name
        path.write_bytes(data)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", H2HWarning)
                found = [[(u.speaker, u.text, u.start, u.time, u.media) for u in c.utterances] for c in read(path)]
            return ("read", found, sorted(str(w.message).replace(str(path), name) for w in caught))
        except (ParseError, FormatError) as exc:
            return ("error", getattr(exc, "line", None), getattr(exc, "message", str(exc)).replace(str(path), name))
    raise AssertionError("no scratch folder")


@FUZZ
@given(st.sampled_from(TEXT_FIXTURES), MUTATIONS, st.sampled_from([b"  ", b"\t", b"    "]))
def test_an_indented_mutant_reads_as_the_mutant(name: str, ops: list[tuple[int, int, bytes]], indent: bytes) -> None:
    # Every line indented (as a script writing from an indented string does): the same utterances, or the same error.
    data = _mutate((FIX / name).read_bytes(), ops)
    assume(not data.startswith((b"PK\x03\x04", codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))  # a zip, UTF-16: not text
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    lines = re.split(b"(?<=\n)", data[len(bom) :])
    indented = bom + b"".join(indent + line if line else line for line in lines)
    assert _outcome(indented, Path(name).name) == _outcome(data, Path(name).name)
