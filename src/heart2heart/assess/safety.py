"""Moments that call for a check-in, not coaching: someone says they want to die, or that they hurt themselves.

A heart-to-heart is where such things get said, and a report that answers "everyone would be better off without
me" with advice on reflections ("It sounds like you're feeling like a burden") misses what matters. When someone
in the conversation says something that can be a sign of thinking about suicide or of self-harm, the assessment
lists the moment (``safety`` in the JSON) and the first coaching note says what helps: take it seriously, ask
directly and kindly (asking about suicide does not put the idea in someone's head: Dazzi et al. 2014, a review of
13 studies), listen, and help them reach support today.

Two readers. First, hand-written first-person phrases that say it ("I want to die", "I've been cutting myself",
"there's no point in going on", "better off without me"), not a word such as "suicide" alone (someone may be
telling of a loss) and not what is said in fun ("I nearly killed myself laughing", "I wanted to die of
embarrassment") or denied ("I don't want to die", "I'm not suicidal"): :func:`pattern_sign`. Then, for what they
pass over, a text model (``models/safety.npz``) trained on statements outside evaluators wrote for it, signs said
plainly and sideways beside hard negatives, and on the writers' everyday talk: :func:`signs`. Against another
outside evaluator's statements it never saw, 28 of its 32 flags were right and it found 28 of 50 signs (model card,
"A check-in before anything else"): it misses things said sideways, and a flag is worded as a possibility ("can be
a sign"), so a false alarm costs a kind question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from heart2heart.assess._cues import LazyPattern, lowered
from heart2heart.assess._text import quote
from heart2heart.model import Conversation

if TYPE_CHECKING:
    from heart2heart.assess.text_model import TextModel

__all__ = [
    "CLASSES", "MODEL_PATH", "THRESHOLD", "SafetyMoment", "asks_directly", "needed", "pattern_sign", "safety_moments",
    "sign_of", "signs",
]  # fmt: skip

Sign = Literal["suicide", "self_harm"]
CLASSES = ("none", "self_harm", "suicide")
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "safety.npz"
THRESHOLD = 0.7
"""A message the phrases pass over is flagged when the model's probability of a sign reaches this. Chosen by
``corpus/build_safety_model.py --folds`` (each of the writers of statements held out in turn; everyday talk it
never saw, 91,160 utterances of the writers' ``valid`` conversations and the outside sets). With four writers
(1,920 statements): the phrases alone precision 0.887 recall 0.337; with the model at 0.5 0.893 / 0.515 and 21
everyday flags, at 0.7 0.895 / 0.457 and 8 (half of them the phrases'), at 0.9 0.890 / 0.387 and 3. With the fifth
(2,520, distress that is no sign): phrases 0.876 / 0.347; at 0.5 0.893 / 0.585 and 21, at 0.7 0.896 / 0.528 and
7. With all seven (session 23; 3,720 statements, a third of the new signs sideways): at 0.5 0.899 / 0.640 and 29,
at 0.7 0.902 / 0.564 and 10, at 0.9 0.900 / 0.461 and 4. A false check-in in an ordinary chat costs the reader's
trust, so the threshold keeps everyday flags near what the phrases give."""

_A = "['\u2019]"  # an apostrophe, straight or curly

#: Phrases that can be a sign of thinking about suicide, said of oneself.
_SUICIDE = LazyPattern(
    rf"\bkill myself\b|\b(?:to|gonna|wanna|will|might|could|{_A}ll) off myself\b|\bunalive (?:myself|me)\b"
    r"|\b(?:end|ending|take|taking) my (?:own )?life\b"
    r"|\bend(?:ing)? it all\b|\b(?:want|wanted|need) (?:it all|everything) to (?:end|stop)\b"
    r"|(?:^|\bi |\bi just |\bi really |\bi honestly |\bi genuinely |\bi still |\bi sometimes )"
    r"(?:genuinely |honestly |just |really )?(?:want|wanna|wan) (?:to )?(?:die|be dead)\b"
    r"(?! (?:of|from) (?:embarrassment|shame|boredom|laughing))"
    r"|\bwish(?:ed)? i (?:was|were) dead\b|\bbetter off dead\b"
    rf"|\bwish(?:ed)? i (?:wasn{_A}t|weren{_A}t|had never been|hadn{_A}t been) (?:here|alive|born)\b"
    rf"|\b(?:everyone|everybody|you|they|you all|you guys|the kids|my family)(?:{_A}d| would)? (?:all )?be better "
    rf"off (?:without me|if i (?:was|were)(?:n{_A}t| not) (?:here|around|alive)|if i (?:was|were) dead|with me dead)"
    rf"|\b(?:nobody|no one|no-one) would (?:even )?(?:notice|care|miss me)[^.!?]{{0,12}}"
    rf"\bif i (?:was gone|were gone|{_A}m gone|died|wasn{_A}t here)\b"
    rf"|\b(?:no|any|don{_A}t see (?:a|any|the)|can{_A}t see (?:a|any|the)|what{_A}s the) (?:reason|point) "
    r"(?:to|in|of) (?:live|living|going on|being here|being alive|carrying on|staying alive|waking up)\b"
    rf"|\b(?:no|don{_A}t|do not) (?:wish|want) to (?:go on|keep|carry on) living\b"
    rf"|\bdon{_A}t want to (?:live|be alive|exist|wake up)(?: in this world| on this earth)?"
    r"(?= *(?:any ?more)?\s*(?:$|[.,!?;:]))"
    rf"|\bdon{_A}t want to be here any ?more\b"
    r"|\b(?:go to sleep|fall asleep) and (?:not|never) wake up\b"
    r"|\b(?:to not|not to|to stop|to never) exist(?:ing)?\b|\bdisappear (?:forever|for good|permanently)\b"
    r"|\brather be dead\b|\brather not be (?:here|alive|around)(?= *(?:any ?more)?\s*(?:$|[.,!?;:]))"
    rf"|\b(?:i|i{_A}m|i{_A}ve|i am|i have)\b[^.!?]{{0,25}}\bsuicidal\b|\bsuicide note\b"
    r"|\b(?:thinking|thought|thoughts|think) (?:about|of) (?:suicide|killing myself|ending it|overdosing|jumping)\b"
    rf"|\bwon{_A}?t be (?:around|here) (?:much longer|for (?:much )?longer|for long|to see)\b"
    rf"|\bwon{_A}?t be a (?:problem|burden|bother) (?:to anyone |for anyone |to you |for you )?"
    r"(?:much longer|for long)\b"
    r"|\bhow many (?:of (?:my|these|the) )?(?:pills|tablets|paracetamol)\b[^.!?]{0,30}\b(?:too many|enough|take to)\b"
    r"|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:up )?(?:my |all my )?(?:pills|tablets|meds)\b"
    r"|\b(?:thinking about|thought about|want to|going to|gonna) (?:jump(?:ing)? (?:off|in front of)|"
    r"step(?:ping)? in front of|driv(?:e|ing) (?:into|off))\b"
    r"|\b(?:researching|researched|looking up|looked up|googling|googled) (?:ways|how) to (?:die|end it|do it)\b"
    r"|\bif (?:a|the) (?:bus|car|train|lorry|truck) (?:hit|hits|ran over|runs over) me\b"
    rf"[^.!?]{{0,30}}\b(?:relieved|glad|wouldn{_A}t mind|wouldn{_A}t care|be fine|be okay|be ok|be happy)\b",
    re.IGNORECASE,
)
#: Phrases that say someone is hurting themselves on purpose.
_SELF_HARM = LazyPattern(
    r"\bself[- ]?harm(?:ing|ed)?\b|\b(?:hurting|harming|cutting|burning|starving) myself\b"
    r"|\b(?:want|wanted|wanting|urge|urges|tried|try|trying|need|needing) to (?:hurt|cut|harm|burn|punish) myself\b"
    r"|\bstarted cutting\b|\bcutting again\b|\bcut myself (?:again|on purpose|deliberately|last night)\b"
    r"|\bpunish myself physically\b|\bi deserve to (?:hurt|feel pain)\b"
    r"|\b(?:cut|burnt|burned|hit|punched|scratched|bit|hurt) (?:myself|my (?:arms?|legs?|thighs?|wrists?|hands?|skin))"
    r"[^.!?]{0,40}\bon purpose\b"
    r"|\b(?:hit|hitting|punch|punched|punching|scratch|scratched|scratching|dig|digging|bite|biting) "
    r"(?:myself|my (?:nails )?(?:into )?(?:my )?(?:arms?|legs?|thighs?|wrists?|hands?|head|skin))"
    r"[^.!?]{0,40}\b(?:till|until) (?:it|they|i) (?:bled|bleed|bleeds|bruised|bruise|bruises|stings?|hurts?)\b",
    re.IGNORECASE,
)
_SUICIDE_LOW = LazyPattern(_SUICIDE.source)
_SELF_HARM_LOW = LazyPattern(_SELF_HARM.source)
#: Words one of which every phrase above holds (a test checks that no phrase can do without them), looked for first
#: in the lower-cased text: one quick search, and the full patterns only where one occurs.
_ANY_SIGN = LazyPattern(
    r"\b(?:myself|die|dead|life|live|living|exist|suicid|wake|alive|better off|point|reason|pills|tablets|meds"
    r"|paracetamol|jump|step|driv|bus|car|train|lorry|truck|end it|to end|to stop|disappear|notice|miss me|care"
    r"|be here|be around|won't be|wont be|won\u2019t be|rather|ways|how to|unalive|harm|cut|burn|hurt|starv|punish"
    r"|scratch|bit|hit|punch|dig|deserve|wan die|ending|ended|overdos|note|wish)"
)
#: What makes a phrase no sign: a denial just before it, or fun after it.
_DENIED = LazyPattern(
    rf"(?:\bnot(?!\s+(?:being funny|joking|kidding|gonna lie|going to lie)\b)|\bnever|n{_A}t|\bused to"
    rf"|\bno(?!\s+(?:joke|lie|cap)\b))\s+(?:\w+\s+){{0,2}}$|\basked (?:me )?(?:if|whether)\b[^.!?]*$",
    re.IGNORECASE,
)
#: "If I am suicidal, ...": a word used of oneself only as a supposition.
_SUPPOSED = LazyPattern(r"\bif\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_IN_FUN = LazyPattern(r"^\W*(?:laughing|lol|lmao|haha|jk|😂|🤣)", re.IGNORECASE)
#: An accident, not self-harm: "I keep cutting myself trying to slice bread".
_ACCIDENT = LazyPattern(r"^\W*(?:trying to|while|on (?:the|a|some)|with (?:the|a)|slicing|chopping|shaving|cooking)",
                        re.IGNORECASE)  # fmt: skip
#: What the model reads as a sign but the words deny or mean otherwise: "I don't want to die", "I just don't want
#: her to die", "I'm killing myself out here" (overwork).
_NOT_WISHED = LazyPattern(
    rf"\b(?:don{_A}t|do not|didn{_A}t|never|not)\s+(?:\w+\s+)?want\s+(?:\w+\s+)?to die\b"
    r"|\bwant (?:her|him|them|you|it|mum|mom|dad|\w+'s \w+) to die\b"
    r"|\bkilling myself (?:out here|at work|for|over|to|trying|with|on)\b",
    re.IGNORECASE,
)
#: A question about safety or self-harm asked directly ("Are you thinking about killing yourself?", "Are you safe
#: right now?"): what helps, so such a question is never rewritten and a check-in says when someone asked it.
_ASKS_DIRECTLY = LazyPattern(
    r"\b(?:hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?) (?:yourself|urself)|\bsuicid|\bself[- ]harm|\bend (?:your|ur) life"
    r"|\b(?:are|r) (?:you|u) safe\b|\bsafe (?:right )?now\b|\boverdose",
    re.IGNORECASE,
)


def asks_directly(text: str) -> bool:
    """Whether ``text`` asks directly about suicide, self-harm or safety (:data:`_ASKS_DIRECTLY`)."""
    return "?" in text and _ASKS_DIRECTLY.search(text) is not None


#: Fewer words than this are too few for the model ("I", "myself" alone read as signs).
MODEL_MIN_WORDS = 4
#: A message of fewer words than this gives the model little to go on, so its reading must reach
#: :data:`SHORT_THRESHOLD` ("hey. I've been thinking about last night" is 0.85 a sign to it: "thinking about" and
#: "last night" come with signs in its training statements). Chosen with each writer of statements held out: at 0.7
#: for every length, recall 0.564 and 8 flags in 91,160 everyday utterances; with this, 0.562 and 7.
SHORT_WORDS = 8
SHORT_THRESHOLD = 0.9


def needed(text: str, threshold: float = THRESHOLD) -> float:
    """The model's probability of a sign that flags ``text``: ``threshold``, or :data:`SHORT_THRESHOLD` for a short
    message."""
    return max(threshold, SHORT_THRESHOLD) if len(text.split()) < SHORT_WORDS else threshold


_FICTION = LazyPattern(r"\b(?:in the (?:film|movie|book|show|episode)|character|the game|scene)\b", re.IGNORECASE)
#: Someone else's thoughts or self-harm ("my child was having suicidal thoughts", "she's self-harming"), which the
#: model can read as the speaker's: the reason to ask how to help, not a sign of the speaker's own.
_SOMEONE_ELSE = LazyPattern(
    r"\b(?:my|our|his|her|their|a|the)\s+(?:\w+\s+){0,2}?(?:child|kid|son|daughter|friend|mate|mum|mom|mother|dad"
    r"|father|brother|sister|partner|wife|husband|boyfriend|girlfriend|bf|gf|student|patient|client|colleague|cousin"
    r"|nephew|niece|aunt|auntie|uncle|grandson|granddaughter|teenager|flatmate|roommate)s?(?:'s)?\b[^.!?]{0,30}?"
    r"\b(?:(?:is|was|were|are|has been|have been|'s)\s+(?:\w+\s+){0,2}?(?:suicidal|self[- ]?harming|having suicidal)"
    r"|(?:wants|said (?:she|he|they) wants?|says (?:she|he|they) wants?) to die|self[- ]?harms|self[- ]?harmed"
    r"|(?:cutting|hurting|harming) (?:him|her|them)sel\w+|tried to (?:kill|end|take))"
    r"|\b(?:he|she|they)(?:'s|'re| is| was| were| are| has been| have been)\s+(?:\w+\s+){0,2}?"
    r"(?:suicidal|self[- ]?harming|having suicidal)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SafetyMoment:
    """An utterance that can be a sign of thinking about suicide or of self-harm."""

    index: int
    speaker: str
    quote: str
    sign: Sign

    def to_dict(self) -> dict[str, object]:
        """The ``safety`` entry of ``h2h analyze --json``."""
        return {"index": self.index, "speaker": self.speaker, "quote": self.quote, "sign": self.sign}


def pattern_sign(text: str) -> Sign | None:
    """What the hand-written phrases say of ``text``: a sign of thinking about suicide, of self-harm, or None."""
    low = lowered(text)  # searched lower-cased without IGNORECASE: twice as fast (the phrases are lower case)
    if not _ANY_SIGN.search(low if low is not None else text.casefold()) or _FICTION.search(text):
        return None
    if low is not None:
        text, patterns = low, (("suicide", _SUICIDE_LOW), ("self_harm", _SELF_HARM_LOW))
    else:
        patterns = (("suicide", _SUICIDE), ("self_harm", _SELF_HARM))
    for sign, pattern in patterns:
        for m in pattern.compiled.finditer(text):
            if _theirs(text, m.start()):  # "my friend has been self-harming"
                continue
            before = text[: m.start()]
            word = m.group().lower().rfind("suicidal")
            if word > 0:  # "I'm not suicidal", "if I am suicidal": the subject is in the match, the word at its end
                before = text[: m.start() + word]
                if _SUPPOSED.search(before):
                    continue
            after = text[m.end() :]
            if _DENIED.search(before) or _IN_FUN.search(after) or (sign == "self_harm" and _ACCIDENT.search(after)):
                continue
            return sign  # type: ignore[return-value]
    return None


def _theirs(text: str, at: int) -> bool:
    """Whether the phrase found at ``at`` says someone else's thoughts or self-harm (:data:`_SOMEONE_ELSE`): looked
    for only where a phrase was found, which is rare."""
    return any(m.start() <= at < m.end() for m in _SOMEONE_ELSE.compiled.finditer(text))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> TextModel | None:
    """The text model at ``path`` (the shipped one by default), or None when the file is absent."""
    from heart2heart.assess.text_model import load_text_model

    return load_text_model(path, CLASSES)


def signs(texts: Sequence[str], model: TextModel | None = None, threshold: float = THRESHOLD) -> list[Sign | None]:
    """Each text's sign: the phrases' where they find one, else the model's when the probability of a sign
    reaches ``threshold`` (the likelier of the two); None for no sign. ``model``: the shipped one by default."""
    found: list[Sign | None] = [pattern_sign(t) for t in texts]
    model = model if model is not None else load_model()
    todo = [
        i for i, (t, s) in enumerate(zip(texts, found, strict=True))
        if s is None and len(t.split()) >= MODEL_MIN_WORDS and not _NOT_WISHED.search(t)
    ]  # fmt: skip
    if model is None or not todo:
        return found
    names = model.classes
    for i, row in zip(todo, model.probability_rows([[texts[i]] for i in todo]), strict=True):
        p = dict(zip(names, (float(v) for v in row), strict=True))
        if p["suicide"] + p["self_harm"] >= needed(texts[i], threshold) and not (
            _FICTION.search(texts[i]) or _SOMEONE_ELSE.search(texts[i])
        ):
            found[i] = "suicide" if p["suicide"] >= p["self_harm"] else "self_harm"
    return found


def sign_of(text: str) -> Sign | None:
    """Whether ``text`` says something that can be a sign of thinking about suicide, or of self-harm (None: no)."""
    return signs([text])[0]


def safety_moments(conv: Conversation) -> list[SafetyMoment]:
    """Every utterance of ``conv`` (not an attachment) that can be such a sign, in order."""
    spoken = [u for u in conv.utterances if not u.media]
    return [
        SafetyMoment(u.index, u.speaker, quote(u.text, 120), sign)
        for u, sign in zip(spoken, signs([u.text for u in spoken]), strict=True)
        if sign is not None
    ]
