"""Disclosures of depth 2 or more and how the others answered them.

A disclosure is a turn in which someone shares their own thoughts or experiences (depth 2) or vulnerable feelings,
fears or struggles (depth 3). One entry per turn, at the deepest utterance of the turn. The answer is read from the
next turn by somebody else (listener tokens such as "mm-hm" are skipped while the discloser keeps going):

- ``met``: acknowledged (warmth, "that sounds hard", "oh no", "❤️", "poor you", an offer of help), reflected
  ("so it isn't only the numbers..."), explored (a question about what was shared or a person in it, "Really?")
  or reciprocated with a disclosure of one's own on the same subject;
- ``advice``: a suggestion came before the feelings were acknowledged (the classic miss, ESConv's stages); a fix
  after one line of sympathy ("so sorry. honestly the best thing is...") is still advice;
- ``deflected``: the subject changed ("anyway!", "So, the Q3 numbers"), it was joked off, minimised ("could be
  worse", "in my day..."), excused ("I was only there for 10 mins"), or the listener turned to themselves ("omg
  same, my boss...");
- ``none``: nobody answered (the conversation ended, or only a bare token such as "mm", "ya" or "ok" came back).

The answer's cues are words, read after spelling texting forms out ("u" -> "you"); the annotators' empathy and
advice labels are not used to decide it (they fire on excuses and on warm replies). Unit tests with hand-written
replies: tests/test_assess_responses.py.

Where the two labelled sets disagree, issue 4's definitions decide: an explanation or justification given in answer
to a gentle start-up ("In fairness, the figure was wrong", "I thought you were busy") neither acknowledges,
reflects, explores nor reciprocates the feeling, so it is ``deflected`` (the second writer's reading, and the
labelling rules' "answered defensively"); corpus/kinds labels cf05, cf07 and cf09 ``met``, and those three dev
conversations stay counted as misses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from heart2heart.assess._cues import Cue, LazyPattern
from heart2heart.assess._text import STOPWORDS, is_joke, labels_of, overlap, words_of, wordset
from heart2heart.assess.conflict import ConflictMoment, horsemen
from heart2heart.model import Conversation, Turn, Utterance

if TYPE_CHECKING:
    from heart2heart.assess.response_model import ResponseCase

__all__ = [
    "Disclosure",
    "Response",
    "acknowledges",
    "depth_of",
    "find_disclosures",
    "gives_advice",
    "main_disclosure",
    "model_or_rules",
    "refers_back",
    "reply_to",
    "rules_decide",
]

Response = Literal["met", "advice", "deflected", "none"]

#: Disclosure depth that counts as a disclosure worth answering.
MIN_DEPTH = 2

#: Gottman's horsemen that, in the first utterances of a reply, turn away from a disclosure whatever else the reply
#: says: defending oneself against it ("And that's my fault too?"), contempt ("she's 8 she cries about socks") or
#: shutting the talk down ("I'm not doing this on the phone"). The labelling rules read such a reply as
#: ``deflected`` and keep its horseman too. Criticism is not here: "You never told me that!" after a confidence is
#: surprise, not an attack, and the detector cannot tell them apart.
_TURNING_ON = frozenset({"defensiveness", "contempt", "stonewalling"})

#: Reassurance against the discloser's own harsh word for themselves ("you're not stupid", "you're not broken").
_REASSURE = (
    r"you'?re (really |so |honestly )?not (a |an |the )?(stupid|broken|horrible|alone|crazy|mad|weird|failure|fool|"
    r"failure one|useless|burden|idiot|silly|dumb|weak|worthless|mess|bad (person|mum|mom|dad|friend)|terrible)"
)
_REASSURE_CUE = Cue(r"\b" + _REASSURE + r"\b")
_ACK = Cue(
    r"\b(i'?m (so )?sorry|so sorry|oh no|oh (man|god|gosh|wow|babe|hun|honey|love|mate)|"
    r"that sounds|sounds (like|really|so)|"
    r"that must|must (be|have been|have felt|feel)|i hear you|i can (see|imagine|hear)|i can'?t imagine|i understand|"
    r"that'?s (so |really |very |completely |totally )?(hard|awful|rough|tough|horrible|heartbreaking|scary|"
    r"understandable|normal|okay|ok|valid|brave|a lot|huge|not (weird|stupid|silly|mad|dumb))|"
    r"it'?s (not|never) (weird|stupid|silly|mad|dumb|your fault)|makes (total |complete )?sense|"
    r"thank you for (telling|sharing|trusting)|thanks for (telling|sharing)|i'?m (here|glad you told)|"
    r"me too|same here|i (know|get) (that|how|what)|i'?ve been there|you'?re not alone|of course you|"
    r"no wonder|how (awful|hard|horrible)|that'?s a lot|that hurts|ugh|omg|no way|oof|yikes|jeez|oh god|aw+|"
    r"that sucks|that'?s (so |really |just |such )?(shit|crap|rubbish|unfair|the worst|brutal|bad|cruel|mean|"
    r"rotten|grim|gutting)|"
    r"brutal|"
    r"(?<!that's )(?<!thats )(?<!that is )what a|are you ok(ay)?|you ok|oh dear|(that'?s|so|sounds) heavy|heavy|"
    r"i (didn'?t|did not|never|had no "
    r"idea|never knew) (know )?(that|this|it|you)|you'?(ve)? never (told|said|mentioned)|that'?s exactly|"
    # Sympathy and thanks in other words: "poor you", "sending love", "thank you for saying it", "I appreciate you
    # telling me", "that really hurts to read", "that's so much to hold", "I know this feeling".
    r"poor (you|thing|baby|love|darling|sod|kid|bub)|sending (you )?(love|hugs|a hug)|(big )?hugs?|"
    r"thank (you|u) for (saying|telling|sharing|trusting|being honest|opening up|letting me know)|"
    r"(i )?appreciate (you|it|that|this)|(i'?m|so|really) proud of you|that took (guts|courage)|(so|really) brave|"
    r"means (a lot|so much|more)|i'?m (so |really )?glad you (told|said|shared|"
    r"brought)|that (really |just |must )?hurts?|that'?s (so|too|such) much|i know (this|the|that|exactly that) "
    r"feeling|i get (it|that|why)|i'?m sorry (you|that|about)|gutted (for|about)|that blows|no{3,}|"
    # validation ("anyone would feel that way", "I'd feel the same") and offers of help ("want me to come over?")
    r"anyone would (feel|be|do|have)|i'?d (feel|be|have felt|have been) (the same|exactly|like that|upset|scared|"
    r"angry|gutted|devastated|furious)|is there anything i can do|what can i do|can i (help|do anything|come)|"
    r"(do you )?want me to (come|call|bring|pop|drive|stay)|"
    # an invitation to go on: "Of course. Go on.", "No, go for it."
    r"^\W*((of course|sure|yes|yeah|no|course)\W+)?(go on|go ahead|go for it)\W*$|i'?m (all ears|listening)|"
    # siding with them about whoever wronged them ("yeah, he's a nightmare", "she sounds awful")
    r"(he|she|they)('?s| is| are|'?re| sounds?) (such |a total |an absolute |a complete )?(a |an )?(nightmare|"
    r"idiot|jerk|bully|menace|clown|muppet|joke|arse|ass|dick|tool|awful|horrible|out of order|out of line)|"
    + _REASSURE
    + r")(?!\w)|"
    r"(💛|❤|♥️|🫂|🤗|😭|😢|😞|🥺|💔|😔|🥲|😟|😥|😣|🙁|☹️|💕|💗|💖|🤍|🫶|🙏|"
    # shock or outrage on their behalf ("😳😳", "💀💀", "😱")
    r"😳|😱|😮|😲|😧|😨|😰|😠|😡|🤬|💀|😩|😫)",
)
#: A reply that opens by naming the moment with a swear or an exclamation ("shit.", "damn.", "jesus").
_EXCLAIM = Cue(r"^\W*(shit|damn|fuck|christ|jesus|blimey|bloody hell|god|geez|gosh|crikey|dang)\b")
#: A vocative on its own ("Oh, sweetheart.", "Oh Liam.", "darling."): the listener turning to the person. A bare
#: word counts only as an endearment ("whatever" alone is no vocative).
_VOCATIVE = LazyPattern(
    r"^\W*(oh[,.]?\s+([a-z]+)|(sweetheart|sweetie|darling|hun|hunny|babe|honey|love|mate|pet|dear|bestie))\W*$",
    re.IGNORECASE,
)
_NOT_VOCATIVE = wordset(
    "ok okay right cool well yeah yes yep nice really wait sure hm hmm mm and so fine great lol haha true alright "
    "no nope k kk ya yup uh um ah oh wow"
)
#: A reflection said as a summary ("so it isn't only the numbers...", "so you feel like...", "huh. so I look too
#: much and you don't look at all").
_SO_REFLECT = Cue(
    r"^\W*((huh|oh|ok|okay|mm|right|yeah|wow|ah)\W+)?so (you|it|it'?s|that|that'?s|this|basically|what you|i look|"
    r"you'?re|you'?ve|he|she|they)\b"
)
#: Surprise that invites more ("Really?", "Seriously?", "Wait, what?", "You did?").
_INTEREST = Cue(r"^\W*(really|seriously|wait,? (what|really)|what|you did|no way|for real|honestly)\W*\?")


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One disclosure and the answer it got."""

    index: int
    speaker: str
    depth: int
    response: Response
    response_index: int | None
    latency_seconds: float | None
    text: str
    response_text: str | None = None
    main: bool = False
    #: Announced beforehand ("can I tell you something big?") or answered with a strong acknowledgement ("oh Maya,
    #: I'm so sorry"): the signs that this is the moment the talk turns on, whatever the word-level depth says.
    salient: bool = False
    #: The probability that a person would list this as a disclosure at all (the main-disclosure chooser's model,
    #: :mod:`heart2heart.assess.main_choice`); None without that model.
    likely: float | None = None
    #: A disclosure a person would list: its :attr:`likely` reaches the chooser's threshold, or it is the main one of
    #: a kind that turns on a disclosure (:mod:`heart2heart.assess.coherence`); all of them without the model. The
    #: reports show these; the JSON keeps every one detected.
    listed: bool = True

    def to_json(self) -> dict[str, object]:
        """Same as :meth:`to_dict` (the name :mod:`heart2heart.analysis` looks for)."""
        return dict(self.to_dict())

    def to_dict(self) -> dict[str, object]:
        """The ``disclosures`` entry of ``h2h analyze --json`` (plus ``main``, ``likely`` and ``listed``)."""
        return {
            "index": self.index,
            "speaker": self.speaker,
            "depth": self.depth,
            "response": self.response,
            "response_index": self.response_index,
            "latency_seconds": self.latency_seconds,
            "main": self.main,
            "likely": self.likely,
            "listed": self.listed,
        }


_VULN = Cue(
    r"\b(cried|cry|crying|tears|scared|afraid|terrified|frightened|fail(ing|ure|ed)?|ashamed|embarrassed|lonely|"
    # "alone" as a state ("I feel so alone", "been alone since"), not "by itself" ("worth the drive alone")
    r"(feel|felt|feeling|be|been|am|is|are|was|were|i'?m|im|we'?re|so|all|completely|totally|really|very|left|"
    r"live|living|sat|sit|sitting|eat|eating|home|being|on my own,?)( (here|there|at home|in (here|there|bed)))? alone|"
    r"depressed|anxious|anxiety|panic|therapy|therapist|grief|griev\w*|died|dying|death|cancer|diagnos\w*|"
    r"hurt|heartbroken|broke up|divorce|miscarr\w*|struggl\w*|can'?t cope|not coping|overwhelmed|worthless|"
    r"useless|not good enough|hate myself|worried|worry|stressed|exhausted|insecure|jealous|guilty|miss (him|her|"
    # "never told" is the speaker's secret, not "you've never told me that" (a reply)
    r"them|you|my)|(?<!you )(?<!you've )(?<!youve )(?<!you have )(never told|haven'?t told)|secret|confess|admit|"
    r"scares me|frightens me|breaking down|numb|"
    r"hopeless|lost my|losing my|parkinson'?s|dementia|alzheimer'?s|tumou?r|chemo\w*|stroke|biopsy|"
    r"(test|scan) results|burn(ed|t|ing)? ?out|not (great|good|doing (well|great|good)|so good|coping)|"
    r"sick|ill|hospital|nervous|humiliat\w*|panick?(ing|ed|y)?|sad|"
    r"upset|miserable|not ok(ay)?|better off without me|break ?up|falling apart|drowning|hard time|tired of|"
    r"can'?t afford|don'?t know (where|what|how|if)|fired|laid off|redundan\w*|debt|dread\w*|freaking out|"
    r"lost|low|down lately|rough|hate (it|my|myself|that)|awful|terrible|horrible|froze|shaking|disappoint\w*|"
    r"let (\w+ )?down|left out|ignored|unheard|invisible|rejected|abandoned|heart ?break\w*|regret\w*|"
    # Struggles said without a feeling word: a mess, broken, stupid, trapped, not oneself, a hard week.
    r"(a|such a) mess|broken|stupid|mortif\w*|not myself|trapped|heart (racing|pounding)|(really|so) hard|"
    r"hard (week|year|month|few)|can'?t sleep|waking up at|antidepressants|sober|undermined|bad at|"
    r"i feel like (i'?m|i|nobody|no one|everyone)|i feel like (a|an|the) (failure|fraud|burden|guest|stranger|"
    r"joke|idiot|outsider|ghost|loser|mess|spare part|third wheel|villain|bad guy|bad one)|"
    r"(a|the) (stranger|guest|villain|outsider) in my own|proud of me|wonder if (he|she|they|anyone)|"
    r"(do|did|does)n'?t (even )?(notice|care|see me))\b",
)
_FIRST = Cue(r"\b(i|i'?m|i'?ve|i'?d|i'?ll|me|my|myself|im|ive|we|we'?re|we'?ve|we'?d|our|ours|us)\b")
_ADVICE = Cue(
    r"\b(you should|you shouldn'?t|you need to|you have to|you could|you might want|try not|you mustn'?t|you must|"
    r"what (would|might|will) help|what (we'?ll|we will|you'?ll|you will|we should|we need to) do is|"
    r"here'?s (the|what) (plan|we do)|it (would|might|will) help (to|if)|you'?d be better off|(could|can'?t|couldn'?t) "
    r"you (just )?(ask|take|get|work|talk|go|try|tell|call|move|book|see|find|leave|stay|use|switch|quit)|"
    r"have you tried|have you thought "
    r"about|why don'?t you|why not|how about|what if (we|you|i)|what about (trying|doing|getting)|"
    r"try (to|and|a|the|giving|going|"
    r"doing)|maybe (go|try|do|get|ask|talk|look|take|book|sign|start|just)|just (tell|ask|go|do|ignore|say|get|"
    r"try)|make sure|i'?d (just )?(tell|go|ask|try|get|do|say)|if i were you|my advice|best thing is|sign up|"
    r"you'?ve got to|don'?t (worry|stress|overthink)|get (some|a) (sleep|rest|therapist|job)|"
    r"you (just |really |probably |definitely )?(need|have|ought) to|let'?s (make|do|get|write|sort|plan|"
    r"figure|list|start|look at|go through|have a look|break|prioriti[sz]e|work out|fix|move|see what)|"
    # a plan put as what the speaker wants: "what I'd want is you back on a structure", "I'd suggest..."
    r"what i'?d (want|like|suggest|recommend) (is|for you)|i'?d (suggest|recommend)|i (suggest|recommend)|"
    r"i want you (to|back)|my suggestion|(first|best) thing,? |what you (need|want|should do) is|you gotta|"
    r"you'?ll be fine|you got this|here'?s what (you|to) do|have you (done|made|checked|looked at|considered|"
    r"watched (the|a|some)|read up|asked for|spoken to (a|an|your|someone|hr|the)|talked to (a|an|your|someone|hr|"
    r"the))|"
    # "maybe plant something for her": maybe + a bare verb + an object (not "maybe it's", "maybe I could")
    r"(?:^|[.!?;,]\s*|\bor\s+)maybe (?!i\b|you\b|it\b|it'?s\b|he\b|she\b|they\b|we\b|that\b|this\b|there\b|not\b|"
    r"the\b|a\b|so\b|just\b|because\b|cause\b)[a-z]+ (something|it|the|a|an|your|some|him|her|them|yourself|"
    r"with|to|for|out|up|about))\b",
)
#: A clause that opens with an instruction ("check your lease", "then decline more meetings").
_IMPERATIVE = Cue(
    r"(?:^|[.!?;,]\s*|\b(?:then|and|also|so|just|plus|maybe|ok|okay|right|or)\s+)"
    # "go on", "go ahead", "go for it" invite the story: no instruction
    r"(?!go (on|ahead|for it)\b)"
    r"(open|check|get|make|try|use|call|ask|book|send|look|widen|write|start|stop|put|hold|wear|decline|practi[cs]e|"
    r"learn|breathe|drink|eat|set|sign|download|apply|email|text|message|quit|find|join|read|buy|order|plan|"
    r"focus|delete|block|report|speak|consider|journal|exercise|rest|keep|cancel|schedule|skip|tell|talk|"
    r"take|go|do|leave|see|dump|ignore|move|switch|google|update|print|lower|cut|say)\s+"
    r"(your|him|her|them|it|the|a|an|on|out|in|up|more|less|some|to|for|with|about|that|this|online|round|"
    r"everything|someone|somebody|yourself|off|over|back|earlier|later|tonight|now|three|two|one|tomorrow|today|"
    r"monday|tuesday|wednesday|thursday|friday|the day|a day|time off|leave|sick)\b"
    # "don't cry at work", "never apologise for it": a prohibition is an instruction too
    r"|(?:^|[.!?;,]\s*|\b(?:just|and|but|so|please|ok|okay)\s+)(don'?t|do not|never) (cry|let|take|go|say|tell|give|"
    r"push|read|text|answer|reply|quit|sign|stay|panic|rush|waste|settle|listen|bother|put|keep|look)\b",
)
#: A bare exclamation: it hears the moment, but advice right after it is still advice before acknowledgement.
_WEAK_ACK = Cue(r"^\W*(ugh|omg|oof|yikes|jeez|oh god|aw+|oh no|no way|damn|wow)\b")
#: A turn away from what was said ("anyway", "btw", "did you see..."); a reply that shares words with the
#: disclosure is not turned away by the softer of these ("did you hear back about the scan?").
_PIVOT = Cue(
    r"\b(anyway|anyways|speaking of|btw|by the way|on another note|changing the subject|"
    r"random but|unrelated|oh and|oh also|did you (see|hear|watch)|have you (seen|heard)|guess what|"
    r"more importantly|moving on|back to|enough about)\b",
)
#: The pivots that turn away whatever words they share ("speaking of hospitals, my cousin..."; "anyway!").
_HARD_PIVOT = Cue(
    r"((^|[.!?,;]\s*)anyways?\b|\b(speaking of|btw|by the way|on another note|changing the subject|random but|"
    r"unrelated|moving on|enough about|let'?s (get (back|started|into|on)|move on|crack on)|back to (work|business))\b|"
    # "Right. Thank you for letting me know. So, the Q3 numbers.": a sentence that opens on a new agenda item
    r"(^|[.!?]\s+)(so|right|ok|okay|anyway|thing is|anyhow|that said),? (the|on to|onto|next)\b|"
    # back to business: a request for the replier's own work ("if you can just get slides four to nine to me by
    # Thursday, that would be brilliant")
    r"\b(if you can|can you|could you|please)\b[^.!?]{0,60}\b(to me|over to me|me by|by (monday|tuesday|"
    r"wednesday|thursday|friday|tomorrow|tonight|eod|end of (the )?(day|week)))\b)",
)


def depth_of(u: Utterance) -> int:
    """The disclosure depth the assessment uses: the label, read against the words.

    Depth 3 needs the words of a vulnerable feeling or struggle about oneself; a first-person utterance with such
    words counts as 3 even when the label says less, and a label of 3 without them counts as 2. Depth 2 needs a
    first-person statement of six words or more (a reply such as "meet at the flagpole I think" counts as 1);
    "we", "our" and "us" are first person too ("That was our second round of IVF not working").
    Advice about the other ("have you thought about grief counselling? I went twice") is no disclosure (at most
    1) unless it says more about the speaker than about the listener; a request for oneself ("just wondering if
    you could avoid parking across our drive? I couldn't get the car out") is not advice.
    """
    return _depth(u.text, labels_of(u).disclosure)


@lru_cache(maxsize=16384)
def _depth(text: str, base: int) -> int:
    """:func:`depth_of` from the text and the labelled depth (the only parts of the utterance it reads)."""
    if base >= 1 and _advice_words(text) and _about_listener(text) and not _REQUEST.found(norm(text)):
        return min(base, 1)
    vulnerable, words = _vulnerable(text)
    if vulnerable and (base >= 1 or words >= 5):
        return 3
    if base >= 2 and (words < 6 or not _FIRST.found(text.replace("’", "'"))):
        return 1
    return min(base, 2)


#: Life events that are hard news told as plain facts, with no word of feeling ("my parents told us today they're
#: splitting up", "the transfer didn't take", "my brother would've been thirty today"): separations, deaths and
#: their anniversaries, pregnancy loss and failed treatment, a relapse, an arrest, an eviction. They are among the
#: most stressful events people report (Holmes and Rahe's life-event scale) and the writers list them as
#: disclosures; said about oneself or one's family (:data:`_PERSONAL`) they count as vulnerable.
_LIFE_EVENT = Cue(
    r"\b(splitting up|split up|separat(ed|ing) from|we'?ve separated|we separated|"
    r"(he|she|dad|mum|mom|husband|wife|partner|boyfriend|girlfriend)('s| has)? (moved|walked) out|"
    r"left (us|me|mum|mom|dad) for|passed away|funeral|would('?ve| have) been \w+ today|anniversary of|"
    r"lost the baby|(round|cycle|transfer|treatment|ivf|embryo|chemo|surgery|operation)s? (didn'?t|did not|"
    r"failed|hasn'?t)( take| work)?|it (didn'?t|did not) take|it'?s (come )?back(\W*$|[.!,] )|"
    r"came back (positive|malignant)|relapsed?|overdosed?|(in|to|out of) rehab|arrested|evicted|eviction|"
    r"repossess\w*|bankrupt\w*|custody|put (him|her) down|(found|been|keeps) wandering|"
    r"(doesn'?t|didn'?t) (know|recogni[sz]e) (me|who i))\b"
)

#: Said about oneself or one's family: a first-person word, or a close relative by name ("mum's scan came back").
_PERSONAL = Cue(r"\b(mum|mom|mam|dad|da|nan|nana|gran|grandad|grandpa|grandma|brother|sister|wife|husband)\b")


@lru_cache(maxsize=8192)
def _vulnerable(raw: str) -> tuple[bool, int]:
    text = raw.replace("’", "'")
    first = _FIRST.found(text)
    found = (
        (first and _VULN.found(text)) or ((first or _PERSONAL.found(text)) and _LIFE_EVENT.found(text))
    ) and "?" not in text[-2:]
    return found, len(text.split())


_TEXTING = LazyPattern(r"\b(r u|u|ur)\b", re.IGNORECASE)
_TEXTING_FULL = {"r u": "are you", "u": "you", "ur": "your"}


@lru_cache(maxsize=8192)
def norm(raw: str) -> str:
    """The text as the cues read it: straight apostrophes and texting forms spelled out ("u" -> "you",
    "r u ok" -> "are you ok"), so that "WHAT. u never told me" reads like "you never told me"."""
    text = raw.replace("’", "'")
    if "u" not in text.lower():
        return text
    return _TEXTING.compiled.sub(lambda m: _TEXTING_FULL[m.group(1).lower()], text)


#: Asking the other to do something for oneself (a gentle start-up's request), not telling them what to do.
_REQUEST = Cue(r"\b(if you could|could you|can you|would you( mind)?|i'?d (like|love|appreciate) (it )?if you)\b")


@lru_cache(maxsize=8192)
def _about_listener(raw: str) -> bool:
    """True when second-person words are at least as many as first-person ones (I/me/my against you/your)."""
    words = words_of(norm(raw))
    return sum(w in _YOU for w in words) >= sum(w in _ME for w in words)


@lru_cache(maxsize=8192)
def _advice_words(raw: str) -> bool:
    text = norm(raw)
    if _ADVICE.found(text):
        return True
    return "?" not in text and _IMPERATIVE.found(text)


@lru_cache(maxsize=8192)
def _pivot_words(raw: str) -> bool:
    return _PIVOT.found(norm(raw))


@lru_cache(maxsize=8192)
def _hard_pivot(raw: str) -> bool:
    return _HARD_PIVOT.found(norm(raw))


@lru_cache(maxsize=8192)
def _ack_words(raw: str) -> bool:
    """Words of warmth or understanding, an opening swear ("shit.", "damn"), or a bare vocative ("Oh, sweetheart.")."""
    text = norm(raw)
    if _ACK.found(text) or _EXCLAIM.found(text):
        return True
    m = _VOCATIVE.match(text)
    return m is not None and (m.group(2) or "").lower() not in _NOT_VOCATIVE


def gives_advice(u: Utterance) -> bool:
    """True for a suggestion of what the other should do (the label, or the words of advice)."""
    return labels_of(u).advice or _advice_words(u.text)


def acknowledges(u: Utterance) -> bool:
    """True when the utterance shows the other person was heard: words of warmth or understanding, or empathy."""
    if _ack_words(u.text):
        return True
    emp = labels_of(u).empathy
    return (emp.interpretation >= 1 or emp.emotional_reaction >= 1) and not is_joke(u.text)


def _minimal(turn: Turn) -> bool:
    """A bare listener token ("mm", "ya", "ok", "hm, right"): at most three words, all of them tokens, and no
    question. A short joke ("lol mood") or a brush-off ("cool story") is an answer, not a token."""
    if turn.words > 3 or "?" in turn.text:
        return False
    words = words_of(turn.text)
    if not words and _REACTION.search(turn.text):
        return False
    return all(w in _TOKEN_WORDS for w in words) and not any(acknowledges(u) for u in turn.utterances)


#: An emoji that reacts to what was said ("😳😳", "💀", "😭", "❤️"): an answer, unlike a bare "👍" or "👌".
_REACTION = LazyPattern("[\U0001f300-\U0001f44b\U0001f44e-\U0001faff\u2639\u263a\u2764\u2665]")


_TOKEN_WORDS = wordset(
    "mm mmm mhm mhmm mmhm mmhmm mm-hm mm-hmm uh-huh hm hmm hmmm uh huh um ok okay k kk ya yah yeah yea yep yup ah "
    "oh right sure i see alright true fair "
    "got it gotcha noted cool anytime x xx xxx"
)


def _latency(before: Utterance, after: Utterance) -> float | None:
    if before.end is not None and after.start is not None:
        return round(max(0.0, after.start - before.end), 3)
    if before.start is not None and after.start is not None:
        return round(max(0.0, after.start - before.start), 3)
    if before.time is not None and after.time is not None:
        return round(max(0.0, (after.time - before.time).total_seconds()), 3)
    return None


def _turns_to_self(reply: Turn, disclosed: str = "") -> bool:
    """True when a reply takes the floor for the replier's own story ("omg SAME, my boss...", "welcome to the
    club! me and Shaz split...", "Nice. Funnily enough, I was in Singapore...", "I've had the worst week too, my
    landlord..."): no warm words hear the other, and either a topper ("same", "me too", "... too") opens a story of
    the replier's that shares no word with the disclosure, or a topper or a bare token opens a longer reply that is
    about the replier (first person well above second person).
    """
    text = norm(reply.text)
    first = norm(reply.utterances[0].text)
    words = words_of(text)
    me = sum(w in _ME for w in words)
    you = sum(w in _YOU for w in words)
    if me < 1 or _ACK.found(_INTERJECTION.sub("", _SAME.sub("", text))) or _EXCLAIM.found(text):
        return False
    topper = _TOPPER.found(first) or _TOO.found(first)
    if topper and me >= you and disclosed and _shared(disclosed, text) == 0:
        return True
    if topper and me >= 2 and you == 0 and not _vulnerable(text)[0]:
        return True  # "Oh, I did that drive last month. The A1 is a nightmare": an anecdote, not a disclosure back
    if me < 3 or me < 2 * you + 2:
        return False
    return topper or (_TOKEN_OPENER.found(first) and len(words) >= 15)


#: "me too" and "same" hear the other only when what follows stays with them; stripped before looking for warmth.
_SAME = LazyPattern(r"^\W*(\w+\W+)?same\b|\b(me too|same here)\b", re.IGNORECASE)
#: "I've had the worst week too": the replier's own trouble set beside the other's.
_TOO = Cue(r"^\W*((omg|oh|ugh|god|ha|lol)\W+)?(i|i'?ve|i'?m|i had|my)\b[^.!?]{0,60}\b(too|as well)\b")


def _sentences(text: str) -> list[str]:
    """The non-empty sentences of a reply, read after spelling texting forms out."""
    return [s for s in re.split(r"[.!?\n]+", norm(text)) if s.strip()]


def _formula_ack(text: str) -> bool:
    """True when the reply's sympathy is no more than one line before (or fused to) a fix: fewer than two of its
    sentences acknowledge in their own right (four words or more, no suggestion in them). "so sorry. honestly the
    best thing is...", "That's normal after a big season. What we'll do is..." and "That sounds frightening, no
    wonder you cried. Maybe talk to HR?" are advice; two sentences of hearing before the suggestion meet it."""
    sentences = _sentences(text)
    heard = sum(
        (_ACK.found(s) or _WEAK_ACK.found(s)) and len(s.split()) >= 4 and not _advice_words(s) for s in sentences
    )
    return heard < 2


def _heard_at_length(text: str) -> bool:
    """True when a sentence of five words or more acknowledges the feeling ("Oh love, that's awful, and no wonder
    you felt ashamed"), not only a formula ("Oh dear.", "Sorry to hear that.")."""
    return any(_ACK.found(s) and len(s.split()) >= 5 for s in _sentences(text))


def classify_response(disclosed: str, reply: Turn, heard: bool = False) -> tuple[Response, Utterance]:
    """How one reply turn answered a disclosure; also the utterance that decided it.

    ``heard`` says the replier has already met an earlier disclosure of the same person: a suggestion then comes
    after the feelings were acknowledged (ESConv's explore, comfort, act), so it meets this one.

    Read in order: a turn that takes the floor for the replier's own story deflects (a turn to oneself); then the
    first of the reply's utterances that says something decides:

    - a joke, a change of subject ("anyway", "speaking of...", a softer "did you see..." on something else) or a
      counter-attack deflects, even after a brief "oof" when the reply then moves on;
    - words of warmth or understanding ("oh no", "poor you", "❤️", "thank you for telling me", a bare "Oh,
      sweetheart.") meet it, unless the reply also suggests a fix after no more than one line of sympathy
      (advice: the issue's "a fix after one line of sympathy is still advice");
    - a suggestion before them is advice;
    - a summary of what was said ("so it isn't only the numbers...") or surprise that invites more ("Really?")
      meets it;
    - a question meets it when it asks about what was shared (its words, "that"/"it", a person the discloser
      spoke of: "is he ok?") or explores openly; a question about plans ("what time are you free?") or anything
      else deflects;
    - a reflection of it, a disclosure in return on the same subject, or a short echo of its words ("Hay fever, in
      October.") meets it; a story about oneself on another subject deflects.

    - minimising ("could be worse", "at least...", "that's life") deflects.

    What decides nothing: a brief exclamation ("no!", "gross") meets it; so does anything from a listener who has
    already met this person's earlier disclosure (``heard``: "I think you know the answer already"); anything else
    deflects. Warmth and advice are read from the words only: the annotators' empathy and advice labels fire on too
    many excuses ("I was only there for 10 mins") and warm replies to decide the answer (dropping them was better
    on all three writers' dev sets).
    """
    us = reply.utterances[:4]
    if _turns_to_self(reply, disclosed):
        return "deflected", us[0]
    for u in us:
        lab = labels_of(u)
        text = u.text
        low = norm(text)
        about = _shared(disclosed, text) > 0
        if is_joke(text) and not (_ACK.found(_INTERJECTION.sub("", low)) and about):
            return "deflected", u
        if _turned_away(disclosed, text):
            return "deflected", u
        if _counter_attack(text):
            return "deflected", u
        if _ack_words(text):
            # (whether the reply moved on or advised is read only here: the pure checks are not run otherwise)
            if any(_turned_away(disclosed, v.text) for v in us[:2]):
                return "deflected", u
            if _MINIMISE.found(low) and not _heard_at_length(text):
                return "deflected", u  # "Oh dear. Well these things happen.": the feeling made small after a formula
            advised = any(_advice_words(v.text) for v in us)
            if advised and not heard and (not _ack_words(text) or _formula_ack(" ".join(v.text for v in us))):
                return "advice", u
            return "met", u
        if _advice_words(text):
            return ("met" if heard else "advice"), u
        if _MINIMISE.found(low):
            return "deflected", u
        if _SO_REFLECT.found(low) or _INTEREST.found(low):
            return "met", u
        if lab.question is not None or "?" in text:
            if _LOGISTICS.found(low) and not about:
                return "deflected", u
            closed = lab.question == "closed" or (lab.question is None and not refers_back(text))
            if (
                about
                or refers_back(text)
                or _echo_question(low)
                or _about_them(disclosed, low)
                or (lab.empathy.exploration >= 1 and not closed)
            ):
                return "met", u
            return "deflected", u
        if lab.reflection and overlap(disclosed, text) >= 2:
            return "met", u
        if depth_of(u) >= MIN_DEPTH:
            return ("met" if about else "deflected"), u
        if about and len(words_of(text)) <= 8:
            return "met", u  # a short echo of its words
    first = us[0]
    if first.words <= 5 and not labels_of(first).backchannel and ("!" in first.text or labels_of(first).valence < 0):
        return "met", first  # a brief reaction ("no!", "gross") heard it
    if heard:
        return "met", first  # a listener who has been hearing this person, and nothing turns away: still with them
    return "deflected", first


def rules_decide(disclosed: str, reply: Turn, rule: Response) -> bool:
    """True when the rules' verdict stands whatever a learned model says: a reply the rules call ``deflected``
    that turns away in so many words, which a bag of words reads worse (leave one writer out on dev, main answer
    136 -> 138 of 146): a hard pivot in its first two utterances ("Right. So, the reading."), a counter-attack, or
    an opening question on something else entirely ("Ah. Do you like travelling?": no shared word, no
    "that"/"it", nobody the discloser named)."""
    if rule != "deflected":
        return False
    us = reply.utterances[:2]
    if any(_hard_pivot(u.text) for u in us) or _counter_attack(us[0].text):
        return True
    question = next((u.text for u in us if "?" in u.text), None)
    return (
        question is not None
        and not any(_ack_words(u.text) for u in us)
        and _shared(disclosed, reply.text) == 0
        and not refers_back(question)
        and not _about_them(disclosed, norm(question))
    )


def _turned_away(disclosed: str, text: str) -> bool:
    """A change of subject: a hard pivot ("anyway", "speaking of...", "So, the Q3 numbers."), or a softer one
    ("did you see...", "have you heard...") sharing no word with it and suggesting nothing."""
    return _hard_pivot(text) or (_pivot_words(text) and _shared(disclosed, text) == 0 and not _advice_words(text))


#: A question about plans or errands rather than about what was shared.
_LOGISTICS = Cue(
    r"\b(what time|when (are|is|do|shall|should|can|will)|where (are|is|do|shall|should)|are (we|you) still|"
    r"still on for|are you (coming|free|around|going to|going out|up for)|free (tomorrow|tonight|later|on|this|"
    r"next)|what are you (doing|up to)|did you (get|send|finish|book|pick|remember)|can you (send|pick|grab|bring|"
    r"do|check|call)|do you (want|wanna) to (come|go|grab|get))\b"
)
_THIRD = wordset("he she they him her them he's she's they're his their")
_PEOPLE = wordset(
    "he she they him her them his their mum mom dad mother father brother sister grandma grandad nan partner "
    "wife husband boyfriend girlfriend son daughter boss friend baby kid kids parents"
)


def _about_them(disclosed: str, question: str) -> bool:
    """A question about a person the discloser spoke of ("is he ok?", "how's she doing?")."""
    asked = set(words_of(question))
    return bool(asked & _THIRD) and bool({w.removesuffix("'s") for w in words_of(disclosed)} & _PEOPLE)


#: Interjections that open a reply without hearing anything ("oh mate", "omg", "wow").
_INTERJECTION = re.compile(r"\b(oh (man|god|gosh|wow|babe|hun|honey|love|mate)|omg|wow|ugh|oof|no way)\b", re.I)
_ME = wordset("i i'm i've i'd i'll me my mine myself im ive we we're we've our us")
_YOU = wordset("you you're you've you'd you'll your yours yourself u ur")
#: Openers that put the replier's own story on top of the other's ("same", "welcome to the club").
_TOPPER = Cue(
    r"\b(same|me too|me neither|welcome to the club|join the club|funnily enough|funny,? (i|we)|so funny|"
    r"that reminds me|tell me about it|(that|this) happened to me|i had (that|the same)|snap|ditto|"
    r"i know the feeling|(i|we) did (that|the same|one of those)|that'?s nothing|wait (till|until) you hear|"
    r"you think that'?s bad)\b",
)
#: A bare token before the replier's own story ("Nice.", "Great.", "gz.", "Oh lovely.").
_TOKEN_OPENER = Cue(
    r"^\W*(nice( one)?|great|lovely|oh lovely|cool|gz|gg|congrats|ha|haha|wow|oh|ok|okay|right|sure)\W",
)
#: A reproach or counter-attack in answer to a feeling ("you could have texted", "well you never...").
_REPROACH = Cue(
    r"\b(you (could|should|might) have|you didn'?t (have to|need to)|whose fault|that'?s on you|"
    r"you'?re (so )?(dramatic|being (dramatic|silly|ridiculous))|(i'?ve|i) (got|have) my own (stuff|"
    r"problems|shit|issues|things)|not my (problem|fault)|why are you telling me|what do you want me to (do|say)|"
    # excuses and defensiveness: "I was only there for 10 mins", "I'm not a mind reader"
    r"i was only|it was only|didn'?t reali[sz]e it was (such )?a (big )?(deal|problem|thing)|i'?m not a mind reader|"
    r"(what|how) was i supposed to|it'?s not like i|you'?re overreacting|"
    # "i said i'm sorry. what else do you want", "I didn't say he wasn't welcome", "I didn't think it was a secret",
    # "It's not like it sits there for days"
    r"what (else|more) do you want|i (said|already said) (i'?m )?sorry|i didn'?t say (he|she|you|it|they|we)\b|"
    r"i didn'?t think (it|that) was (a |an )?(secret|big deal|problem|issue|important|serious)|"
    r"it'?s not like (it|that|you|we|they)\b|"
    # blame put elsewhere and a reproach back: "The mum cancelled, not us. I'd have thought you'd understand that."
    r"(,|\.|-) not (us|me|mine|my fault)\b|i'?d have thought you'?d|you of all people|you should know (that|by now)|"
    # "I shout at everyone. It's not personal.", "It was a team deck."
    r"(it'?s|it was|that'?s|that was|it is) (nothing|not) personal|i (shout at|do that to|say that to|treat) "
    r"(everyone|everybody|all of you)|it was a team (deck|thing|effort|decision|call|project)|"
    # the feeling turned into an accusation of oneself, or one's own load set against it: "so now I'm the reason
    # you can't sleep", "And that's my fault too?", "And you think I sleep?", "I work too", "I'm not on it that much"
    r"now i'?m the (reason|problem|bad guy|villain|one to blame)|(and |so )(that'?s|it'?s) my fault|"
    r"that'?s my fault (too|now)|and you think i\b|i (work|'?m busy|'?m tired|'?m stressed|have a job) too|"
    r"i'?m not (on (it|there|my phone) )?that (much|often|bad)|it'?s not even that (loud|bad|late|much|big|often))\b",
)
#: Minimising: the feeling is made small instead of heard ("could be worse", "at least...", "that's life").
_MINIMISE = Cue(
    r"\b(could be worse|at least|it is what it is|these things happen|it happens|i'?m sure (it'?s nothing|it'?ll "
    r"be (fine|ok|okay)|you'?ll be (fine|ok|okay|great)|it matters|it'?s fine)|everyone'?s \w+ matters|"
    r"that'?s life|that'?s \w+ for you|"
    r"everyone (goes through|has|gets)|"
    # normalising it away: "Everyone's working late. That's what a startup is.", "everyone's busy dude"
    r"every(one|body)'?s (busy|working|tired|stressed|struggling|exhausted|skint|knackered)|"
    r"we'?re all (busy|working|tired|stressed|struggling|exhausted|skint|knackered|stretched|under pressure)|"
    r"that'?s (just )?what (a |the )?\w+ (is|are|means)|"
    r"happens to (everyone|everybody|the best)|get over it|not (that|a) big (of a )?deal|first world problem|"
    r"cheer up|chin up|look on the bright side|it'?s not the end of the world|worse things happen|"
    r"when i was your age|in my day|you lot and your|kids these days|you young people)\b"
)


def _counter_attack(text: str) -> bool:
    """True for a reply that answers a feeling with blame, contempt or a counter-attack."""
    from heart2heart.assess.conflict import attacks

    text = text.replace("’", "'")
    return _REPROACH.found(text) or attacks(re.sub(_REASSURE, "", text, flags=re.IGNORECASE))


@lru_cache(maxsize=16384)
def _root(word: str) -> str:
    """A rough root so that "cried"/"cry", "crying"/"cry", "worries"/"worry" and "hiding"/"hide" meet."""
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ying", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= 3:
            word = word[: -len(suffix)] + repl
            break
    return word.rstrip("e")


@lru_cache(maxsize=8192)
def _roots(text: str) -> frozenset[str]:
    return frozenset(_root(w) for w in words_of(text) if len(w) > 2 and w not in STOPWORDS)


def _shared(disclosed: str, text: str) -> int:
    """How many content words (by rough root) a reply shares with the disclosure it answers."""
    return len(_roots(disclosed) & _roots(text))


_BACK = Cue(r"\b(that|it|this|what happened|how come|why|how so|what do you mean|and then)\b")


#: What opens a question that asks for something (a wh-word or an auxiliary: "Which ward?", "You drive?").
_ASKING = Cue(
    r"^\W*(what|which|who|whom|whose|when|where|why|how|is|are|am|do|does|did|can|could|will|would|have|has|had|"
    r"was|were|shall|should|you|u|r|any|anything|want|fancy)\b"
)


def _echo_question(low: str) -> bool:
    """A fragment of what was said, asked back ("Every day?", "In the garage?", "Eleven years?"): an invitation to
    say more. Three words at most, no wh-word or auxiliary to ask for something else, no "or" to choose between
    things ("left or right?"). Ten of the twelve such replies in the writers' dev splits meet the disclosure; the
    other two are the next question of an interrogation ("left or right?", "You drive?")."""
    text = re.split(r"[.!]\s+", low.strip())[-1]
    return text.endswith("?") and len(text.split()) <= 3 and " or " not in text and not _ASKING.found(text)


def _opening_question(u: Utterance) -> str | None:
    """The first sentence of ``u`` after any bare listener tokens ("Right.", "ok."), when it asks something."""
    found: list[str] = re.findall(r"[^.!?]+[.!?]*", u.text.strip())
    parts = [p.strip() for p in found if p.strip()]
    while parts and all(w in _TOKEN_WORDS for w in words_of(parts[0])):
        parts.pop(0)
    if not parts:
        return None
    first = parts[0]
    if first.endswith("?") or (len(parts) == 1 and labels_of(u).question is not None):
        return first
    return None


def asks_past(reply: Sequence[Utterance]) -> bool:
    """True when a reply carries on with the questioning: it opens (after any bare token) with a question that does
    not echo what was said ("Right. Which local authority was that?", "did you book the scan already", "Who drove
    you home?") and nothing in it acknowledges the disclosure. "Oh sweetheart. Are you ok?", "pointless like how?"
    and "You've brought her in now, and that's what counts. Any allergies?" are not such replies."""
    if not reply or any(acknowledges(u) for u in reply):
        return False
    asked = _opening_question(reply[0])
    return asked is not None and not _echo_question(norm(asked))


def refers_back(text: str) -> bool:
    """True for a short question that points back at what was just said ("What happened?", "Why is that?")."""
    return _BACK.found(text) and len(words_of(text)) <= 14


#: Decides the answer of one reply from the pair and the rules' verdict (see :func:`find_disclosures`).
Decider = Callable[["ResponseCase", Response], Response]


def model_or_rules(case: ResponseCase, rule: Response, probabilities: Mapping[str, float] | None = None) -> Response:
    """The learned answer (:mod:`heart2heart.assess.response_model`: the shipped text model weighing the rules'
    verdict), or the rules' when no model file is shipped. ``probabilities``: the text model's for this pair, when
    already known (:func:`heart2heart.assess.response_model.text_probabilities`)."""
    from heart2heart.assess.response_model import decide, rules_stand, text_probabilities

    if probabilities is None and rules_decide(case.disclosed, case.reply, rule):
        known = text_probabilities([case])  # does the text model read advice (rules_stand)?
        probabilities = known[0] if known else None
    if rules_stand(case, rule, probabilities):
        return rule
    chosen = decide(case, rule=rule, probabilities=probabilities)
    return rule if chosen is None else chosen


def find_disclosures(
    conv: Conversation,
    min_depth: int = MIN_DEPTH,
    decider: Decider | None = None,
    moments: Sequence[ConflictMoment] | None = None,
) -> list[Disclosure]:
    """Each turn with a disclosure of ``min_depth`` or more, with the response it got; the one the conversation
    turns on is ``main``, and each carries how likely a person would list it (``likely``, ``listed``:
    :func:`heart2heart.assess.main_choice.mark_listed`).

    The reply is the next turn by someone else (:func:`reply_to`); the rules' verdict on it comes from
    :func:`classify_response` (a bare listener token: ``none``); ``decider`` then gives the answer from the pair and
    that verdict (default :func:`model_or_rules`: the learned model when its weights are shipped, which reads every
    reply of the conversation in one pass). A reply that opens with one of the horsemen in ``moments`` that turn
    away (:data:`_TURNING_ON`; the conversation's horsemen are found here when not given) deflects what the decider
    called met, unless the reply also acknowledges it (:func:`acknowledges`: "Oh. I didn't realise it was getting
    that much. I'm sorry." is heard, though the cues read "I didn't realise" as a defence; writers' dev splits, main
    disclosures: 8 answers to right, 1 to wrong).
    """
    from heart2heart.assess.response_model import ResponseCase, text_probabilities

    if moments is None:
        moments = horsemen(conv)
    turned_on = {m.index for m in moments if m.horseman in _TURNING_ON}
    turns = conv.turns()
    told = list(_told(turns, min_depth))
    known = None
    if decider is None:  # what the text model says of each reply does not depend on earlier answers: all at once
        pairs = [ResponseCase(disclosed, nxt) for _, _, _, disclosed, nxt, _ in told if nxt is not None]
        known = text_probabilities(pairs)  # in the order of the replies below
    answered = 0
    found: list[Disclosure] = []
    heard: set[tuple[str, str]] = set()  # (listener, discloser) pairs where the listener has met a disclosure
    for ti, best, pos, disclosed, nxt, before in told:
        turn = turns[ti]
        at = turn.utterances[pos]
        response: Response = "none"
        reply_u: Utterance | None = None
        if nxt is not None:
            was_heard = (nxt.speaker, turn.speaker) in heard
            if _minimal(nxt):
                rule: Response = "none"
                reply_u = nxt.utterances[0]
            else:
                rule, reply_u = classify_response(disclosed, nxt, heard=was_heard)
            case = ResponseCase(disclosed, nxt, was_heard, best)
            if decider is not None:
                response = decider(case, rule)
            else:
                response = model_or_rules(case, rule, None if known is None else known[answered])
            answered += 1
            if (
                response == "met"
                and any(u.index in turned_on for u in nxt.utterances[:2])
                and not any(acknowledges(u) for u in nxt.utterances[:2])
            ):
                response = "deflected"  # defended against it, mocked it or shut it out (a fix stays advice)
            if response == "met":
                heard.add((nxt.speaker, turn.speaker))
        found.append(
            Disclosure(
                index=at.index,
                speaker=turn.speaker,
                depth=best,
                response=response,
                response_index=reply_u.index if reply_u is not None and response != "none" else None,
                latency_seconds=_latency(before, reply_u) if reply_u is not None and response != "none" else None,
                text=at.text,
                response_text=reply_u.text if reply_u is not None else None,
                salient=announced(turns, ti, pos) or _strongly_heard(reply_u, response),
            )
        )
    from heart2heart.assess.main_choice import mark_listed

    return mark_listed(conv, found)


def _told(turns: Sequence[Turn], min_depth: int) -> Iterator[tuple[int, int, int, str, Turn | None, Utterance]]:
    """Each turn holding a disclosure of ``min_depth`` or more, as (turn index, depth, position in the turn of the
    utterance it sits at, what the listener heard, the reply turn or None, the discloser's last utterance before
    it): what :func:`find_disclosures` answers, none of which depends on how earlier disclosures were answered."""
    for ti, turn in enumerate(turns):
        depths = [depth_of(u) for u in turn.utterances]
        best = max(depths)
        if best < min_depth and min_depth == MIN_DEPTH and _reassured(turn, turns[ti + 1 : ti + 2]):
            depths[-1] = best = MIN_DEPTH  # the listener heard a disclosure the words did not show
        if best < min_depth:
            continue
        # The disclosure sits at the last of its deepest utterances (the one the listener answers); what the
        # listener heard is the turn from its first personal utterance on.
        pos = len(depths) - 1 - depths[::-1].index(best)
        first = next(i for i, d in enumerate(depths) if d >= min_depth)
        disclosed = " ".join(u.text for u in turn.utterances[first:])
        nxt, before = reply_to(turns, ti)
        yield ti, best, pos, disclosed, nxt, before


def reply_to(turns: Sequence[Turn], ti: int) -> tuple[Turn | None, Utterance]:
    """The turn that answers the disclosure in ``turns[ti]``: the next turn by somebody else, even a bare listener
    token ("Mm." while the discloser goes on: ``none``, as every writer of corpus/kinds* labels it; skipping the
    token to a later reply lost 4 of 381 dev answers, leave one writer out); None when nobody answers. Also returns
    the discloser's last utterance before it (for the latency)."""
    speaker = turns[ti].speaker
    before = turns[ti].utterances[-1]
    for nxt in turns[ti + 1 :]:
        if nxt.speaker != speaker:
            return nxt, before
        before = nxt.utterances[-1]
    return None, before


def _reassured(turn: Turn, after: Sequence[Turn]) -> bool:
    """True when a first-person turn is answered by reassurance against the speaker's harsh word for themselves
    ("I stand there like a fool." / "You're not a fool."): the listener heard something vulnerable even though
    no word of it said so (grief told through a habit, loneliness through the telly left on)."""
    if not after or after[0].speaker == turn.speaker or not _FIRST.found(norm(turn.text)):
        return False
    return _REASSURE_CUE.found(norm(after[0].utterances[0].text))


def main_disclosure(found: list[Disclosure]) -> Disclosure | None:
    """The disclosure the conversation turns on: the first deep one.

    The labelling rules' reading ("usually the first deep one"). The writers differ in venting: corpus/kinds marks
    the first vulnerable disclosure after lighter complaints ("took credit for my slides"), kinds2 and kinds3 the
    first complaint itself; taking the first deep one picks the right speaker in 72 of the 73 dev conversations
    with a main disclosure, and "the first disclosure" is worse (our detector also finds lighter remarks before
    it: "ok I can talk about it", "Thanks for staying on"). Word-level depth misses vulnerable news said plainly
    ("it's Parkinson's", "the IVF didn't work again"), so a disclosure also counts as deep when it was announced
    or strongly acknowledged (``salient``: "I'm so sorry", "this is very heavy", "you've never told me that"). A
    bare announcement ("can I tell you something?", "ok I can talk about it") is not the disclosure itself. With
    nothing deep, the first disclosure is the main one.
    """
    candidates = [d for d in found if not _is_preface(d)]
    deep = [d for d in candidates if d.depth >= 3 or d.salient]
    if deep:
        return deep[0]
    return candidates[0] if candidates else (found[0] if found else None)


#: Announcing a disclosure ("can I tell you something kind of big", "promise you won't laugh"). "I need to vent"
#: is left out: a rant announces a string of complaints, and the one it turns on is rarely the first.
_PREFACE = Cue(
    r"\b(can i (tell|ask) you (something|a thing)|can i (be honest|say something|tell you)|can we talk|"
    r"(something|thing) (kind of |kinda |a bit |really |pretty |quite )?(big|heavy|serious|personal|important|"
    r"weird)|i (need|needed|have|want|wanted) to (tell|say|talk|get \w+ off)|need (to talk|someone to talk) to "
    r"(someone|somebody|you)|don'?t know how to say|promise (you )?won'?t|"
    r"don'?t freak out|don'?t laugh|(need|needed|want) to say this|(be|being) honest (with|about)|"
    r"i (actually )?(can|can'?t|cannot) (even )?talk about it)",
)
#: A strong acknowledgement opening the reply: it tells what the listener heard as a big moment.
_STRONG_ACK = Cue(
    r"^\W*(oh,? |aw+,? |arre |god,? )?(\w+[.,!]+\s+)?(oh,? )?(i'?m (so |really |so so |very )*sorry|"
    r"so (so )?sorry|thank (you|u) for (telling|sharing|trusting|saying)|thanks for (telling|sharing)|"
    r"that (must|sounds) (have )?(be|been|felt|feel)?|(that|this)( is|'s) (so |really |very )?(awful|horrible|"
    r"heartbreaking|a lot|huge|heavy|so much|big)|"
    # news the listener did not have: "you've never told me that", "I didn't know it was this week"
    r"you'?(ve)? never (told|said)|i (didn'?t|did not|had no idea|never) know)",
)


def _is_preface(d: Disclosure) -> bool:
    """A short announcement of what is coming, with nothing vulnerable in it yet."""
    return d.depth < 3 and len(d.text.split()) <= 12 and _PREFACE.found(d.text.replace("’", "'"))


def announced(turns: list[Turn], ti: int, pos: int) -> bool:
    """True when the speaker announced this disclosure in the same turn before it or in their previous turn."""
    speaker = turns[ti].speaker
    before = [u.text for u in turns[ti].utterances[:pos]]
    for tj in range(ti - 1, max(-1, ti - 4), -1):
        if turns[tj].speaker == speaker:
            before.extend(u.text for u in turns[tj].utterances)
            break
    return any(_PREFACE.found(t.replace("’", "'")) for t in before)


def _strongly_heard(reply: Utterance | None, response: Response) -> bool:
    """Met with a strong acknowledgement ("I'm so sorry", "you've never told me that") or with reassurance
    against the speaker's harsh word for themselves ("You're not a fool")."""
    if reply is None or response != "met":
        return False
    text = norm(reply.text)
    return _STRONG_ACK.found(text) or _REASSURE_CUE.found(text)
