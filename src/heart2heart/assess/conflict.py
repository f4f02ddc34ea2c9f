"""How a hard conversation starts and how it goes: harsh start-ups and Gottman's four horsemen.

Evidence (EVIDENCE.md): how a conflict talk *starts* predicted divorce over six years from its first three minutes
(Carrere & Gottman 1999): a harsh start-up (a global criticism of character: "you never...", "you're so...") rather
than a specific complaint. Four behaviours predict breakdown best: criticism, contempt, defensiveness and
stonewalling. An alarm opener such as "We need to talk" sets the other person on guard before anything is said.

These are transparent cue lexicons (regular expressions), each a moment the report can quote, not a verdict on a
person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from heart2heart.assess._cues import Cue
from heart2heart.assess._text import labels_of
from heart2heart.model import Conversation, Utterance

__all__ = [
    "HORSEMEN",
    "ConflictMoment",
    "alarm_opener",
    "attacks",
    "harsh_startup",
    "horsemen",
    "is_complaint",
    "start_up",
]

Horseman = Literal["criticism", "contempt", "defensiveness", "stonewalling"]
HORSEMEN: tuple[Horseman, ...] = ("criticism", "contempt", "defensiveness", "stonewalling")

_ALARM = Cue(
    r"\b(we need to talk|we have to talk|we should talk|can we talk\b.*\b(later|tonight|seriously)|"
    r"i need to talk to you|need to have a (serious )?(talk|conversation)|call me (now|asap)|"
    r"don'?t be mad but)",
)

#: "you're so right", "you are such a good friend" are praise, not criticism.
_NOT_PRAISE = (
    r"(?!(right|kind|sweet|good|great|lovely|brave|strong|amazing|smart|funny|welcome|lucky|nice|thoughtful|"
    r"patient|generous|talented|best|caring|wise|clever|beautiful|gorgeous|proud|sorry|helpful)\b)"
)

_CRITICISM = Cue(
    # "you never told me that" after "wait, really?" is surprise, not an attack on character.
    r"\b(you (always|never|constantly|can'?t ever|don'?t ever|won'?t ever)\b"
    r"(?! (told|said|mentioned|talked about|shared)\b[^.!]{0,12}$)|"
    rf"you'?re (so|such an?|always|never|just|completely|totally) {_NOT_PRAISE}\w+|"
    rf"you are (so|such an?|always|never|completely|totally) {_NOT_PRAISE}\w+|"
    r"what'?s wrong with you|why (do|are|can'?t|won'?t|didn'?t) you (always|ever|never)|"
    r"why can'?t you (just )?\w+|you only (ever )?care about|typical of you|"
    r"you don'?t (even )?care|you'?re the one who|all you (ever )?do is|"
    r"you (make|made) (me|everything)|you'?re (selfish|lazy|useless|impossible|ridiculous|unbelievable)|"
    r"you people|(completely|totally) (unreliable|useless|incompetent|hopeless)|can'?t (hit|do|get) a single|"
    r"every (single )?(time|sprint|day|week) (there'?s|you)|not sure what you (all )?do|is a mess because|"
    # chat wording: "you are literally the most inconsiderate person", "you're both so fake", "an absolute nightmare"
    r"you(?:'re| are)? (literally |just |both |all |really )*(the most|so|such an?|an absolute|a complete|a total) "
    rf"{_NOT_PRAISE}\w+|you'?ve been an? (absolute|complete|total|utter) \w+|you clearly (don'?t|can'?t|never|only)|"
    r"then act like it|you (literally )?(never|always) (listen|help|text|call|ask|care|do)\w*)",
)

_CONTEMPT = Cue(
    r"(\b(pathetic|idiot|stupid|moron|loser|grow up|get a grip|oh please|give me a break|are you kidding( me)?|"
    r"seriously\?|whatever you say|yeah,? right|big surprise|cry me a river|oh poor you|poor baby|"
    r"how (mature|typical|convenient)|nice one|good for you|wow,? (just )?wow|as if|"
    r"you'?re (a joke|unbelievable|ridiculous|pathetic|embarrassing|such a child)|sure you did|"
    r"like you'?d know|of course you did|that'?s rich|spare me|oh,? sure|classic|wow\. okay|"
    r"sorry,? your (highness|majesty)|congratulations,? you|sure it (was|is|did)|(of )?course (you'?re )?not|"
    r"real nice|you'?ve cracked it|oh so now)\b|🙄|"
    r"\*eye ?roll\*|\beye ?roll)",
)

_DEFENSIVE = Cue(
    r"\b(it'?s not my fault|not my fault|that'?s not (true|fair)|i didn'?t (do|say|mean) (anything|that)|"
    r"what about (you|when you)|well,? you (also|too|did|were|never|always)|but you\b|and you don'?t\??|"
    r"i was (only|just) trying|don'?t blame me|why is it (always )?my fault|you'?re one to talk|"
    r"i had no choice|it wasn'?t me|i'?m not the (one|problem)|how was i supposed to know|"
    r"i do (so|too) much|i do everything|at least i|yeah but|yes but|i already said (sorry|i was sorry)|"
    r"it'?s not like i|you'?re overreacting|you'?re being dramatic|calm down|it'?s not blame|"
    r"we'?ve been working|i thought you were|in fairness|to be fair|it'?s just,? last time you|you bailed|"
    r"well,? maybe if you|maybe if (you|people)|you literally said|that'?s not the point|it'?s only me)\b",
)

_STONEWALL = Cue(
    r"^\s*(fine|whatever|k|ok|okay|sure|if you say so|i don'?t care|forget it|i'?m done|leave me alone|"
    r"i'?m not doing this|not now|i don'?t want to talk about (it|this)|can we not|drop it|"
    r"this (again|conversation is over)|go away|\.\.\.)\s*[.!]*\s*$|"
    r"\b(i'?m not (talking|discussing|doing) (about )?this( anymore| again| now)?|i'?m done (talking|with this)|"
    r"forget i said anything|talk to you later,? i guess|not getting into this|don'?t bother|"
    r"i'?m (so )?done (talking )?(to|with) you|i'?m not arguing|are we done|i said ok)\b|^\W*(noted|👍|wow\. ok)\W*",
)

_GENTLE = Cue(
    r"\b(i feel|i'?ve been feeling|i felt|i'?m feeling|it would (really )?help|i need|i'?d (really )?like|"
    r"i'?d love|could we|would you be willing|can we find|i'?m worried|i miss|it matters to me)\b",
)

_COMPLAINT = Cue(
    r"\b(i'?m (upset|annoyed|angry|mad|frustrated|hurt|fed up)|it (bothers|annoys|upsets|hurts) me|"
    r"(upset|annoyed|angry|mad|frustrated) (with|at|that) you|why didn'?t you|why did you|you said you would|"
    r"you promised|that'?s not fair|i can'?t believe you|you forgot|again\?|how many times|no,? you|"
    r"stop (it|doing|saying)|are you serious|not okay|unacceptable|you left|you didn'?t|"
    r"(feel|feeling|felt) (a bit |really |so |quite )?(left out|ignored|unheard|excluded|taken for granted|"
    r"undermined|dismissed|disrespected|let down|sidelined|invisible)|i'?d (still )?like to be (asked|told|"
    r"included)|i wanted to (raise|bring up|talk about) something|that'?s fair|in fairness|to be fair|"
    r"sorry about that|i hadn'?t thought about|from your side|you bailed|last time you|"
    r"(feel|feeling|felt) (kind of |a bit |really |so |quite )?(hurt|upset|angry|annoyed|frustrated|"
    r"disappointed)|can we talk about (the|what|how|why|last|yesterday)|i'?m not defending|i see your point|"
    r"meet (you )?halfway|compromise)\b",
)

_PATTERNS: dict[Horseman, Cue] = {
    "criticism": _CRITICISM,
    "contempt": _CONTEMPT,
    "defensiveness": _DEFENSIVE,
    "stonewalling": _STONEWALL,
}


@dataclass(frozen=True, slots=True)
class ConflictMoment:
    """One moment a horseman showed up: where, who, which one and the words."""

    index: int
    speaker: str
    horseman: Horseman
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "speaker": self.speaker, "horseman": self.horseman, "text": self.text}


#: Every cue lexicon by name.
_CUES: dict[str, Cue] = {"alarm": _ALARM, "complaint": _COMPLAINT, "gentle": _GENTLE}
_CUES.update((str(k), v) for k, v in _PATTERNS.items())


def _norm(text: str) -> str:
    return text.replace("’", "'")


@lru_cache(maxsize=65536)
def _cue(name: str, raw: str) -> bool:
    """Whether the cue lexicon ``name`` matches a text (searched once per lexicon and distinct text, when asked)."""
    return _CUES[name].found(_norm(raw))


def alarm_opener(text: str) -> bool:
    """True for openers that put people on guard ("We need to talk")."""
    return _cue("alarm", text)


def attacks(text: str) -> bool:
    """True when the utterance criticises or shows contempt (a global attack or mockery), whatever came before."""
    return _cue("criticism", text) or _cue("contempt", text)


def is_complaint(text: str) -> bool:
    """True when the utterance raises a complaint or a grievance (specific or global)."""
    return _cue("complaint", text) or _cue("criticism", text)


def _horseman_of(u: Utterance, previous: Utterance | None) -> Horseman | None:
    text = u.text
    if _cue("contempt", text):
        return "contempt"
    if _cue("criticism", text):
        return "criticism"
    # Defensiveness and stonewalling are replies: they need someone else's words before them.
    if previous is None or previous.speaker == u.speaker:
        return None
    prior = previous.text
    heated = (
        _cue("complaint", prior)
        or _cue("criticism", prior)
        or _cue("contempt", prior)
        or labels_of(previous).valence < -0.3
    )
    if not heated:
        return None
    if _cue("defensiveness", text):
        return "defensiveness"
    if _cue("stonewalling", text) and not labels_of(u).reflection:
        return "stonewalling"
    return None


def horsemen(conv: Conversation) -> list[ConflictMoment]:
    """Every utterance that shows criticism, contempt, defensiveness or stonewalling, in order."""
    moments: list[ConflictMoment] = []
    other_prev: Utterance | None = None
    last: Utterance | None = None
    for u in conv.utterances:
        # The utterance a reply answers is the latest one by somebody else.
        if last is not None and last.speaker != u.speaker:
            other_prev = last
        previous = other_prev if other_prev is not None and other_prev.speaker != u.speaker else None
        kind = _horseman_of(u, previous)
        if kind is not None:
            moments.append(ConflictMoment(u.index, u.speaker, kind, u.text))
        last = u
    return moments


def start_up(conv: Conversation, window: int = 4) -> Literal["harsh", "gentle"] | None:
    """How the first complaint of the conversation was raised, or None when nobody raised one.

    Harsh: criticism, contempt or an alarm opener among the first ``window`` utterances that carry the
    complaint. Gentle: the complaint comes as an I-statement about a feeling or a need.
    """
    for u in conv.utterances:
        text = u.text
        if alarm_opener(text) or _cue("criticism", text) or _cue("contempt", text):
            return "harsh"
        if is_complaint(text):
            return "gentle" if _cue("gentle", text) else "harsh"
        if u.index >= window + conv.utterances[0].index:
            break
    return None


def harsh_startup(conv: Conversation) -> Utterance | None:
    """The utterance that opened harshly (an alarm opener, criticism or contempt early on), if any."""
    for u in conv.utterances[:4]:
        text = u.text
        if alarm_opener(text) or _cue("criticism", text) or _cue("contempt", text):
            return u
    return None
