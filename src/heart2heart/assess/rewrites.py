"""Concrete alternatives written from the conversation's own words.

- :func:`open_question`: a closed question ("Did you have a good day?") rewritten as an open one that invites a
  story ("What was the best part of your day?").
- :func:`tell_me_more`: a follow-up built from what the other person just said ("Tell me more about your mum's
  house: what has it been like for you?"); follow-up questions are the ones that make people feel liked
  (Huang et al. 2017), and "tell me more" raises receptiveness (Chen et al. 2010).
- :func:`gentle_startup`: a harsh start-up ("You never help") or an alarm opener ("We need to talk") turned into
  a gentle start-up: an I-statement with a feeling and a specific need (Gottman).
- :func:`reflection`: the reflection that would have met a disclosure ("It sounds like you're scared about ...").

They are templates filled from the text, meant as a model sentence to adapt, not a script.
"""

from __future__ import annotations

import re

from heart2heart.assess._text import FEELING_WORDS, swap_person, words_of, wordset

__all__ = ["feeling_of", "gentle_startup", "open_question", "reflection", "tell_me_more", "topic_of"]

_I = re.IGNORECASE
_END = r"\s*[?.!]*\s*$"


def _clean(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _tail(m: re.Match[str], group: str = "x") -> str:
    return m.group(group).strip(" ?.!,")


_OPEN_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:so,? )?how(?:'s| is| was) (?:your |the )?(?P<x>day|work|school|class|shift|week|weekend|trip|"
                r"the day|your day)" + _END, _I),
     "What was the most frustrating part of {x} today, and what was the best?"),
    (re.compile(r"^(?:so,? )?how(?:'s| is| was| did) (?P<x>.+?)(?: go)?" + _END, _I),
     "What stood out for you about {x}: what was the hardest part, and what went well?"),
    (re.compile(r"^did you have (?:a )?(?:good|nice|fun|great|ok|okay) (?P<x>.+?)" + _END, _I),
     "What was the best part of your {x}?"),
    (re.compile(r"^(?:are|r) (?:you|u) (?:okay|ok|alright|all right|fine|good)\b(?P<x>.*?)" + _END, _I),
     "How are you feeling{x}, really?"),
    (re.compile(r"^(?:are|r) (?:you|u) (?:\w+) about (?P<x>.+?)" + _END, _I),
     "How are you feeling about {x}?"),
    (re.compile(r"^(?:are|r) (?:you|u) (?P<x>.+?)" + _END, _I),
     "How are you feeling right now: what's going on for you?"),
    (re.compile(r"^do you (?:like|love|enjoy) (?P<x>.+?)" + _END, _I),
     "What do you like about {x}?"),
    (re.compile(r"^do you (?:think|reckon) (?P<x>.+?)" + _END, _I),
     "What do you make of it: how do you see {x}?"),
    (re.compile(r"^do you (?:want|need) (?P<x>.+?)" + _END, _I),
     "What would help most right now?"),
    (re.compile(r"^did you (?P<x>.+?)" + _END, _I),
     "What was it like to {x}?"),
    (re.compile(r"^have you (?:ever )?(?P<x>.+?)" + _END, _I),
     "What has your experience been with that: how did it go when you {x}?"),
    (re.compile(r"^(?:is|was) (?:it|that|everything) (?P<x>.+?)" + _END, _I),
     "What was it like for you?"),
    (re.compile(r"^(?:is|was|were|are) (?P<x>.+?)" + _END, _I),
     "What's your sense of it: how is {x}?"),
]


def open_question(question: str) -> str:
    """Rewrite a closed (or flat, generic) question as an open one that invites a story."""
    text = _clean(question)
    # Drop a leading greeting or filler ("Hey, did you ...", "So did you ...").
    text = re.sub(r"^(?:hey|hi|so|and|but|ok|okay|well|oh)\b[,!]?\s+", "", text, flags=_I)
    for pattern, template in _OPEN_RULES:
        m = pattern.match(text)
        if m is None:
            continue
        x = _tail(m)
        if "{x}" in template and not x and "feeling{x}" not in template:
            continue
        if template.startswith("How are you feeling{x}") and x:
            x = " " + x
        out = template.format(x=_second_person(x))
        return out[0].upper() + out[1:]
    return "What was that like for you?"


def _second_person(text: str) -> str:
    """Keep a question's object in the listener's perspective ("my" in a question to them stays theirs)."""
    return re.sub(r"\bu\b", "you", re.sub(r"\bur\b", "your", text, flags=_I), flags=_I)


_ADJ = (
    r"(?:(?:new|old|whole|own|best|little|big|first|last|younger|older|ex|late|amazing|great|lovely|awful|"
    r"huge|small|entire|current|next|other)\s+)?"
)
_NOUN = r"(?!(?:is|was|are|were|has|had|and|but|to|so|it|one|way|thing|time|same|only|just|very|really)\b)[a-z]{3,}"
_POSSESSIVE = re.compile(rf"\b(?P<det>my|our)\s+(?P<np>{_ADJ}{_NOUN}(?:'s\s+{_NOUN})?)", _I)
_NOT_TOPICS = wordset(
    "been being have having always never ever sometimes lately recently today tonight yesterday tomorrow "
    "because feel feels felt think thought guess worse better maybe kind sort pretty every everything "
    "nothing anyone someone everyone people keep keeps kept thinking notice noticed left leave would could "
    "going trying tried want wish hope seem seems started stopped wonder wondering happen happened "
    "nobody somebody since months weeks years days ages while usual amazing great lovely awful anyway"
)
_DET = re.compile(rf"\b(?:the|this|that|her|his|their) {_ADJ}{_NOUN}(?:'s {_NOUN})?", _I)
_ABOUT = re.compile(r"\babout (?P<np>(?:the|my|this|that|her|his|their|our|your|what|how) [^,.!?;]{2,40})", _I)


def feeling_of(text: str) -> str | None:
    """The first feeling named in the text, in plain words ("terrified" -> "scared"), or None."""
    for w in words_of(text):
        if w in FEELING_WORDS:
            return FEELING_WORDS[w]
    return None


def topic_of(text: str) -> str | None:
    """What the text is about, in the listener's words ("my mum's house" -> "your mum's house"), or None."""
    t = _clean(text)
    m = _ABOUT.search(t)
    if m is not None:
        return swap_person(m.group("np").strip())
    m = _POSSESSIVE.search(t)
    if m is not None:
        return swap_person(f"{m.group('det')} {m.group('np')}")
    m = _DET.search(t)
    if m is not None:
        return swap_person(m.group(0).strip())
    return None


def tell_me_more(said: str) -> str:
    """A follow-up built from what was just said."""
    topic = topic_of(said)
    feeling = feeling_of(said)
    if topic and feeling:
        return f"Tell me more about {topic}: what's been making you feel {feeling}?"
    if topic:
        return f"Tell me more about {topic}: what has that been like for you?"
    if feeling:
        return f"Tell me more: what's been making you feel {feeling}?"
    return "Tell me more about that: what was it like for you?"


def reflection(disclosure: str) -> str:
    """A reflection that would have met this disclosure: the feeling and the subject, given back."""
    topic = topic_of(disclosure)
    feeling = feeling_of(disclosure)
    if feeling and topic:
        return f"That sounds really hard. It sounds like you're feeling {feeling} about {topic}."
    if feeling:
        return f"That sounds really hard. It sounds like you've been feeling {feeling}."
    if topic:
        return f"It sounds like {topic} really matters to you."
    return "That sounds like a lot to carry. Thank you for telling me."


_NEVER = re.compile(r"\byou (?:never|don't ever|do not ever|can't ever) (?P<x>[^.!?]+)", _I)
_ALWAYS = re.compile(r"\byou (?:always|constantly) (?P<x>[^.!?]+)", _I)


def gentle_startup(harsh: str) -> str:
    """A gentle start-up: how I feel, about what, and one specific thing I need."""
    text = _clean(harsh)
    feeling = feeling_of(text) or "hurt"
    m = _NEVER.search(text)
    if m is not None:
        x = _tail(m)
        return (
            f"I've been feeling {feeling} lately, and I miss it when you {x}. "
            f"Could you {x} this week? It would mean a lot to me."
        )
    m = _ALWAYS.search(text)
    if m is not None:
        x = _tail(m)
        return (
            f"I feel {feeling} when you {x}. "
            f"Could we agree on one thing that would help, starting this week?"
        )
    if re.search(r"\b(need|have|got) to talk\b|\bcan we talk\b", text, _I):
        return (
            "Something's been on my mind and I'd like to talk it through with you, because it matters to me. "
            "Is tonight a good time?"
        )
    return (
        f"I feel {feeling} about what happened, and what I need is to understand it together. "
        "Could we talk about it calmly tonight?"
    )
