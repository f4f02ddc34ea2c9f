"""Whether a conversation is written in English, the only language heart2heart's cues and models read.

A rough, dependency-free check on the commonest function words (articles, pronouns, prepositions, auxiliaries) of
English and of the languages the outside evaluators' conversations came in (German, Spanish, Portuguese, French,
Italian, Dutch): when another language's words clearly outnumber English ones, :func:`other_language` names it,
so ``h2h analyze`` can say that its verdict and figures are not to be trusted there. It decides nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["FUNCTION_WORDS", "other_language"]

#: Frequent words that are nearly always function words in each language (words two languages share, such as "a",
#: "de", "en", "la", "die", are left out of both).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "English": "the and you i it is to of that was my me for this what have with but just not are be so do "
        "don't it's i'm your about how can we they he she if would there all know like really think",
        "German": "und ich nicht ist das du ein eine mit sich auch auf für wir aber noch nur wie mir dich dir "
        "sind bin hast habe schon wenn oder jetzt mal doch kann heute mein meine",
        "Spanish": "que los las por con para una pero como más está estoy muy yo tu qué también esto eso bien "
        "cuando todo hay mi tengo hoy nada",
        "Portuguese": "não uma com para mas você eu está estou muito isso também quando tudo tem hoje nada meu "
        "minha foi vai sim então",
        "French": "le les et je tu vous nous est pas une avec pour mais qui dans sur c'est j'ai très aussi bien "
        "tout rien moi toi suis",
        "Italian": "il che non è una sono per con ma anche ho hai mi ti cosa tutto oggi niente sei questo perché "
        "molto bene",
        "Dutch": "het een ik je niet dat en van ook maar wat met zijn voor heb ben nog wel dan mijn jij hij",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
"""Each function word and the languages it belongs to: one look-up a word (this check runs on every conversation;
seven set look-ups a word took ~20 ms of a 1,000-turn ``h2h analyze``)."""
for _name, _words in FUNCTION_WORDS.items():
    for _w in _words:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _name)


def other_language(texts: Iterable[str], least: int = 20) -> str | None:
    """The language the texts are written in when it is clearly not English (its function words at least
    ``least`` and twice as many as English ones), else None."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    languages_of = _LANGUAGES_OF.get
    for text in texts:
        for word in _WORD.findall(text.lower().replace("’", "'")):
            for name in languages_of(word, ()):
                counts[name] += 1
    best = max((n for n in counts if n != "English"), key=lambda n: counts[n])
    if counts[best] >= least and counts[best] >= 2 * counts["English"]:
        return best
    return None
