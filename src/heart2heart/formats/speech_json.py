"""Speech-to-text services' JSON, as their APIs return a transcript with speakers told apart (diarisation).

- **AssemblyAI** (``{"audio_url", "text", "words", "utterances": [{"speaker": "A", "text", "start", "end"}]}``,
  times in milliseconds): one utterance per ``utterances`` entry.
- **Deepgram** (``{"metadata", "results": {"channels": [...], "utterances": [...]}}``): one per ``utterances``
  entry; without them, one per paragraph (``paragraphs``), else runs of the words by one speaker. A speaker is its
  number, or the channel's in a multichannel call.
- **Amazon Transcribe** (``{"jobName", "results": {"transcripts", "items", "speaker_labels", "audio_segments"}}``,
  times as strings): one per audio segment; without them, runs of the items by one speaker (their own
  ``speaker_label``, or the speaker segment they fall in), or by channel.
- **Google Cloud Speech-to-Text** (``{"results": [{"alternatives": [{"transcript", "words": [{"word",
  "startTime": "1.400s", "speakerTag": 1}]}]}]}``, v1 or v2's ``startOffset``/``speakerLabel``, alone or as the
  ``response`` of the long-running operation saved whole): runs of the words by one speaker, from the result that
  holds them all (with diarisation the last one repeats every word); by channel when the results carry
  ``channelTag`` instead.
- **Azure Speech** batch transcription (``{"combinedRecognizedPhrases", "recognizedPhrases": [{"speaker",
  "channel", "offsetInTicks", "durationInTicks", "nBest": [{"display"}]}]}``): one per recognized phrase.
- **Rev.ai** (``{"monologues": [{"speaker", "speaker_name", "elements": [{"type", "value", "ts", "end_ts"}]}]}``):
  one per monologue.
- **Speechmatics** (``{"format", "job", "results": [{"type": "word", "start_time", "end_time", "alternatives":
  [{"content", "speaker": "S1"}]}]}``): runs of the words by one speaker; punctuation attaches to its word.
- **IBM Watson** (``{"results": [{"alternatives": [{"timestamps": [["word", start, end]]}]}], "speaker_labels":
  [{"from", "to", "speaker"}]}``): runs of the words by one speaker.

A speaker the service names only by a letter or a number is "Speaker A", "Speaker 0", as the services' own text
renderings print them; other labels stay as written ("spk_0", "S1"), and Rev.ai's ``speaker_name`` wins. Times are
seconds from the start of the recording. A transcript without speakers (diarisation off) is refused: one voice
cannot be a conversation.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import line_of, load_json, looks_like_json_object
from heart2heart.model import Utterance

__all__ = ["READER", "SpeechJsonReader"]

_EXAMPLE = '{"utterances": [{"speaker": "A", "text": "How are you, really?", "start": 250, "end": 2650}]}'

#: (speaker, text, start seconds, end seconds) of one turn.
Turn = tuple[str, str, float | None, float | None]
#: (speaker, token, start, end, attaches to the previous token) of one recognised word or punctuation mark.
Word = tuple[str, str, float | None, float | None, bool]

_BARE_LABEL = re.compile(r"[A-Za-z]|\d{1,3}")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)s")
_TICKS_PER_SECOND = 10_000_000


def speaker_of(label: Any) -> str:
    """A diarised speaker's name: "Speaker A" for a bare letter or number, else the label as written."""
    text = str(label).strip()
    return f"Speaker {text}" if _BARE_LABEL.fullmatch(text) else text


def _seconds(value: Any, scale: float = 1.0) -> float | None:
    """Seconds from a number (times ``scale``), a numeric string ("1.25"), a duration ("1.400s") or a protobuf
    duration object (``{"seconds": 1, "nanos": 400000000}``); None when absent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return round(float(value) * scale, 6)
    if isinstance(value, str):
        m = _DURATION.fullmatch(value.strip())
        return round(float(m.group(1) if m else value) * scale, 6)
    if isinstance(value, Mapping):
        return round(float(value.get("seconds", 0)) + float(value.get("nanos", 0)) / 1e9, 6)
    raise ValueError(f"not a time: {value!r}")


def _runs(words: Iterable[Word]) -> list[Turn]:
    """Consecutive words by one speaker joined into turns (a space between words, none before punctuation)."""
    turns: list[Turn] = []
    speaker: str | None = None
    tokens: list[str] = []
    start = end = None
    for who, token, w_start, w_end, attaches in words:
        if not token:
            continue
        if who != speaker and not (attaches and tokens):
            if tokens:
                turns.append((speaker or "", "".join(tokens).strip(), start, end))
            speaker, tokens, start = who, [], w_start
        tokens.append(token if attaches or not tokens else " " + token)
        end = w_end if w_end is not None else end
    if tokens:
        turns.append((speaker or "", "".join(tokens).strip(), start, end))
    return turns


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _first(values: Any) -> Mapping[str, Any]:
    listed = _list(values)
    return _map(listed[0]) if listed else {}


# --- one function per service: its turns, or None when the data is not its output --------------------------------


def _assemblyai(data: Mapping[str, Any]) -> list[Turn] | None:
    if "utterances" not in data or "results" in data:
        return None
    return [
        (speaker_of(u["speaker"]), str(u.get("text") or "").strip(), _seconds(u.get("start"), 0.001),
         _seconds(u.get("end"), 0.001))
        for u in map(_map, _list(data["utterances"])) if u.get("speaker") is not None
    ]  # fmt: skip


def _deepgram(data: Mapping[str, Any]) -> list[Turn] | None:
    results = _map(data.get("results"))
    if not isinstance(results.get("channels"), list) and not isinstance(results.get("utterances"), list):
        return None

    def who(item: Mapping[str, Any]) -> str | None:
        if item.get("speaker") is not None:
            return speaker_of(item["speaker"])
        channel = item.get("channel")
        if isinstance(channel, int) and len(_list(results.get("channels"))) > 1:
            return f"Channel {channel}"
        return None

    utterances = [_map(u) for u in _list(results.get("utterances"))]
    if utterances:
        return [(name, str(u.get("transcript") or "").strip(), _seconds(u.get("start")), _seconds(u.get("end")))
                for u in utterances if (name := who(u))]  # fmt: skip
    turns: list[Turn] = []
    for c, channel in enumerate(map(_map, _list(results.get("channels")))):
        best = _first(channel.get("alternatives"))
        paragraphs = [_map(p) for p in _list(_map(best.get("paragraphs")).get("paragraphs"))]
        if paragraphs:
            for p in paragraphs:
                text = " ".join(str(_map(s).get("text") or "").strip() for s in _list(p.get("sentences")))
                if (name := who({"channel": c, **p})) is not None:
                    turns.append((name, text.strip(), _seconds(p.get("start")), _seconds(p.get("end"))))
        else:
            words = [_map(w) for w in _list(best.get("words"))]
            turns += _runs(
                (name, str(w.get("punctuated_word") or w.get("word") or ""), _seconds(w.get("start")),
                 _seconds(w.get("end")), False)
                for w in words if (name := who({"channel": c, **w})) is not None
            )  # fmt: skip
    return sorted(turns, key=lambda t: t[2] if t[2] is not None else 0.0)


class _SpanIndex:
    """Labelled time spans (start, end, label), asked for the first one in their order that contains a moment.

    Amazon Transcribe's speaker segments come in time order, so the answer is found by two binary searches: when
    both the starts and the ends never decrease, the spans that contain ``at`` are the run from the first whose end
    is at or after it to the last whose start is at or before it, and the first of them is the one. Spans out of
    that order (no service writes them so) are searched one by one, as before: an hour's call has ~10,000 words
    and ~1,000 segments.
    """

    __slots__ = ("_ends", "_labels", "_sorted", "_spans", "_starts")

    def __init__(self, spans: Iterable[tuple[float | None, float | None, str]]) -> None:
        # a span without both times, or ending before it starts (or not a number), contains no moment
        self._spans = [(a, b, label) for a, b, label in spans if a is not None and b is not None and a <= b]
        self._starts = [a for a, _, _ in self._spans]
        self._ends = [b for _, b, _ in self._spans]
        self._labels = [label for _, _, label in self._spans]
        self._sorted = all(x <= y for x, y in itertools.pairwise(self._starts)) and all(
            x <= y for x, y in itertools.pairwise(self._ends)
        )

    def first_containing(self, at: float) -> str | None:
        """The label of the first span with ``start <= at <= end``, or None."""
        if at != at:  # not a number: in no span
            return None
        if self._sorted:
            last = bisect.bisect_right(self._starts, at) - 1
            first = bisect.bisect_left(self._ends, at)
            return self._labels[first] if first <= last else None
        for start, end, label in self._spans:
            if start <= at <= end:
                return label
        return None


def _aws(data: Mapping[str, Any]) -> list[Turn] | None:
    results = _map(data.get("results"))
    if not isinstance(results.get("items"), list) and not isinstance(results.get("audio_segments"), list):
        return None
    segments = [_map(s) for s in _list(results.get("audio_segments"))]
    if segments and any(s.get("speaker_label") or s.get("channel_label") for s in segments):
        return [(speaker_of(s.get("speaker_label") or s.get("channel_label")), str(s.get("transcript") or "").strip(),
                 _seconds(s.get("start_time")), _seconds(s.get("end_time")))
                for s in segments if s.get("speaker_label") or s.get("channel_label")]  # fmt: skip
    segment_of = _SpanIndex(
        (_seconds(s.get("start_time")), _seconds(s.get("end_time")), str(s.get("speaker_label")))
        for s in map(_map, _list(_map(results.get("speaker_labels")).get("segments")))
        if s.get("speaker_label") is not None
    )
    channel_of: dict[str, str] = {}  # an item's start time -> its channel, for channel identification
    for channel in map(_map, _list(_map(results.get("channel_labels")).get("channels"))):
        for item in map(_map, _list(channel.get("items"))):
            channel_of[str(item.get("start_time"))] = str(channel.get("channel_label"))

    def who(item: Mapping[str, Any], previous: str | None) -> str | None:
        if item.get("speaker_label") is not None:
            return str(item["speaker_label"])
        if item.get("type") == "punctuation":
            return previous
        at = _seconds(item.get("start_time"))
        label = segment_of.first_containing(at) if at is not None else None
        return label if label is not None else channel_of.get(str(item.get("start_time")))

    words: list[Word] = []
    previous: str | None = None
    for item in map(_map, _list(results.get("items"))):
        previous = who(item, previous)
        if previous is not None:
            content = str(_first(item.get("alternatives")).get("content") or "")
            words.append((speaker_of(previous), content, _seconds(item.get("start_time")),
                          _seconds(item.get("end_time")), item.get("type") == "punctuation"))  # fmt: skip
    return _runs(words)


def _google(data: Mapping[str, Any]) -> list[Turn] | None:
    results = [_map(r) for r in _list(data.get("results"))]
    if not results or not any("alternatives" in r for r in results):
        return None

    def label(word: Mapping[str, Any]) -> Any:
        return word.get("speakerTag") or word.get("speakerLabel") or None

    tagged = [r for r in results if any(label(_map(w)) for w in _list(_first(r.get("alternatives")).get("words")))]
    if tagged:  # with diarisation the last result repeats every word of the recording, each with its speaker
        words = [_map(w) for w in _list(_first(tagged[-1].get("alternatives")).get("words"))]
        return _runs(
            (speaker_of(label(w)), str(w.get("word") or ""), _seconds(w.get("startTime", w.get("startOffset"))),
             _seconds(w.get("endTime", w.get("endOffset"))), False)
            for w in words if label(w)
        )  # fmt: skip
    if any(r.get("channelTag") is not None for r in results):
        return [(f"Channel {r['channelTag']}", str(_first(r.get("alternatives")).get("transcript") or "").strip(),
                 None, _seconds(r.get("resultEndTime", r.get("resultEndOffset"))))
                for r in results if r.get("channelTag") is not None]  # fmt: skip
    return []


def _ibm(data: Mapping[str, Any]) -> list[Turn] | None:
    labels = [_map(s) for s in _list(data.get("speaker_labels"))]
    results = [_map(r) for r in _list(data.get("results"))]
    if not labels or not results:
        return None
    speaker_at = {_seconds(s.get("from")): s.get("speaker") for s in labels}
    words: list[Word] = []
    for result in results:
        for stamp in _list(_first(result.get("alternatives")).get("timestamps")):
            if isinstance(stamp, list) and len(stamp) == 3 and (who := speaker_at.get(_seconds(stamp[1]))) is not None:
                words.append((speaker_of(who), str(stamp[0]), _seconds(stamp[1]), _seconds(stamp[2]), False))
    return _runs(words)


def _azure(data: Mapping[str, Any]) -> list[Turn] | None:
    if "recognizedPhrases" not in data:
        return None
    phrases = [_map(p) for p in _list(data["recognizedPhrases"])]
    channels = {p.get("channel") for p in phrases}
    turns: list[Turn] = []
    for p in phrases:
        if p.get("speaker") is not None:
            name = speaker_of(p["speaker"])
        elif len(channels) > 1 and p.get("channel") is not None:
            name = f"Channel {p['channel']}"
        else:
            continue
        start = _seconds(p.get("offsetInTicks"), 1 / _TICKS_PER_SECOND)
        duration = _seconds(p.get("durationInTicks"), 1 / _TICKS_PER_SECOND)
        best = _first(p.get("nBest"))
        text = str(best.get("display") or best.get("lexical") or "").strip()
        turns.append((name, text, start, None if start is None or duration is None else round(start + duration, 6)))
    return turns


def _revai(data: Mapping[str, Any]) -> list[Turn] | None:
    if "monologues" not in data:
        return None
    turns: list[Turn] = []
    for m in map(_map, _list(data["monologues"])):
        elements = [_map(e) for e in _list(m.get("elements"))]
        text = "".join(str(e.get("value") or "") for e in elements)
        times = [e for e in elements if e.get("type") == "text"]
        name = m.get("speaker_name") or (speaker_of(m["speaker"]) if m.get("speaker") is not None else None)
        if name:
            turns.append((str(name), " ".join(text.split()), _seconds(times[0].get("ts")) if times else None,
                          _seconds(times[-1].get("end_ts")) if times else None))  # fmt: skip
    return turns


def _speechmatics(data: Mapping[str, Any]) -> list[Turn] | None:
    results = [_map(r) for r in _list(data.get("results"))]
    if not results or not any(r.get("type") in ("word", "punctuation") for r in results):
        return None
    words: list[Word] = []
    previous: str | None = None
    for r in results:
        best = _first(r.get("alternatives"))
        who = best.get("speaker") or r.get("channel")
        punctuation = r.get("type") == "punctuation"
        if who is None or (punctuation and previous is not None):
            who = previous
        if who is None:
            continue
        previous = str(who)
        attaches = punctuation and r.get("attaches_to", "previous") == "previous"
        words.append((speaker_of(who), str(best.get("content") or ""), _seconds(r.get("start_time")),
                      _seconds(r.get("end_time")), attaches))  # fmt: skip
    return _runs(words)


#: Tried in this order: the marks that tell each output apart are checked inside each function.
_SERVICES: tuple[tuple[str, Callable[[Mapping[str, Any]], list[Turn] | None]], ...] = (
    ("Rev.ai", _revai),
    ("Azure Speech", _azure),
    ("Deepgram", _deepgram),
    ("Amazon Transcribe", _aws),
    ("IBM Watson", _ibm),
    ("Speechmatics", _speechmatics),
    ("Google Cloud Speech-to-Text", _google),
    ("AssemblyAI", _assemblyai),
)


class SpeechJsonReader:
    """Reader of speech-to-text services' JSON transcripts."""

    name: ClassVar[str] = "speech_json"
    summary: ClassVar[str] = (
        "speech-to-text JSON with speakers: AssemblyAI, Deepgram, Amazon Transcribe, Google Cloud, Azure, Rev.ai, "
        "Speechmatics, IBM Watson"
    )
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        if '"monologues"' in head or 'ecognizedPhrases"' in head:
            return 0.95
        if '"jobName"' in head and '"results"' in head:
            return 0.95  # Amazon Transcribe
        if '"request_id"' in head and '"channels"' in head:
            return 0.95  # Deepgram
        if '"audio_url"' in head and ('"utterances"' in head or '"words"' in head or '"status"' in head):
            return 0.95  # AssemblyAI
        if '"results"' in head and '"alternatives"' in head and ('"transcript"' in head or '"content"' in head):
            return 0.9  # Google, Speechmatics, IBM Watson
        if '"utterances"' in head and '"speaker"' in head and '"confidence"' in head:
            return 0.9  # AssemblyAI's utterances saved alone
        return 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a speech-to-text service's .json transcript, not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        if not isinstance(data, Mapping):
            raise ParseError(path, 1, f"expected a JSON object such as {_EXAMPLE}")
        if isinstance(data.get("response"), Mapping) and "done" in data:
            data = data["response"]  # Google's long-running operation, saved whole: its result is the response
        for service, turns_of in _SERVICES:
            try:
                turns = turns_of(data)
            except (TypeError, ValueError, KeyError, OverflowError) as exc:
                at = line_of(raw, '"utterances"', '"results"', '"monologues"', '"recognizedPhrases"')
                raise ParseError(path, at, f"bad {service} transcript ({exc})") from None
            if turns is None:
                continue
            found = [t for t in turns if t[1]]
            if not found:
                raise ParseError(path, None, f"no speakers in this {service} transcript: transcribe it with speaker "
                                 "labels (diarization) on, so the turns of each voice are told apart")  # fmt: skip
            for speaker, text, start, end in found:
                yield Utterance(path.stem, 0, speaker, text, start=start, end=end)
            return
        raise ParseError(path, 1, f"not a speech-to-text transcript heart2heart knows (expected e.g. {_EXAMPLE})")


READER = SpeechJsonReader()
