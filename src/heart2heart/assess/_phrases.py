"""Pieces of what was said, picked out to write suggestions back: a noun phrase, a feeling clause, a question.

These are small, transparent word rules (no tagger): good enough to lift "my review" or "I feel like such a
failure" out of a chat message, and careful to return ``None`` rather than a broken fragment when unsure.
"""

from __future__ import annotations

import re

from heart2heart.assess._cues import LazyPattern
from heart2heart.assess._text import FEELING_WORDS, wordset

__all__ = [
    "EVENT_NOUNS",
    "TOPIC_HEADS",
    "clean",
    "feeling_clause",
    "names_state",
    "noun_phrase",
    "personal_topic",
    "question_sentence",
    "said_feelings",
    "split_sentences",
    "to_listener",
    "worth_asking",
]

_I = re.IGNORECASE

#: Things that happen (rather than people or places): "the review left you feeling ..." reads naturally.
EVENT_NOUNS = wordset(
    "review appraisal meeting interview exam exams test results diagnosis appointment talk call conversation "
    "date party wedding funeral trip move holiday argument fight row breakup news presentation deadline "
    "operation surgery scan session game match audition feedback"
)

#: What a follow-up can ask about ("Tell me more about your dad"): the people in a life, its big matters and things
#: that happen. The nearest noun phrase is often something else ("my shoe", "my inbox", "hanging on by my
#: fingernails", "my secret sauce"), and "Tell me more about your shoe" reads as a joke: then the invitation is left
#: plain ("Tell me more.").
TOPIC_HEADS = EVENT_NOUNS | wordset(
    """mum mom mother mam mummy mommy dad father daddy papa parents parent family brother brothers sister sisters
    sibling siblings son sons daughter daughters kid kids child children baby babies boy boys girl girls twins
    youngest eldest oldest husband wife partner boyfriend girlfriend fiance fiancé fiancee fiancée ex
    ex-husband ex-wife ex-boyfriend ex-girlfriend friend friends mate mates bestie boss manager supervisor team
    colleague colleagues coworker coworkers co-worker co-workers workmate workmates grandma grandad granddad
    grandpa granny nan nana nanna gran grandmother grandfather grandparents grandson granddaughter great-grandad
    great-grandma great-grandmother great-grandfather aunt auntie aunty uncle cousin cousins nephew niece in-laws
    mother-in-law father-in-law stepdad stepmum stepmom stepfather stepmother stepson stepdaughter dog dogs cat
    cats pet pets puppy horse doctor therapist counsellor counselor teacher tutor coach landlord flatmate
    flatmates roommate roommates housemate housemates neighbour neighbor neighbours neighbors lads
    job jobs work career business studies degree course dissertation thesis grades school uni university college
    apprenticeship internship placement health diagnosis illness condition cancer treatment chemo therapy
    recovery injury pregnancy miscarriage marriage relationship divorce separation engagement drinking addiction
    debt debts money finances savings rent mortgage bills house home flat apartment hometown faith future plans
    retirement redundancy contract probation promotion application visa pension birth body childhood
    friendship friendships weekend exam worries fears struggles weight office birthday anniversary christmas"""
)


def worth_asking(phrase: str) -> bool:
    """Whether a noun phrase ("your dad", "the review", "your dad's shed") names something a follow-up can ask
    about: its last word, or the one whose it is, is one of :data:`TOPIC_HEADS`."""
    words = [w.lower() for w in phrase.split()[1:]]
    return bool(words) and (
        words[-1].removesuffix("'s") in TOPIC_HEADS
        or any(w.endswith("'s") and w.removesuffix("'s") in TOPIC_HEADS for w in words[:-1])
    )


_DETERMINERS = wordset("my our the this that his her their your")
_ADJECTIVES = wordset(
    "new old whole own best little big first last younger older ex late current next other entire huge small "
    "early final annual weekly monthly surprise second third bloody stupid"
)
#: Words that end a noun phrase: function words, verbs, adverbs and fillers.
_BREAK = wordset(
    """a an and or but so to of in on at by for from with without about into over under after before since
    because bc cos cause if when while than then as like i i'm im i've ive i'd i'll me you u your we us they
    them he him she her it it's its this that these those there here who what which where why how is was are
    were be been being am has had have having do does did doing done got get gets getting go goes went gone
    going gonna said says say told tells tell make makes made keep keeps kept pay pays paid want wants wanted
    need needs needed think thinks thought feel feels felt seem seems seemed look looks looked sound sounds
    came come comes took take takes gave give gives left ran run runs will would could should can can't
    might must may won't don't didn't doesn't isn't wasn't aren't weren't not no never always ever just really
    very so too also still even again now today tonight yesterday tomorrow lately recently rn tbh lol haha
    idk honestly actually literally basically anyway though all some any every each much many more most
    know knew saw see sees found find lost loves love hate hates wish hope started start stopped stop asked
    ask let lets put puts sat sit last next one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty hundred outside inside home back away around up down out off together alone
    died dies passed fell fall falls broke quit moved moves split cried cries lied lies through across along
    between during until till toward towards within beside upon against onto among"""
)
#: Verbs that look like plural nouns: never the second word of a phrase ("my husband asks" is not a thing asked
#: about), though they can be its only one ("my worries", "our lives").
_VERB_S = wordset(
    "asks calls tries works helps shouts yells texts rings worries cares reckons means uses leaves starts stays "
    "lives brings buys plays walks drives cooks cleans shows sends hits expects refuses forgets remembers reminds "
    "matters counts"
)
#: Heads too vague to follow up on ("my thing", "the way").
_VAGUE = wordset(
    "thing things stuff way time lot bit one ones kind sort part end point fact case moment same rest idea "
    "reason something anything everything nothing fault problem issue deal dear love darling sweetie babe"
)
_TOKEN = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:'[a-z]+)?|[^\sA-Za-z]")  # "great-grandad" is one word


def clean(text: str) -> str:
    """One line, straight apostrophes, single spaces."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "ive": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "you": "I",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "you'd": "I'd",
    "you'll": "I'll",
    "u": "I",
    "ur": "my",
    "we": "you",
    "our": "your",
    "us": "you",
}


def to_listener(text: str) -> str:
    """The speaker's words as the listener would say them back: "I was scared of my boss" -> "you were scared
    of your boss" ("was" and "am" change only after "I"; "you" becomes "I" as a subject, "me" after a verb)."""
    tokens = re.findall(r"[\w']+|[^\w\s]+|\s+", clean(text))
    words = [t.lower() for t in tokens if not t.isspace()]
    out: list[str] = []
    k = -1
    for token in tokens:
        if token.isspace():
            out.append(token)
            continue
        k += 1
        low = words[k]
        prev = words[k - 1] if k > 0 else ""
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if low in {"was", "am"} and prev == "i":
            new = "were" if low == "was" else "are"
        elif low in {"you", "u"}:
            subject = nxt in _AFTER_SUBJECT or prev in _SUBJECT_SLOT or not prev[:1].isalnum()
            new = "I" if subject else "me"
        else:
            new = _SWAP.get(low, token)
        out.append(new)
    return "".join(out)


_SUBJECT_SLOT = wordset("and but so if when that because bc cos while until since than or also maybe then")
_AFTER_SUBJECT = wordset(
    """could can can't should would will won't might must may never always are aren't were weren't have haven't
    had did didn't do don't know knew said told think thought want wanted need needed went got get make made
    just really even still also seem seemed look looked feel felt"""
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a message, each with its closing punctuation (a chat line often holds several)."""
    parts = re.findall(r"[^.!?\n]+(?:[.!?]+|$)", clean(text))
    return [p.strip() for p in parts if p.strip(" .!?")]


def question_sentence(text: str) -> str | None:
    """The last sentence of the text that ends with a question mark, or None."""
    asked = [s for s in split_sentences(text) if s.endswith("?")]
    return asked[-1] if asked else None


def noun_phrase(text: str, *, listener: bool = True) -> str | None:
    """The most telling noun phrase: "about the move", else "my ...", else "the/this/that ..." (None if vague).

    With ``listener`` the phrase is put in the listener's words ("my review" -> "your review"); an event
    ("my review") becomes "the review", which reads better in a reflection.
    """
    tokens = _TOKEN.findall(clean(text))
    low = [t.lower() for t in tokens]
    found: list[tuple[int, str]] = []
    for i, w in enumerate(low):
        if w not in _DETERMINERS:
            continue
        if _idiom_at(low, i):
            continue  # "in my day", "pulling my weight": an idiom, not a subject
        np = _phrase_at(tokens, low, i)
        if np is None:
            continue
        rank = 0 if i > 0 and low[i - 1] == "about" else 1 if w in {"my", "our"} else 2
        found.append((rank, np))
    if not found:
        return None
    np = min(found, key=lambda f: f[0])[1]
    det, _, rest = np.partition(" ")
    head = rest.split()[-1].lower()
    if det.lower() in {"my", "our", "this", "that"} and head in EVENT_NOUNS and "'s " not in rest:
        return f"the {rest}"  # not "my brother's wedding" -> "the brother's wedding"
    return to_listener(np) if listener else np


def personal_topic(text: str) -> str | None:
    """A noun phrase about the speaker's own life that a follow-up can ask about (:func:`worth_asking`: "my dad's
    shed" -> "your dad's shed"; "my shoe" is passed over), else the person a phrase names ("my dad dying" -> "your
    dad"), or None."""
    tokens = _TOKEN.findall(clean(text))
    low = [t.lower() for t in tokens]
    for i, w in enumerate(low):
        if w in {"my", "our"} and not _idiom_at(low, i):
            np = _phrase_at(tokens, low, i)
            if np is None:
                continue
            if worth_asking(np):
                return to_listener(np)
            det, *nouns = np.split()
            first = nouns[0].removesuffix("'s") if len(nouns) > 1 else ""
            if first.lower() in TOPIC_HEADS:
                return to_listener(f"{det} {first}")
    return None


#: (word before, noun after) around a determiner that make an idiom, not a subject: "in my day", "not pulling my
#: weight", "off my chest", "out of my depth", "losing my mind", "doing my best", "on my mind".
_IDIOMS = {
    (before, noun)
    for before, nouns in (
        ("in", "day head"),
        ("pull", "weight"),
        ("pulling", "weight"),
        ("pulled", "weight"),
        ("off", "chest"),
        ("of", "depth mind way"),
        ("losing", "mind"),
        ("lose", "mind"),
        ("lost", "mind"),
        ("on", "mind own"),
        ("doing", "best"),
        ("do", "best"),
        ("did", "best"),
        ("trying", "best"),
        ("tried", "best"),
        ("out", "way"),
        ("get", "head"),
        ("getting", "head"),
        ("around", "head"),
        ("round", "head"),
        ("broke", "heart"),
        ("break", "heart"),
        ("breaks", "heart"),
        ("breaking", "heart"),
        ("catch", "breath"),
        ("lose", "temper"),
        ("lost", "temper"),
        ("losing", "temper"),
    )
    for noun in nouns.split()
}


def _idiom_at(low: list[str], i: int) -> bool:
    """Whether the determiner at ``i`` is part of an idiom (:data:`_IDIOMS`)."""
    return i > 0 and (low[i - 1], low[i + 1] if i + 1 < len(low) else "") in _IDIOMS


#: Nouns that rarely modify another noun ("in my day children played": not "day children").
_NO_MODIFIER = wordset("day time life head week year night morning side fault own job money")


def _phrase_at(tokens: list[str], low: list[str], i: int) -> str | None:
    """Determiner at ``i`` plus an optional adjective and one noun, or two when they read as one thing."""
    words = [tokens[i]]
    j = i + 1
    if j < len(low) and low[j] in _ADJECTIVES:
        words.append(tokens[j])
        j += 1
    run: list[str] = []
    while j < len(low) and len(run) < 3 and _nounish(low[j]) and not (run and low[j] in _VERB_S):
        run.append(tokens[j])
        j += 1
    if not run:
        return None
    if len(run) >= 3:
        return None  # "that leadership course work pays for": where the phrase ends is a guess
    first = run[0].lower()
    two = len(run) == 2 and (first.endswith("'s") or first not in _NO_MODIFIER)
    if two and run[1].lower() in _VAGUE:  # "this whole mum thing": kept as said
        return " ".join(words + run[:2])
    nouns = run[:2] if two else run[:1]
    head = nouns[-1].lower()
    if head.removesuffix("'s") in _VAGUE or head.endswith("'s") or head in FEELING_WORDS:
        return None
    return " ".join(words + nouns)


def _nounish(w: str) -> bool:
    if not w.isascii() or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*(?:'s)?", w):
        return False
    base = w.removesuffix("'s")
    if len(base) < 3 or base in _BREAK or w in _BREAK:
        return False
    return not (base.endswith("ly") or (base.endswith("ed") and len(base) > 4))


_INTENSIFIERS = LazyPattern(
    r"\b(?:so|such|really|very|kind of|kinda|sort of|pretty|quite|just|totally|literally|super|absolutely)\s+", _I
)
_FILLERS = LazyPattern(
    r"\s*\b(?:tbh|tbf|honestly|to be honest|if i'?m honest|to be fair|lol|haha+|idk|rn|ngl|tho|though|atm|x+)\b\s*", _I
)
_CUT = LazyPattern(
    r"\s+(?:and|but|because|bc|cos|cause|so|though|lol|haha|when|whenever|while|if)\b.*$|\s*[,;:].*$", _I
)
_FEEL = LazyPattern(
    r"\b(?P<subj>i(?:'ve| have)? been|i'm|im|i am|i was|i)\s+(?:\w+\s+){0,2}?"
    r"(?P<verb>feeling|feel|felt)\s+(?P<x>[^.!?]+)",
    _I,
)
_STATE = LazyPattern(r"\b(?P<subj>i'm|im|i am|i was|i've been|i have been)\s+(?P<x>[^.!?]+)", _I)
_THINK = LazyPattern(r"\bi (?:think|guess|feel like|worry) (?:that )?(?:i'm|im|i am) (?P<x>[^.!?]+)", _I)
_STRUGGLE = LazyPattern(
    r"\b(fail\w*|losing|lost|struggl\w*|useless|mess\w* up|screw\w* up|ruin\w*|terrible|awful|bad at|"
    r"not good enough|drowning|behind|broken|letting \w+ down|a bad)\b",
    _I,
)
_BARE = LazyPattern(r"^\s*(?:and |but |so |just )?(?P<x>[a-z]+\b[^.!?]*)", _I)

#: Words after which a feeling word names a state even where it could be something else: "I'm upset the kids saw",
#: "feeling down", "a bit low".
_STATE_LEAD = wordset(
    "i'm im am was were been be being is are feel feeling felt get got getting so really very bit little quite too "
    "pretty"
)
#: Feeling words that are also verbs taking an object: "lost my job", "my mom lost her job", "hurt my back".
_VERB_FEELINGS = wordset("lost hurt upset crushed")
_OBJECT_START = wordset("my our his her their your its the a an this that all both some every")
#: Feeling words that are more often something else: "sit down", "calm down", "if his sugar goes low".
_NEEDS_LEAD = wordset("low down")


def names_state(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (lower-cased words in order), where it is a feeling word, names a state there: not one of
    :data:`_VERB_FEELINGS` used as a verb with an object, and not one of :data:`_NEEDS_LEAD` on its own, unless a
    word that says a state comes just before (:data:`_STATE_LEAD`)."""
    w = words[i]
    verb = w in _VERB_FEELINGS and i + 1 < len(words) and words[i + 1] in _OBJECT_START
    if not (verb or w in _NEEDS_LEAD):
        return True
    return i > 0 and words[i - 1] in _STATE_LEAD


def said_feelings(words: list[str]) -> list[str]:
    """``words`` (lower-cased, in order) without the feeling words that name no state where they stand
    (:func:`names_state`)."""
    return [w for i, w in enumerate(words) if names_state(words, i)]


def feeling_clause(text: str, feeling_words: frozenset[str]) -> str | None:
    """A reflection of the feeling in the speaker's own words, in the second person, or None.

    "I feel like such a failure" -> "you're feeling like a failure"; "I've been feeling really lonely since I
    moved here" -> "you've been feeling lonely since you moved here"; "I'm terrified I'll fail the exam" ->
    "you're terrified you'll fail the exam"; "scared she's right" -> "you're scared she's right".
    """
    for sentence in split_sentences(re.sub(r",?\s*\blike,\s*", " ", text, flags=_I)):
        s = _FILLERS.sub(" ", sentence).strip()
        m = _FEEL.search(s)
        if m is not None:
            x = _trim(m.group("x"))
            if x:
                subj = m.group("subj").lower()
                if "been" in subj:
                    return f"you've been feeling {x}"
                if m.group("verb").lower() == "felt" or subj == "i was":
                    return f"you felt {x}"
                return f"you're feeling {x}"
        m = _STATE.search(s)
        if m is not None:
            x = _trim(m.group("x"), keep_clause=True)
            if _first_feeling(x, feeling_words):
                subj = m.group("subj").lower()
                verb = "were" if subj == "i was" else "'ve been" if "been" in subj else "'re"
                return f"you{verb} {x}" if verb.startswith("'") else f"you {verb} {x}"
        m = _THINK.search(s)
        if m is not None and _STRUGGLE.search(m.group("x")):
            x = _trim(m.group("x"), keep_clause=True)
            if x:
                return f"you feel like you're {x}"
        m = _BARE.match(s)
        if m is not None:
            x = _trim(m.group("x"), keep_clause=True)
            if _first_feeling(x, feeling_words, bare=True) and len(x.split()) <= 8:
                return f"you're {x}"
    return None


_MODIFIER = LazyPattern(r"^(?:a (?:little )?bit|a little|kind of|sort of|quite|so|too|really|very|super|pretty)\s+", _I)


def _first_feeling(x: str, feeling_words: frozenset[str], *, bare: bool = False) -> bool:
    """True when the phrase opens with a feeling word (after "a bit", "a little"...); ``bare`` (no "I'm" before
    it): one that names a state with nothing before it ("lost my job" does not)."""
    rest = _MODIFIER.sub("", x)
    words = [w.lower() for w in rest.split()]
    return bool(words) and words[0] in feeling_words and (not bare or names_state(words, 0))


def _trim(x: str, *, keep_clause: bool = False) -> str:
    """The feeling phrase without intensifiers, cut at the next clause, in the listener's words."""
    x = _INTENSIFIERS.sub("", x.strip())
    x = re.sub(r"\s+", " ", x).strip(" .!?,")
    if keep_clause:
        x = re.sub(r"\s*[,;:].*$", "", x)
        x = re.sub(r"\s+(?:and|but|because|bc|cos|lol|haha|when|whenever|while|if)\b.*$", "", x, flags=_I)
    else:
        x = _CUT.sub("", x)
    words = x.split()
    if not words or len(words) > 10:
        return ""
    return to_listener(x).strip()
