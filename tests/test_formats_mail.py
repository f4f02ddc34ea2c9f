"""Golden tests of the e-mail readers: mbox and .eml files, threads printed or copied as text, and a message's own
words.

Every expected value below was read off the hand-written fixtures in tests/fixtures/chats/mail/ (a Gmail Takeout
mbox with a reply in Outlook's layout and a newsletter; one .eml).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from heart2heart.errors import ParseError
from heart2heart.formats import detect, read
from heart2heart.formats._mailtext import date_of, name_of
from heart2heart.formats.email_thread import own_words, pasted_chat

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


def test_one_eml_message_is_read_with_the_history_it_carries() -> None:
    assert detect(FIX / "re-the-move.eml").name == "email"
    assert rows(FIX / "re-the-move.eml") == [
        # Outlook's "-----Original Message-----" block: Sam's message, its date as written
        ("re-the-move/the move", "Sam Rivera", "I'm scared about the move.", "2024-03-14T21:02:00"),
        ("re-the-move/the move", "Jin Park", "That sounds really lonely to carry. What scares you most about it?",
         "2024-03-14T21:15:40"),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["Takeout-Mail.mbox", "re-the-move.eml"])
def test_a_file_saved_with_a_bom_reads_the_same(tmp_path: Path, name: str) -> None:
    """An editor that saves UTF-8 with a byte-order mark (Windows' Notepad) changes nothing read."""
    copy = tmp_path / name
    copy.write_bytes(b"\xef\xbb\xbf" + (FIX / name).read_bytes())
    assert detect(copy).name == "email"
    assert rows(copy) == rows(FIX / name)


def test_a_chat_pasted_into_a_message_is_that_chat(tmp_path: Path) -> None:
    path = tmp_path / "doreen.eml"
    path.write_text(
        "From: Mary Kowal <mary@example.org>\nTo: Anne <anne@example.org>\nSubject: Doreen again!!\n"
        "Date: Wed, 15 Nov 2023 09:47:12 +0000\nMessage-Id: <1@example.org>\n\n"
        "Anne,\n\nI copied it all off my phone for you, read it and weep.\n\nTuesday 14 November\n\n"
        "Doreen: Kevin made partner at the law firm. Youngest partner they've ever had.\n"
        "Me: That's wonderful. Jenny's just been made head of cardiology.\n"
        "Doreen: Marvellous. We've just had the kitchen done,\nItalian marble.\n"
        "Me: Lovely. Bill's having the conservatory extended.\n\n"
        "See you Thursday. Love Mary x\n",
        encoding="utf-8",
    )
    assert [(u.speaker, u.text) for c in read(path) for u in c] == [
        ("Doreen", "Kevin made partner at the law firm. Youngest partner they've ever had."),
        ("Me", "That's wonderful. Jenny's just been made head of cardiology."),
        ("Doreen", "Marvellous. We've just had the kitchen done,\nItalian marble."),  # a line without a name carries on
        ("Me", "Lovely. Bill's having the conservatory extended."),
    ]


@pytest.mark.parametrize(
    "words",
    [
        "Note: the meeting moved.\nTime: 3pm\nPlace: room 4\nAgenda: budget",  # labels, not people
        "Sam: hi\nJin: hey\nSam: ok",  # too short to be a chat rather than a message
        "Sam: one\nthree lines of my own\nand more\nand more\nJin: two\nSam: three\nJin: four",  # mostly prose
    ],
)
def test_a_message_that_is_no_pasted_chat_stays_one_message(words: str) -> None:
    assert pasted_chat(words) is None


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
        ("Yes.\n\n________________________________\nFrom: Sam\nSent: Tuesday\nTo: Jin\n\nhi", "Yes."),
        ("Yes.\nFrom: Sam\nSent: Tuesday\n\nhi", "Yes.\nFrom: Sam\nSent: Tuesday\n\nhi"),  # no To: or Subject:
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


# --- threads written out as text ------------------------------------------------------------------------------------

THREAD = [
    ("Sam Rivera", "I'm scared about the move.", "2024-03-14T20:02:00"),
    ("Jin Park", "That sounds really lonely to carry. What scares you most about it?", "2024-03-14T21:15:00"),
    ("Sam Rivera", "Being the new person everywhere, again.", "2024-03-15T07:30:00"),
]


def test_gmail_print_view() -> None:
    assert detect(FIX / "gmail_print.txt").name == "email_text"
    got = [(r[1], r[2], r[3]) for r in rows(FIX / "gmail_print.txt")]
    # the page's title, the account and "[Quoted text hidden]" are no one's words; oldest first, as printed
    assert got == [(THREAD[0][0], "I didn't want to say this on the phone, but I'm scared about the move.\n\nSam",
                    THREAD[0][2]), *THREAD[1:]]  # fmt: skip


def test_outlook_memo_print_newest_first_read_oldest_first() -> None:
    assert detect(FIX / "outlook_print.txt").name == "email_text"
    got = [(r[1], r[2], r[3]) for r in rows(FIX / "outlook_print.txt")]
    # Jin's Gmail reply kept its "On ... wrote:" line in Outlook's copy, without its ">" marks
    assert got == [*THREAD, ("Jin Park", "Then we start there. Coffee Saturday?\n\nJin", "2024-03-15T07:45:00")]


def test_an_iphone_reply_quotes_its_history_with_the_attribution_inside(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_text(
        "From: Jin Park <jin@example.org>\nTo: sam@example.org\nSubject: Re: the move\n"
        "Date: Fri, 15 Mar 2024 07:45:00 +0000\n\nThen we start there.\n\nSent from my iPhone\n\n"
        "> On 15 Mar 2024, at 07:30, Sam Rivera <sam@example.org> wrote:\n>\n"
        "> Being the new person everywhere, again.\n>\n"
        ">> On Thu, Mar 14, 2024 at 9:15 PM Jin Park <jin@example.org> wrote:\n>>\n>> What scares you most?\n",
        encoding="utf-8",
    )
    assert [(r[1], r[2], r[3]) for r in rows(path)] == [
        ("Jin Park", "What scares you most?", "2024-03-14T21:15:00"),
        ("Sam Rivera", "Being the new person everywhere, again.", "2024-03-15T07:30:00"),
        ("Jin Park", "Then we start there.\n\nSent from my iPhone", "2024-03-15T07:45:00"),
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Sat, Jun 1, 2024 at 10:22\u202fAM", "2024-06-01T10:22:00"),
        ("Sun, 3 Mar 2024 at 23:58", "2024-03-03T23:58:00"),
        ("Tuesday, January 23, 2024 8:41 AM", "2024-01-23T08:41:00"),
        ("06 March 2024 18:54", "2024-03-06T18:54:00"),
        ("Thu 21/03/2024 16:47", "2024-03-21T16:47:00"),
        ("Tue 3/5/2024 9:41 AM", "2024-03-05T09:41:00"),
        ("Dienstag, 16. April 2024 08:55", "2024-04-16T08:55:00"),
        ("Mar 29, 2024, at 8:10 AM", "2024-03-29T08:10:00"),
        ("someday soon", None),
    ],
)
def test_mail_dates(text: str, when: str | None) -> None:
    got = date_of(text)
    assert (got.isoformat() if got else None) == when


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Rachel Kim <rachel.kim@x.org<mailto:rachel.kim@x.org>>", "Rachel Kim"),
        ('"Kim, Rachel" <rachel@x.org>', "Kim, Rachel"),
        ("<rachel@x.org>", "rachel@x.org"),
        ("\u200bLaura Finch <laura@x.org>", "Laura Finch"),
    ],
)
def test_mail_names(value: str, name: str) -> None:
    assert name_of(value) == name


def test_malformed_headers_and_unknown_charsets_are_read_not_raised(tmp_path: Path) -> None:
    # Found by fuzzing: the email package raised IndexError on a cut-off address and LookupError on an unknown
    # charset; both escaped as tracebacks.
    mbox = (FIX / "Takeout-Mail.mbox").read_bytes()
    cut = tmp_path / "cut.mbox"
    cut.write_bytes(mbox[: mbox.index(b"<sam@") + len(b"<sam@")])
    with pytest.raises(ParseError, match="none with a sender and words of its own"):
        read(cut)
    odd = tmp_path / "Takeout-Mail.mbox"
    odd.write_bytes(mbox.replace(b'charset="UTF-8"', b'charset="TF-8"'))
    assert b"TF-8" in odd.read_bytes()
    assert rows(odd) == rows(FIX / "Takeout-Mail.mbox")
    sender = tmp_path / "sender.eml"
    sender.write_bytes(b"From: Sam Rivera <sam@\nSubject: hi\nDate: Thu, 14 Mar 2024 20:02:11 +0000\n\nI miss you.\n")
    assert [u.speaker for u in read(sender)[0].utterances] == ["Sam Rivera"]


def _message(n: int, sender: str, body: bytes, headers: bytes = b"") -> bytes:
    name, address = sender.split()
    return (
        (
            f"From {address} Thu Mar 14 20:0{n}:11 2024\nFrom: {name} <{address}>\nTo: x <x@x.org>\nSubject: Re: hi\n"
            f"Date: Thu, 14 Mar 2024 20:0{n}:11 +0000\nMessage-ID: <m{n}@x>\n"
        ).encode()
        + headers
        + b"\n"
        + body
        + b"\n\n"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_message_that_names_no_charset_is_read_as_mail_programs_read_it(tmp_path: Path, encoding: str) -> None:
    # With no charset named, the email package reads a part as ASCII ("café" in UTF-8 became "caf��"): UTF-8, else
    # Windows-1252
    path = tmp_path / "box.mbox"
    path.write_bytes(_message(1, "Sam sam@x.org", "The café was lovely – I miss it.".encode(encoding))
                     + _message(2, "Zoe zoe@x.org", b"Same here."))  # fmt: skip
    assert rows(path)[0][2] == "The café was lovely – I miss it."


def test_an_mbox_is_never_re_encoded_for_its_latin_1_messages(tmp_path: Path) -> None:
    # An ASCII start longer than detection reads, then a message in Latin-1 that says so: the file looks like
    # Windows-1252 as a whole, but each message is decoded by the charset it names (no copy, no warning).
    filler = b"".join(
        _message(n % 9, "Sam sam@x.org", b"Just checking in about the weekend.\n" * 40) for n in range(60)
    )
    latin = b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n"
    path = tmp_path / "box.mbox"
    path.write_bytes(filler + _message(9, "Zoe zoe@x.org", "The café was lovely.".encode("latin-1"), latin))
    assert len(filler) > 64 * 1024
    assert rows(path)[-1][2] == "The café was lovely."  # warnings are errors here: none was given
