"""Golden tests of the speech-to-text JSON reader (``speech_json``).

The fixtures in tests/fixtures/transcripts/speech/ are one short call (Maya asks, Sam tells her about work) written
in each service's documented output layout: AssemblyAI, Deepgram (utterances; paragraphs alone), Amazon Transcribe
(items and speaker segments), Google Cloud Speech-to-Text v1 (the last result repeating every word with its
speaker), Azure batch transcription, Rev.ai, Speechmatics and IBM Watson. Every expected value was read off them.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _chats import replace_node
from heart2heart.errors import ParseError
from heart2heart.formats import detect, get_reader, read
from heart2heart.formats.speech_json import _SpanIndex, speaker_of

FIX = Path(__file__).parent / "fixtures" / "transcripts" / "speech"

CALL = [
    "How was your week, really?",
    "Honestly, it was hard. I felt invisible at work.",
    "That sounds lonely. What happened?",
    "My manager cancelled our one-on-one again.",
    "Third time this month.",
    "Mm. Third time. How did that land for you?",
]
#: The same call where a service joins one speaker's consecutive words into one turn (word-level outputs).
JOINED = [*CALL[:3], f"{CALL[3]} {CALL[4]}", CALL[5]]


def rows(path: Path) -> list[tuple[str, str, float | None, float | None]]:
    return [(u.speaker, u.text, u.start, u.end) for c in read(path) for u in c]


def speakers_texts(path: Path) -> list[tuple[str, str]]:
    return [(speaker, text) for speaker, text, _, _ in rows(path)]


@pytest.mark.parametrize(
    ("file", "first", "second", "texts"),
    [
        ("assemblyai.json", "Speaker A", "Speaker B", CALL),
        ("deepgram.json", "Speaker 0", "Speaker 1", CALL),
        ("deepgram_paragraphs.json", "Speaker 0", "Speaker 1", CALL),
        ("azure_batch.json", "Speaker 1", "Speaker 2", CALL),
        ("aws_transcribe.json", "spk_0", "spk_1", JOINED),
        ("google_stt.json", "Speaker 1", "Speaker 2", JOINED),
        ("speechmatics.json", "S1", "S2", JOINED),
        ("revai.json", "Maya", "Speaker 1", JOINED),  # a speaker_name given to the first voice only
    ],
)
def test_each_service(file: str, first: str, second: str, texts: list[str]) -> None:
    path = FIX / file
    assert detect(path).name == "speech_json"
    who = [first, second, first, second, second, first] if texts is CALL else [first, second, first, second, first]
    assert speakers_texts(path) == list(zip(who, texts, strict=True))


def test_times_are_seconds_from_the_start() -> None:
    assert rows(FIX / "assemblyai.json")[:2] == [  # milliseconds
        ("Speaker A", CALL[0], 0.25, 2.65),
        ("Speaker B", CALL[1], 2.9, 6.1),
    ]
    assert rows(FIX / "azure_batch.json")[1][2:] == (2.9, 6.1)  # ticks of 100 ns
    assert rows(FIX / "aws_transcribe.json")[1][2:] == (2.9, 6.08)  # strings: first word's start, last word's end
    assert rows(FIX / "google_stt.json")[0][2:] == (0.25, 2.63)  # "0.250s"
    assert rows(FIX / "speechmatics.json")[3][2:] == (9.1, 13.58)


def test_google_long_running_operation_saved_whole(tmp_path: Path) -> None:
    """`gcloud ml speech recognize-long-running` and the operations API print the operation: the results are its
    `response`."""
    results = json.loads((FIX / "google_stt.json").read_text(encoding="utf-8"))
    operation = {
        "name": "1346630666168251199",
        "metadata": {"@type": "type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata",
                     "progressPercent": 100},
        "done": True,
        "response": {"@type": "type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse", **results},
    }  # fmt: skip
    path = _write(tmp_path, operation)
    assert detect(path).name == "speech_json"
    assert rows(path) == rows(FIX / "google_stt.json")


def test_ibm_watson_words_take_their_speaker_labels() -> None:
    assert rows(FIX / "ibm_watson.json") == [
        ("Speaker 0", "how was your week really", 0.25, 2.65),
        ("Speaker 1", "honestly it was hard", 2.9, 4.1),
    ]


def _write(tmp_path: Path, doc: Any, name: str = "call.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_amazon_transcribe_audio_segments(tmp_path: Path) -> None:
    doc = {
        "jobName": "call",
        "accountId": "1",
        "status": "COMPLETED",
        "results": {
            "transcripts": [{"transcript": "Are you okay? Not really."}],
            "items": [],
            "audio_segments": [
                {"id": 0, "transcript": "Are you okay?", "start_time": "0.5", "end_time": "1.4",
                 "speaker_label": "spk_0", "items": [0, 1, 2]},
                {"id": 1, "transcript": "Not really.", "start_time": "2.0", "end_time": "2.9",
                 "speaker_label": "spk_1", "items": [3, 4]},
            ],
        },
    }  # fmt: skip
    assert rows(_write(tmp_path, doc)) == [("spk_0", "Are you okay?", 0.5, 1.4), ("spk_1", "Not really.", 2.0, 2.9)]


def test_a_two_channel_call_without_diarisation_is_told_apart_by_channel(tmp_path: Path) -> None:
    deepgram = {
        "metadata": {"request_id": "r", "channels": 2},
        "results": {
            "channels": [{"alternatives": [{"transcript": "", "words": []}]}] * 2,
            "utterances": [
                {"start": 0.1, "end": 1.0, "channel": 0, "transcript": "Are you okay?"},
                {"start": 1.5, "end": 2.2, "channel": 1, "transcript": "Not really."},
            ],
        },
    }
    assert speakers_texts(_write(tmp_path, deepgram)) == [("Channel 0", "Are you okay?"), ("Channel 1", "Not really.")]
    azure = {
        "source": "call.wav",
        "combinedRecognizedPhrases": [],
        "recognizedPhrases": [
            {"channel": 0, "offsetInTicks": 1_000_000, "durationInTicks": 9_000_000, "nBest": [{"display": "Hi."}]},
            {"channel": 1, "offsetInTicks": 15_000_000, "durationInTicks": 7_000_000, "nBest": [{"display": "Hey."}]},
        ],
    }
    assert rows(_write(tmp_path, azure, "azure.json")) == [
        ("Channel 0", "Hi.", 0.1, 1.0),
        ("Channel 1", "Hey.", 1.5, 2.2),
    ]


@pytest.mark.parametrize(
    ("doc", "service"),
    [
        ({"id": "x", "status": "completed", "audio_url": "a.mp3", "text": "hi there", "words": [], "utterances": None},
         "AssemblyAI"),
        ({"metadata": {"request_id": "r"}, "results": {"channels": [{"alternatives": [
            {"transcript": "hi there", "words": [{"word": "hi", "start": 0.1, "end": 0.3}]}]}]}}, "Deepgram"),
        ({"results": [{"alternatives": [{"transcript": "hi there", "words": [{"word": "hi", "startTime": "0.1s"}]}],
                       "languageCode": "en-us"}]}, "Google Cloud Speech-to-Text"),
    ],
)  # fmt: skip
def test_a_transcript_without_speakers_is_refused(tmp_path: Path, doc: Any, service: str) -> None:
    with pytest.raises(ParseError, match=f"no speakers in this {service} transcript.*diarization"):
        read(_write(tmp_path, doc))


@pytest.mark.parametrize(
    ("label", "name"),
    [("A", "Speaker A"), (0, "Speaker 0"), ("12", "Speaker 12"), ("spk_0", "spk_0"), ("S1", "S1"),
     ("SPEAKER_00", "SPEAKER_00"), (" B ", "Speaker B")],
)  # fmt: skip
def test_speaker_names(label: object, name: str) -> None:
    assert speaker_of(label) == name


def test_other_json_is_left_to_other_readers(tmp_path: Path) -> None:
    whisperx = {"segments": [{"start": 0.1, "end": 1.0, "text": " Are you okay?", "speaker": "SPEAKER_00"},
                             {"start": 1.5, "end": 2.2, "text": " Not really.", "speaker": "SPEAKER_01"}],
                "language": "en"}  # fmt: skip
    assert detect(_write(tmp_path, whisperx)).name == "jsonl"
    with pytest.raises(ParseError):
        list(get_reader("speech_json").parse(FIX.parent.parent / "chats" / "telegram" / "personal_chat.json"))


FUZZ = settings(
    max_examples=int(os.environ.get("H2H_FUZZ_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_KEYS = st.sampled_from(
    ["utterances", "speaker", "text", "start", "end", "results", "channels", "alternatives", "words", "transcript",
     "paragraphs", "sentences", "items", "speaker_label", "start_time", "end_time", "audio_segments", "segments",
     "speakerTag", "startTime", "recognizedPhrases", "nBest", "display", "offsetInTicks", "monologues", "elements",
     "value", "ts", "type", "content", "timestamps", "speaker_labels", "from", "channel", "seconds", "nanos"]
)  # fmt: skip


def _children(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4)


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=12),
    _children,
    max_leaves=8,
)


@FUZZ
@given(st.sampled_from(sorted(p.name for p in FIX.glob("*.json"))), st.lists(st.integers(0, 50), max_size=7), _VALUES)
def test_structural_mutations_raise_only_parse_errors(name: str, path: list[int], value: Any) -> None:
    doc = replace_node(json.loads((FIX / name).read_text(encoding="utf-8")), path, value)
    with tempfile.TemporaryDirectory(prefix="h2h-fuzz-") as tmp:
        copy = Path(tmp) / name
        copy.write_text(json.dumps(doc), encoding="utf-8")
        with contextlib.suppress(ParseError):
            list(get_reader("speech_json").parse(copy))
        with contextlib.suppress(ParseError):
            read(copy)


_TIMES = st.one_of(st.none(), st.integers(0, 12).map(lambda n: n / 2), st.just(float("nan")))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    spans=st.lists(st.tuples(_TIMES, _TIMES, st.sampled_from(["spk_0", "spk_1", "spk_2"])), max_size=8),
    ordered=st.booleans(),
    at=st.one_of(st.integers(-1, 13).map(lambda n: n / 2), st.just(float("nan"))),
)
def test_the_speaker_segment_index_finds_what_a_scan_finds(
    spans: list[tuple[float | None, float | None, str]], ordered: bool, at: float
) -> None:
    # Amazon's items without a speaker take the first speaker segment containing their start: the index's binary
    # searches (segments in time order, touching or overlapping) must agree with reading the segments one by one.
    if ordered:
        spans = sorted(spans, key=lambda s: (s[0] is None, s[0] or 0.0, s[1] is None, s[1] or 0.0))
    scan = next((label for a, b, label in spans if a is not None and b is not None and a <= at <= b), None)
    assert _SpanIndex(spans).first_containing(at) == scan


def test_an_hour_of_amazon_items_without_their_own_speakers(tmp_path: Path) -> None:
    # ~1,000 speaker segments touching end to start and ~10,000 items that name no speaker: each item takes the
    # segment it starts in, the first of two when it starts where one ends and the next begins (the last item).
    segments, items = [], []
    for n in range(1000):
        start, end = n * 3.6, (n + 1) * 3.6
        segments.append({"start_time": f"{start:.3f}", "end_time": f"{end:.3f}", "speaker_label": f"spk_{n % 2}"})
        for k in range(10):
            t = start + 0.05 + k * 0.35 if n < 999 or k < 9 else end
            items.append({"start_time": f"{t:.3f}", "end_time": f"{t + 0.3:.3f}", "type": "pronunciation",
                          "alternatives": [{"content": f"w{n}"}]})  # fmt: skip
    doc = {"jobName": "hour", "results": {"transcripts": [{"transcript": ""}], "items": items,
                                          "speaker_labels": {"speakers": 2, "segments": segments}}}  # fmt: skip
    got = rows(_write(tmp_path, doc))
    assert len(got) == 1000
    assert [r[0] for r in got[:3]] == ["spk_0", "spk_1", "spk_0"]
    assert all(r[1] == " ".join([f"w{n}"] * 10) for n, r in enumerate(got))
    assert got[-1][3] == 3600.3  # the last word starts where the last segment ends: still in it
