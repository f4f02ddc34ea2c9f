"""Golden tests of the e-mail reader: mbox and .eml files, threads, and a message's own words.

Every expected value below was read off the hand-written fixtures in tests/fixtures/chats/mail/ (a Gmail Takeout
mbox with a reply in Outlook's layout and a newsletter; one .eml).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from heart2heart.errors import ParseError
from heart2heart.formats import detect, read
from heart2heart.formats.email_thread import own_words

FIX = Path(__file__).parent / "fixtures" / "chats" / "mail"


def rows(path: Path) -> list[tuple[str, str, str, str]]:
    """(conversation, speaker, text, ISO time) of every message read from ``path``."""
    return [(u.conversation, u.speaker, u.text, u.time.isoformat() if u.time else "") for c in read(path) for u in c]


def test_mbox_threads_and_own_words() -> None:
    assert rows(FIX / "Takeout-Mail.mbox") == [
        ("Takeout-Mail/the move", "Sam Rivera",
         "Hi Jin,\n\nI didn't want to say this on the phone, but I'm scared about the move.\n"
         "What if I don't make a single friend there?\n\nSam", "2024-03-14T20:02:11"),
        # the signature and Gmail's quoted history left out; +01:00 read as UTC
        ("Takeout-Mail/the move", "Jin Park", "That sounds really lonely to carry. What scares you most about it?",
         "2024-03-14T21:15:40"),
        # "RE:" is the same thread; Outlook's quoted block left out
        ("Takeout-Mail/the move", "Sam Rivera", "Being the new person everywhere, again.", "2024-03-15T07:30:00"),
        ("Takeout-Mail/Spring sale", "Newsletter", "Everything 20% off", "2024-03-15T09:00:00"),  # HTML alone
    ]  # fmt: skip


def test_a_thread_is_not_split_at_long_silences() -> None:
    (thread, _) = read(FIX / "Takeout-Mail.mbox")
    assert thread.id == "Takeout-Mail/the move" and len(thread) == 3  # 20:02 to 07:30 the next day


def test_one_eml_message() -> None:
    assert detect(FIX / "re-the-move.eml").name == "email"
    assert rows(FIX / "re-the-move.eml") == [
        ("re-the-move/the move", "Jin Park", "That sounds really lonely to carry. What scares you most about it?",
         "2024-03-14T21:15:40"),
    ]  # fmt: skip


def test_a_folder_of_messages(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    shutil.copy(FIX / "re-the-move.eml", folder / "2.eml")
    (folder / "1.eml").write_text(
        "From: Sam Rivera <sam@example.org>\nTo: jin@example.org\nSubject: the move\n"
        "Date: Thu, 14 Mar 2024 20:02:11 +0000\nMessage-ID: <CAsam1@mail.example.org>\n\nI'm scared about the move.\n"
    )
    assert detect(folder).name == "email"
    assert [(r[1], r[2]) for r in rows(folder)] == [
        ("Sam Rivera", "I'm scared about the move."),
        ("Jin Park", "That sounds really lonely to carry. What scares you most about it?"),
    ]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Yes.\n\nOn Tue, Mar 12, 2024 at 8:02 PM Sam <sam@x.org> wrote:\n> hi", "Yes."),
        ("Yes.\n\nOn Tue, Mar 12, 2024 at 8:02 PM Sam Rivera <\nsam@x.org> wrote:\n> hi", "Yes."),  # over 2 lines
        ("Yes.\n\nAm 12.03.2024 um 20:02 schrieb Sam:\n> hi", "Yes."),
        ("Yes.\n> quoted\nand more", "Yes.\nand more"),
        ("Yes.\n-- \nSam Rivera\nPhone", "Yes."),
        ("Yes.\n\n________________________________\nFrom: Sam\nSent: Tuesday\n\nhi", "Yes."),
        ("Yes.\n\nFrom: Sam Rivera <sam@x.org>\nSent: Tuesday, March 12, 2024 8:02 PM\nTo: Jin\n\nhi", "Yes."),
        ("From: the heart, honestly.\nThat is it.", "From: the heart, honestly.\nThat is it."),  # no "Sent:" after it
    ],
)  # fmt: skip
def test_own_words(body: str, words: str) -> None:
    assert own_words(body) == words


def test_not_mail(tmp_path: Path) -> None:
    path = tmp_path / "notes.eml"
    path.write_text("From: Sam\nDate: yesterday\nSubject: x\n\n")
    with pytest.raises(ParseError, match="none with a sender and words"):
        read(path, format="email")
