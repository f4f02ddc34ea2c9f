"""Small text helpers shared by the assessment: content words, cue lexicons, pronoun swapping.

The utterance labels (question, reflection, advice, disclosure, empathy...) come from the annotators; these helpers
only add what labels cannot say on their own: whether a reply is *about* what was just said (shared content words),
whether it jokes, and the words needed to write a suggestion back to the person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from heart2heart.assess._cues import Cue
from heart2heart.model import Labels, Utterance

__all__ = [
    "FEELING_WORDS",
    "STOPWORDS",
    "content_words",
    "has_cue",
    "is_joke",
    "labels_of",
    "overlap",
    "quote",
    "words_of",
    "wordset",
]

_WORD = re.compile(r"[a-z0-9']+")


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for writing word lists compactly)."""
    return frozenset(text.split())


STOPWORDS = wordset(
    """a about above after again against all am an and any are aren't as at be because been before being below
    between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
    for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
    himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
    she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
    we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with
    won't would wouldn't you you'd you'll you're you've your yours yourself yourselves yeah yes ok okay oh just
    like really know think got get go going gonna well also still even much lol haha u ur im ive dont cant thats
    its idk tbh honestly kind sort thing things something anything one bit lot way day today tonight now right sure
    yep nah hey hi hmm mm um uh ah wow let said say says tell told make made feel feeling felt want wanted need
    maybe actually pretty quite bc cos cause though"""
)

#: Words that name a feeling; used to echo the feeling back in reflections and gentle start-ups.
FEELING_WORDS = {
    "scared": "scared",
    "afraid": "scared",
    "terrified": "scared",
    "frightened": "scared",
    "fear": "scared",
    "anxious": "anxious",
    "anxiety": "anxious",
    "worried": "worried",
    "worry": "worried",
    "nervous": "nervous",
    "stressed": "stressed",
    "stress": "stressed",
    "overwhelmed": "overwhelmed",
    "exhausted": "exhausted",
    "tired": "worn out",
    "sad": "sad",
    "cried": "sad",
    "crying": "sad",
    "cry": "sad",
    "depressed": "low",
    "down": "low",
    "low": "low",
    "lonely": "lonely",
    "alone": "alone",
    "ashamed": "ashamed",
    "shame": "ashamed",
    "embarrassed": "embarrassed",
    "guilty": "guilty",
    "guilt": "guilty",
    "angry": "angry",
    "furious": "angry",
    "hurt": "hurt",
    "heartbroken": "heartbroken",
    "lost": "lost",
    "stuck": "stuck",
    "useless": "not good enough",
    "failure": "not good enough",
    "worthless": "not good enough",
    "jealous": "jealous",
    "frustrated": "frustrated",
    "upset": "upset",
    "miss": "sad",
    "grief": "sad",
    "grieving": "sad",
    "panic": "panicky",
    "numb": "numb",
    "hopeless": "hopeless",
    "confused": "confused",
    "insecure": "insecure",
    "unhappy": "unhappy",
}

_JOKE = Cue(r"(\bhaha+\b|\bhehe+\b|\blo+l\b|\blmao\b|\brofl\b|\bjk\b|😂|🤣|😜|😆)")


def labels_of(u: Utterance) -> Labels:
    """The utterance's labels, or empty labels when it was not annotated."""
    return u.labels if u.labels is not None else _EMPTY


_EMPTY = Labels()


def words_of(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept; curly apostrophes straightened)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """Crudely stemmed content words of a text (stop words and short tokens dropped)."""
    return frozenset(_stem(w) for w in words_of(text) if len(w) > 2 and w not in STOPWORDS)


def overlap(a: str, b: str) -> int:
    """Number of content words two texts share."""
    return len(content_words(a) & content_words(b))


def has_cue(text: str, pattern: re.Pattern[str]) -> bool:
    return pattern.search(text.replace("’", "'")) is not None


def is_joke(text: str) -> bool:
    """True when the text laughs something off ("haha", "lol", 😂)."""
    return _JOKE.found(text)


def quote(text: str, limit: int = 90) -> str:
    """A short quote: the text on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
