"""Golden tests of the WeChat reader (MemoTrace/WeChatMsg's text and CSV exports).

The fixtures in tests/fixtures/chats/wechat/ were written after MemoTrace's own exporters (``exporter_txt.py``,
``exporter_csv.py``): a block per message (time and sender, the words, a blank line), placeholders in brackets, a
reply's ``引用:`` line, a system message alone on its time's line; the CSV's twelve columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _chats import rows
from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader

FIX = Path(__file__).parent / "fixtures" / "chats" / "wechat"


def test_wechat_text_export() -> None:
    chat = "Xiaoyu#1"
    assert detect(FIX / "Xiaoyu.txt").name == "wechat"
    assert rows(FIX / "Xiaoyu.txt") == [
        (chat, "Xiaoyu", "哥 are you awake", "2024-06-18T23:02:44", False),
        (chat, "Jie ge", "yeah what's up", "2024-06-18T23:03:55", False),
        (chat, "Xiaoyu", "I need to tell you something. I failed the licence exam again\nthird time",
         "2024-06-18T23:04:15", False),
        (chat, "Jie ge", "[图片]", "2024-06-18T23:04:40", True),
        # the recall notice is no one's words; the reply without the message it quotes
        (chat, "Jie ge", "that sounds so discouraging. how are you holding up?", "2024-06-18T23:05:30", False),
        (chat, "Xiaoyu", "[表情包]", "2024-06-18T23:06:10", True),
    ]  # fmt: skip


def test_wechat_csv_export() -> None:
    path = FIX / "Auntie Mei_utf8.csv"
    chat = "Auntie Mei_utf8#1"
    assert detect(path).name == "wechat"
    assert rows(path) == [
        (chat, "Yuki", "Auntie, Mom said you wanted to talk to me?", "2024-07-06T20:15:09", False),
        (chat, "Auntie Mei", "Yes. I worry about you, moving so far away.", "2024-07-06T20:17:09", False),  # Remark
        (chat, "Yuki", "[图片]", "2024-07-06T20:17:48", True),  # the system message (a pat) is no one's words
        (chat, "Yuki", "I'm scared too, honestly.", "2024-07-06T20:18:20", False),  # no Remark: the NickName
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "line", "message"),
    [
        ("chat.txt", "2024-06-18 23:02:44 Xiaoyu\nhi\n\nnot a header\nhello\n", 4, "time and sender"),
        ("chat.txt", "2024-06-31 23:02:44 Xiaoyu\nhi\n", 1, "not a date and time"),
        ("chat.txt", "2024-06-18 23:02:44 \"Xiaoyu\" 撤回了一条消息\n", None, "no messages from people"),
        ("chat.csv", "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,"
         "Sender\n1,17,one,0,1,1,2,hi,2024-07-06 20:15:09,Yuki,Yuki,wxid_1\n", 2, "message type number"),
        ("chat.csv", "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,"
         "Sender\n1,17,1,0,1,1,2,hi,2024-07-06 20:15:09,,,\n", 2, "without Remark"),
    ],
)  # fmt: skip
def test_wechat_problems_name_the_line(tmp_path: Path, name: str, text: str, line: int | None, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=message) as err:
        list(get_reader("wechat").parse(path))
    assert err.value.line == line
