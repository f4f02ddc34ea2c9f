"""Coaching notes: the few moments that matter most, each with what happened and what to try instead.

Every note cites the moment (utterance index, speaker, a short quote), says plainly what happened, and offers a
concrete alternative sentence written from the conversation's own words (see :mod:`heart2heart.assess.rewrites`).
At most five notes: personalised feedback after a conversation helps, a crowd of remarks does not (Chollet et al.
2022). The wording is kind and free of jargon. With ``me`` set, notes about that person say "you".
"""

from __future__ import annotations

from dataclasses import dataclass

from heart2heart.assess._text import content_words, overlap, quote
from heart2heart.assess.conflict import ConflictMoment
from heart2heart.assess.disclosures import Disclosure, acknowledges, depth_of
from heart2heart.assess.listening import SpeakerListening, question_of
from heart2heart.assess.rewrites import feeling_of, gentle_startup, open_question, reflection, tell_me_more
from heart2heart.model import Conversation, Utterance

__all__ = ["MAX_NOTES", "Note", "coaching_notes"]

MAX_NOTES = 5


@dataclass(frozen=True, slots=True)
class Note:
    """One coaching note: the moment, what happened, and a concrete alternative."""

    index: int
    speaker: str
    quote: str
    message: str
    suggestion: str
    category: str
    priority: float = 0.0

    def to_json(self) -> dict[str, object]:
        """Same as :meth:`to_dict` (the name :mod:`heart2heart.analysis` looks for)."""
        return dict(self.to_dict())

    def to_dict(self) -> dict[str, object]:
        """The ``notes`` entry of ``h2h analyze --json`` (plus ``quote`` and ``category``)."""
        return {
            "index": self.index,
            "speaker": self.speaker,
            "quote": self.quote,
            "message": self.message,
            "suggestion": self.suggestion,
            "category": self.category,
        }


class _Voice:
    """Names people, or says "you" to the reader when the reader is one of them."""

    def __init__(self, me: str | None) -> None:
        self.me = me.casefold() if me else None

    def is_me(self, name: str) -> bool:
        return self.me is not None and name.casefold() == self.me

    def name(self, name: str, start: bool = False) -> str:
        if self.is_me(name):
            return "You" if start else "you"
        return name

    def their(self, name: str) -> str:
        return "your" if self.is_me(name) else f"{name}'s"


_HORSEMAN_ADVICE = {
    "criticism": "Name one specific thing and what you need, without a verdict on the person",
    "contempt": "Say the need underneath instead; sarcasm and mockery hurt more than any complaint. "
                "Even in a fight, an appreciation now and then keeps things safe",
    "defensiveness": "Take responsibility for a part of it, even a small one",
    "stonewalling": "If it gets too much, say so and take a break instead of shutting down",
}
_HORSEMAN_EXAMPLE = {
    "contempt": "I'm really frustrated right now. What I need is for us to sort this out together.",
    "defensiveness": "You're right that I didn't do that. I'm sorry; let me fix it.",
    "stonewalling": "I'm getting overwhelmed. Can we take twenty minutes and then come back to this?",
}


def coaching_notes(
    conv: Conversation,
    disclosures: list[Disclosure],
    listening: list[SpeakerListening],
    moments: list[ConflictMoment],
    harsh_start: Utterance | None,
    me: str | None = None,
    limit: int = MAX_NOTES,
) -> list[Note]:
    """The most useful notes (``limit`` at most), in conversation order."""
    v = _Voice(me)
    by_index = {u.index: u for u in conv.utterances}
    cands: list[Note] = []

    for d in disclosures:
        if d.response_index is None and d.response != "none":
            continue
        if d.depth < 3 and feeling_of(d.text) is None:
            continue  # an opinion or an anecdote: the follow-up notes below cover it
        said = quote(d.text)
        if d.response == "advice" and d.response_index is not None:
            r = by_index[d.response_index]
            cands.append(Note(
                r.index, r.speaker, quote(r.text),
                f"When {v.name(d.speaker)} shared \u201c{said}\u201d, {v.name(r.speaker)} went straight to "
                f"a solution before the feeling was heard.",
                f"Meet the feeling first, then ask whether advice is wanted: \u201c{reflection(d.text)} "
                f"Do you want ideas, or do you mostly need to get it off your chest?\u201d",
                "advice_first", 100 + d.depth,
            ))
        elif d.response == "deflected" and d.response_index is not None:
            r = by_index[d.response_index]
            cands.append(Note(
                r.index, r.speaker, quote(r.text),
                f"{v.name(d.speaker, start=True)} opened up (\u201c{said}\u201d) and the reply moved "
                f"somewhere else, so the moment passed.",
                f"Stay with it a little longer: \u201c{reflection(d.text)}\u201d or \u201c{tell_me_more(d.text)}\u201d",
                "missed_disclosure", 98 + d.depth,
            ))
        elif d.response == "none":
            cands.append(Note(
                d.index, d.speaker, said,
                f"{v.name(d.speaker, start=True)} shared something that mattered and it got no real answer.",
                f"A short acknowledgement is enough to meet it: \u201c{reflection(d.text)}\u201d",
                "unanswered_disclosure", 96 + d.depth,
            ))

    if harsh_start is not None:
        cands.append(Note(
            harsh_start.index, harsh_start.speaker, quote(harsh_start.text),
            "The conversation opened on a hard note. How a difficult talk starts tends to decide how it ends, "
            "and openings like this put the other person on guard.",
            f"Start softly with a feeling and one specific need: \u201c{gentle_startup(harsh_start.text)}\u201d",
            "harsh_startup", 94,
        ))

    seen_kinds: set[tuple[str, str]] = set()
    for m in moments:
        if harsh_start is not None and m.index == harsh_start.index:
            continue
        key = (m.speaker, m.horseman)
        if key in seen_kinds:
            continue
        seen_kinds.add(key)
        example = gentle_startup(m.text) if m.horseman == "criticism" else _HORSEMAN_EXAMPLE[m.horseman]
        words = {"criticism": "a criticism of the person rather than of one thing",
                 "contempt": "a put-down", "defensiveness": "a defence rather than a hearing",
                 "stonewalling": "a shut-down"}[m.horseman]
        cands.append(Note(
            m.index, m.speaker, quote(m.text),
            f"This came across as {words}.",
            f"{_HORSEMAN_ADVICE[m.horseman]}: \u201c{example}\u201d",
            m.horseman, {"contempt": 92, "criticism": 90, "defensiveness": 86, "stonewalling": 84}[m.horseman],
        ))

    cands.extend(_question_notes(conv, listening, v, {m.index for m in moments}))
    cands.extend(_talk_notes(conv, listening, v))
    cands.extend(_praise(conv, disclosures, v))

    if me is not None:
        cands = [
            Note(c.index, c.speaker, c.quote, c.message, c.suggestion, c.category,
                 c.priority + (40 if v.is_me(c.speaker) else 0))
            for c in cands
        ]
    # One note per moment and per category for the same person; the most important first, then in order.
    chosen: list[Note] = []
    used: set[tuple[str, str]] = set()
    at: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.priority, c.index)):
        if c.index in at or (c.speaker, c.category) in used:
            continue
        chosen.append(c)
        at.add(c.index)
        used.add((c.speaker, c.category))
        if len(chosen) >= limit:
            break
    return sorted(chosen, key=lambda c: c.index)


def _question_notes(
    conv: Conversation, listening: list[SpeakerListening], v: _Voice, heated: set[int]
) -> list[Note]:
    """A closed question rewritten as an open one, and a missed follow-up, for whoever asked most closed ones."""
    out: list[Note] = []
    utts = conv.utterances
    for sl in listening:
        if sl.questions_closed >= 2 and sl.questions_closed > sl.questions_open:
            closed = [u for u in utts if u.speaker == sl.name and question_of(u) == "closed" and u.index not in heated]
            if not closed:
                continue
            # The closed question that got the shortest answer shows the cost best.
            def answer_words(u: Utterance) -> int:
                nxt = next((w for w in utts[u.index - utts[0].index + 1:] if w.speaker != u.speaker), None)
                return nxt.words if nxt is not None else 99

            # The one with the most to say about (easiest to open up), then the shortest answer.
            q = min(closed, key=lambda u: (-len(content_words(u.text)), answer_words(u)))
            out.append(Note(
                q.index, q.speaker, quote(q.text),
                f"{v.name(sl.name, start=True)} asked {sl.questions_closed} yes-or-no questions and "
                f"{sl.questions_open} open ones; short questions tend to get short answers.",
                f"Try an open question that invites a story: \u201c{open_question(q.text)}\u201d",
                "closed_questions", 70 + min(10, sl.questions_closed),
            ))
    # A missed follow-up: someone said something personal, the next reply neither asked nor acknowledged.
    for i in range(1, len(utts)):
        prev, u = utts[i - 1], utts[i]
        if prev.speaker == u.speaker or depth_of(prev) < 1 or question_of(prev):
            continue
        if len(content_words(prev.text)) < 3:
            continue  # too little said to follow up on
        if question_of(u) or acknowledges(u) or depth_of(u) >= 2 or overlap(prev.text, u.text):
            continue
        if depth_of(prev) >= 2:
            continue  # handled as a disclosure
        out.append(Note(
            u.index, u.speaker, quote(u.text),
            f"{v.name(prev.speaker, start=True)} mentioned \u201c{quote(prev.text, 60)}\u201d and the "
            f"conversation moved on without a follow-up.",
            f"Follow-up questions are what make people feel heard: \u201c{tell_me_more(prev.text)}\u201d",
            "follow_up", 60,
        ))
    return out


def _talk_notes(conv: Conversation, listening: list[SpeakerListening], v: _Voice) -> list[Note]:
    """Talk share read by role: a listener above ~60%, or one voice holding most of a mutual talk."""
    out: list[Note] = []
    if len(listening) < 2 or len(conv) < 6:
        return out
    for sl in listening:
        limit = 0.6 if sl.role == "listener" else 0.7
        if sl.talk_share <= limit:
            continue
        longest = max((u for u in conv.utterances if u.speaker == sl.name), key=lambda u: u.words)
        pct = round(100 * sl.talk_share)
        if sl.role == "listener":
            msg = (f"As the listener here, {v.name(sl.name)} said {pct}% of the words; in good counselling the "
                   f"listener says about half, and the more they talk, the less they reflect.")
            sug = "Swap a stretch of explaining for a reflection of what you heard, then let a silence work."
        else:
            msg = (f"{v.name(sl.name, start=True)} said {pct}% of the words. People enjoy conversations most "
                   f"when the floor changes hands.")
            sug = "After a long stretch, hand the floor back: \u201cThat's my side; what's yours?\u201d"
        out.append(Note(longest.index, sl.name, quote(longest.text), msg, sug, "talk_share", 65))
    return out


def _praise(conv: Conversation, disclosures: list[Disclosure], v: _Voice) -> list[Note]:
    """One thing that went well: the best-met deep disclosure."""
    by_index = {u.index: u for u in conv.utterances}
    met = [d for d in disclosures if d.response == "met" and d.response_index is not None and d.depth >= 3]
    if not met:
        return []
    d = max(met, key=lambda d: (d.depth, -d.index))
    r = by_index[d.response_index]  # type: ignore[index]
    return [Note(
        r.index, r.speaker, quote(r.text),
        f"When {v.name(d.speaker)} shared \u201c{quote(d.text, 60)}\u201d, {v.their(r.speaker)} reply met it. "
        f"That is the heart of a heart-to-heart.",
        "Keep doing this: stay with the feeling, and if it feels right, share something of your own back.",
        "strength", 75,
    )]
