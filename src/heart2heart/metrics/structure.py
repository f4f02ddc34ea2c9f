"""Who talked how much: turns, words, talk share (by words and by seconds of speech) and monologues.

Everything here is a pure function of a :class:`~heart2heart.model.Conversation`; nothing needs labels or models.

Definitions (the project's exact rules):

- *words* are whitespace-separated words (:attr:`Utterance.words`; media placeholders count none).
- *turn*: a maximal run of consecutive utterances by one speaker (:meth:`Conversation.turns`).
- *talk share* is a speaker's words over everybody's words; *talk share by time* is their seconds of speech over
  everybody's, on transcripts with ``start`` times (see :func:`speech_intervals` for utterances without ``end``).
- a *monologue* is a run of one speaker's speech not broken by another speaker saying more than
  :data:`BACKCHANNEL_MAX_WORDS` words in one turn. Shorter turns of others ("yeah ok", "mm-hm") are backchannels:
  they neither break the run nor count in its words. A monologue's seconds run from the start of its first
  utterance to the end of its last one (the backchannels inside are part of that span). The longest monologue by
  words and the longest by seconds are taken separately and may be different runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from heart2heart.model import Conversation, Turn

__all__ = [
    "BACKCHANNEL_MAX_WORDS",
    "SPEECH_WORDS_PER_SECOND",
    "Intervals",
    "Monologue",
    "SpeakerTalk",
    "monologues",
    "speaker_talk",
    "speech_intervals",
]

#: A turn of at most this many words by someone else does not break a monologue.
BACKCHANNEL_MAX_WORDS = 3
#: Speaking rate used to estimate how long an utterance without an ``end`` lasted (150 words a minute).
SPEECH_WORDS_PER_SECOND = 2.5

#: ``(start, end)`` seconds of each utterance of a timed transcript, in utterance order.
Intervals = Sequence[tuple[float, float]]


@dataclass(frozen=True, slots=True)
class SpeakerTalk:
    """How much one speaker talked: counts and shares of the conversation."""

    name: str
    role: str | None
    turns: int
    utterances: int
    words: int
    talk_share: float
    seconds: float | None
    talk_share_time: float | None


@dataclass(frozen=True, slots=True)
class Monologue:
    """One uninterrupted run of a speaker's speech (see the module docstring for the rule)."""

    speaker: str
    first: int
    last: int
    words: int
    seconds: float | None


def speech_intervals(conv: Conversation) -> list[tuple[float, float]] | None:
    """``(start, end)`` seconds of every utterance of a timed transcript, in utterance order; ``None`` if untimed.

    An utterance without a usable ``end`` (missing, or before its start) is taken to last its words at
    :data:`SPEECH_WORDS_PER_SECOND`, but not past the next utterance's start when that comes later.
    """
    if not conv.timed:
        return None
    utts = conv.utterances
    out: list[tuple[float, float]] = []
    for i, u in enumerate(utts):
        start = float(u.start)  # type: ignore[arg-type]  # timed: every start is set
        if u.end is not None and u.end >= start:
            out.append((start, float(u.end)))
            continue
        end = start + u.words / SPEECH_WORDS_PER_SECOND
        if i + 1 < len(utts):
            nxt = utts[i + 1].start
            if nxt is not None and start < nxt < end:
                end = nxt
        out.append((start, end))
    return out


def speaker_talk(
    conv: Conversation, *, turns: Sequence[Turn] | None = None, intervals: Intervals | None = None
) -> list[SpeakerTalk]:
    """Turns, words and talk shares per speaker, in order of first appearance.

    ``turns`` and ``intervals`` may be passed when already computed (``conv.turns()``, :func:`speech_intervals`).
    """
    speakers = conv.speakers
    words = dict.fromkeys((s.name for s in speakers), 0)
    utterances = dict.fromkeys(words, 0)
    turn_count = dict.fromkeys(words, 0)
    for u in conv.utterances:
        words[u.speaker] += u.words
        utterances[u.speaker] += 1
    for t in turns if turns is not None else conv.turns():
        turn_count[t.speaker] += 1
    total_words = sum(words.values())

    seconds: dict[str, float] | None = None
    if intervals is None:
        intervals = speech_intervals(conv)
    if intervals is not None:
        seconds = dict.fromkeys(words, 0.0)
        for u, (start, end) in zip(conv.utterances, intervals, strict=True):
            seconds[u.speaker] += end - start
    total_seconds = sum(seconds.values()) if seconds is not None else 0.0

    out: list[SpeakerTalk] = []
    for s in speakers:
        secs = seconds[s.name] if seconds is not None else None
        out.append(
            SpeakerTalk(
                name=s.name,
                role=s.role,
                turns=turn_count[s.name],
                utterances=utterances[s.name],
                words=words[s.name],
                talk_share=words[s.name] / total_words if total_words else 0.0,
                seconds=secs,
                talk_share_time=(secs / total_seconds if total_seconds else 0.0) if secs is not None else None,
            )
        )
    return out


def monologues(
    conv: Conversation, *, turns: Sequence[Turn] | None = None, intervals: Intervals | None = None
) -> list[Monologue]:
    """Every monologue of the conversation, in order (backchannel turns are absorbed, see the module docstring).

    ``turns`` and ``intervals`` may be passed when already computed.
    """
    if intervals is None:
        intervals = speech_intervals(conv)
    runs: list[Monologue] = []
    holder: str | None = None
    words = 0
    # positions (in conv.utterances) of the run's first and last utterance
    first_pos = last_pos = 0
    pos = 0
    utts = conv.utterances

    def close() -> None:
        if holder is None:
            return
        secs = intervals[last_pos][1] - intervals[first_pos][0] if intervals is not None else None
        runs.append(Monologue(holder, utts[first_pos].index, utts[last_pos].index, words, secs))

    for turn in turns if turns is not None else conv.turns():
        n = len(turn.utterances)
        if turn.speaker == holder:
            words += turn.words
            last_pos = pos + n - 1
        elif holder is None or turn.words > BACKCHANNEL_MAX_WORDS:
            close()
            holder = turn.speaker
            first_pos, last_pos = pos, pos + n - 1
            words = turn.words
        # else: a backchannel; it neither breaks the run nor counts in it
        pos += n
    close()
    return runs
