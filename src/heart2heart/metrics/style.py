"""Language style matching (LSM) between the two main speakers of a conversation.

Ireland et al. (2011): for each of nine function-word categories, ``p`` is the percentage of a speaker's words in
the category, and the category's match is ``1 - |p1 - p2| / (p1 + p2 + 0.0001)``; LSM is the mean over the
categories (0 = nothing alike, 1 = the same style). A category neither speaker uses counts as a full match, as in
the published formula. The *two main speakers* are the two with the most words (ties: whoever spoke first).
Words here are the tokens of :func:`tokens` (letters with inner apostrophes), and the lists are the project's own
(:mod:`heart2heart.metrics._words`). LSM on fewer than about 50 words per speaker is noisy: the per-speaker token
counts are reported alongside so readers can judge.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from heart2heart.metrics._words import CATEGORIES, FUNCTION_WORDS
from heart2heart.model import Conversation

__all__ = ["LSM_EPSILON", "StyleMatching", "category_percentages", "lsm", "style_matching", "tokens"]

LSM_EPSILON = 0.0001
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def _index() -> dict[str, tuple[str, ...]]:
    """Word -> the categories it belongs to (one dictionary look-up per distinct word)."""
    index: dict[str, tuple[str, ...]] = {}
    for cat in CATEGORIES:
        for word in FUNCTION_WORDS[cat]:
            index[word] = (*index.get(word, ()), cat)
    return index


_CATEGORIES_OF = _index()


@dataclass(frozen=True, slots=True)
class StyleMatching:
    """LSM of two speakers: the mean ``score``, each category's match, and each speaker's token count."""

    speakers: tuple[str, str]
    score: float
    categories: dict[str, float]
    words: tuple[int, int]


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, keeping inner apostrophes ("don't"); curly apostrophes are straightened."""
    return _TOKEN.findall(text.lower().replace("\u2019", "'").replace("\u02bc", "'"))


def category_percentages(words: Iterable[str]) -> tuple[dict[str, float], int]:
    """Percentage of ``words`` in each function-word category, and how many words there were."""
    counts = dict.fromkeys(CATEGORIES, 0)
    tally = Counter(words)
    n = tally.total()
    for word, k in tally.items():
        for cat in _CATEGORIES_OF.get(word, ()):
            counts[cat] += k
    return {cat: (100.0 * c / n if n else 0.0) for cat, c in counts.items()}, n


def lsm(p1: dict[str, float], p2: dict[str, float]) -> tuple[float, dict[str, float]]:
    """LSM from two speakers' category percentages: the mean and the per-category matches."""
    per = {cat: 1 - abs(p1[cat] - p2[cat]) / (p1[cat] + p2[cat] + LSM_EPSILON) for cat in CATEGORIES}
    return sum(per.values()) / len(per), per


def style_matching(conv: Conversation) -> StyleMatching | None:
    """LSM between the two main speakers; ``None`` with fewer than two speakers who said a word."""
    words: dict[str, list[str]] = {}
    for u in conv.utterances:
        if not u.media:
            words.setdefault(u.speaker, []).extend(tokens(u.text))
    ranked = sorted(
        (name for name in words if words[name]), key=lambda name: -len(words[name])
    )  # sorted() is stable, so ties keep the order of first appearance
    if len(ranked) < 2:
        return None
    a, b = ranked[0], ranked[1]
    pa, na = category_percentages(words[a])
    pb, nb = category_percentages(words[b])
    score, per = lsm(pa, pb)
    return StyleMatching((a, b), score, per, (na, nb))
