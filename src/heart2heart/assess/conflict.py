"""How a hard conversation starts and how it goes: harsh start-ups and Gottman's four horsemen.

Evidence (EVIDENCE.md): how a conflict talk *starts* predicted divorce over six years from its first three minutes
(Carrere & Gottman 1999): a harsh start-up (a global criticism of character: "you never...", "you're so...") rather
than a specific complaint. Four behaviours predict breakdown best: criticism, contempt, defensiveness and
stonewalling. An alarm opener such as "We need to talk" sets the other person on guard before anything is said.

These are transparent cue lexicons (regular expressions), each a moment the report can quote, not a verdict on a
person.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
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
    "grievance",
    "harsh_startup",
    "heat_of",
    "horsemen",
    "in_quarrel",
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

#: "you're so right", "you are such a good friend", "you both so much" are praise or warmth, not criticism.
_NOT_PRAISE = (
    r"(?!(right|kind|sweet|good|great|lovely|brave|strong|amazing|smart|funny|welcome|lucky|nice|thoughtful|"
    r"patient|generous|talented|best|caring|wise|clever|beautiful|gorgeous|proud|sorry|helpful|much|many|"
    r"well|far|glad|happy|excited|loved|missed|special|important|cute|fun|supportive|talented|honest)\b)"
)

#: A global attack on the other's character: found wherever it is said.
_CRITICISM = Cue(
    # "you never told me that" after "wait, really?" is surprise, not an attack on character.
    r"\b(you (always|never|constantly|can'?t ever|don'?t ever|won'?t ever)\b"
    r"(?! (told|said|mentioned|talked about|shared|knew|know)\b[^.!]{0,12}$)"
    r"(?! (seem|look|sound|make me (laugh|smile|feel better)|know (how|what) to|have my back|get me|were there))"
    # "you always liked singing": fondness remembered, not a charge
    r"(?! (liked|loved|enjoyed|wanted to|used to|were (so )?(good|great|brilliant) at|been (there|good|kind))\b)"
    # "the gym you never go to." is a relative clause, not an attack
    r"(?! \w+ (to|on|in|for|with|about)\W*([.,;]|$))|"
    rf"you'?re (so|such an?|always|never|just|completely|totally) {_NOT_PRAISE}\w+|"
    rf"you are (so|such an?|always|never|completely|totally) {_NOT_PRAISE}\w+|"
    r"what'?s wrong with you|why (do|are|can'?t|won'?t|didn'?t) you (always|ever|never)|"
    r"why can'?t you (just )?\w+|you only (ever )?(care|think) about|typical of you|"
    r"you don'?t (even )?care|all you (ever )?do is|"
    r"you'?re the one who (always |never |just )?(started|left|forgot|said|wanted|lied|cheated|broke|messed|"
    r"did|didn'?t|can'?t|won'?t|keeps?|bails?|bailed)|"
    r"you (make|made) (me|everything)|you'?re (selfish|lazy|useless|impossible|ridiculous|unbelievable)|"
    r"you people|(completely|totally) (unreliable|useless|incompetent|hopeless)|can'?t (hit|do|get) a single|"
    r"every (single )?(time|sprint|day|week) (there'?s|you)|is a mess because|"
    r"you never think about|(think|care) about (anyone|anything) (but|except) yourself|"
    # chat wording: "you are literally the most inconsiderate person", "you're both so fake", "an absolute nightmare"
    r"you(?:'re| are)? (literally |just |both |all |really )*(the most|so|such an?|an absolute|a complete|a total) "
    rf"{_NOT_PRAISE}\w+|you'?ve been an? (absolute|complete|total|utter) \w+|you clearly (don'?t|can'?t|never|only)|"
    r"you (literally )?(never|always) (listen|help|text|call|ask|care|do)\w*|"
    r"while you do whatever you want|acting like (the|a|you'?re) (house|boss|police|victim|martyr|saint)\w*)",
)

#: Mockery, sarcasm and insults aimed at the other: found wherever they are said.
_CONTEMPT = Cue(
    r"(\b((you'?re|you are|ur|that'?s|that is|what an?|how) (so |such an? |an? |being |absolutely |"
    r"literally |a complete |an absolute )*(pathetic|idiot|stupid|moron|loser|joke|child|baby|clown)\b|"
    r"grow up|get a grip|oh please|give me a break|are you kidding( me)?|whatever you say|yeah,? right|"
    r"big surprise|what a surprise|shocker|cry me a river|oh poor you|poor baby|how (mature|typical|convenient)|"
    r"wow,? (just )?wow|wow\W+(amazing|great|brilliant|fantastic|incredible|impressive|thanks)|"
    r"you'?re (a joke|unbelievable|ridiculous|pathetic|embarrassing|such a child)|you'?re (so |being )"
    r"(dramatic|childish|immature|pathetic|precious)|sure you did|like you'?d know|of course you did|"
    r"that'?s rich|spare me|sorry,? your (highness|majesty)|congratulations,? you|you'?ve cracked it|"
    r"oh so now|like some people|truly the most|must be (nice|exhausting|hard|tiring) (being|to be) (so|that|"
    r"this)|then act like it|not sure what you (all )?do|classic you|typical you|sure\W+because you|"
    r"(thanks|thank you) for (nothing|the lecture)|cool story|ok(ay)? boomer|slow clap|"
    r"the (princess|prince|queen|king|martyr)|mr\.? perfect|miss perfect|saint \w+)\b|😒|👏|"
    r"\*eye ?roll\*|\beye ?roll)",
)

#: Sarcasm that reads as contempt only in the middle of a quarrel ("classic.", "sure it was", "wow").
_CONTEMPT_HEATED = Cue(
    r"\b(classic|nice one|good for you|sure it (was|is|did)|(of )?course (you'?re )?not|real nice|as if|"
    r"seriously\?|oh,? sure|wow\. okay|lol ok(ay)?|must be nice|okay then,? (mr|miss|ms)|great\. just great|"
    r"noted,? (your|boss|sir|madam)|how nice for you|so brave|"
    r"thanks (so much )?for (the|your) (lecture|concern|input|opinion|reminder|advice)|(just )?for future reference|"
    r"i'?ll be sure to|some of us|funny how|convenient|like (you|u) always do|like always\W*$|with respect|"
    r"no problem at all|of course you'?re on|lol\.? (convenient|ok|sure|right)|(happy|satisfied) now|happy\?|"
    r"neither is|this is (getting )?(ridiculous|absurd|pointless|insane)|oh great|you (idiot|moron|clown))\b|"
    r"(🙂|😊|🙃|😇)\W*$|🙄|^\W*wow\W*$|"
    # scare quotes around the other's own words: you were "sick"
    r"(were|was|are|is|so|being|just) \"[^\"]{2,30}\"|^\W*\"[^\"]{2,30}\"\W*(lol|sure|right|ok)",
)

#: Excuses, counter-attacks and innocent victimhood; said in reply to a grievance.
_DEFENSIVE = Cue(
    r"\b(it'?s not my fault|not my fault|that'?s not (true|fair|what i said|what i meant)|"
    r"i didn'?t (do|say|mean) (anything|that)|what about (you|when you)|well,? you (also|too|did|were|never|always)|"
    r"but you (did|were|said|never|always|also|didn'?t|don'?t|started|too)\b|and you don'?t\?|"
    r"i was (only|just) trying|don'?t blame me|why is it (always )?my fault|"
    r"you'?re one to talk|i had no choice|it wasn'?t me|i'?m not the (one|problem)|how was i supposed to know|"
    r"i do (so|too) much|i do everything|i do (loads|a lot|plenty|heaps|my share|my bit|half)|"
    r"nothing i do is (ever )?(enough|right|good enough)|i can'?t win|i literally (made|did|cooked|cleaned|said)|"
    r"keeping score|i was only (there|gone|out|doing|trying|\d)|didn'?t realis?z?e (it was|that was|it'?d be)|"
    r"such a big deal|sorry i don'?t have time|i guess i'?ll just|things i do wrong|i'?m not allowed to|"
    r"what do (you|u) want me to (say|do)|i said sorry|while we'?re (doing|at it|on the subject)|"
    r"i treat (every|everyone|all)|i'?ve been (doing|teaching|working) (this|here )?(for|since)|"
    r"(make|making) me (out to be )?the bad guy|at least i|yeah but|yes but|"
    r"i already said (sorry|i was sorry)|"
    r"it'?s not like i|you'?re overreacting|you'?re being dramatic|calm down|it'?s not blame|"
    r"we'?ve been working|i thought you were|in fairness|to be fair|it'?s just,? last time you|you bailed|"
    r"well,? maybe if you|maybe if (you|people)|you literally said|that'?s not the point|it'?s only me|"
    r"here we go|like you'?ve never|you started it|i never said|i didn'?t say|(so|oh) now it'?s my fault|"
    r"so it'?s my fault|what more do you want|what (else )?do you want (from me|me to (do|say))|"
    r"i said i'?m (sorry|on my way|coming)|not a mind ?reader|can'?t read your mind|that'?s literally my job|"
    r"you'?re twisting|twisting my words|excuse me for|sorry for (existing|breathing|caring)|well,? sorry|"
    r"i'?m (doing|trying) my best|i was (busy|working|tired)|it'?s not (a big deal|that deep|that big a deal)|"
    r"don'?t (make|turn) this (about|into)|not everything is about you|you do it too|you do the same|"
    r"i told you (i|we|it|that)|i had a (meeting|deadline|reason)|if you'?d (just )?(told|asked|said)|"
    r"how is (that|this) my fault|what did i do|i'?m allowed to|i'?m not (the bad guy|a child|doing anything))\b",
)

#: Shutting down: refusing to go on, walking off, or a cold one-word reply in a quarrel.
_STONEWALL = Cue(
    r"^\s*(fine|whatever|k|kk|ok|okay|sure|noted|got it|cool|right|yep|if you say so|i don'?t care|forget it|"
    r"i'?m done|leave me alone|i'?m not doing this|not now|i don'?t want to talk about (it|this)|can we not|"
    r"drop it|this (again|conversation is over)|go away|goodnight|night|bye|\.\.\.|wow\. ok(ay)?|wow ok(ay)?|"
    r"👍|👌|🙃)\s*[.!]*\s*$|"
    r"\b(i'?m not (talking|discussing|doing|arguing) (about )?(this|it)( anymore| again| now| over text)?|"
    r"i'?m done (talking|with this|for today|here)|forget i said anything|talk to you later,? i guess|"
    r"not getting into this|don'?t bother|i'?m (so )?done (talking )?(to|with) you|i'?m not arguing|"
    r"are we done|i said ok|i'?m not going to sit here|take this offline|then go without me|"
    r"(fine|ok|okay)\W+i'?m (going|leaving|off|out)|i'?m (going to bed|leaving|out)\W*$|"
    r"there'?s no point (talking|discussing|in talking)|we'?re done here|end of (discussion|story)|"
    r"do whatever you want|^\W*whatever (you|u) (want|like|say)\W*$|(we'?re|this is) not getting anywhere|"
    r"i'?m muting|i can'?t do this|i'?m not having this)\b|"
    r"^\W*(noted|👍|wow\. ok)\W*",
)

_GENTLE = Cue(
    r"\b(i (just |really |kind of |sort of |sometimes )?(feel|felt)|i'?ve been feeling|i'?m feeling|"
    r"it would (really )?help|i need|i'?d (really )?(like|love|appreciate)|could we|would you be willing|"
    r"can we find|i'?m worried|i miss|it matters to me|wondering if (you|we) could|would you mind)\b",
)

_COMPLAINT = Cue(
    r"\b(i'?m (upset|annoyed|angry|mad|frustrated|hurt|fed up)|it (bothers|annoys|upsets|hurts) me|"
    r"(upset|annoyed|angry|mad|frustrated) (with|at|that) you|why didn'?t you|why did you|you said you would|"
    r"you promised|that'?s not fair|i can'?t believe you|you forgot|again\?|how many times|no,? you|"
    r"stop (it|doing|saying)|are you serious|not okay|unacceptable|you left|you didn'?t|"
    r"(feel|feeling|felt) (a bit |a little |kind of |kinda |sort of |sorta |really |so |quite )?"
    r"(left out|ignored|unheard|excluded|taken for granted|"
    r"undermined|dismissed|disrespected|let down|sidelined|invisible)|i'?d (still )?like to be (asked|told|"
    r"included)|i wanted to (raise|bring up|talk about) something|that'?s fair|in fairness|to be fair|"
    r"sorry about that|i hadn'?t thought about|from your side|you bailed|last time you|"
    r"(feel|feeling|felt) (kind of |a bit |really |so |quite )?(hurt|upset|angry|annoyed|frustrated|"
    r"disappointed)|can we talk about (the|what|how|why|last|yesterday)|i'?m not defending|i see your point|"
    r"meet (you )?halfway|compromise|i'?d (really )?appreciate (it )?if (you|we)|i need (you|us) to|"
    r"it feels (uneven|unfair|one-sided)|i feel like i (do|am doing|'?m doing) (most|all|everything)|"
    r"i'?m (just )?asking (you|for)|(wondering|wonder) if you could|could you (please )?(avoid|stop|not|try not)|"
    r"would you mind not|can we talk (abt|about) the)\b",
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
_CUES: dict[str, Cue] = {
    "alarm": _ALARM,
    "complaint": _COMPLAINT,
    "gentle": _GENTLE,
    "contempt_heated": _CONTEMPT_HEATED,
}
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


#: How many utterances back a grievance makes the air heated, and how many back a horseman keeps it so.
HEAT_WINDOW = 3
FIGHT_WINDOW = 6

#: Words that aim a complaint at the listener or at the two of them ("you", "we", "could we").
_YOU = Cue(r"\b(you|your|you'?re|u|ur|yourself|we|us|our)\b")

Heat = Literal["none", "tense", "quarrel"]


def grievance(text: str) -> bool:
    """A complaint aimed at the listener or the two of them ("you", "could we"), a criticism or contempt: words that
    make the next reply a reply in a quarrel (a hurt feeling about somebody else, "I feel so let down by my boss",
    does not)."""
    return (_cue("complaint", text) and _YOU.found(_norm(text))) or _cue("criticism", text) or _cue("contempt", text)


def heat_of(u: Utterance, recent: Sequence[Utterance], previous: Utterance | None, fought: Collection[int]) -> Heat:
    """How heated the talk is when ``u`` is said.

    ``quarrel``: within the last :data:`HEAT_WINDOW` utterances somebody else raised a grievance, or within the
    last :data:`FIGHT_WINDOW` (``recent``) a horseman (``fought``: the indices of those found so far) showed up.
    ``tense``: only the reply ``u`` answers was said in a clearly negative tone. ``none`` otherwise.
    """
    if any(r.index in fought for r in recent) or any(
        r.speaker != u.speaker and grievance(r.text) for r in recent[-HEAT_WINDOW:]
    ):
        return "quarrel"
    if previous is not None and labels_of(previous).valence < -0.3:
        return "tense"
    return "none"


def _horseman_of(u: Utterance, previous: Utterance | None, heat: Heat = "none") -> Horseman | None:
    """The horseman one utterance shows, given the reply it answers and how heated the talk is.

    Criticism and contempt aimed at the other are found anywhere. Defensiveness and stonewalling are replies: they
    need someone else's words before them and a tense moment. Sarcasm that is only sarcasm in a quarrel ("classic",
    "sure it was") and cold one-word replies ("fine.", "k", "👍") count only in a quarrel.
    """
    text = u.text
    if _cue("contempt", text):
        return "contempt"
    if _cue("criticism", text):
        return "criticism"
    if previous is None or previous.speaker == u.speaker or heat == "none":
        return None
    if heat == "quarrel" and _cue("contempt_heated", text):
        return "contempt"
    if _cue("defensiveness", text):
        return "defensiveness"
    if heat == "quarrel" and _cue("stonewalling", text) and not labels_of(u).reflection:
        return "stonewalling"
    return None


def horsemen(conv: Conversation) -> list[ConflictMoment]:
    """Every utterance that shows criticism, contempt, defensiveness or stonewalling, in order."""
    moments: list[ConflictMoment] = []
    fought: set[int] = set()
    other_prev: Utterance | None = None
    last: Utterance | None = None
    utts = conv.utterances
    for i, u in enumerate(utts):
        # The utterance a reply answers is the latest one by somebody else.
        if last is not None and last.speaker != u.speaker:
            other_prev = last
        previous = other_prev if other_prev is not None and other_prev.speaker != u.speaker else None
        heat = heat_of(u, utts[max(0, i - FIGHT_WINDOW) : i], previous, fought)
        kind = _horseman_of(u, previous, heat)
        if kind is not None:
            moments.append(ConflictMoment(u.index, u.speaker, kind, u.text))
            fought.add(u.index)
        last = u
    return moments


def in_quarrel(conv: Conversation, moments: Sequence[ConflictMoment]) -> list[bool]:
    """For each utterance, whether it was said in a quarrel (:func:`heat_of` is ``quarrel``), given the horsemen."""
    fought = {m.index for m in moments}
    out: list[bool] = []
    utts = conv.utterances
    for i, u in enumerate(utts):
        out.append(heat_of(u, utts[max(0, i - FIGHT_WINDOW) : i], None, fought) == "quarrel")
    return out


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
