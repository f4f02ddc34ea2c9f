"""The project's own English function-word lists for language style matching (written for heart2heart, not LIWC's).

Nine categories as in Ireland et al. (2011). Tokens are lower-cased words with inner apostrophes kept ("don't",
"i'm"); curly apostrophes are straightened first. A contraction counts in every category it belongs to ("don't" is
an auxiliary verb and a negation; "i'm" a personal pronoun and an auxiliary verb), and common chat spellings without
the apostrophe ("dont", "im") are listed too. A few words sit in two categories on purpose ("nothing" is an
impersonal pronoun and a negation).
"""

from __future__ import annotations

__all__ = ["CATEGORIES", "FUNCTION_WORDS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PERSONAL_CONTRACTIONS = """
    i'm i've i'll i'd im ive we're we've we'll we'd you're you've you'll you'd youre youve
    he's he'll he'd she's she'll she'd they're they've they'll they'd theyre
"""

_NEGATED_AUXILIARIES = """
    don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't hadn't wouldn't shouldn't
    couldn't mustn't mightn't needn't shan't ain't cannot
    dont doesnt didnt cant isnt arent wasnt werent havent hasnt hadnt wouldnt shouldnt couldnt aint
"""

#: category name -> its words
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "personal_pronouns": _words(
        """
        i me my mine myself we us our ours ourselves you your yours yourself yourselves
        he him his himself she her hers herself they them their theirs themselves
        ya y'all thee thou
        """
        + _PERSONAL_CONTRACTIONS
    ),
    "impersonal_pronouns": _words(
        """
        it its itself it's it'll it'd this that these those that's this'll
        anything anyone anybody everything everyone everybody nothing nobody
        something someone somebody whatever whoever whichever what which who whom whose what's who's
        another such
        """
    ),
    "articles": _words("a an the"),
    "auxiliary_verbs": _words(
        """
        am is are was were be been being have has had having do does did doing
        will would shall should can could may might must ought
        it's that's there's here's what's who's it'll it'd
        """
        + _PERSONAL_CONTRACTIONS
        + _NEGATED_AUXILIARIES
    ),
    "adverbs": _words(
        """
        very really just too also only even still already always often sometimes usually maybe perhaps
        quite rather almost again now then here there well actually probably ever soon once
        definitely totally basically literally pretty anyway anyways
        """
    ),
    "prepositions": _words(
        """
        about above across after against along among around at before behind below beneath beside between
        beyond by down during except for from in inside into near of off on onto out outside over past
        since through throughout till to toward towards under until up upon with within without via
        """
    ),
    "conjunctions": _words(
        """
        and but or so yet because although though while whereas if unless whether as than plus
        cause cuz cos either
        """
    ),
    "negations": _words(
        """
        no not never none nothing nobody nowhere nor neither nope nah
        """
        + _NEGATED_AUXILIARIES
    ),
    "quantifiers": _words(
        """
        all any some many much more most few fewer less least lot lots several each every both half
        enough plenty whole little bit couple various entire tons loads
        """
    ),
}

#: The nine categories, in the order reports list them.
CATEGORIES: tuple[str, ...] = tuple(FUNCTION_WORDS)
