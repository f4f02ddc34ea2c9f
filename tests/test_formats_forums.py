"""Golden tests of the forum readers: a Reddit thread's JSON, a Discourse topic's JSON, a Hacker News thread from
the Algolia API, phpBB and vBulletin pages, a Discourse topic's raw text, a Reddit dump's JSON Lines, threads
copied from the browser as text.

Every expected value below was read off the hand-written fixtures in tests/fixtures/chats/forums/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader, read

FIX = Path(__file__).parent / "fixtures" / "chats" / "forums"


def rows(path: Path) -> list[tuple[str, str, str, bool]]:
    """(speaker, text, ISO time, media) of every post read from ``path``, all in one conversation."""
    (conversation,) = read(path)
    return [(u.speaker, u.text, u.time.isoformat() if u.time else "", u.media) for u in conversation]


def test_reddit_thread_post_and_comments_in_the_pages_order() -> None:
    assert rows(FIX / "reddit_thread.json") == [
        ("quiet_maple", "One year today\n\nIt's been a year since Dad died and everyone expects me to be fine. I'm "
         "not. I still reach for my phone to call him & then remember.", "2024-03-14T20:02:11", False),
        ("harbor_lights", "I'm so sorry. The first anniversary hit me harder than the day itself. What was he like?",
         "2024-03-14T20:10:00", False),
        # in the page's order: the reply right after the comment it answers, then the removed comment (20:15)
        ("quiet_maple", "He was funny in a dry way. He'd call just to tell me a bad joke.", "2024-03-14T20:20:00",
         False),
        ("[deleted]", "<deleted>", "2024-03-14T20:15:00", True),
    ]  # fmt: skip


def test_discourse_topic() -> None:
    assert rows(FIX / "discourse_topic.json") == [
        ("samr", "I've been lurking for months. My son was just diagnosed with autism and I feel like I'm failing "
         "him.", "2024-03-14T20:02:11", False),
        # the quoted post left out, the emoji by its name; listed after the pin, posted before it
        ("jinp", "You're not failing him :heart:\nWhat has the last week been like?", "2024-03-14T20:10:40", False),
        ("mo_z", "<deleted>", "2024-03-14T21:00:00", True),  # the pin (a small action) is no one's words
    ]  # fmt: skip


def test_hacker_news_thread() -> None:
    assert rows(FIX / "hn_item.json") == [
        ("quietdev", "Ask HN: How do you deal with burnout after a layoff?\n\nI was laid off in January.\nI've applied "
         "to 80 jobs and I'm starting to feel like it's me.", "2024-03-14T20:02:11", False),
        ("harbor", "It isn't you. 80 applications in this market is normal. What kind of roles?", "2024-03-14T20:30:00",
         False),
        ("quietdev", "Backend, mostly Go.", "2024-03-14T20:45:00", False),  # the deleted comment left out
    ]  # fmt: skip


def test_a_thread_is_never_split_at_long_silences(tmp_path: Path) -> None:
    path = tmp_path / "thread.json"
    path.write_text(
        (FIX / "hn_item.json").read_text().replace('"2024-03-14T20:45:00.000Z"', '"2024-03-17T09:00:00.000Z"')
    )
    assert len(read(path)) == 1


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("reddit", '[{"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {"body": "hi"}}]}}]', "author"),
        ("reddit", '[{"kind": "Listing", "data": {"children": []}}]', "no posts or comments"),
        ("discourse", '{"post_stream": {"posts": [{"id": 7, "cooked": "<p>hi</p>"}]}}', "username"),
        ("discourse", '{"post_stream": {"posts": 3}}', "post_stream"),
        ("hackernews", '{"created_at_i": 1, "author": "a", "children": [3]}', "JSON object"),
        ("hackernews", '{"created_at_i": 1, "author": null, "text": null, "children": []}', "no story"),
    ],
)
def test_problems_are_parse_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / "thread.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=message):
        read(path, format=name)


@pytest.mark.parametrize(
    ("file", "reader"),
    [
        ("reddit_thread.json", "reddit"),
        ("discourse_topic.json", "discourse"),
        ("hn_item.json", "hackernews"),
        ("phpbb_viewtopic.html", "forum_html"),
        ("vbulletin_showthread.html", "forum_html"),
        ("discourse_raw.txt", "discourse_raw"),
    ],
)
def test_detection(file: str, reader: str) -> None:
    assert detect(FIX / file).name == reader
    assert get_reader(reader).chat is False  # threads are read whole


def test_discourse_raw_text() -> None:
    assert rows(FIX / "discourse_raw.txt") == [
        ("crumbshot", "Day 9 of my first starter and it's gone flat. Honestly I feel a bit stupid, everyone else seems "
         "to manage.", "2023-11-04T10:12:02", False),
        # the [quote] of post 1 and the "> " quote are not the writer's words
        ("bakerbrennan", "You're not. Day 9 is exactly when everyone's goes quiet. What flour are you feeding it?",
         "2023-11-04T10:40:15", False),
        ("crumbshot", "Plain white, from the supermarket.", "2023-11-04T11:02:00", False),
    ]  # fmt: skip


def test_reddit_dump_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "thread.jsonl"
    path.write_text(
        '{"author": "sam_r", "created_utc": 1711681952, "subreddit": "legaladvice", "id": "1bq8c3m", '
        '"name": "t3_1bq8c3m", "title": "Landlord kept my deposit", "selftext": "I feel so stupid for trusting him."}\n'
        '{"author": "jin_p", "body": "You\'re not stupid. When did you move out?", "created_utc": 1711683101, '
        '"subreddit": "legaladvice", "link_id": "t3_1bq8c3m", "parent_id": "t3_1bq8c3m"}\n'
        '{"author": "[deleted]", "body": "[removed]", "created_utc": 1711683200, "subreddit": "legaladvice", '
        '"link_id": "t3_1bq8c3m"}\n'
    )
    expected = [
        ("sam_r", "Landlord kept my deposit\n\nI feel so stupid for trusting him.", False),
        ("jin_p", "You're not stupid. When did you move out?", False),
        ("[deleted]", "<deleted>", True),
    ]
    assert detect(path).name == "reddit"
    assert [(r[0], r[1], r[3]) for r in rows(path)] == expected
    wide = tmp_path / "thread-utf16.jsonl"  # saved as UTF-16 (Windows' "Unicode"): the same rows
    wide.write_text(path.read_text(), encoding="utf-16")
    assert [(r[0], r[1], r[3]) for r in rows(wide)] == expected


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("old_reddit_copy.txt", [
            ("quiet_maple", "Living Room Finally a place of my own\n\nFirst flat since the divorce. Some nights it is "
             "so quiet I leave the TV on.", "", False),
            ("lamp_enjoyer", "That sounds lonely. How are the evenings now?", "", False),
            ("quiet_maple", "Getting better. I joined a climbing gym.", "", False),  # "[S]": the submitter
        ]),
        ("mumsnet_copy.txt", [
            ("Sundaysockss", "Six months here and no proper conversation with anyone. I feel a bit pathetic even "
             "typing this.", "2024-03-12T20:47:00", False),
            ("Lilac_and_Lime", "Not pathetic at all. What do you imagine would happen if you said hello?",
             "2024-03-12T21:05:00", False),
            ("Sundaysockss", "That they would think I was odd.", "2024-03-12T21:19:00", False),  # "OP posts:" left out
        ]),
        ("facebook_copy.txt", [
            # the group's name, the badges, the reactions and the Like / Reply rows are no one's words
            ("Gail Pritchard", "Honestly I have been struggling since my husband died and the plot is the only thing "
             "keeping me going.", "", False),
            ("Tom Ashby", "That is so much to carry, Gail. What does a good day on the plot look like for you?", "",
             False),
            ("Gail Pritchard", "Tom Ashby quiet ones, mostly.\nJust pottering.", "", False),
        ]),
    ],
)  # fmt: skip
def test_threads_copied_from_the_browser(file: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert detect(FIX / file).name == "forum_copy"
    assert rows(FIX / file) == expected


def test_phpbb_page() -> None:
    assert rows(FIX / "phpbb_viewtopic.html") == [
        # the signature is no one's words
        ("Orion_Belt", "Honestly I'm nervous about spending this much.\nMy last hobby fizzled out and I felt daft for "
         "months.", "2024-01-20T19:42:42", False),
        # a moderator's name is "username-coloured"; the quoted post is left out
        ("Mod_Karen", "That sounds like it stung. What made you want to try this one?", "2024-01-20T20:05:09", False),
    ]  # fmt: skip


def test_vbulletin_page_in_its_own_encoding() -> None:
    raw = (FIX / "vbulletin_showthread.html").read_bytes()
    assert b"\xa3120" in raw  # ISO-8859-1, as the page says
    assert rows(FIX / "vbulletin_showthread.html") == [
        ("newbie_nate", "Bit embarrassed to ask, but I spent \u00a3120 on chisels and I can't get a clean cut.\n"
         "I'm starting to think I'm just no good with my hands.", "2024-03-14T20:02:00", False),
        ("OldJackPlane", "You're not. Everyone's first cuts are rough. Are you sharpening them yourself?",
         "2024-03-14T20:40:00", False),  # the quote box left out
    ]  # fmt: skip


def test_a_file_in_another_encoding_that_does_not_say_so_is_refused(tmp_path: Path) -> None:
    # Windows-1252 is read (with a warning: tests/test_formats_windows_1252.py); Cyrillic in Windows-1251 is not
    # taken for it (most of its letters are beyond ASCII) and is refused at its first line
    path = tmp_path / "chat.txt"
    path.write_bytes("Sam: \u043f\u0440\u0438\u0432\u0435\u0442\nJin: oui\n".encode("cp1251"))
    with pytest.raises(ParseError, match="not UTF-8") as err:
        read(path)
    assert err.value.line == 1


def test_a_page_without_posts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text('<html><div class="post bg1" id="p1"><div class="postbody"></div></div></html>')
    with pytest.raises(ParseError, match="no posts"):
        read(path, format="forum_html")
