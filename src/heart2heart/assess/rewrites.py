"""Concrete alternatives written from the conversation's own words.

- :func:`open_rewrite` / :func:`open_question`: a closed question rewritten as an open one about the same thing
  ("Did you talk to him?" -> "How did the talk with him go?"; "Are you ok?" -> "How are you feeling about it
  now?").
- :func:`tell_me_more`: a follow-up built from what the other person just said ("Tell me more about your mum's
  house: what has it been like for you?"); follow-up questions are the ones that make people feel liked
  (Huang et al. 2017), and "tell me more" raises receptiveness (Chen et al. 2010).
- :func:`gentle_startup`: a harsh start-up ("You never listen to me") or an alarm opener ("We need to talk")
  turned into a gentle start-up: a feeling and one specific need (Gottman), built from the complaint.
- :func:`reflection`: the reflection that would have met a disclosure, in the discloser's own words ("It sounds
  like the review left you feeling like a failure").

They are templates filled from the text, meant as a model sentence to adapt, not a script.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heart2heart import _regex_cache as rx
from heart2heart.assess._cues import LazyPattern
from heart2heart.assess._phrases import (
    EVENT_NOUNS,
    clean,
    feeling_clause,
    names_state,
    noun_phrase,
    personal_topic,
    question_sentence,
    said_feelings,
    split_sentences,
    worth_asking,
)
from heart2heart.assess._text import FEELING_WORDS, words_of, wordset

__all__ = [
    "feeling_of",
    "gentle_startup",
    "open_question",
    "open_rewrite",
    "own_feeling",
    "reflection",
    "tell_me_more",
    "topic_of",
]

_I = re.IGNORECASE
_END = r"\s*[?.!]*\s*$"

#: Feeling words people use of themselves, taken as they said them in reflections ("ashamed", "terrified").
OWN_FEELINGS = frozenset(FEELING_WORDS) | wordset(
    "embarrassed humiliated heartbroken devastated gutted crushed miserable disappointed relieved ashamed "
    "nervous terrified petrified scared worried anxious stressed overwhelmed exhausted lonely lost stuck hurt "
    "angry furious jealous guilty useless sad upset confused insecure numb hopeless drained burnt burned "
    "frustrated annoyed excited happy proud grateful"
)

# --- open questions -------------------------------------------------------------------------------------------

_PLACES = {
    "work": "at work",
    "school": "at school",
    "uni": "at uni",
    "college": "at college",
    "the office": "at the office",
    "class": "in class",
    "practice": "at practice",
}
_OBJ_TO_SUBJ = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we"}
_REACT = wordset("angry mad upset happy ok okay cool fine annoyed surprised pleased disappointed")
#: Verbs whose object is a task that "goes" somehow ("Did you finish your homework?" -> "How did it go with ...").
_DID_GO = wordset("finish get pass submit sort fix start try book send hand apply do")
#: Things sent and received: "did you get the invite?" asks whether it arrived, with no story behind it.
_SENT = wordset(
    "invite invitation message messages email emails mail text texts money card parcel package link links slides "
    "file files numbers details form forms receipt receipts memo letter voicemail photo photos pics attachment"
)
#: What one gets to go somewhere: "did you get the bus?" asks how they travelled.
_RIDES = wordset("bus train tube taxi cab uber lift ferry flight plane tram coach")
_HOW_ADJ = wordset(
    "hard difficult awkward fun scary weird stressful tough nice good bad horrible awful strange sad emotional "
    "intense exciting boring helpful worth"
)


def _np(x: str) -> str:
    """The object of a question in the asker's own words ("u" -> "you", "ur" -> "your")."""
    x = re.sub(r"\bur\b", "your", x, flags=_I)
    return re.sub(r"\bu\b", "you", x, flags=_I).strip(" ,")


def _how_was(m: re.Match[str]) -> str | None:
    x = m.group("x").lower()
    if x in _PLACES:
        return f"What was the most frustrating part of your day {_PLACES[x]}, and what went well?"
    if x in {"day", "your day", "today", "the day"}:
        return "What was the best part of your day, and what was the hardest?"
    return f"What stood out for you about {_np(m.group('x'))}?"


def _did_have(m: re.Match[str]) -> str | None:
    return f"What was the best part of your {_np(m.group('x'))}?"


#: Objects that stand for what just happened ("Are you ok about it?"): asked about "now".
_WHAT_HAPPENED = wordset("it that this everything all")


def _are_ok(m: re.Match[str]) -> str | None:
    rest = _np(m.group("x") or "")
    prep = re.match(r"(?:about|with|after) (?P<o>.+)", rest, _I)
    if prep is not None:
        word = "after" if rest.lower().startswith("after") else "about"
        now = " now" if word == "about" and prep.group("o").lower().split()[0] in _WHAT_HAPPENED else ""
        return f"How are you feeling {word} {prep.group('o')}{now}?"
    return "How are you feeling about it now?" if not rest else None


def _are_feeling(m: re.Match[str]) -> str | None:
    x = _np(m.group("x"))
    clause = re.match(r"(?P<who>us|me|him|her|them|you|the \w+) to (?P<do>\w.*)", x, _I)  # "for us to apply"
    if clause is not None:
        x = f"{clause.group('who')} {_gerund(clause.group('do'))}"
    return f"How are you feeling about {x}?"


#: What starts a noun phrase after "going to" (a place or an event: "the fair", "Marie's leaving do"), not a verb.
_NP_START = wordset("the a an my your ur our his her their that this these those some all every any")


#: Everyday places one goes to: "Are you going to the canteen?" asks about a plan, not a feeling.
_ERRANDS = wordset(
    "canteen shop shops gym office pub supermarket bank library station cafe café bar toilet loo kitchen store "
    "mall chippy chemist pharmacy post tesco asda lidl aldi starbucks mcdonalds work"
)


def _are_going(m: re.Match[str]) -> str | None:
    x = _np(m.group("x"))
    first = x.split()[0]
    if first.lower() in _NP_START or first[:1].isupper() or first.lower().endswith("'s"):
        place = x.split(" or ")[0]
        if place.split()[-1].lower().strip("?.!,") in _ERRANDS:
            return None  # "are you going to the canteen?": an errand
        return f"How are you feeling about {place}?"  # going to the fair: an event, not a plan
    return f"What are you thinking about {_gerund(x)}?"


#: Whom "did you call anyone?" asks about: no one in particular.
_ANYONE = wordset("anyone anybody someone somebody everyone everybody")
_ANY_WORD = _ANYONE | wordset("anything something any anywhere somewhere")
_TALK_TO = {"talk": "talk to", "speak": "speak to", "chat": "chat with", "call": "call"}


def _talk(m: re.Match[str]) -> str | None:
    x = _np(m.group("x"))
    verb = m.group("v").lower()
    if x.lower() in _ANYONE:
        return f"Who did you {_TALK_TO[verb]}, and how did it go?"
    if re.match(r"(?:about|over|through|it|that|this)\b", x, _I):
        return None  # "did you talk about me?": not a talk with someone
    who = re.split(r"\s+(?:about|for|back|yourself|again|on|at|from|when|before)\b", x, maxsplit=1, flags=_I)[0]
    noun = "call" if verb == "call" else "talk"
    return f"How did the {noun} with {who} go?"  # "Did you talk to Oscar about it?" -> "... with Oscar go?"


def _tell(m: re.Match[str]) -> str | None:
    who = _np(m.group("x"))
    subj = _OBJ_TO_SUBJ.get(who.lower(), who)
    return f"How did {subj} take it?"


def _ask(m: re.Match[str]) -> str | None:
    who = _np(m.group("x"))
    subj = _OBJ_TO_SUBJ.get(who.lower(), who)
    about = m.group("y")
    return f"What did {subj} say when you asked{' ' + _np(about) if about else ''}?"


#: Words that go on a noun phrase ("the memo about hot desking"), not a clause ("the forklift make contact").
_NP_GOES_ON = wordset("about from on at in with of for by over to and or last this next")
#: Past tenses that say "did you see Tom won?" asks about news ("-ed" ones aside).
_SEEN_PAST = wordset("won lost got went came said did made left quit broke took gave ran fell bought sold told wrote")
#: A finite verb or a subject pronoun: "did you see they're banning phones" asks about news, not a thing seen.
_CLAUSE = LazyPattern(
    r"^(?:they|he|she|we|i|you|there)\b|\b(?:are|is|was|were|have|has|had|will|won't|did|could|would|can)\b"
    r"|'(?:re|ve|ll)\b|\b(?:it|he|she|that|there|what)'s\b",
    _I,
)


def _see(m: re.Match[str]) -> str | None:
    x = _np(m.group("x"))
    if x.split()[0].lower() in _ANY_WORD:
        return None  # "did you see anyone on the stairs?": a fact asked
    if m.group("v").lower() == "see":
        words = x.split()
        second = words[1].lower() if len(words) > 1 else ""
        named = words[0][:1].isupper() and (second in _SEEN_PAST or second.endswith("ed"))  # "did you see OM won?"
        if _CLAUSE.search(x) or named:
            return f"What did you make of the news that {x}?"
        if re.match(r"(?:the|that|this) ", x, _I):
            np = noun_phrase(x, listener=False)
            after = x[len(np) :].split() if np and x.startswith(np) else ["?"]
            if not after or after[0].lower() in _NP_GOES_ON:
                return f"What did you make of {x}?"  # a film, a game, a show, a memo
            verb = after[0].lower()
            if (verb.endswith("s") and not verb.endswith("ss")) or verb in _SEEN_PAST or verb.endswith("ed"):
                return f"What did you make of the news that {x}?"  # "the council wants to ...", "the rota came out"
            return "What went through your mind when you saw it?"  # "the forklift make contact with ..."
    verb = {"see": "seeing", "meet": "meeting", "visit": "visiting"}[m.group("v").lower()]
    return f"What was it like {verb} {x}?"


def _did_obj(m: re.Match[str]) -> str | None:
    if m.group("v").lower() not in _DID_GO:
        return None
    obj = noun_phrase(m.group("x"), listener=False)
    if obj is None or not m.group("x").lower().startswith(obj.lower()):
        return None  # "did you do the three runs this week?": not "how did it go with this week"
    after = m.group("x")[len(obj) :].split()
    if after and after[0].lower() in {"you", "u", "i", "me"}:
        return None  # the phrase was cut inside a compound: "send the thank you email" is not "the thank"
    if obj.split()[-1].lower() in _SENT | _RIDES:
        return None  # "did you get the money I sent?", "did you get the bus?": whether, not how it went
    return f"How did it go with {_np(obj)}?"


_DID_SPECIAL = {
    "eat": "What did you have to eat?",
    "sleep": "How did you sleep?",
    "enjoy it": "What did you enjoy most about it?",
    "have fun": "What was the most fun part?",
    "like it": "What did you like about it?",
}


#: Things done that are lived through, where "What was it like to ...?" invites the story: "did you tell her?", "did
#: you go to the reunion?". Other doings are tasks or facts ("did you top it up?", "did you write it on the chart?",
#: "did you use that password anywhere else?"): asking what they were like reads as a joke, so no rewrite is offered.
_LIVED = wordset(
    "go visit meet tell confront move start leave quit lose win perform present fly travel speak apply graduate "
    "propose sing dance audition interview stand break ask"
)


def _did_any(m: re.Match[str]) -> str | None:
    x = _np(m.group("x"))
    low = re.sub(r"\s+(?:well|ok|okay|alright|at all)$", "", x.lower())
    if low in _DID_SPECIAL:
        return _DID_SPECIAL[low]
    words = low.split()
    if len(words) < 2 or not _ANY_WORD.isdisjoint(words) or not _SENT.isdisjoint(words) or words[0] not in _LIVED:
        return None  # "did you hear anything from upstairs?", "did you get my text?": a fact asked; a task
    if words[0] == "ask" and words[1] in {"about", "for", "if", "whether", "when", "where", "what", "how", "who"}:
        return None  # "did you ask about the salary?": an errand ("did you ask her out?" is lived through)
    return f"What was it like to {x}?"


def _like(m: re.Match[str]) -> str | None:
    return f"What do you {m.group('v').lower()} about {_np(m.group('x'))}?"


def _think(m: re.Match[str]) -> str | None:
    x = re.sub(r"^that\s+", "", _np(m.group("x")), flags=_I)
    x = re.split(r",?\s+or\s+(?:is|are|was|do|does|did|not)\b|,\s*though$", x, maxsplit=1, flags=_I)[0].strip(" ,")
    return f"What's your sense of whether {x}?"


def _is_it(m: re.Match[str]) -> str | None:
    adj = m.group("x").lower()
    if adj in {"ok", "okay", "fine", "alright", "all right"}:
        if m.group("what").lower() in {"that", "this"}:
            return "How does that sound to you?"  # asking to agree to something just said
        return "How are things, honestly?"
    if adj in _HOW_ADJ:
        return f"What made it {adj}?"
    return None


def _is_np_ok(m: re.Match[str]) -> str | None:
    x = _np(m.group("x"))
    if x.lower().startswith(("my ", "the ")):
        return None  # "is my audio ok?", "is the seventeenth okay?": not how someone is
    return f"How is {x} doing?"


def _was_np_react(m: re.Match[str]) -> str | None:
    if m.group("adj").lower() not in _REACT:
        return None
    who = _np(m.group("x"))
    return f"How did {who} react?"


#: "Have you tried ...?" and "have you thought about ...?" are advice put as a question: the open one asks what the
#: other person has tried or is weighing.
_HAVE_TRIED = {"tried": "What have you tried so far, and how did it go?",
               "thought": "What options have you been thinking about?",
               "considered": "What options have you been thinking about?",
               "looked": "What options have you been looking at?"}  # fmt: skip


#: "Have you ...?" about something under way in a life, where "How are things going with ...?" invites the story
#: ("have you started the new job?", "have you met the new neighbours?"); other verbs ask a fact or a task.
_HAVE_LIVED = wordset("met started joined moved begun settled")


def _have_you(m: re.Match[str]) -> str | None:
    verb = m.group("v").lower()
    if verb in _HAVE_TRIED:
        return _HAVE_TRIED[verb]
    if verb not in _HAVE_LIVED:
        return None  # "have you had a fall?", "have you taken your tablets?", "have you seen your payslip?": facts
    x = m.group("x")
    obj = noun_phrase(x, listener=False)
    if obj is None or not x.lower().startswith(obj.lower()):
        return None  # the object is not what follows the verb ("called Uncle Segun to thank him for the gift")
    return f"How are things going with {_np(obj)}?"


_Build = Callable[[re.Match[str]], str | None]
_OPEN_RULES: list[tuple[re.Pattern[str], _Build]] = [
    (
        rx.compile(
            r"^how(?:'s| is| was) (?:your |the )?(?P<x>day|today|work|school|uni|college|class|practice|"
            r"the office)" + _END,
            _I,
        ),
        _how_was,
    ),
    (rx.compile(r"^how(?:'s| is| was| did) (?P<x>.+?)(?: go)?" + _END, _I), _how_was),
    (
        rx.compile(r"^did (?:you|u) have (?:a |an )?(?:good|nice|fun|great|ok|okay|lovely) (?P<x>.+?)" + _END, _I),
        _did_have,
    ),
    (rx.compile(r"^(?:are|r) (?:you|u) (?:okay|ok|alright|all right|fine|good)\b\s*(?P<x>.*?)" + _END, _I), _are_ok),
    (
        rx.compile(
            r"^(?:are|r) (?:you|u) (?:still )?(?:worried|nervous|excited|scared|anxious|happy|sad|upset|angry|annoyed|"
            r"stressed|afraid|frightened|terrified|sure|unsure|pleased|glad|sorry|embarrassed|ashamed|jealous|proud|"
            r"bothered|fussed|hopeful|confident|mad|cross|gutted|tired|sick) (?:about|for|of) (?P<x>.+?)" + _END,
            _I,
        ),
        _are_feeling,
    ),
    (
        rx.compile(r"^(?:are|r) (?:you|u) (?:looking forward|excited|nervous|ready|scared) to (?P<x>.+?)" + _END, _I),
        _are_feeling,
    ),
    (rx.compile(r"^(?:are|r) (?:you|u) (?:going to|gonna|planning to|thinking of) (?P<x>.+?)" + _END, _I), _are_going),
    (rx.compile(r"^did (?:you|u) (?:ever )?(?P<v>talk|speak|chat|call) (?:to |with )?(?P<x>.+?)" + _END, _I), _talk),
    (
        rx.compile(
            r"^(?:have|did) (?:you|u) (?:ever )?(?:tell|told) (?P<x>him|her|them|\w+|your \w+|ur \w+)"
            r"(?: about .+?)?" + _END,
            _I,
        ),
        _tell,
    ),
    (rx.compile(r"^did (?:you|u) ask (?P<x>him|her|them|\w+|your \w+|ur \w+)(?: (?P<y>about .+?))?" + _END, _I), _ask),
    (rx.compile(r"^did (?:you|u) (?P<v>see|meet|visit) (?P<x>.+?)" + _END, _I), _see),
    (
        rx.compile(r"^did (?:you|u) (?P<v>\w+) (?P<x>(?:the|your|ur|that|this|my|his|her|their) .+?)" + _END, _I),
        _did_obj,
    ),
    (rx.compile(r"^do (?:you|u) (?P<v>like|love|enjoy|miss) (?P<x>.+?)" + _END, _I), _like),
    (rx.compile(r"^do (?:you|u) (?:think|reckon) (?P<x>.+?)" + _END, _I), _think),
    (
        rx.compile(
            r"^(?:is|was) (?P<what>it|that|everything|this) "
            r"(?:(?:so|too|very|really|that|pretty|quite|any|all|super) )?(?P<x>\w+(?: right)?)" + _END,
            _I,
        ),
        _is_it,
    ),
    (
        rx.compile(
            r"^(?:is|are) (?P<x>(?:your|ur|the|my|his|her|their) \w+(?:'s \w+)?|he|she|they) "
            r"(?:ok|okay|alright|all right|better|well|doing ok|doing okay|fine)" + _END,
            _I,
        ),
        _is_np_ok,
    ),
    (
        rx.compile(r"^(?:was|were) (?P<x>(?:your|ur|the|my|his|her|their) \w+|he|she|they) (?P<adj>\w+)" + _END, _I),
        _was_np_react,
    ),
    (rx.compile(r"^have (?:you|u) (?:ever )?(?P<v>\w+) (?:about |into |at )?(?P<x>.+?)" + _END, _I), _have_you),
    (rx.compile(r"^did (?:you|u) (?P<x>[a-z]+(?: [a-z']+){0,4}?)" + _END, _I), _did_any),
]

_WHEN = LazyPattern(
    r"\s+(?:after|afterwards|yet|already|again|today|tonight|yesterday|earlier|then|last night|"
    r"this morning|in the end)(?P<end>\s*[?.!]*\s*)$",
    _I,
)
_LEAD = LazyPattern(r"^(?:(?:hey|hi|so|and|but|ok|okay|well|oh|also|wait|um|hmm|babe|love|hun)\b[,!]?\s+)+", _I)


_ACCUSING = LazyPattern(r"\b(?:are|did|do|does|were|was|have|has|is|will|can|could) (?:you|u) even\b", _I)


def open_rewrite(question: str) -> str | None:
    """An open question about the same thing as a closed one, or None when no rule fits it well, or when the
    question asks about suicide, self-harm or safety: such questions are asked directly and closed on purpose (as
    crisis lines are taught to; :func:`heart2heart.assess.safety.asks_directly`)."""
    from heart2heart.assess.safety import asks_directly

    if asks_directly(question if "?" in question else question + "?"):
        return None
    text = question_sentence(question) or clean(question)
    text = _LEAD.sub("", clean(text))
    if _ACCUSING.search(text):
        return None  # "Are you even going to answer?": a jab in a question's clothes, not a question to open up
    text = re.sub(r"\b(?:even|actually|really|just)\s+", "", text, flags=_I)
    text = _WHEN.sub(r"\g<end>", text)
    for pattern, build in _OPEN_RULES:
        m = pattern.match(text)
        if m is None:
            continue
        out = build(m)
        if out:
            out = re.sub(r"\bi\b(?!')|\bi(?='(?:m|ve|d|ll)\b)", "I", out)  # "whether i should tell my mum"
            out = re.sub(r"\s*[^\w\s'\".,!?()-]+\?$", "?", out)  # "... moved to friday 👀?": no emoji before the "?"
            return out[0].upper() + out[1:]
    return None


def open_question(question: str) -> str:
    """Rewrite a closed question as an open one; a plain invitation when no rule fits."""
    return open_rewrite(question) or "What was that like for you?"


_DOUBLE = wordset("get put sit run stop plan shop chat swim win begin forget quit")


def _gerund(phrase: str) -> str:
    """ "tell him" -> "telling him" (the first word)."""
    verb, _, rest = phrase.partition(" ")
    v = verb.lower()
    if v in _DOUBLE:
        ing = v + v[-1] + "ing"
    elif v.endswith("ie"):
        ing = v[:-2] + "ying"
    elif v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        ing = v[:-1] + "ing"
    else:
        ing = v + "ing"
    return f"{ing} {rest}".strip()


# --- follow-ups and reflections -------------------------------------------------------------------------------


def feeling_of(text: str) -> str | None:
    """The first feeling named in the text, in plain words ("terrified" -> "scared"), or None."""
    for w in said_feelings(words_of(text)):
        if w in FEELING_WORDS:
            return FEELING_WORDS[w]
    return None


def topic_of(text: str) -> str | None:
    """What the text is about, in the listener's words ("my mum's house" -> "your mum's house"), or None."""
    return noun_phrase(text)


#: Feeling words that are adjectives, used as said ("embarrassed" rather than a plainer synonym).
_FEELING_ADJECTIVES = OWN_FEELINGS - wordset(
    "fear anxiety worry stress cried crying cry miss grief grieving panic shame guilt failure down low alone lost"
)


def own_feeling(text: str) -> str | None:
    """The first feeling named, as an adjective in the speaker's own word where it is one ("embarrassed")."""
    for w in said_feelings(words_of(text)):
        if w in _FEELING_ADJECTIVES:
            return w
        if w in FEELING_WORDS:
            return FEELING_WORDS[w]
    return None


def tell_me_more(said: str) -> str:
    """A follow-up built from what was just said: its subject, and the feeling when one was named."""
    topic = topic_of(said)
    if topic is not None and not worth_asking(topic):
        topic = personal_topic(said)  # "Tell me more about your shoe" reads as a joke
    feeling = own_feeling(said)
    if topic and feeling:
        return f"Tell me more about {topic}: what's been making you feel {feeling}?"
    if topic:
        return f"Tell me more about {topic}: how has that been for you?"
    if feeling:
        return f"Tell me more: what's been making you feel {feeling}?"
    return "Tell me more about that: how has it been for you?"


_PAST = LazyPattern(r"\b(had|was|were|did|didn't|said|went|got|told|happened|yesterday|today|last)\b|\w{3,}ed\b", _I)
_CRIED = LazyPattern(r"\b(cried|cry|crying|sobbed|tears|broke down)\b", _I)


def _near_feeling(text: str) -> str | None:
    """The noun phrase of the sentence that names the feeling (a topic from elsewhere is often beside it): before
    the feeling word, or just after it behind "about", "over", "with"... ("since the move I'm lonely", "scared
    about the scan"), not in a clause of its own after it ("I'm so lonely I talked to the guy at the shop")."""
    for sentence in split_sentences(text):
        if own_feeling(sentence) is None:
            continue
        words = sentence.split()
        low = [w.lower().strip(_PUNCT) for w in words]
        at = next((i for i, w in enumerate(low) if _is_feeling_word(w) and names_state(low, i)), len(words))
        after = words[at + 1 :]
        kept = words[:at] + (after[:6] if after and after[0].lower() in _FEELING_PREPS else [])
        topic = topic_of(" ".join(kept)) if kept else None
        return topic if topic is not None and worth_asking(topic) else None  # not "sad about your first lead used"
    return None


_FEELING_PREPS = wordset("about over with of after since at for")


_PUNCT = ".,!?;:\"'()"


def _is_feeling_word(word: str) -> bool:
    w = word.lower().strip(_PUNCT)
    return w in _FEELING_ADJECTIVES or w in FEELING_WORDS


def reflection(disclosure: str) -> str:
    """A reflection that would have met this disclosure: the feeling in their words, and what it is about."""
    clause = feeling_clause(disclosure, OWN_FEELINGS)
    whole = topic_of(disclosure)
    event = whole if whole is not None and whole.split()[0] == "the" and whole.split()[-1] in EVENT_NOUNS else None
    near = _near_feeling(disclosure)
    if clause:
        # "you're feeling like a failure" + the review -> "the review left you feeling like a failure".
        m = re.match(r"you're feeling (?P<x>.+)", clause)
        if m is not None and event is not None and event not in clause and _PAST.search(disclosure):
            return f"It sounds like {event} left you feeling {m.group('x')}."
        clause = re.sub(r"\s+(?:that|if|because|when|whether|how)$", "", clause)  # "I'm scared that if ...": cut
        m = re.match(r"you're (?P<adj>\w+)$", clause)
        topic = event or near
        if m is not None and topic is not None:
            return f"It sounds like you're {m.group('adj')} about {topic}."
        return f"It sounds like {clause}."
    if _CRIED.search(disclosure):
        return f"It sounds like {event} really got to you." if event else "It sounds like that really got to you."
    feeling = feeling_of(disclosure)
    topic = event or near
    if feeling and topic:
        return f"It sounds like you're feeling {feeling} about {topic}."
    if feeling:
        return f"It sounds like you've been feeling {feeling}."
    if event:
        plural = event.endswith("s") and not event.endswith(("ss", "us", "is"))  # "the biopsy results"
        return f"It sounds like {event} {'have' if plural else 'has'} been weighing on you."
    return "It sounds like that's been a lot to carry."


# --- gentle start-ups -----------------------------------------------------------------------------------------

_NEVER = LazyPattern(r"\byou (?:never|don't ever|do not ever|can't ever|won't ever)\s+(?:even\s+)?(?P<x>[^.!?,;]+)", _I)
_DONT = LazyPattern(
    r"\b(?:you don't|you do not|you didn't|why can't you|why don't you|why won't you)\s+"
    r"(?:even\s+|just\s+)?(?P<x>[^.!?,;]+)",
    _I,
)
_ALWAYS = LazyPattern(r"\byou(?P<be>'re|’re| are)? (?:always|constantly|forever)\s+(?P<x>[^.!?,;]+)", _I)
_ALARM = LazyPattern(r"\b(?:we )?(?:need|have|got) to talk\b|\bcan we talk\b|\bneed to have a (?:serious )?talk\b", _I)
_POLARITY = [
    (rx.compile(r"\b(?:anyone|anybody) (?:but|except|other than) yourself\b", _I), "me"),
    (
        rx.compile(r"\banything\b(?P<rest>[^.!?]*?)\bwhere it (?:goes|belongs|lives)\b", _I),
        r"things\g<rest>where they go",
    ),  # "put anything back where it goes" -> "put things back where they go"
    (rx.compile(r"\banything\b", _I), "things"),
    (rx.compile(r"\b(?:anyone|anybody)\b", _I), "other people"),
    (rx.compile(r"\bany\b", _I), "some"),
    (rx.compile(r"\bever\s+", _I), ""),
    (rx.compile(r"\beither\b", _I), "too"),
]
_OVERWHELMED = LazyPattern(r"\b(help|clean\w*|dishes|chores|cook\w*|laundry|house|kids|tidy|bins|shopping)\b", _I)
_HURT = LazyPattern(
    r"\b(listen\w*|ask\w*|care\w*|time|call\w*|text\w*|tell|notice\w*|late|wait\w*|"
    r"think about|remember\w*|forgot|birthday|dinner)\b",
    _I,
)


_BASE = {
    "told": "tell",
    "said": "say",
    "asked": "ask",
    "called": "call",
    "mentioned": "mention",
    "came": "come",
    "did": "do",
    "gave": "give",
    "made": "make",
    "took": "take",
    "thought": "think",
    "brought": "bring",
    "helped": "help",
    "listened": "listen",
    "texted": "text",
    "noticed": "notice",
    "remembered": "remember",
}


#: Where a complaint's object ends: a condition or a reason is not part of what is asked for ("you never follow
#: through on anything unless I nag you"), nor is a filler ("you always make a drama from small things honestly").
_OBJECT_END = LazyPattern(
    r"\s+(?:unless|until|because|cos|cause|bc|so that|and then|but (?:i|i'm|you|you're|we|he|she|they|it)\b)\b.*$", _I
)
_TAIL_FILLER = LazyPattern(r"(?:\s+(?:honestly|tbh|literally|lol|lmao|again|anymore|mate|babe))+$", _I)


def _object(x: str) -> str:
    """What a complaint is about, as said but without a condition or a filler after it, and not shouted."""
    x = _TAIL_FILLER.sub("", _OBJECT_END.sub("", x.strip()))
    return x.lower() if x.isupper() else x


def _need(x: str) -> str:
    """A complaint's object turned into something to ask for ("help with anything" -> "help with things")."""
    verb, _, rest = _object(x).partition(" ")
    x = f"{_BASE.get(verb.lower(), verb)} {rest}".strip()
    for pattern, repl in _POLARITY:
        x = pattern.sub(repl, x)
    return re.sub(r"\s+", " ", x).strip()


_AMBIGUOUS = wordset("down low lost alone miss stuck")


#: What is said of the other person ("you're useless", "you are so selfish"): not the speaker's own feeling.
_YOU_ARE = LazyPattern(r"\b(?:you'?re|you are|ur|u r)\s+(?:so |such an? |really |just |completely |a |an )*\w+", _I)
#: A complaint's remainder that says nothing by itself ("You always have been.", "You never do."): no situation.
_EMPTY = LazyPattern(r"^(?:have|has|had|are|is|was|were|do|does|did|will|would|can|could)(?:\s+(?:been|be|done))?$", _I)


def _feeling_for(text: str) -> str:
    """The feeling a complaint comes from: the one named (not a word for the other person: "you're useless"), else
    one that fits what it is about."""
    own = _YOU_ARE.sub(" ", text)
    named = next((FEELING_WORDS[w] for w in words_of(own) if w in FEELING_WORDS and w not in _AMBIGUOUS), None)
    if named and named not in {"scared", "sad"}:
        return named
    if _OVERWHELMED.search(text):
        return "overwhelmed"
    if _HURT.search(text):
        return "hurt"
    return "frustrated"


def _situation(text: str, harsh: str) -> str | None:
    """A specific, first-person sentence next to the harsh one ("I've been waiting at the restaurant for 40
    minutes"), kept as said: Gottman's gentle start-up describes the situation instead of judging the person."""
    for s in split_sentences(text):
        if harsh in s or "?" in s or re.search(r"\b(?:you|u)\b|^i(?:'m| am) not (?:your|ur)\b", s, _I):
            continue  # about the other person, or a jab ("I'm not your mum"): not the situation
        if re.match(r"^(?:i've|i have|i'm|i am|i was|i had|i)\b", s, _I) and len(s.split()) >= 4:
            return s.rstrip(".!")
    return None


def gentle_startup(harsh: str) -> str:
    """A gentle start-up built from the complaint: how I feel, about what, and one specific thing I need."""
    text = clean(harsh)
    feeling = _feeling_for(text)
    for pattern in (_NEVER, _DONT):
        m = pattern.search(text)
        if m is not None and not _EMPTY.match(m.group("x").strip()):
            need = _need(m.group("x"))
            where = _situation(text, m.group(0))
            if where:
                return f"{where}, and I'm feeling {feeling}. What I need is for you to {need}."
            return (
                f"I'm feeling {feeling}, and what I need is for you to {need}. Could we find one way to do "
                f"that this week?"
            )
    m = _ALWAYS.search(text)
    if m is not None and not _EMPTY.match(m.group("x").strip()):
        x = _object(m.group("x"))
        you = "you're" if m.group("be") else "you"  # "you're always late": "when you're late", not "when you late"
        return f"I feel {feeling} when {you} {x}. Could we agree on one thing that would help, starting this week?"
    if _ALARM.search(text):
        return (
            f"I've been feeling a bit {feeling} about something, and I'd like to talk it through with you "
            f"because it matters to me. Is tonight a good time?"
        )
    where = _situation(text, "\0")
    if where:
        return f"{where}, and I'm feeling {feeling}. Could we talk about what would help?"
    return (
        f"I'm feeling {feeling} about what happened, and I need us to talk it through calmly. Could we "
        f"sit down tonight?"
    )
