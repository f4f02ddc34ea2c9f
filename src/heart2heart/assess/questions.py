"""Which questions were really put to the other person, and which of them were yes-or-no ones.

The question label (or a question mark) is not enough for coaching: chat answers think aloud with question
marks ("idk. loud? confident?"), advice comes dressed as a question ("and maybe start looking around?"), and
offers or requests ("want me to pick up thai?", "can you call me?") are not questions to open up. Here a question
counts when its sentence starts like a question (a question word or an auxiliary verb) or speaks to "you".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from heart2heart.assess._cues import Cue
from heart2heart.assess._phrases import clean, split_sentences
from heart2heart.assess.disclosures import gives_advice
from heart2heart.assess.listening import question_of
from heart2heart.model import Conversation, Utterance

__all__ = ["AskedQuestion", "asked_questions", "real_question"]

_LEAD = r"^(?:(?:and|but|so|ok|okay|oh|well|wait|hey|hi|also|um|hmm|anyway|babe|love|hun)\W+)*"
_STARTS = Cue(
    _LEAD + r"(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|should|shall|may|might|"
    r"what|what's|how|how's|why|when|where|who|which|whose|isn't|aren't|don't|didn't|doesn't|won't|"
    r"wouldn't|can't|haven't|hasn't|r|u|you|ur)\b",
)
_WH = Cue(_LEAD + r"(?:what|what's|how|how's|why|when|where|who|which|whose|tell me)\b")
_YOU = Cue(r"\b(you|your|u|ur)\b")
#: Offers and requests: yes-or-no in form, but about arrangements, not about the other person's experience.
_OFFER = Cue(
    _LEAD + r"(?:want me to|shall i|should i|can i|could i|may i|do you want me to|would you like me to|"
    r"can you|could you|will you|would you|wanna|want to|fancy)\b",
)
_ADVICE_Q = Cue(r"^(?:have you tried|did you try|why don't you|why not|what if you|maybe)\b")


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """One question put to the other person: where, the question's own sentence, open or closed."""

    index: int
    sentence: str
    kind: Literal["open", "closed"]


def real_question(sentence: str) -> bool:
    """True when a "?" sentence asks the other person something (not a fragment thought aloud)."""
    s = clean(sentence)
    if _STARTS.found(s):
        return True
    return _YOU.found(s) and len(s.split()) >= 3


def _sentence(u: Utterance) -> str | None:
    """The question's own sentence in the utterance as written (the last real question in it)."""
    flat = " ".join(u.text.split())
    if "?" not in flat:
        return flat if _STARTS.found(clean(flat)) else None
    asked = [s for s in split_sentences(flat) if s.endswith("?") and real_question(s)]
    if not asked:
        return None
    s = asked[-1]
    return s if s in flat else flat


def asked_questions(conv: Conversation, speaker: str) -> list[AskedQuestion]:
    """The questions ``speaker`` put to the others, with the open/closed reading of the labels."""
    out: list[AskedQuestion] = []
    for u in conv.utterances:
        if u.speaker != speaker:
            continue
        kind = question_of(u)
        if kind is None:
            continue
        sentence = _sentence(u)
        if sentence is None or _ADVICE_Q.found(clean(sentence)):
            continue
        if kind == "closed" and _WH.found(clean(sentence)):
            kind = "open"  # the label read another sentence of the message
        if kind == "closed" and (_OFFER.found(clean(sentence)) or gives_advice(u)):
            continue
        out.append(AskedQuestion(u.index, sentence, kind))
    return out
