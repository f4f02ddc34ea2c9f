"""Golden tests of the workplace and community chat readers: Zulip, Mattermost, Rocket.Chat, Matrix (Element).

Every expected value below was read off the hand-written fixtures in tests/fixtures/chats/workplace/ and
tests/fixtures/chats/matrix/, each written after the apps' own export code and documents (Zulip's ``GET /messages``
response, Mattermost's bulk export and ``CompliancePostHeader``, Rocket.Chat's ``exportRoomMessagesToFile``,
Element's ``JSONExport`` of Matrix events).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from _chats import rows
from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader, read
from heart2heart.formats._base import Probe
from heart2heart.formats.zulip import plain_text

FIX = Path(__file__).parent / "fixtures" / "chats" / "workplace"


# --- Zulip -----------------------------------------------------------------------------------------------------------


def test_zulip_topics_are_conversations_in_time_order() -> None:
    topic = "zulip_messages/off-topic > rough week#1"
    first = "Can I say something a bit personal? I've felt like a fraud on this team since I joined."
    assert rows(FIX / "zulip_messages.json") == [
        (topic, "Ines Duarte", first, "2024-02-18T19:41:57", False),
        (topic, "Tom Okafor", "Thank you for trusting us with that \u2764\nWhat makes it feel that way?",
         "2024-02-18T19:42:39", False),
        # listed after the release message, sent before Tom's emoji: its quote of Tom is not Ines's words
        (topic, "Ines Duarte", "Everyone else seems to know what they are doing \U0001f62e\u200d\U0001f4a8",
         "2024-02-18T19:43:00", False),
        (topic, "Tom Okafor", ":party_parrot:", "2024-02-18T19:43:40", False),
        ("zulip_messages/general > release#1", "Lea Brandt", "Release is at 5 & the build is green.",
         "2024-02-18T19:43:20", False),
        ("zulip_messages/Ines Duarte, Lea Brandt#1", "Lea Brandt", "<attachment>", "2024-02-18T19:45:00", True),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>one</p>\n<p>two<br>three</p>", "one\ntwo\nthree"),
        ("<p>a &lt;b&gt; &amp; c</p>", "a <b> & c"),
        ("plain markdown :heart:", "plain markdown :heart:"),
        ('<p><span class="emoji">:custom:</span> hi</p>', ":custom: hi"),  # no code point: the name stays
        ('<p><span class="emoji emoji-zzz">:odd:</span></p>', ":odd:"),
        ("<blockquote><p>outer</p><blockquote><p>inner</p></blockquote><p>still quoted</p></blockquote><p>mine</p>",
         "mine"),
        ("<ul>\n<li>first</li>\n<li>second</li>\n</ul>", "first\nsecond"),
        ('<div class="codehilite"><pre><span></span><code>x = 1\n</code></pre></div>', "x = 1"),
    ],
)  # fmt: skip
def test_zulip_html_as_plain_text(html: str, text: str) -> None:
    assert plain_text(html) == text


def test_zulip_bad_message_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "z.json"
    path.write_text(
        '{"result": "success",\n "messages": [\n'
        '  {"id": 1, "sender_full_name": "A", "content": "<p>hi</p>", "timestamp": 1708285317},\n'
        '  {"id": 2, "sender_full_name": null, "content": "<p>hi</p>", "timestamp": 1708285318}\n]}\n',
        encoding="utf-8",
    )
    with pytest.raises(ParseError) as err:
        read(path)
    assert err.value.line == 4 and "sender_full_name" in str(err.value)


def test_zulip_without_messages_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "z.json"
    path.write_text('{"result": "success", "sender_full_name": "x", "messages": []}', encoding="utf-8")
    with pytest.raises(ParseError, match="no messages"):
        read(path, format="zulip")


# --- Mattermost ------------------------------------------------------------------------------------------------------


def test_mattermost_bulk_export_replies_in_time_order_system_posts_left_out() -> None:
    lounge = "mattermost_bulk/lounge#1"
    assert rows(FIX / "mattermost_bulk.jsonl") == [
        (lounge, "cnwosu", "paged 4 times last night & I am running on fumes", "2024-09-10T07:48:54.374000", False),
        (lounge, "akowalska", "that sounds exhausting. which alert?", "2024-09-10T07:50:00", False),
        (lounge, "akowalska", "want me to take tonight?", "2024-09-10T07:50:30", False),
        (lounge, "cnwosu", "the disk one <again>", "2024-09-10T07:51:00", False),
        (lounge, "cnwosu", "<attachment: alert-graph.png>", "2024-09-10T07:51:40", True),
        ("mattermost_bulk/akowalska+cnwosu#1", "akowalska", "you ok?", "2024-09-10T07:56:40", False),
    ]


def test_mattermost_compliance_csv() -> None:
    office = "mattermost_posts/office#1"
    assert rows(FIX / "mattermost_posts.csv") == [
        (office, "hvoss", "Heads up, the printer moved", "2024-05-14T10:59:32", False),
        (office, "jkim", "thanks!\ndoes it still need the badge?", "2024-05-14T10:59:58", False),  # +02:00 in UTC
        (office, "hvoss", "<attachment>", "2024-05-14T11:01:00", True),  # a file alone; an empty post is no one's
    ]


def test_mattermost_message_export_csv(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Post Creation Time,Team Id,Team Name,Team Display Name,Channel Id,Channel Name,Channel Display Name,"
        "Channel Type,User Id,User Email,Username,Post Id,Edited By Post Id,Replied to Post Id,Post Message,"
        "Post Type,User Type,Previews Post Id\n"
        "1715684372000,t,acme,ACME,c,office,Office,O,u1,a@x,anna,p1,,,I miss the old team,message,user,\n"
        "1715684380000,t,acme,ACME,c,office,Office,O,u2,b@x,ben,p2,,,ben joined,system_join_channel,user,\n"
        "1715684390000,t,acme,ACME,c,office,Office,O,u2,b@x,ben,p3,,,me too. what do you miss most?,message,user,\n",
        encoding="utf-8",
    )
    assert [(u.speaker, u.text, u.time.isoformat() if u.time else None) for c in read(path) for u in c] == [
        ("anna", "I miss the old team", "2024-05-14T10:59:32"),
        ("ben", "me too. what do you miss most?", "2024-05-14T10:59:50"),
    ]


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        (['{"type": "post", "post": {"channel": "c", "user": "u", "message": "hi", "create_at": 1725954534374}}',
          "{not json"], 3, "bad JSON"),
        (['{"type": "post", "post": {"channel": "c", "user": null, "message": "hi"}}'], 2, "'user'"),
        (['{"type": "post", "post": {"channel": "c", "user": "u", "message": "hi", "create_at": "soon"}}'], 2,
         "not a time"),
        (['{"type": "post", "post": {"user": "u", "message": "hi"}}'], 2, "no channel"),
        (['{"type": "post", "post": "hi"}'], 2, "needs a 'post' object"),
        (['{"type": "post", "post": {"channel": "c", "user": "u", "message": "hi", "replies": [1]}}'], 2,
         "JSON object"),
    ],
)  # fmt: skip
def test_mattermost_bulk_errors_name_the_line(tmp_path: Path, lines: list[str], line: int, message: str) -> None:
    path = tmp_path / "import.jsonl"
    path.write_text("\n".join(['{"type": "version", "version": 1}', *lines]) + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read(path)
    assert err.value.line == line and message in str(err.value)


def test_mattermost_csv_row_of_the_wrong_width_names_its_line(tmp_path: Path) -> None:
    lines = (FIX / "mattermost_posts.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "posts.csv"
    path.write_text("\n".join([*lines[:3], "acme,ACME,office", *lines[3:]]) + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read(path)
    assert err.value.line == 4 and "columns" in str(err.value)


def test_mattermost_export_of_system_posts_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "import.jsonl"
    path.write_text(
        '{"type": "version", "version": 1}\n'
        '{"type": "post", "post": {"channel": "c", "user": "u", "type": "system_join_channel", "message": "joined"}}\n',
        encoding="utf-8",
    )
    with pytest.raises(ParseError, match="no posts from people"):
        read(path)


# --- Rocket.Chat -----------------------------------------------------------------------------------------------------


def test_rocketchat_room_export_events_left_out_deleted_kept() -> None:
    room = "rocketchat_room#1"
    assert rows(FIX / "rocketchat_room.json") == [
        (room, "joe.b", "Honestly I have been dreading this week.", "2024-04-23T17:32:40.533000", False),
        (room, "samira.h", "<deleted message>", "2024-04-23T17:33:19.417000", True),
        (room, "samira.h", "what's weighing on you most?", "2024-04-23T17:34:02.272000", False),
        (room, "joe.b", "<attachment: plan.pdf>", "2024-04-23T17:35:15.436000", True),
        (room, "joe.b", "<encrypted message>", "2024-04-23T17:36:25.260000", True),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"msg": "hi", "username": "a", "ts": "yesterday"}', "'ts'"),
        ('{"msg": "hi", "username": "", "ts": "2024-04-23T17:31:09.000Z"}', "'username'"),
        ('{"msg": 3, "username": "a", "ts": "2024-04-23T17:31:09.000Z"}', "'msg'"),
        ("[1, 2]", "JSON object"),
        ('{"msg": "hi", "username": "a"', "bad JSON"),
    ],
)
def test_rocketchat_errors_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "room.json"
    path.write_text('{"msg": "hi", "username": "a", "ts": "2024-04-23T17:31:09.000Z"}\n\n' + line + "\n")
    with pytest.raises(ParseError) as err:
        read(path)
    assert err.value.line == 3 and message in str(err.value)


def test_rocketchat_room_of_events_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "room.json"
    path.write_text('{"msg": "User joined the channel", "username": "a", "ts": "2024-04-23T17:31:09Z", "type": "uj"}\n')
    with pytest.raises(ParseError, match="no messages from people"):
        read(path)


# --- detection -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("zulip_messages.json", "zulip"),
        ("mattermost_bulk.jsonl", "mattermost"),
        ("mattermost_posts.csv", "mattermost"),
        ("rocketchat_room.json", "rocketchat"),
    ],
)
def test_detect_picks_the_right_reader(name: str, reader: str) -> None:
    assert detect(FIX / name).name == reader


@pytest.mark.parametrize(
    ("head", "reader"),
    [
        ('{"speaker": "Maya", "text": "hi", "ts": "2024-04-23T17:31:09Z"}\n', "jsonl"),
        ('{"msg": "hi", "username": "maya", "ts": "2024-04-23T17:31:09Z", "conversation": "c1"}\n', "jsonl"),
        ('{"type": "post", "post": {}}\n', "jsonl"),
        ("speaker,text,time\nMaya,hi,\n", "csv"),
        ("Username,Message,Channel\nmaya,hi,x\n", "csv"),
        ('{"messages": [{"author": "Maya", "text": "hi"}]}', "jsonl"),
    ],
)
def test_the_workplace_readers_leave_other_rows_alone(tmp_path: Path, head: str, reader: str) -> None:
    path = tmp_path / ("rows.csv" if reader == "csv" else "rows.jsonl")
    path.write_text(head, encoding="utf-8")
    probe = Probe.of(path)
    for name in ("zulip", "mattermost", "rocketchat"):
        assert get_reader(name).sniff(probe) == 0.0, name
    assert detect(path).name == reader


def test_readers_declare_chat_and_examples() -> None:
    for name in ("zulip", "mattermost", "rocketchat"):
        reader = get_reader(name)
        assert reader.name == name and reader.chat is True
        assert reader.summary and reader.example


@pytest.mark.parametrize("as_zip", [True, False])
def test_mattermost_bulk_export_zip_or_folder(tmp_path: Path, as_zip: bool) -> None:
    folder = tmp_path / "export"
    (folder / "data" / "2024").mkdir(parents=True)
    (folder / "data" / "2024" / "alert-graph.png").write_bytes(b"\x89PNG")
    (folder / "export.jsonl").write_bytes((FIX / "mattermost_bulk.jsonl").read_bytes())
    path = folder
    if as_zip:
        path = tmp_path / "export.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for member in sorted(folder.rglob("*")):
                if member.is_file():
                    zf.write(member, member.relative_to(folder).as_posix())
    assert detect(path).name == "mattermost"
    expected = [(u.speaker, u.text, u.time) for c in read(FIX / "mattermost_bulk.jsonl") for u in c]
    assert [(u.speaker, u.text, u.time) for c in read(path) for u in c] == expected


def test_mattermost_zip_without_an_export_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/a.png", b"x")
        zf.writestr("one.jsonl", "{}")
        zf.writestr("two.jsonl", "{}")
    with pytest.raises(ParseError, match="no Mattermost export"):
        read(path, format="mattermost")


def test_a_folder_of_other_rows_is_no_mattermost_export(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "notes.txt").write_text("x")
    (tmp_path / "rows.jsonl").write_text('{"speaker": "Maya", "text": "hi"}\n')
    with pytest.raises(ParseError, match="not a Mattermost bulk export") as err:
        read(tmp_path)
    assert err.value.line == 1


# --- Matrix (Element's JSON export) -------------------------------------------------------------------------------

MATRIX = Path(__file__).parent / "fixtures" / "chats" / "matrix" / "Sam - Chat Export - 2024-03-15.json"


def test_matrix_room_exported_by_element() -> None:
    room = "Sam - Chat Export - 2024-03-15#1"
    sam, jin = "@sam.rivera:matrix.org", "@jin:matrix.org"
    assert detect(MATRIX).name == "matrix"
    assert rows(MATRIX) == [
        # membership, the room's creation and a reaction are no one's words
        (room, sam, "are you up? I can't stop thinking about what the doctor said", "2024-03-14T20:02:11", False),
        # a reply without its quoted fallback, in the words of its later edit (the edit is no message of its own)
        (room, jin, "I'm up. What did he say?", "2024-03-14T20:03:10", False),
        (room, sam, "<attachment: scan-results.jpg>", "2024-03-14T20:04:00", True),
        (room, sam, "<deleted message>", "2024-03-14T20:04:10", True),  # redacted since
        (room, sam, "he wants more tests. I'm scared", "2024-03-14T20:05:00", False),
        # Noor has no membership event in the export: everyone is named by their Matrix id
        (room, "@noor:matrix.org", "sends a hug", "2024-03-14T20:06:00", False),
        (room, jin, "<sticker>", "2024-03-14T20:06:10", True),
    ]  # fmt: skip


def test_matrix_display_names_when_they_name_every_sender(tmp_path: Path) -> None:
    doc = json.loads(MATRIX.read_text(encoding="utf-8"))
    doc["messages"] = [e for e in doc["messages"] if e["sender"] != "@noor:matrix.org"]
    path = tmp_path / MATRIX.name
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert [r[1] for r in rows(path)] == ["Sam", "Jin Park", "Sam", "Sam", "Sam", "Jin Park"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('{"room_name": "Sam", "origin_server_ts": 1, "messages": {}}', 1, "list of messages"),
        ('{"room_name": "Sam", "origin_server_ts": 1,\n "messages": [1]}', 2, "must be a JSON object"),
        ('{"room_name": "Sam", "messages": [{"type": "m.room.member", "origin_server_ts": 1, "sender": "@a:b",'
         ' "content": {"membership": "join"}}]}', None, "no messages from people"),
    ],
)  # fmt: skip
def test_matrix_problems(tmp_path: Path, text: str, line: int | None, message: str) -> None:
    path = tmp_path / "room.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=message) as err:
        list(get_reader("matrix").parse(path))
    assert err.value.line == line
