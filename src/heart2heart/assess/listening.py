"""Listening figures per speaker, read against the evidence rather than the folklore.

- Reflections per question against the MITI 4.2.1 bands: 1:1 fair, 2:1 good (AnnoMI: 1.00 in high-quality
  counselling vs 0.27 in low).
- Open-question share (open / all questions).
- Follow-up questions: questions about what the other person just said (Huang et al. 2017: follow-ups are what
  make people like the asker).
- Advice before the feelings were acknowledged (ESConv: explore, then comfort, then act).
- Talk share read by role: a listener in a support conversation does well around half or less (AnnoMI: ~52% of
  words in good counselling, ~62% in poor); in a mutual talk, balance is what people enjoy most (CANDOR).
- Pressing: utterances that push the other towards what the speaker wants ("you need to", "make sure", "don't
  worry", "like I said"), MITI's persuading without permission and confronting, the "righting reflex" of poor
  counselling; and long utterances (more than :data:`LONG_UTTERANCE` words) that hold the floor.
- Telling: the listener's own statements (:func:`tells`: neither a question, a reflection that counts
  (:func:`reflects`) nor a listener token), MITI's giving information and advice; a listener who mostly tells is not
  listening (AnnoMI train, labelled out of fold: a median 18% of the counsellor's utterances in high-quality
  sessions, 46% in low). And the share of the listener's words that a model of counsellor input reads as information
  or advice (:mod:`heart2heart.assess.input_model`: a mean probability of 0.10 in high-quality sessions, 0.25 in
  low).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from heart2heart.assess._cues import Cue
from heart2heart.assess._text import labels_of, overlap
from heart2heart.assess.disclosures import Disclosure, acknowledges, depth_of, gives_advice, refers_back
from heart2heart.assess.input_model import input_share, load_model
from heart2heart.assess.text_model import TextModel
from heart2heart.model import Conversation, Labels, Utterance

__all__ = [
    "LISTENER_ROLES",
    "LONG_UTTERANCE",
    "PRESSING",
    "REFLECTION_STEM",
    "ROLE_NAMES",
    "TELLING_WORDS",
    "SpeakerListening",
    "answered_by",
    "listening",
    "miti_band",
    "question_of",
    "reflects",
    "roles",
    "tells",
]

#: Source roles that mark the person whose job is to listen.
LISTENER_ROLES = frozenset({"therapist", "counsellor", "counselor", "supporter", "helper", "listener", "sys", "coach"})
#: Source roles that mark the person who came to be heard.
SEEKER_ROLES = frozenset({"client", "seeker", "patient", "usr", "speaker"})
#: Speaker names that are themselves a role: transcripts often label the speakers so ("Therapist:", "Client:").
#: Only unambiguous words ("Speaker" is a stand-in name, "sys"/"usr" are dataset codes).
ROLE_NAMES = frozenset(
    {"therapist", "counsellor", "counselor", "supporter", "coach", "listener", "client", "seeker", "patient"}
)

Band = Literal["good", "fair", "below fair", "no questions"]
Role = Literal["listener", "sharer", "mutual"]


@dataclass(frozen=True, slots=True)
class SpeakerListening:
    """How one speaker listened: counts, ratios and how to read them."""

    name: str
    role: Role
    utterances: int
    words: int
    talk_share: float
    questions_open: int
    questions_closed: int
    follow_up_questions: int
    reflections: int  # those that count (:func:`reflects`): brief, or longer with a reflective stem
    empathy_turns: int
    advice: int
    advice_before_acknowledging: int
    disclosures_answered: int
    disclosures_met: int
    max_disclosure: int
    reflections_per_question: float | None
    miti_band: Band
    open_share: float | None
    pressing: int = 0
    long_utterances: int = 0
    statements: int = 0  # utterances that tell (:func:`tells`)
    input_share: float | None = None  # a listener's mean probability of input (:mod:`~heart2heart.assess.input_model`)

    @property
    def questions(self) -> int:
        return self.questions_open + self.questions_closed

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "role": self.role,
            "talk_share": round(self.talk_share, 3),
            "questions_open": self.questions_open,
            "questions_closed": self.questions_closed,
            "follow_up_questions": self.follow_up_questions,
            "reflections": self.reflections,
            "empathy_turns": self.empathy_turns,
            "advice": self.advice,
            "advice_before_acknowledging": self.advice_before_acknowledging,
            "disclosures_answered": self.disclosures_answered,
            "disclosures_met": self.disclosures_met,
            "reflections_per_question": (
                None if self.reflections_per_question is None else round(self.reflections_per_question, 2)
            ),
            "miti_band": self.miti_band,
            "open_share": None if self.open_share is None else round(self.open_share, 2),
            # What attunement holds against a speaker: pressing ("you need to"), utterances over
            # LONG_UTTERANCE words, and for a listener statements that tell and the mean probability of input.
            "pressing": self.pressing,
            "long_utterances": self.long_utterances,
            "statements": self.statements,
            "input_share": None if self.input_share is None else round(self.input_share, 3),
        }


def miti_band(reflections: int, questions: int) -> Band:
    """MITI 4.2.1 reading of reflections per question: 2:1 good, 1:1 fair."""
    if questions == 0:
        return "no questions"
    ratio = reflections / questions
    if ratio >= 2.0:
        return "good"
    if ratio >= 1.0:
        return "fair"
    return "below fair"


#: Words that press the other person: telling them what they must do, waving a worry away, repeating one's
#: point (MITI 4.2.1: persuade, confront). In AnnoMI train transcripts (rule counts, no model labels) they open
#: a median 1% of the counsellor's utterances in high-quality sessions and 14% in low-quality ones.
PRESSING = Cue(
    r"\b(you (really )?(need|have|ought|got) to|you should|you must|make sure|you'?ve got to|i want you to|"
    r"it'?s (really )?important (that you|to)|don'?t worry|like i said|as i said|i'?m telling you|the fact is|"
    r"if you don'?t|you can'?t|you'?re going to have to|you'?d better|i (would|'d) (recommend|suggest|advise)|"
    r"my advice|i think you should|the best thing|what you need)\b"
)
#: An utterance longer than this many words holds the floor (AnnoMI train: a median 8% of the counsellor's
#: utterances in high-quality sessions, 32% in low-quality ones).
LONG_UTTERANCE = 40
#: A reflection is brief: AnnoMI's human-coded counsellor reflections have a median of 13 words (three quarters 24 or
#: fewer), the counsellor's own input (information, advice) a median of 31. A longer utterance the labeller calls a
#: reflection is mostly input ("So you need to understand that drinking at this level..."), and counting those made
#: the reflection rate useless for telling good counselling from poor: on AnnoMI train transcripts labelled out of
#: fold, low-quality counsellors had as many labelled reflections as high-quality ones (30% of utterances vs 32%;
#: human coders: 4% vs 30%); counting only the brief ones, the rate separates them (ROC AUC 0.49 -> 0.85).
#: A longer one still counts when it carries a reflection's stem (:data:`REFLECTION_STEM`, :func:`reflects`).
BRIEF_REFLECTION = 25
#: A statement of fewer words than this is a reaction ("That's right.", "Okay, I see."), not telling.
TELLING_WORDS = 5


#: The stems of a reflection in motivational interviewing ("it sounds like", "what I'm hearing", "you feel", "on
#: the other hand", "so you ..." but not "so you need to"): with one, a reflection of more than
#: :data:`BRIEF_REFLECTION` words counts too. On AnnoMI's train transcripts labelled out of fold, the reflections
#: counted agree better with the human coders' (precision 0.709 -> 0.720, recall 0.467 -> 0.563 against brief ones
#: only) and the counsellors' attunement separates good from poor counselling as well (ROC AUC 0.937 -> 0.938);
#: dev 0.882 -> 0.902 (MODEL_CARD.md, "Attunement weights").
REFLECTION_STEM = Cue(
    r"\b(sounds? like|it sounds|what i'?m hearing|i'?m hearing|i hear (you|that)|you'?re saying|you'?re feeling|"
    r"you feel|it seems|seems like|on the one hand|on the other hand|part of you|you'?re not sure|"
    r"you'?d like|you want|you'?re (wondering|worried|concerned|thinking)|"
    r"so you(?! (need|have to|should|must|got to|gotta|better|can'?t|cannot)\b))\b"
)


def reflects(u: Utterance, lab: Labels) -> bool:
    """True for a reflection that counts (``lab`` is ``u``'s labels): the labeller's reflection, brief
    (:data:`BRIEF_REFLECTION` words or fewer) or carrying a reflection's stem anywhere (:data:`REFLECTION_STEM`)."""
    return bool(lab.reflection) and (u.words <= BRIEF_REFLECTION or REFLECTION_STEM.found(u.text))


def tells(u: Utterance) -> bool:
    """True when the speaker tells rather than listens: a statement of :data:`TELLING_WORDS` words or more that
    is no question, no reflection that counts (:func:`reflects`: a long one without a reflective stem is mostly
    the counsellor's input) and no listener token."""
    return _tells(u, labels_of(u), question_of(u))


def _tells(u: Utterance, lab: Labels, question: str | None) -> bool:
    """:func:`tells` from the labels and question reading the caller already has."""
    if u.words < TELLING_WORDS or lab.backchannel or question is not None:
        return False
    return not reflects(u, lab)


_FEELING_CUE = Cue(r"\b(feel|felt|scared|sad|hurt|worried|anxious|stressed|upset|lonely|cried|afraid)\b")


_OPEN_START = Cue(r"^\W*(what|how|why|tell me|in what way|describe)\b")
#: A chat question typed without its question mark ("did u talk to him", "was she there").
_BARE_CLOSED = Cue(
    r"^\W*(did|does|is|are|was|were|has|have (you|u|they|we|he|she)|can (you|u|i|we)|could (you|u|i|we)|"
    r"will (you|u)|would (you|u)|u|wanna|want me to|are u|r u)\b",
)


def question_of(u: Utterance) -> Literal["open", "closed"] | None:
    """The question label, or one read from a question mark the annotator missed (wh-words open, else closed)."""
    q = labels_of(u).question
    if q is not None:
        return q
    if "?" not in u.text:
        # Chat questions often come without "?": a short line opening with an auxiliary verb.
        return "closed" if len(u.text.split()) <= 10 and _BARE_CLOSED.found(u.text) else None
    last = u.text.rsplit("?", 1)[0].split(".")[-1].split("!")[-1]
    return "open" if _OPEN_START.found(last) else "closed"


def roles(conv: Conversation, disclosures: list[Disclosure]) -> dict[str, Role]:
    """Who is the listener: from source roles when present (or, when the source gives none, from speakers named
    by their role, :data:`ROLE_NAMES`), else from who shares and who asks."""
    names = [s.name for s in conv.speakers]
    src = {s.name: (s.role or "").lower() for s in conv.speakers}
    if not any(src.values()):  # no source roles: a speaker named by their role gives one
        src = {n: n.strip().lower() if n.strip().lower() in ROLE_NAMES else "" for n in names}
    if any(r in LISTENER_ROLES for r in src.values()):
        return {n: "listener" if src[n] in LISTENER_ROLES else "sharer" for n in names}
    shared = {n: sum(1 for d in disclosures if d.speaker == n) for n in names}
    asked = {n: 0 for n in names}
    for u in conv.utterances:
        lab = labels_of(u)
        asked[u.speaker] += (lab.question is not None) + lab.reflection
    out: dict[str, Role] = {n: "mutual" for n in names}
    if len(names) == 2:
        a, b = names
        if shared[a] >= 1 and shared[b] == 0 and asked[b] >= 2 * max(1, asked[a]):
            out = {a: "sharer", b: "listener"}
        elif shared[b] >= 1 and shared[a] == 0 and asked[a] >= 2 * max(1, asked[b]):
            out = {a: "listener", b: "sharer"}
    return out


def _previous_other(utts: tuple[Utterance, ...], i: int) -> str:
    """Text of the latest turn by somebody else before utterance ``i`` (empty when none)."""
    me = utts[i].speaker
    j = i - 1
    while j >= 0 and utts[j].speaker == me:
        j -= 1
    if j < 0:
        return ""
    other = utts[j].speaker
    parts = []
    while j >= 0 and utts[j].speaker == other:
        parts.append(utts[j].text)
        j -= 1
    return " ".join(reversed(parts))


def answered_by(by_index: Mapping[int, Utterance], disclosures: Iterable[Disclosure]) -> dict[str, list[Disclosure]]:
    """The disclosures each speaker answered: someone else's disclosure whose reply (``response_index``, an index
    of ``by_index``) is theirs."""
    out: dict[str, list[Disclosure]] = {}
    for d in disclosures:
        reply = by_index.get(d.response_index) if d.response_index is not None else None
        if reply is not None and reply.speaker != d.speaker:
            out.setdefault(reply.speaker, []).append(d)
    return out


def listening(
    conv: Conversation, disclosures: list[Disclosure], input_model: TextModel | Literal["shipped"] | None = "shipped"
) -> list[SpeakerListening]:
    """Listening figures for every speaker, in order of first appearance. A listener's ``input_share`` is read by
    ``input_model`` (the shipped :mod:`~heart2heart.assess.input_model` by default; None leaves it out)."""
    utts = conv.utterances
    total_words = sum(u.words for u in utts) or 1
    role_of = roles(conv, disclosures)
    by_index = {u.index: u for u in utts}
    answers = answered_by(by_index, disclosures)
    out: list[SpeakerListening] = []
    for sp in conv.speakers:
        name = sp.name
        mine = [i for i, u in enumerate(utts) if u.speaker == name]
        opened = closed = follow = refl = emp = adv = pressing = long = told = 0
        max_d = 0
        for i in mine:
            u = utts[i]
            lab = labels_of(u)
            max_d = max(max_d, depth_of(u))
            q = question_of(u)
            if q == "open":
                opened += 1
            elif q == "closed":
                closed += 1
            if q is not None and (
                overlap(_previous_other(utts, i), u.text) > 0 or (q == "open" and refers_back(u.text))
            ):
                follow += 1
            refl += reflects(u, lab)
            emp += lab.empathy.total > 0
            adv += gives_advice(u)
            pressing += PRESSING.found(u.text)
            long += u.words > LONG_UTTERANCE
            told += _tells(u, lab, q)
        answered = answers.get(name, [])
        early_advice = sum(1 for d in answered if d.response == "advice")
        # Advice to someone's feelings anywhere, before any acknowledgement of them in between.
        early_advice = max(early_advice, _advice_before_ack(conv, name))
        questions = opened + closed
        out.append(
            SpeakerListening(
                name=name,
                role=role_of.get(name, "mutual"),
                utterances=len(mine),
                words=sum(utts[i].words for i in mine),
                talk_share=sum(utts[i].words for i in mine) / total_words,
                questions_open=opened,
                questions_closed=closed,
                follow_up_questions=follow,
                reflections=refl,
                empathy_turns=emp,
                advice=adv,
                advice_before_acknowledging=early_advice,
                disclosures_answered=len(answered),
                disclosures_met=sum(1 for d in answered if d.response == "met"),
                max_disclosure=max_d,
                reflections_per_question=refl / questions if questions else None,
                miti_band=miti_band(refl, questions),
                open_share=opened / questions if questions else None,
                pressing=pressing,
                long_utterances=long,
                statements=told,
                input_share=(
                    _input_share([utts[i].text for i in mine], input_model) if role_of.get(name) == "listener" else None
                ),
            )
        )
    return out


def _input_share(texts: list[str], input_model: TextModel | Literal["shipped"] | None) -> float | None:
    """A listener's mean probability of input, read by ``input_model`` ("shipped": the shipped model, loaded once)."""
    return input_share(texts, load_model() if input_model == "shipped" else input_model)


def _advice_before_ack(conv: Conversation, name: str) -> int:
    """Times ``name`` gave advice after someone voiced a feeling and before ``name`` acknowledged it."""
    pending = False
    count = 0
    for u in conv.utterances:
        lab = labels_of(u)
        if u.speaker != name:
            if depth_of(u) >= 3 or (depth_of(u) >= 2 and _FEELING_CUE.found(u.text)):
                pending = True
            continue
        if acknowledges(u) or lab.empathy.exploration >= 1:
            pending = False
        elif gives_advice(u) and pending:
            count += 1
            pending = False
    return count
