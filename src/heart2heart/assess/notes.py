"""Coaching notes: the few moments that matter most, each with what happened and what to try instead.

Every note cites the moment (utterance index, speaker, a short quote), says plainly what happened, and offers a
concrete alternative sentence written from the conversation's own words (see :mod:`heart2heart.assess.rewrites`).
At most five notes: personalised feedback after a conversation helps, a crowd of remarks does not (Chollet et al.
2022). The wording is kind and free of jargon. With ``me`` set, notes about that person say "you".

Kinds of note (``category``), most important first: ``advice_first`` (a feeling answered with a solution),
``missed_disclosure`` / ``unanswered_disclosure`` (something vulnerable that was passed over), ``harsh_startup``,
the four conflict patterns (``contempt``, ``criticism``, ``defensiveness``, ``stonewalling``), ``follow_up`` (a
personal story nobody asked about), ``closed_questions`` (mostly yes-or-no questions), ``talk_share``; and at most
one ``strength`` (something that went well), always listed last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from heart2heart.assess._cues import Cue, LazyPattern
from heart2heart.assess._phrases import (
    clean,
    feeling_clause,
    personal_topic,
    question_sentence,
    split_sentences,
    to_listener,
)
from heart2heart.assess._text import content_words, labels_of, quote
from heart2heart.assess.conflict import ConflictMoment, alarm_opener
from heart2heart.assess.disclosures import Disclosure, acknowledges, gives_advice
from heart2heart.assess.listening import SpeakerListening
from heart2heart.assess.questions import AskedQuestion, asked_questions, real_question
from heart2heart.assess.rewrites import OWN_FEELINGS, gentle_startup, open_rewrite, own_feeling, reflection
from heart2heart.assess.safety import SafetyMoment, asks_directly
from heart2heart.model import Conversation, Utterance

__all__ = ["MAX_NOTES", "Note", "NoteParts", "coaching_notes", "note_parts"]

MAX_NOTES = 5
STRENGTH = "strength"
SAFETY = "safety"


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


class NoteParts(NamedTuple):
    """A conversation's notes as the reports show them: check-ins first, then what to try, then what went well."""

    checks: list[Note]
    tries: list[Note]
    good: list[Note]


def note_parts(notes: Iterable[Note]) -> NoteParts:
    """``notes`` split into the reports' three parts (each in the notes' order)."""
    parts = NoteParts([], [], [])
    for n in notes:
        category = getattr(n, "category", "")
        (parts.checks if category == SAFETY else parts.good if category == STRENGTH else parts.tries).append(n)
    return parts


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

    def their(self, name: str, start: bool = False) -> str:
        if self.is_me(name):
            return "Your" if start else "your"
        return f"{name}'s"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _said(text: str, limit: int = 80) -> str:
    """A quote of what someone said, for inside a message."""
    return f"\u201c{quote(text, limit)}\u201d"


def coaching_notes(
    conv: Conversation,
    disclosures: list[Disclosure],
    listening: list[SpeakerListening],
    moments: list[ConflictMoment],
    harsh_start: Utterance | None,
    me: str | None = None,
    limit: int = MAX_NOTES,
    safety: list[SafetyMoment] | None = None,
    kind: str | None = None,
) -> list[Note]:
    """The most useful notes (``limit`` at most): a check-in first when someone said something that can be a sign
    of thinking about suicide or of self-harm (``safety``), then the things to try in conversation order, then one
    strength. ``kind``: the conversation's kind, when known (a support conversation's confider gets no note on
    talk share)."""
    v = _Voice(me)
    cands: list[Note] = _safety_notes(conv, safety or [], v)
    heated = {m.index for m in moments} | ({harsh_start.index} if harsh_start is not None else set())
    cands += _disclosure_notes(conv, disclosures, v, heated)
    cands += _startup_notes(conv, harsh_start, moments, v)
    cands += _conflict_notes(conv, moments, harsh_start, v)
    cands += _question_notes(conv, v, heated)
    cands += _talk_notes(conv, listening, v, disclosures if kind in SUPPORT_KINDS else [])
    cands += _praise(conv, disclosures, v, heated)
    if me is not None:  # the reader's own notes first
        cands = [replace(c, priority=c.priority + (40 if v.is_me(c.speaker) else 0)) for c in cands]
    chosen: list[Note] = []
    used: set[tuple[str, str]] = set()
    at: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.priority, c.index)):
        if c.index in at or (c.speaker, c.category) in used:
            continue
        if c.category == STRENGTH and any(n.category == STRENGTH for n in chosen):
            continue
        chosen.append(c)
        at.add(c.index)
        used.add((c.speaker, c.category))
        if len(chosen) >= limit:
            break
    return sorted(chosen, key=lambda c: (c.category != SAFETY, c.category == STRENGTH, c.index))


# --- safety ---------------------------------------------------------------------------------------------------

#: Where to turn, said the same way in every safety note (the user's own country's services are theirs to add).
_LINES = "a crisis line (988 in the US, Samaritans on 116\u00a0123 in the UK and Ireland)"
_HELP = f"help them reach support today: their doctor, {_LINES}, or emergency services if they are in danger now."


def _asked_about_it(conv: Conversation, m: SafetyMoment) -> Utterance | None:
    """Someone else's direct question about suicide, self-harm or safety within the next few utterances."""
    after = [u for u in conv.utterances if u.index > m.index][:4]
    return next((u for u in after if u.speaker != m.speaker and asks_directly(u.text)), None)


def _check_in(conv: Conversation, m: SafetyMoment, v: _Voice) -> tuple[str, str]:
    """The message and the suggestion of one moment's check-in."""
    suicide = m.sign == "suicide"
    if v.is_me(m.speaker):
        sign = "thinking about suicide" if suicide else "hurting yourself"
        return (
            f"What you said here can be a sign of {sign}. It matters more than anything else in this report.",
            f"You deserve support with this. Tell someone you trust how hard it has been, or talk to your doctor or "
            f"{_LINES}; if you might act on it, call emergency services now.",
        )
    sign = "thinking about suicide" if suicide else "hurting themselves"
    message = f"What {m.speaker} said can be a sign of {sign}. It matters more than anything else in this report."
    asked = _asked_about_it(conv, m)
    if asked is not None:
        return (
            f"{message} {v.name(asked.speaker, start=True)} asked about it directly, which is what helps.",
            f"Stay with them, listen, and {_HELP}",
        )
    ask = (
        "ask directly and kindly: \u201cAre you thinking about ending your life?\u201d Asking does not put the idea "
        "in someone's head."
        if suicide
        else "ask gently what has been happening and whether they are safe right now, without judging."
    )
    return message, f"Take it seriously and {ask} Listen, stay with them, and {_HELP}"


def _safety_notes(conv: Conversation, moments: list[SafetyMoment], v: _Voice) -> list[Note]:
    """A check-in before anything else: the first such moment of each speaker (:mod:`heart2heart.assess.safety`).
    To the others: take it seriously, ask directly (asking does not put the idea in someone's head: Dazzi et al.
    2014), listen and help them reach support (or, when someone did ask, that it was what helps and what comes
    next); to the reader who said it (``--me``): they deserve support."""
    first = {m.speaker: m for m in reversed(moments)}  # each speaker's first moment
    return [
        Note(m.index, m.speaker, m.quote, *_check_in(conv, m, v), SAFETY, 1000.0)
        for m in sorted(first.values(), key=lambda m: m.index)
    ]


# --- disclosures ----------------------------------------------------------------------------------------------


def _reply_turn(conv: Conversation, start: int) -> list[Utterance]:
    """The utterance at index ``start`` and the rest of its speaker's turn."""
    utts = conv.utterances
    pos = next((i for i, u in enumerate(utts) if u.index == start), None)
    if pos is None:
        return []
    out = [utts[pos]]
    for u in utts[pos + 1 :]:
        if u.speaker != out[0].speaker:
            break
        out.append(u)
    return out


def _next_by_other(conv: Conversation, index: int, speaker: str) -> Utterance | None:
    return next((u for u in conv.utterances if u.index > index and u.speaker != speaker), None)


_ADVICE_WORDS = Cue(
    r"\b(you should|you could|you need to|you have to|you must|have you tried|why don't you|why not|try|"
    r"maybe (?:you )?(?:just |should |could )?(?:try|start|ask|talk|get|go|sign)|make sure|just (?:ask|tell|"
    r"do|go|get|ignore)|i'd (?:just )?(?:ask|tell|go|get|talk)|if i were you|don't worry)\b",
)


def _suggests(u: Utterance) -> bool:
    """A suggestion of what to do: the words of one, or the advice label on a reply that is not about oneself."""
    if _ADVICE_WORDS.found(u.text.replace("\u2019", "'")):
        return True
    lab = labels_of(u)
    return gives_advice(u) and not lab.reflection and lab.disclosure < 2 and not acknowledges(u)


def _personal(d: Disclosure, heated: set[int]) -> bool:
    """A personal story worth a follow-up: about the speaker's own life, not a question, not said in a fight."""
    if d.index in heated or "?" in d.text or personal_topic(d.text) is None:
        return False
    return not any(real_question(s + "?") for s in split_sentences(d.text))  # "who ate my biryani"


def _disclosure_notes(conv: Conversation, disclosures: list[Disclosure], v: _Voice, heated: set[int]) -> list[Note]:
    """A feeling answered with advice, passed over or left unanswered; a personal story nobody asked about."""
    out: list[Note] = []
    replies = {d.response_index for d in disclosures if d.response_index is not None}
    by_index = {u.index: u for u in conv.utterances}
    for d in disclosures:
        if not d.listed or d.response == "met" or d.index in replies:
            continue  # not one a person would call a disclosure; met; or itself a reply to one (judged there)
        if d.index in by_index and gives_advice(by_index[d.index]):
            continue
        if question_sentence(d.text) is not None and feeling_clause(d.text, OWN_FEELINGS) is None:
            continue  # a question about the other person ("Were you scared?"), not something shared
        deep = d.depth >= 3 or own_feeling(d.text) is not None
        said = _said(d.text)
        if d.response == "advice" and d.response_index is not None and deep:
            turn = _reply_turn(conv, d.response_index)
            tip = next((u for u in turn if _suggests(u)), None)
            if tip is None:
                continue  # nothing in the reply reads as a suggestion: leave it to the other notes
            out.append(
                Note(
                    tip.index,
                    tip.speaker,
                    quote(tip.text),
                    f"When {v.name(d.speaker)} shared {said}, {v.name(tip.speaker)} went straight to a solution "
                    f"before the feeling was heard.",
                    f"Meet the feeling first, then ask whether ideas are wanted: \u201c{reflection(d.text)} "
                    f"Do you want ideas, or do you mostly need to get it off your chest?\u201d",
                    "advice_first",
                    100 + d.depth,
                )
            )
        elif d.response == "deflected" and d.response_index is not None:
            r = by_index.get(d.response_index)
            if r is None:
                continue
            lab = labels_of(r)
            if lab.reflection or lab.empathy.interpretation >= 1:
                continue  # the reply reflected something back: not a clear miss
            if deep:
                out.append(
                    Note(
                        r.index,
                        r.speaker,
                        quote(r.text),
                        f"{v.name(d.speaker, start=True)} opened up ({said}) and {v.their(r.speaker)} reply moved on "
                        f"to something else, so the moment passed.",
                        f"Stay with it a little longer: \u201c{reflection(d.text)} {_ask_more(d.text)}\u201d",
                        "missed_disclosure",
                        98 + d.depth,
                    )
                )
            elif _personal(d, heated):
                out.append(_follow_up(d, r, v))
        elif d.response == "none":
            r = _next_by_other(conv, d.index, d.speaker)
            if deep:
                anchor = r if r is not None else None
                out.append(
                    Note(
                        anchor.index if anchor else d.index,
                        anchor.speaker if anchor else d.speaker,
                        quote(anchor.text) if anchor else quote(d.text),
                        f"{v.name(d.speaker, start=True)} shared something that mattered ({said}) and it got no "
                        f"real answer.",
                        f"A short acknowledgement is enough to meet it: \u201c{reflection(d.text)}\u201d",
                        "unanswered_disclosure",
                        96 + d.depth,
                    )
                )
            elif r is not None and _personal(d, heated):
                out.append(_follow_up(d, r, v))
    return out


def _ask_more(text: str) -> str:
    """An invitation to go on, about the speaker's own subject when they named one."""
    topic = personal_topic(text)
    return f"Tell me more about {topic}." if topic else "Tell me more."


def _follow_up_question(text: str) -> str:
    """ "Tell me more about <their own subject>", with the feeling when they named one."""
    topic = personal_topic(text)
    feeling = own_feeling(text)
    if feeling:
        return f"Tell me more about {topic}: what's been making you feel {feeling}?"
    return f"Tell me more about {topic}: how has that been for you?"


def _follow_up(d: Disclosure, r: Utterance, v: _Voice) -> Note:
    return Note(
        r.index,
        r.speaker,
        quote(r.text),
        f"{v.name(d.speaker, start=True)} shared something personal ({_said(d.text)}) and "
        f"{v.their(r.speaker)} reply didn't ask about it.",
        f"A follow-up question shows you were listening: \u201c{_follow_up_question(d.text)}\u201d",
        "follow_up",
        78,
    )


# --- how a hard talk starts, and how it goes ------------------------------------------------------------------


def _turn_text(conv: Conversation, index: int) -> str:
    return " ".join(u.text for u in _reply_turn(conv, index))


def _other(conv: Conversation, name: str) -> str | None:
    others = [s.name for s in conv.speakers if s.name != name]
    return others[0] if len(others) == 1 else None


def _startup_notes(conv: Conversation, harsh: Utterance | None, moments: list[ConflictMoment], v: _Voice) -> list[Note]:
    """The opening of a hard talk: an alarm ("We need to talk") or a verdict ("you never..."), softened."""
    if harsh is None:
        return []
    text = _turn_text(conv, harsh.index)
    other = _other(conv, harsh.speaker)
    them = v.name(other) if other else "the other person"
    first = split_sentences(harsh.text)
    opener = first[0] if first else harsh.text
    if alarm_opener(opener):
        msg = (
            f"Opening with {_said(opener, 40)} puts people on guard before anything has been said, "
            f"and talks that start tense tend to stay tense."
        )
    elif (absolute := _YOU_ALWAYS.search(clean(harsh.text))) is not None:
        if _REPORTED.found(clean(harsh.text)[: absolute.start()]):
            return []  # "Mum said you never talk about it": someone else's words, not an attack
        msg = (
            f"Opening with \u201c{absolute.group(0)}\u2026\u201d turns one complaint into a verdict on {them}, "
            f"and talks that start this way tend to stay tense."
        )
    elif any(m.index != harsh.index for m in moments):
        msg = (
            f"The conversation opened with a judgement of {them} rather than one specific thing; talks that "
            f"start this way tend to stay tense."
        )
    else:
        return []
    return [
        Note(
            harsh.index,
            harsh.speaker,
            quote(harsh.text),
            msg,
            f"Start with how you feel and one specific need: \u201c{gentle_startup(text)}\u201d",
            "harsh_startup",
            94,
        )
    ]


_YOU_ALWAYS = LazyPattern(r"\byou(?:'re| are)? (?:never|always|constantly)\b", re.IGNORECASE)
_REPORTED = Cue(r"\b(said|says|told me|thinks|reckons|according to)\b[^.!?]{0,12}$")
_SECOND = Cue(r"\b(you|your|you're|u|ur|yourself)\b")

_CONFLICT_PRIORITY = {"contempt": 92, "criticism": 90, "defensiveness": 86, "stonewalling": 84}


def _conflict_notes(
    conv: Conversation, moments: list[ConflictMoment], harsh: Utterance | None, v: _Voice
) -> list[Note]:
    by_index = {u.index: u for u in conv.utterances}
    real = [m for m in moments if m.index in by_index and _hostile(m, by_index[m.index])]
    fight = harsh is not None or any(m.horseman != "stonewalling" for m in real)
    out: list[Note] = []
    seen: set[tuple[str, str]] = set()
    for m in real:
        u = by_index[m.index]
        if harsh is not None and m.index == harsh.index:
            continue
        if m.horseman == "stonewalling" and not fight:
            continue  # a flat "okay" outside a fight is withdrawal, not shutting a fight down
        if (m.speaker, m.horseman) in seen:
            continue
        seen.add((m.speaker, m.horseman))
        other = _other(conv, m.speaker)
        them = v.name(other) if other else "the other person"
        if m.horseman == "criticism":
            msg = (
                f"This turns a complaint into a verdict on {them}; people tend to defend themselves against "
                f"that instead of hearing the complaint."
            )
            sug = f"Name the one thing and what you need: \u201c{gentle_startup(u.text)}\u201d"
        elif m.horseman == "contempt":
            msg = "This came across as a put-down; mockery and eye-rolls sting more than any complaint."
            sug = (
                "Say the need underneath instead: \u201cI'm really frustrated right now. What I need is for "
                "us to sort this out together.\u201d"
            )
        elif m.horseman == "defensiveness":
            msg = f"{v.name(m.speaker, start=True)} answered the complaint with a defence, so it didn't feel heard."
            sug = f"Owning even a small part of it calms things down: \u201c{_own_part(conv, u)}\u201d"
        else:
            msg = f"{v.name(m.speaker, start=True)} shut the conversation down here."
            sug = (
                "If it gets too much, say so and ask for a break: \u201cI'm getting overwhelmed. Can we take "
                "twenty minutes and then come back to this?\u201d"
            )
        out.append(Note(m.index, m.speaker, quote(u.text), msg, sug, m.horseman, _CONFLICT_PRIORITY[m.horseman]))
    return out


def _hostile(m: ConflictMoment, u: Utterance) -> bool:
    """The moment reads as aimed at the other person (not warmth, not talk about oneself)."""
    if labels_of(u).reflection or acknowledges(u):
        return False  # warmth or understanding is not an attack, whatever the words
    return m.horseman not in {"criticism", "contempt"} or _SECOND.found(u.text)


def _own_part(conv: Conversation, u: Utterance) -> str:
    """Taking responsibility, built from the complaint just made when it names a situation."""
    before = [w for w in conv.utterances if w.index < u.index and w.speaker != u.speaker]
    if before:
        last = before[-1]
        for s in split_sentences(_turn_text_back(conv, last)):
            if re.match(r"^(?:i've|i have|i'm|i am|i was|i had)\b", s, re.IGNORECASE) and "?" not in s:
                return f"You're right, {to_listener(s).rstrip('.!')}, and that's on me. I'm sorry."
    return "That's fair, I can see why that upset you. I'm sorry."


def _turn_text_back(conv: Conversation, last: Utterance) -> str:
    """The whole turn that ends with ``last``."""
    utts = [w for w in conv.utterances if w.index <= last.index]
    parts: list[str] = []
    for w in reversed(utts):
        if w.speaker != last.speaker:
            break
        parts.append(w.text)
    return " ".join(reversed(parts))


# --- questions ------------------------------------------------------------------------------------------------


def _cost(q: AskedQuestion, answers: dict[int, Utterance | None]) -> tuple[int, int, int]:
    """The closed question whose answer was shortest shows the cost best; then the one with most to say."""
    a = answers[q.index]
    return (a.words if a is not None else 99, -len(content_words(q.sentence)), q.index)


def _question_notes(conv: Conversation, v: _Voice, heated: set[int]) -> list[Note]:
    """For whoever asked mostly yes-or-no questions: one of them, rewritten as an open question."""
    out: list[Note] = []
    for sp in conv.speakers:
        asked = asked_questions(conv, sp.name)
        closed = [q for q in asked if q.kind == "closed" and q.index not in heated]
        n_open = sum(1 for q in asked if q.kind == "open")
        n_closed = sum(1 for q in asked if q.kind == "closed")
        if n_closed < 2 or n_closed < 2 * n_open:
            continue
        rewritable = [(q, r) for q in closed if (r := open_rewrite(q.sentence)) is not None]
        if not rewritable:
            continue

        answers = {q.index: _next_by_other(conv, q.index, sp.name) for q, _ in rewritable}
        q, better = min(rewritable, key=lambda item: _cost(item[0], answers))
        a = answers[q.index]
        got = f", and got {_said(a.text, 20)} back" if a is not None and a.words <= 3 else ""
        opens = "no open ones" if n_open == 0 else _plural(n_open, "open one")
        out.append(
            Note(
                q.index,
                sp.name,
                q.sentence,
                f"{v.name(sp.name, start=True)} asked {_plural(n_closed, 'yes-or-no question')} and {opens}. "
                f"This one could be answered in a word{got}; open questions invite the story behind it.",
                f"Ask about the same thing in a way that invites more: \u201c{better}\u201d",
                "closed_questions",
                70 + min(8, n_closed),
            )
        )
    return out


# --- talk share -----------------------------------------------------------------------------------------------


#: Kinds where one person is being heard: whoever made the main disclosure holds the floor by right.
SUPPORT_KINDS = frozenset({"heart_to_heart", "venting", "fixing", "unmet_disclosure"})


def _talk_notes(
    conv: Conversation, listening: list[SpeakerListening], v: _Voice, support: list[Disclosure]
) -> list[Note]:
    """Talk share read by role: a listener above ~60%, or one voice holding most of a mutual talk. Not for the one
    who confided in a support conversation (``support``: its disclosures; the speaker of the deep main one): someone
    who needs to be heard holds the floor, and "hand the floor back" would tell them to stop (a lecturer or a
    performer still hears it)."""
    out: list[Note] = []
    if len(listening) < 2 or len(conv) < 6:
        return out
    confided = {d.speaker for d in support if d.main and d.depth >= 3}
    for sl in listening:
        limit = 0.6 if sl.role == "listener" else 0.7
        if sl.talk_share <= limit or sl.name in confided:
            continue
        longest = max((u for u in conv.utterances if u.speaker == sl.name), key=lambda u: u.words)
        pct = round(100 * sl.talk_share)
        if sl.role == "listener":
            msg = (
                f"As the listener here, {v.name(sl.name)} said {pct}% of the words; good listeners say about "
                f"half, and the more they talk, the less room there is for the other person's story."
            )
            sug = "Swap a stretch of explaining for a reflection of what you heard, then leave a pause."
        else:
            msg = (
                f"{v.name(sl.name, start=True)} said {pct}% of the words. People enjoy conversations most "
                f"when the floor changes hands."
            )
            sug = "After a long stretch, hand the floor back: \u201cThat's my side; what's yours?\u201d"
        out.append(Note(longest.index, sl.name, quote(longest.text), msg, sug, "talk_share", 65))
    return out


# --- one thing that went well ---------------------------------------------------------------------------------


_LOSS = LazyPattern(r"\b(?:lost|losing)\s+(?:my|our|the|a|an|her|his|their)\b", re.IGNORECASE)
"""A loss told ("I lost the baby", "we're losing our house"): as much a feeling as one named."""


def _praise(conv: Conversation, disclosures: list[Disclosure], v: _Voice, heated: set[int]) -> list[Note]:
    """The best-met deep disclosure, and what the reply did to meet it."""
    by_index = {u.index: u for u in conv.utterances}

    tense = bool(heated)

    def warm(d: Disclosure) -> bool:
        r = by_index.get(d.response_index) if d.response_index is not None else None
        if r is None or r.index in heated or (own_feeling(d.text) is None and _LOSS.search(d.text) is None):
            return False  # praise only a reply to a named feeling or a loss, outside the heat of a fight
        if tense or "?" in r.text[:25]:
            return acknowledges(r)
        lab = labels_of(r)
        return lab.reflection or lab.empathy.interpretation >= 1 or acknowledges(r)

    met = [d for d in disclosures if d.listed and d.response == "met" and d.depth >= 3 and warm(d)]
    if not met:
        return []
    d = max(met, key=lambda d: (d.depth, -d.index))
    r = by_index[d.response_index]  # type: ignore[index]
    lab = labels_of(r)
    if (lab.reflection or lab.empathy.interpretation) and own_feeling(r.text) is not None:
        did = "put the feeling into words"
    elif acknowledges(r) or lab.reflection:
        did = "acknowledged it"
    elif lab.question is not None or "?" in r.text:
        did = "asked about it"
    else:
        did = "shared something back"
    return [
        Note(
            r.index,
            r.speaker,
            quote(r.text),
            f"When {v.name(d.speaker)} shared {_said(d.text, 60)}, {v.their(r.speaker)} reply {did}. "
            f"That is the heart of a heart-to-heart.",
            "Keep doing this: stay with the feeling, and when it feels right, share something of your own back.",
            STRENGTH,
            75,
        )
    ]
