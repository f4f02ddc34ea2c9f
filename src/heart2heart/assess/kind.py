"""What kind of conversation it was: ten kinds, decided by transparent rules over measured features.

- heart_to_heart: mutual, deepening disclosure met with attunement;
- small_talk: polite logistics; discussion: an engaged but impersonal exchange of ideas;
- venting: one-way unloading; lecture: one person holds the floor and tells;
- fixing: solutions before the feelings were heard; interrogation: a string of closed questions;
- unmet_disclosure: a disclosure answered by a change of subject, a joke, a turn to oneself or silence;
- performance: polished stories that make the teller look good, nobody asking or meeting;
- conflict: an argument (its start-up and four horsemen are listed separately).

The rules run in order; the first that fits wins. Thresholds were set on corpus/kinds split ``dev`` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from heart2heart.assess._cues import Cue
from heart2heart.assess._text import labels_of, words_of, wordset
from heart2heart.assess.conflict import ConflictMoment, is_complaint
from heart2heart.assess.disclosures import Disclosure
from heart2heart.assess.listening import SpeakerListening
from heart2heart.assess.scores import main_speakers
from heart2heart.model import Conversation

__all__ = ["KINDS", "Features", "Kind", "classify", "features"]

Kind = Literal[
    "heart_to_heart",
    "small_talk",
    "discussion",
    "venting",
    "lecture",
    "fixing",
    "interrogation",
    "unmet_disclosure",
    "performance",
    "conflict",
]
KINDS: tuple[Kind, ...] = get_args(Kind)

_BRAG = Cue(
    r"\b(promot\w*|bonus|award|won|winning|best|amazing|incredible|killed it|crushed|smashed|nailed|record|"
    r"first class|top \d+|personal best|pb|marathon|ceo|founder|startup|raised|million|thousand|k followers|"
    r"viral|featured|invited|vip|first class|michelin|yacht|villa|maldives|bali|tesla|porsche|rolex|"
    r"headhunted|offer|offers|fluent|six.?pack|half.?marathon|ironman|ted ?x?|keynote|sold out|my team|"
    r"i managed to|i got to|we went to|humble ?brag|honestly so lucky|blessed|so proud of myself)\b",
)
_FIRST = wordset("i i'm i've i'd i'll me my mine myself im ive")
_SECOND = wordset("you you're you've you'd you'll your yours yourself u ur")
_SELF_STORY = Cue(
    r"\b(i|we) (just |finally |actually |recently )?(did|made|got|went|ran|won|bought|booked|started|finished|"
    r"managed|was (offered|asked|invited)|have been (asked|invited)|'?ve been (asked|invited)|am (taking|doing))\b|"
    r"\b(my|our) (new|own|latest)\b|\bi'?m (actually |now )?(training|taking|doing|going|flying|moving)\b",
)
_IDEA = Cue(
    r"\b(i think|i believe|i'?d argue|i disagree|i agree|the (point|argument|evidence|data|question|problem) "
    r"is|in general|society|people (tend|who)|on the other hand|the thing is|it depends|policy|theory|"
    r"actually|because|whereas|however|research|studies|argument|reason|why do you think|what do you think|"
    r"would you say|isn'?t it|don'?t you think|compared to|the real|economics|politics|climate|technology|imo|"
    r"i'?d say|(sure|okay|ok|hmm|yes|yeah),? but|^\W*but\b|that'?s a (good|fair) (point|reading|question|"
    r"challenge)|not convinced|i'?d buy that|the point|interpretation|doesn'?t mean|contradicts?|"
    r"depends on|evidence|selection bias|in theory|in practice|trade-?off|the idea)\b",
)


@dataclass(frozen=True, slots=True)
class Features:
    """The measured features the kind rules read."""

    utterances: int
    speakers: int
    top_share: float
    top_speaker: str | None
    words_per_utterance: float
    questions: int
    closed_share_top_asker: float
    question_rate_top_asker: float
    top_asker: str | None
    answer_words_other: float
    deep_turns: dict[str, int]
    depth3_turns: dict[str, int]
    met: int
    advice_responses: int
    unmet: int
    main_response: str | None
    main_depth: int
    horsemen: int
    complaints: int
    negative_share: float
    brag: int
    ideas: int
    acknowledgements: int
    advice_total: int
    listener_questions: int
    listener_backchannels: float
    first_person_top: float
    self_story_share: float


def features(
    conv: Conversation,
    listening: list[SpeakerListening],
    disclosures: list[Disclosure],
    moments: list[ConflictMoment],
) -> Features:
    """Measure what the rules need."""
    utts = conv.utterances
    n = len(utts)
    mains = main_speakers(conv)
    by = {sl.name: sl for sl in listening}
    total_words = sum(u.words for u in utts) or 1
    top = max(listening, key=lambda s: s.words, default=None)
    asker = max(listening, key=lambda s: (s.questions, -s.words), default=None)
    asker_name = asker.name if asker is not None and asker.questions else None
    other_words = [u.words for u in utts if asker_name is not None and u.speaker != asker_name]
    deep = {name: sum(1 for d in disclosures if d.speaker == name) for name in by}
    deep3 = {name: sum(1 for d in disclosures if d.speaker == name and d.depth >= 3) for name in by}
    main = next((d for d in disclosures if d.main), None)
    listener = None
    if top is not None and len(mains) == 2:
        listener = next(name for name in mains if name != top.name)
    lis_utts = [u for u in utts if u.speaker == listener]
    top_words = [w for u in utts if top is not None and u.speaker == top.name for w in words_of(u.text)]
    fp = sum(w in _FIRST for w in top_words)
    sp = sum(w in _SECOND for w in top_words)
    return Features(
        utterances=n,
        speakers=len(by),
        top_share=top.words / total_words if top is not None else 0.0,
        top_speaker=top.name if top is not None else None,
        words_per_utterance=total_words / max(1, n),
        questions=sum(s.questions for s in listening),
        closed_share_top_asker=(asker.questions_closed / asker.questions) if asker and asker.questions else 0.0,
        question_rate_top_asker=(asker.questions / max(1, asker.utterances)) if asker else 0.0,
        top_asker=asker_name,
        answer_words_other=sum(other_words) / len(other_words) if other_words else 0.0,
        deep_turns=deep,
        depth3_turns=deep3,
        met=sum(1 for d in disclosures if d.response == "met"),
        advice_responses=sum(1 for d in disclosures if d.response == "advice"),
        unmet=sum(1 for d in disclosures if d.response in ("deflected", "none")),
        main_response=main.response if main is not None else None,
        main_depth=main.depth if main is not None else 0,
        horsemen=len(moments),
        complaints=sum(1 for u in utts if is_complaint(u.text)),
        negative_share=sum(1 for u in utts if labels_of(u).valence < -0.25) / max(1, n),
        brag=sum(1 for u in utts if _BRAG.found(u.text)),
        ideas=sum(1 for u in utts if _IDEA.found(u.text)),
        acknowledgements=sum(s.reflections + s.empathy_turns for s in listening),
        advice_total=sum(s.advice for s in listening),
        listener_questions=by[listener].questions if listener else 0,
        listener_backchannels=(sum(labels_of(u).backchannel or u.words <= 3 for u in lis_utts) / len(lis_utts))
        if lis_utts
        else 0.0,
        first_person_top=fp / max(1, fp + sp),
        self_story_share=sum(1 for u in utts if _SELF_STORY.found(u.text)) / max(1, n),
    )


def classify(f: Features) -> Kind:
    """The first kind whose rule fits (see the module docstring for the order)."""
    n = max(1, f.utterances)
    total_deep = sum(f.deep_turns.values())
    deep3 = sum(f.depth3_turns.values())
    sharers = sum(1 for v in f.deep_turns.values() if v >= 1)
    if f.horsemen >= 3 or (f.horsemen >= 1 and f.complaints >= 2) or f.complaints >= max(3, 0.25 * n):
        return "conflict"
    if (
        f.top_asker is not None
        and f.question_rate_top_asker >= 0.6
        and f.closed_share_top_asker >= 0.6
        and f.questions >= 5
        and f.answer_words_other <= 6
    ):
        return "interrogation"
    # What answered the disclosure the conversation turns on decides before the shape of the talk does.
    # Unanswered ("none") is unmet only for a lone disclosure: a venter who keeps going got listener tokens.
    if (
        f.main_depth >= 3
        and f.met == 0
        and (f.main_response == "deflected" or (f.main_response == "none" and total_deep <= 1))
    ):
        return "unmet_disclosure"
    if f.advice_responses >= 1 and f.advice_responses >= f.met:
        return "fixing"
    if f.top_share >= 0.7 and f.speakers >= 2:
        if f.advice_total >= 2 and f.first_person_top < 0.75:
            return "lecture"
        if f.first_person_top >= 0.6 or deep3 >= 1:
            return "venting"
        return "lecture"
    if (f.brag >= 2 or f.self_story_share >= 0.4) and deep3 == 0 and f.questions <= 1:
        return "performance"
    if f.ideas >= max(3, 0.3 * n) and deep3 <= 1:
        return "discussion"
    if sharers >= 2 and deep3 >= 1 and f.met >= 1:
        return "heart_to_heart"
    if f.ideas >= max(2, 0.25 * n) or (total_deep >= 2 and f.words_per_utterance >= 12):
        return "discussion"
    if f.main_depth >= 3 and f.unmet > f.met:
        return "unmet_disclosure"
    if sharers >= 1 and f.met >= 1 and deep3 >= 1:
        return "heart_to_heart"
    return "small_talk"
