"""Readers against the quirks of real exports written by other tools (WhatsApp locales, minimal JSON exports...).

Each fixture under tests/fixtures/*/real_*/ reproduces, with text written for this project, the layout of a real
export found in another project's test data or bug reports (the source is named above each test). Expected
values were counted by hand from the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from heart2heart.formats import detect, read
from heart2heart.formats.whatsapp import _Clock

CHATS = Path(__file__).parent / "fixtures" / "chats"
TRANSCRIPTS = Path(__file__).parent / "fixtures" / "transcripts"
WA = CHATS / "real_whatsapp"


def rows(path: Path, fmt: str | None = None) -> list[tuple[str, str, str | None, bool]]:
    """(speaker, text, ISO time or None, media) of every utterance of ``path``, kept as one conversation."""
    out = []
    for conv in read(path, format=fmt, gap=None):
        for u in conv:
            out.append((u.speaker, u.text, u.time.isoformat() if u.time else None, u.media))
    return out


# --- WhatsApp ---------------------------------------------------------------------------------------------------
# Layouts from real exports quoted in: joweich/chat-miner test/whatsapp/*.txt, lucasrodes/whatstk chats/*,
# Pustur/whatsapp-chat-parser tests, and user reports in nmoya/whatsapp-parser#4, rodrigogs/whats-reader#78,
# dimagi/open-chat-studio#221, mtln/chat-export#28.


def test_german_android_media_captions_and_edit_note() -> None:
    got = rows(WA / "de_android_media.txt")
    assert detect(WA / "de_android_media.txt").name == "whatsapp"
    assert got == [
        ("Lena", "Hast du die Notizen von heute?", "2024-02-04T18:05:00", False),
        ("Jonas", "Tafelbild.jpg (Datei angehängt)\nTafelbild.jpg", "2024-02-04T18:09:00", True),
        ("Jonas", "hier, ist aber etwas unscharf", "2024-02-04T18:09:00", False),
        ("Lena", "danke dir, das hilft mir echt", "2024-02-04T18:11:00", False),
        ("Jonas", "<Medien ausgeschlossen>\nAufgabe 3.pdf", "2024-02-05T09:30:00", True),
        (
            "Jonas",
            "IMG-20240205-WA0004.jpg (Datei angehängt)\nund das ist meine Lösung, ich bin mir unsicher",
            "2024-02-05T09:31:00",
            True,
        ),
        ("Lena", "sieht gut aus!", "2024-02-05T09:40:00", False),
    ]


def test_spanish_android_pm_with_narrow_spaces_and_placeholders() -> None:
    got = rows(WA / "es_android_pm.txt")
    assert [(s, t) for s, _, t, _ in got] == [
        ("Marta", "2025-03-28T21:29:00"),
        ("Marta", "2025-03-28T21:36:00"),
        ("Diego", "2025-03-29T00:05:00"),
        ("Diego", "2025-03-29T00:06:00"),
        ("Marta", "2025-03-29T00:07:00"),
    ]
    assert [m for *_, m in got] == [False, True, False, True, False]
    assert got[0][1] == "¿llegaste bien a casa?"
    assert got[-1][1] == "tranquilo, descansa"


def test_spanish_android_without_comma_after_the_date() -> None:
    assert rows(WA / "es_android_nocomma.txt") == [
        ("Rocío", "¿quién se apunta el sábado?", "2024-07-03T14:34:00", False),
        ("Iván", "<Multimedia omitido>", "2024-07-03T14:35:00", True),
        ("Rocío", "me encanta el plan", "2024-07-03T14:51:00", False),
    ]


def test_german_ios_marks_unsaved_sender_attachment_and_deleted() -> None:
    assert rows(WA / "de_ios_marks.txt") == [
        ("Tobi", "Treffen wir uns um neun am Bahnhof?", "2025-01-12T11:01:18", False),
        ("Paula", "Ja, passt mir gut", "2025-01-12T11:03:40", False),
        ("Tobi", "<Anhang: 00000012-PHOTO-2025-01-12-11-04-05.jpg>", "2025-01-12T11:04:05", True),
        ("Paula", "Bild weggelassen", "2025-01-12T11:05:12", True),
        ("Paula", "Diese Nachricht wurde gelöscht.", "2025-01-12T11:06:00", False),
        ("Tobi", "alles gut, bis morgen", "2025-01-12T11:06:30", False),
    ]


def test_old_layout_with_a_colon_after_the_time() -> None:
    got = rows(WA / "old_colon_12h.txt")
    assert detect(WA / "old_colon_12h.txt").name == "whatsapp"
    assert got == [
        ("Nora", "did you get my letter?", "2014-03-24T13:59:59", False),
        ("Abe", "I did. Reading it twice: once fast, once slow.", "2014-03-24T14:01:10", False),
        ("Nora", "and?", "2014-03-24T14:03:45", False),
        ("Abe", "it meant a lot", "2014-03-25T09:15:00", False),
    ]


def test_year_first_with_a_dot_after_the_time() -> None:
    assert rows(WA / "ymd_dotted_time.txt") == [
        ("Min", "are you free tonight?", "2022-12-14T13:34:00", False),
        ("Joon", "after eight, yes", "2022-12-14T13:40:00", False),
        ("Min", "great\nlet's talk then", "2022-12-14T13:41:00", False),
    ]


def test_pm_marker_on_a_24_hour_hour() -> None:
    got = rows(WA / "ios_pm_over_12.txt")
    assert [(s, t) for s, _, t, _ in got] == [
        ("Ana", "2022-10-09T11:37:00"),
        ("Luis", "2022-10-09T12:37:00"),
        ("Ana", "2022-10-09T13:37:00"),
    ]


def test_finnish_klo_between_date_and_time() -> None:
    got = rows(WA / "fi_klo.txt")
    assert [(s, t) for s, _, t, _ in got] == [
        ("Aino", "2018-06-13T21:25:15"),
        ("Eero", "2018-06-13T21:26:02"),
        ("Aino", "2018-06-14T08:05:00"),
    ]
    assert got[1][1] == "olen, mitä kuuluu?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2018. 06. 13.", (2018, 6, 13)), ("13.6.2018", (2018, 6, 13)), ("2023/12/20", (2023, 12, 20))],
)
def test_clock_reads_spaced_and_dotted_dates(text: str, expected: tuple[int, int, int]) -> None:
    order = "ymd" if text.startswith("20") else "dmy"
    d = _Clock(order).date(text)
    assert (d.year, d.month, d.day) == expected


def test_hungarian_spaced_dates_in_a_chat(tmp_path: Path) -> None:
    path = tmp_path / "hu.txt"
    path.write_text("2020. 05. 17. 19:33 - Réka: szia!\n2020. 05. 17. 19:35 - Bence: szia, mi újság?\n")
    assert rows(path) == [
        ("Réka", "szia!", "2020-05-17T19:33:00", False),
        ("Bence", "szia, mi újság?", "2020-05-17T19:35:00", False),
    ]


# --- Telegram and Messenger --------------------------------------------------------------------------------------
# Layouts of mlomb/chat-analytics tests/samples/telegram/DM_2A_7M.json (messages with only "date_unixtime") and
# joweich/chat-miner test/{facebookMessenger,instagram}/*.json (message lists without "participants").


def test_telegram_messages_with_only_unix_time() -> None:
    path = CHATS / "real_telegram" / "unixtime_only.json"
    assert detect(path).name == "telegram"
    assert rows(path) == [
        ("Iris", "Morning! did you sleep at all?", "2021-04-02T08:10:00", False),
        ("Omar", "a little. the news kept me up", "2021-04-02T08:10:00", False),
        ("Omar", "<photo>", "2021-04-02T08:11:00", True),
        ("Iris", "want to talk about it?", "2021-04-02T08:15:00", False),
    ]


def test_messenger_without_participants_is_detected_and_put_in_time_order() -> None:
    path = CHATS / "real_messenger" / "message_1.json"
    assert detect(path).name == "messenger"
    assert rows(path) == [
        ("Noor", "how did it go?", "2022-11-16T19:49:03", False),
        ("Eli", "I finally called my dad", "2022-11-16T19:50:03", False),
        ("Noor", "I'm glad you told me", "2022-11-16T19:51:03", False),
    ]


# --- Transcripts -------------------------------------------------------------------------------------------------
# WhisperX-style diarised subtitles write "[SPEAKER_00]: text" (the writer in m-bain/whisperX utils, and many tools
# built on it); Whisper's WebVTT leaves out the hours while they are zero ("00:03.112").


@pytest.mark.parametrize("name", ["diarized.srt", "diarized.vtt"])
def test_bracketed_diarisation_speakers(name: str) -> None:
    path = TRANSCRIPTS / "real_whisperx" / name
    utterances = [u for conv in read(path) for u in conv]
    assert [(u.speaker, u.text) for u in utterances] == [
        ("SPEAKER_00", "How was the appointment?"),
        ("SPEAKER_01", "Better than I feared, honestly."),
        ("SPEAKER_00", "I am so relieved."),
    ]
    assert (utterances[1].start, utterances[1].end) == (3.112, 6.5)
    expected_last = 3606.9 if name.endswith(".vtt") else 6.9
    assert utterances[2].start == expected_last
