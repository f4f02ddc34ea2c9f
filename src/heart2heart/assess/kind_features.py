"""Interpretable conversation features for the kind model: who talks, who asks, who discloses, how it is met.

Each feature is a rate, a share or a mean (comparable across 6- and 60-utterance conversations) with a name a
person can read in the model card. The length itself is left out on purpose: every writer of corpus/kinds* wrote
long heart-to-hearts and short unmet disclosures, so a length feature learned the writers' habit, not the kind
(MODEL_CARD.md, "No length feature"). They follow the distinctions of issue 4 and EVIDENCE.md:

- shape: talk share and turn lengths per speaker (venting, lecture and performance are one-sided in different
  ways), how often the floor changes hands;
- questions: rate, closed share, how concentrated on one asker, how short the answers (interrogation);
- disclosure: how much and how deep, whether both sides disclose, how the disclosures were answered (met, advice,
  deflected), the main one's answer (heart-to-heart, fixing, unmet disclosure);
- conflict: second-person blame, absolutes, the four horsemen, short dismissive replies (stonewalling); what sets
  an argument apart from a heart-to-heart that also speaks of hurt: a grievance aimed at the listener early on,
  horsemen from both sides, how much of the talk happens in a quarrel, rebuttals ("no,", "that's not what I said"),
  and disclosures answered by a horseman;
- content: negative first-person feeling (venting), second-person directives and generalisations (lecture),
  self-presentation and achievements (performance), ideas and reasons (discussion), logistics (small talk).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from heart2heart.assess._cues import Cue
from heart2heart.assess._text import labels_of, words_of, wordset
from heart2heart.assess.conflict import ConflictMoment, grievance, in_quarrel, is_complaint
from heart2heart.assess.disclosures import Disclosure, gives_advice
from heart2heart.assess.listening import SpeakerListening, question_of
from heart2heart.model import Conversation, Utterance

__all__ = ["FEATURE_NAMES", "vector"]

_FIRST = wordset("i i'm i've i'd i'll me my mine myself im ive")
_SECOND = wordset("you you're you've you'd you'll your yours yourself u ur")
_ABSOLUTE = Cue(r"\b(always|never|every (single )?time|constantly|literally the (most|worst)|nobody|no one)\b")
_BLAME_WORDS = Cue(
    r"\b(most|so|such an?|absolute|complete|total|literally the)\b[^.!?]{0,25}\b(inconsiderate|selfish|lazy|"
    r"rude|fake|nightmare|useless|ridiculous|pathetic|joke|mess|disaster|liar|hypocrite|child|dramatic|"
    r"unbelievable|impossible|embarrassing|annoying|irresponsible|unreliable)\b|\b(how dare you|shut up|"
    r"of course you|you clearly|you just|you'?re (both|all)|you two|you guys)\b",
)
_DISMISS = Cue(
    r"^\W*(fine|whatever|k|ok|okay|noted|sure|right|wow|great|cool|👍|🙄)\W*$|"
    r"^\W*(i'?m not doing this|i said ok|are we done|forget it|not now|leave it)\W*$",
)
_TOPPER = Cue(
    r"\b(same|me too|funnily enough|funny,? (i|we)|so funny|that reminds me|welcome to the club|snap|"
    r"(i|we) (did|had|went|got) (one|that|the same|those)|beat that|that'?s nothing|(said|did) similar)\b|"
    # a quick compliment, then straight to oneself: "Oh, lovely. We had a guide...", "A gulet, nice. We did..."
    r"^[^.!?]{0,25}\b(nice|lovely|amazing|wow|gosh|congrats|well done|how (special|lovely|fun)|goodness|"
    r"impressive|incredible|ha)\b[^.!?]{0,15}[.!?,]+\s*(and )?(we|i|my|our|i'?ve|we'?ve|we'?re|i'?m|ours)\b",
)
_ACHIEVE = Cue(
    r"\b(won|award|promot\w*|record|best|top|first|fastest|biggest|champion\w*|qualif\w*|invited|asked to|"
    r"recruited|headhunted|featured|viral|views|followers|sold|raised|launched|beat (target|the)|standing "
    r"ovation|keynote|business class|first class|villa|yacht|michelin|five.?star|private|vip|personally|"
    r"my (team|startup|company|book|kids?|son|daughter|grand\w+)|(he|she|they)'?s (top|head|captain|the best)|"
    r"\d+ ?(k|%|percent|grand|million|thousand)|distinction|youngest|most (mature|talented|gifted|advanced)|"
    r"gifted|a natural|mov(ed|ing) (him|her|them|me|us) up|squad|county|national team|selected|scholarship|"
    r"fellowship|book deal|series [a-d]|forbes|approached (me|us)|been asked to|asked me to|invited (me|us)|"
    r"embassy|not open to the public|exclusive|chartered|private (tour|guide|jet|chef|island)|trilingual|"
    r"bilingual|fluent in|(her|his|their|my) (teacher|coach|tutor|boss|ceo) (says|said|thinks)|"
    r"(one|1) in \d+|only \d+ (people|of us|places)|streak|personal best|(harvard|oxford|cambridge|stanford|"
    r"goldman|mckinsey|google)|trekk?(ed|ing)|safari|before (the tourists|it got (busy|popular|touristy))|"
    r"off the beaten|we know the (family|owner|chef)|through a friend at)\b",
)
_LOGISTICS = Cue(
    r"\b(\d{1,2}(:\d{2})?\s?(am|pm)|\d{1,2}:\d{2}|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekend|o'?clock|meet|pick (you |it )?up|drop (you |it )?off|bring|booked?|table|train|"
    r"bus|parking|traffic|weather|rain|sunny|cold|hot|shop|milk|bread|dinner|lunch|coffee|tickets?|address|"
    r"on my way|running late|see you|cheers|thanks|thank you|sounds good|perfect|no worries|great)\b",
)
_IDEA = Cue(
    r"\b(i think|i'?d argue|i disagree|i agree|the (point|argument|evidence|data|problem|question) is|"
    r"in general|society|people (tend|who|don'?t|just)|on the other hand|the thing is|it depends|because|"
    r"whereas|however|research|studies|argument|reason|what do you think|don'?t you think|would you say|"
    r"compared to|in theory|in practice|trade-?off|not convinced|fair point|good point|but (isn'?t|doesn'?t|"
    r"what about)|which means|if (we|you) (look|think)|depends on|policy|system|economy|whether)\b",
)
_GENERAL = Cue(
    r"\b(in life|in my day|when i was your age|young people|kids these days|people (like|who|always|never)|"
    r"the world|you (must|will|have to|need to|should|cannot|can'?t)|one (must|should)|always remember|"
    r"never forget|listen to me|let me tell you|the (key|secret|trick) is|that'?s how|that is how|"
    r"mark my words|trust me|the problem with|you young)\b",
)
#: Rebuttals: a reply that contradicts the other person rather than an idea ("no,", "that's not what I said").
_REBUTTAL = Cue(
    r"^\W*(no|nope|nah|um,? no|excuse me)\b"
    r"(?! (worries|problem|way|idea|rush|need|stress|wonder|doubt|kidding|shame|one|matter|pressure|judg))|"
    r"\b(that'?s not (what|true|fair|the point|how|it)|you'?re twisting|twisting my words|i never said|"
    r"i didn'?t say|how is (that|this) (my|on me)|are you serious|you can'?t be serious|so now|"
    r"don'?t (even )?start|that'?s rich|you started|not the point|are you (even )?listening)\b",
)
_FEELING_NEG = Cue(
    r"\b(hate|sick of|fed up|done with|so done|can'?t (stand|believe|take)|furious|annoyed|angry|mad|pissed|"
    r"livid|frustrat\w*|exhausted|stressed|tired of|worst|unfair|ridiculous|kill me|seriously|literally|"
    r"every single|ugh|argh)\b",
)

FEATURE_NAMES: tuple[str, ...] = (
    "log_words_per_utterance",
    "top_talk_share",
    "turn_length_ratio",
    "floor_changes",
    "question_rate",
    "closed_share",
    "question_concentration",
    "log_answer_words",
    "disclosure_rate",
    "deep_rate",
    "both_disclose",
    "met_share",
    "advice_share",
    "deflected_share",
    "main_met",
    "main_advice",
    "main_deflected",
    "main_none",
    "horsemen_rate",
    "complaint_rate",
    "blame_rate",
    "absolute_rate",
    "dismissive_rate",
    "negative_share",
    "positive_share",
    "venting_words_top",
    "first_person_top",
    "second_person_top",
    "generalisation_rate",
    "advice_rate",
    "acknowledgement_rate",
    "listener_token_share",
    "achievement_rate",
    "topper_rate",
    "idea_rate",
    "logistics_rate",
    "exclamation_rate",
    "grievance_opening",
    "grievance_met_by_horseman",
    "two_sided_horsemen",
    "quarrel_share",
    "rebuttal_rate",
    "disclosure_met_by_horseman",
)


def _grievance_met_by_horseman(utts: Sequence[Utterance], fought: Collection[int]) -> bool:
    """Whether the first grievance of the opening (four utterances) was answered with a horseman: the first reply
    by somebody else is criticism, contempt, defensiveness or stonewalling (``fought``: their indices)."""
    for i, u in enumerate(utts[:4]):
        if grievance(u.text):
            reply = next((r for r in utts[i + 1 :] if r.speaker != u.speaker), None)
            return reply is not None and reply.index in fought
    return False


def _rate(count: float, total: float) -> float:
    return count / total if total > 0 else 0.0


def vector(
    conv: Conversation,
    figures: list[SpeakerListening],
    disclosures: list[Disclosure],
    moments: list[ConflictMoment],
) -> dict[str, float]:
    """The named feature values of one labelled conversation (see :data:`FEATURE_NAMES`)."""
    utts = conv.utterances
    n = max(1, len(utts))
    turns = conv.turns()
    words = {sl.name: sl.words for sl in figures}
    count = {sl.name: sl.utterances for sl in figures}
    total_words = sum(words.values()) or 1
    ranked = sorted(words, key=lambda s: -words[s])
    top = ranked[0] if ranked else None
    other = ranked[1] if len(ranked) > 1 else None
    top_mean = _rate(words.get(top or "", 0), count.get(top or "", 0))
    other_mean = _rate(words.get(other or "", 0), count.get(other or "", 0))
    qs = [question_of(u) for u in utts]
    asked: dict[str, int] = {}
    for u, q in zip(utts, qs, strict=True):
        if q is not None:
            asked[u.speaker] = asked.get(u.speaker, 0) + 1
    n_q = sum(asked.values())
    asker = max(asked, key=lambda s: asked[s]) if asked else None
    answers = [u.words for u in utts if asker is not None and u.speaker != asker]
    sharers = {d.speaker for d in disclosures}
    nd = len(disclosures)
    main = next((d for d in disclosures if d.main), None)
    top_words = [w for u in utts if u.speaker == top for w in words_of(u.text)]
    fp = sum(w in _FIRST for w in top_words)
    sp = sum(w in _SECOND for w in top_words)
    top_utts = [u for u in utts if u.speaker == top]
    lis_utts = [u for u in utts if u.speaker == other]
    n_turns = max(1, len(turns))
    fought = {m.index for m in moments}
    return {
        "log_words_per_utterance": math.log(1 + total_words / n),
        "top_talk_share": _rate(words.get(top or "", 0), total_words),
        "turn_length_ratio": math.log((1 + top_mean) / (1 + other_mean)),
        "floor_changes": _rate(len(turns) - 1, n - 1) if n > 1 else 0.0,
        "question_rate": n_q / n,
        "closed_share": _rate(sum(q == "closed" for q in qs), n_q),
        "question_concentration": _rate(asked.get(asker or "", 0), n_q),
        "log_answer_words": math.log(1 + (sum(answers) / len(answers) if answers else 0.0)),
        "disclosure_rate": nd / n_turns,
        "deep_rate": sum(d.depth >= 3 for d in disclosures) / n_turns,
        "both_disclose": float(len(sharers) >= 2),
        "met_share": _rate(sum(d.response == "met" for d in disclosures), nd),
        "advice_share": _rate(sum(d.response == "advice" for d in disclosures), nd),
        "deflected_share": _rate(sum(d.response == "deflected" for d in disclosures), nd),
        "main_met": float(main is not None and main.response == "met"),
        "main_advice": float(main is not None and main.response == "advice"),
        "main_deflected": float(main is not None and main.response == "deflected"),
        "main_none": float(main is not None and main.response == "none"),
        "horsemen_rate": len(moments) / n,
        "complaint_rate": sum(is_complaint(u.text) for u in utts) / n,
        "blame_rate": sum(_BLAME_WORDS.found(u.text) for u in utts) / n,
        "absolute_rate": sum(_ABSOLUTE.found(u.text) for u in utts) / n,
        "dismissive_rate": sum(_DISMISS.found(u.text) for u in utts) / n,
        "negative_share": sum(labels_of(u).valence < -0.25 for u in utts) / n,
        "positive_share": sum(labels_of(u).valence > 0.5 for u in utts) / n,
        "venting_words_top": _rate(sum(_FEELING_NEG.found(u.text) for u in top_utts), len(top_utts)),
        "first_person_top": _rate(fp, len(top_words)),
        "second_person_top": _rate(sp, len(top_words)),
        "generalisation_rate": sum(_GENERAL.found(u.text) for u in utts) / n,
        "advice_rate": sum(gives_advice(u) for u in utts) / n,
        "acknowledgement_rate": sum(sl.reflections + sl.empathy_turns for sl in figures) / n,
        "listener_token_share": _rate(sum(labels_of(u).backchannel or u.words <= 3 for u in lis_utts), len(lis_utts)),
        "achievement_rate": sum(_ACHIEVE.found(u.text) for u in utts) / n,
        "topper_rate": sum(_TOPPER.found(u.text) for u in utts) / n,
        "idea_rate": sum(_IDEA.found(u.text) for u in utts) / n,
        "logistics_rate": sum(_LOGISTICS.found(u.text) for u in utts) / n,
        "exclamation_rate": sum("!" in u.text for u in utts) / n,
        "grievance_opening": float(any(grievance(u.text) for u in utts[:4])),
        "grievance_met_by_horseman": float(_grievance_met_by_horseman(utts, fought)),
        "two_sided_horsemen": float(len({m.speaker for m in moments}) >= 2),
        "quarrel_share": sum(in_quarrel(conv, moments)) / n,
        "rebuttal_rate": sum(_REBUTTAL.found(u.text) for u in utts) / n,
        "disclosure_met_by_horseman": _rate(sum(d.response_index in fought for d in disclosures), nd),
    }
