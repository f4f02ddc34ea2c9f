"""How a disclosure was answered, learned: a small multinomial logistic regression over named reply features.

The hand-written rules of :func:`heart2heart.assess.disclosures.classify_response` were tuned on the project
writers' dev conversations and carry over poorly to conversations written by others. This model reads the same
evidence as numbers instead of as an ordered list of ifs: the rules' own decision (one-hot), their cue functions
(warmth, advice forms, deflection, excuses, minimising, topic overlap, questions and whether they ask about the
feeling, a turn to oneself, length, a bare token, emoji), the utterance labels of the reply (reflection, advice,
open/closed question, empathy levels, the reply's own disclosure level, backchannel) and, optionally, a small hashed
bag of the reply's words and word pairs. Features are standardised and the weights carry a strong L2 penalty.

Weights are fitted by ``python corpus/build_response_model.py --named`` (deterministic full-batch gradient descent
from zeros) into ``responses.json``; that model only tied the rules, so it is not shipped.

What is shipped instead is a bag-of-words model of the reply (:class:`heart2heart.assess.text_model.TextModel`,
``heart2heart/models/responses.npz``), fitted on the hand-written pairs of corpus/responses and the writers' dev
conversations: its probabilities, with :data:`RULE_WEIGHT` added to the rules' answer, decide
(:func:`blend`). On pairs it never saw it was right on 326 of 349 (the rules 283), and on the main disclosure of
each writer's dev conversations, fitted without that writer, 127 of 146 (the rules, written on most of those
conversations, 126). Without either file the rules decide alone. ``$H2H_RESPONSE_MODEL`` points at other weights
(``X.json``, with ``X.npz`` beside it; to try a refit); set it to ``none`` to use the rules only.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from heart2heart.assess import disclosures as d
from heart2heart.assess._cues import Cue, LazyPattern
from heart2heart.assess._softmax import Array, params_from_dict, params_to_dict, softmax
from heart2heart.assess._text import FEELING_WORDS, is_joke, labels_of, overlap, words_of
from heart2heart.assess.disclosures import Response
from heart2heart.assess.text_model import TextModel, load_text_model
from heart2heart.model import Turn, Utterance

__all__ = [
    "ADVICE_OVER_RULES",
    "CLASSES",
    "FEATURE_NAMES",
    "MET_RULE_WEIGHT",
    "MODEL_PATH",
    "RULE_WEIGHT",
    "ResponseCase",
    "ResponseModel",
    "blend",
    "decide",
    "deciding",
    "features",
    "fit",
    "load_model",
    "model_path",
    "rules_stand",
    "text_document",
    "text_probabilities",
]

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "responses.json"

RULE_WEIGHT = 0.35
"""What the rules' answer adds to its probability under the text model (0: the text model alone; above 1: the
rules always). Chosen leave-one-writer-out on the dev splits: 0.2, 0.35, 0.5, 0.7 gave 126, 129, 130, 128 of 146
main answers, and on the held-out pairs 131, 130, 126, 119 of 144."""

MET_RULE_WEIGHT = 0.2
"""The rules' weight when they say ``met``. The rules call many replies met that only share a word with the
disclosure or ask a question near it ("Right. Are you comfortable with on-call once a month?", "Okay. I'll put
no for that one. Can you sign at the bottom?"). Chosen with the text model fitted without each writer in turn
(``python corpus/build_response_model.py --weights``), on every writer's dev split (5,114 pairs, 2,538 of them a
main disclosure): main answers right 2,316 (0.35, as the other answers) -> 2,340 (0.2), 2,345 (0.1), 2,353 (0);
all answers 4,551 -> 4,554, 4,544, 4,540. 0.2 is the weight that gains on both. With :data:`ADVICE_OVER_RULES` in
place (what the command prints now): 0.35, 0.3, 0.2, 0.1, 0 give main 2,325, 2,337, 2,349, 2,354, 2,362 and all
4,565, 4,567, 4,568, 4,558, 4,554."""

ADVICE_OVER_RULES = 0.5
"""A reply the rules call deflected in so many words (:func:`heart2heart.assess.disclosures.rules_decide`: an
opening question on something else, a hard pivot) is still weighed with the text model when it reads advice at this
probability or more: "Have you spoken to occupational health? They can do a referral", "Okay. Right. So the first
thing I'd want to look at is your workload" are a fix, not a change of subject. Chosen as :data:`MET_RULE_WEIGHT`
(leave one writer out on the dev splits): 1 (never), 0.7, 0.5, 0.4 gave main answers 2,340, 2,348, 2,349, 2,349
of 2,538 and all answers 4,554, 4,567, 4,568, 4,568 of 5,114."""


def rules_stand(case: ResponseCase, rule: Response, probabilities: Mapping[str, float] | None) -> bool:
    """Whether the rules' answer stands without the text model (:func:`~heart2heart.assess.disclosures.
    rules_decide`, unless the text model's ``probabilities`` read advice at :data:`ADVICE_OVER_RULES` or more)."""
    if not d.rules_decide(case.disclosed, case.reply, rule):
        return False
    return probabilities is None or probabilities.get("advice", 0.0) < ADVICE_OVER_RULES


#: The four answers, in the order of :data:`heart2heart.assess.disclosures.Response`.
CLASSES: tuple[Response, ...] = ("met", "advice", "deflected", "none")

_EMOJI = LazyPattern("[\U0001f300-\U0001faff\u2600-\u27bf\u2764\u2665]")
_FEELING_Q = Cue(
    r"\b(how (are|do|did|does|is) (you|that|it|this) (feel|feeling|doing|holding|coping|going)|how are you( doing)?"
    r"|are you (ok|okay|alright|all right)|you ok|what (was|is) (that|it) like|how (did|does) (that|it) (make|feel)"
    r"|how long have you (felt|been feeling)|what'?s (that|it) (been )?like for you)\b"
)
#: A sentence that opens on a bare verb: an instruction however it is worded ("Volunteer!", "bring donuts on
#: friday", "Own it in an email", "Speak slower"), after an optional softener ("ugh sorry.", "honestly,").
_BARE_VERB = LazyPattern(
    r"(?:^|[.!?;]\s+|\b(?:honestly|seriously|just|then|and|so|also|ok|okay|right|maybe|pls|please)[,]?\s+)"
    r"(ask|avoid|block|book|bring|buy|call|cancel|cc|change|check|come|consider|cut|delegate|delete|do|download|"
    r"drink|eat|email|find|focus|get|give|go|google|hike|join|journal|keep|leave|let|limit|log|look|lower|make|"
    r"meditate|message|move|open|own|pick|plan|practi[cs]e|prep|put|quit|read|reach|ring|say|schedule|see|"
    r"send|set|sign|skip|sleep|speak|start|stay|step|stop|switch|take|talk|tell|text|think about|track|treat|try|"
    r"turn|update|use|volunteer|wait|walk|watch|wear|write)\b(?!\?)",
    re.IGNORECASE,
)
#: Reframing the feeling away ("you've got the place to yourself though!", "Taxi is good money though").
_REFRAME = Cue(r"\b(though|look on the|silver lining|on the bright side|you'?re lucky|lucky you|be grateful)\b")
_THANKS = Cue(r"\b(thanks|thank you|thank u|ty|cheers)\b")


@dataclass(frozen=True, slots=True)
class ResponseCase:
    """One disclosure and the reply turn that answers it (the evidence the model reads).

    ``disclosed`` is what the listener heard (the disclosure's turn from its first personal utterance on),
    ``reply`` the other person's turn that decides, ``heard`` whether the replier already met an earlier
    disclosure of the same person, ``depth`` the disclosure's depth (2 or 3).
    """

    disclosed: str
    reply: Turn
    heard: bool = False
    depth: int = 2


#: Names of the dense features, in the order :func:`features` reads them.
DENSE_NAMES: tuple[str, ...] = (
    "rule_met",
    "rule_advice",
    "rule_deflected",
    "rule_none",
    "heard",
    "depth3",
    "ack_any",
    "ack_first",
    "ack_decider",
    "formula_ack",
    "strong_ack",
    "exclaim_first",
    "weak_ack_first",
    "advice_any",
    "advice_first",
    "advice_before_ack",
    "imperative_any",
    "pivot_any",
    "hard_pivot_any",
    "turned_away",
    "joke_any",
    "counter_attack",
    "minimise",
    "so_reflect",
    "interest",
    "question_any",
    "question_first",
    "question_feeling",
    "question_about",
    "question_logistics",
    "refers_back",
    "about_them",
    "shared_roots",
    "overlap_words",
    "turns_to_self",
    "topper",
    "me_share",
    "me_count",
    "you_count",
    "log_words",
    "utterances",
    "bare_token",
    "short_reply",
    "emoji",
    "exclamation",
    "thanks",
    "bare_verb",
    "bare_verb_first",
    "reframe",
    "question_unrelated",
    "ack_then_unrelated",
    "lab_reflection",
    "lab_advice",
    "lab_open",
    "lab_closed",
    "lab_er",
    "lab_ip",
    "lab_ex",
    "lab_disclosure",
    "lab_backchannel",
    "lab_valence",
)

#: The rules' verdict, one-hot: left unpenalised by default in :func:`fit`.
RULE_NAMES: tuple[str, ...] = ("rule_met", "rule_advice", "rule_deflected", "rule_none")

#: Hashed buckets of the reply's words and word pairs (0 turns the bag off).
HASH_BUCKETS = 0


def feature_names(buckets: int = HASH_BUCKETS) -> tuple[str, ...]:
    """Dense feature names followed by ``buckets`` hashed bag-of-words names."""
    return DENSE_NAMES + tuple(f"bow_{i}" for i in range(buckets))


FEATURE_NAMES: tuple[str, ...] = feature_names()


def _bag(text: str, buckets: int) -> dict[str, float]:
    """Presence of each hashed word and word pair of ``text`` (crc32, so the same on every run)."""
    out: dict[str, float] = {}
    if buckets <= 0:
        return out
    words = words_of(text)
    grams = words + [f"{a} {b}" for a, b in pairwise(words)]
    for g in grams:
        out[f"bow_{zlib.crc32(g.encode('utf-8')) % buckets}"] = 1.0
    return out


def features(case: ResponseCase, buckets: int = HASH_BUCKETS) -> dict[str, float]:
    """The named feature values of one disclosure/reply pair (every name of :func:`feature_names` present)."""
    reply = case.reply
    us = reply.utterances[:4]
    minimal = d._minimal(reply)
    if minimal:
        rule: str = "none"
        decider: Utterance = us[0]
    else:
        rule, decider = d.classify_response(case.disclosed, reply, heard=case.heard)
    text = " ".join(u.text for u in us)
    low = d.norm(text)
    first = us[0].text
    low_first = d.norm(first)
    words = words_of(low)
    me = sum(w in d._ME for w in words)
    you = sum(w in d._YOU for w in words)
    acks = [d._ack_words(u.text) for u in us]
    advs = [d._advice_words(u.text) for u in us]
    first_ack = acks.index(True) if any(acks) else 99
    first_adv = advs.index(True) if any(advs) else 99
    questions = [u for u in us if "?" in u.text or labels_of(u).question is not None]
    qtext = d.norm(" ".join(u.text for u in questions))
    labs = [labels_of(u) for u in us]
    unrelated = (
        bool(questions)
        and d._shared(case.disclosed, qtext) == 0
        and not _FEELING_Q.found(qtext)
        and not any(d.refers_back(u.text) for u in questions)
        and not d._about_them(case.disclosed, qtext)
    )
    feeling_words = set(FEELING_WORDS)
    values: dict[str, float] = {
        "rule_met": float(rule == "met"),
        "rule_advice": float(rule == "advice"),
        "rule_deflected": float(rule == "deflected"),
        "rule_none": float(rule == "none"),
        "heard": float(case.heard),
        "depth3": float(case.depth >= 3),
        "ack_any": float(any(acks)),
        "ack_first": float(acks[0]),
        "ack_decider": float(d._ack_words(decider.text)),
        "formula_ack": float(any(acks) and any(advs) and d._formula_ack(text)),
        "strong_ack": float(d._STRONG_ACK.found(low_first)),
        "exclaim_first": float(d._EXCLAIM.found(low_first)),
        "weak_ack_first": float(d._WEAK_ACK.found(low_first)),
        "advice_any": float(any(advs)),
        "advice_first": float(advs[0]),
        "advice_before_ack": float(first_adv < first_ack),
        "imperative_any": float(any("?" not in u.text and d._IMPERATIVE.found(d.norm(u.text)) for u in us)),
        "pivot_any": float(any(d._pivot_words(u.text) for u in us)),
        "hard_pivot_any": float(any(d._hard_pivot(u.text) for u in us)),
        "turned_away": float(any(d._turned_away(case.disclosed, u.text) for u in us[:2])),
        "joke_any": float(any(is_joke(u.text) for u in us)),
        "counter_attack": float(any(d._counter_attack(u.text) for u in us)),
        "minimise": float(d._MINIMISE.found(low)),
        "so_reflect": float(d._SO_REFLECT.found(low_first)),
        "interest": float(d._INTEREST.found(low_first)),
        "question_any": float(bool(questions)),
        "question_first": float(bool(questions) and questions[0] is us[0]),
        "question_feeling": float(
            bool(questions) and (_FEELING_Q.found(qtext) or bool(set(words_of(qtext)) & feeling_words))
        ),
        "question_about": float(bool(questions) and d._shared(case.disclosed, qtext) > 0),
        "question_logistics": float(bool(questions) and d._LOGISTICS.found(qtext)),
        "refers_back": float(any(d.refers_back(u.text) for u in questions)),
        "about_them": float(bool(questions) and d._about_them(case.disclosed, qtext)),
        "shared_roots": math.log1p(d._shared(case.disclosed, text)),
        "overlap_words": math.log1p(overlap(case.disclosed, text)),
        "turns_to_self": float(d._turns_to_self(reply, case.disclosed)),
        "topper": float(d._TOPPER.found(low_first) or d._TOO.found(low_first)),
        "me_share": (me + 0.5) / (me + you + 1.0),
        "me_count": math.log1p(me),
        "you_count": math.log1p(you),
        "log_words": math.log1p(len(words)),
        "utterances": float(len(us)),
        "bare_token": float(minimal),
        "short_reply": float(len(words) <= 3),
        "emoji": float(bool(_EMOJI.search(text))),
        "exclamation": float("!" in text),
        "thanks": float(_THANKS.found(low)),
        "bare_verb": float(any(_BARE_VERB.search(d.norm(u.text)) for u in us)),
        "bare_verb_first": float(_BARE_VERB.match(low_first.lstrip(" \"'(")) is not None),
        "reframe": float(_REFRAME.found(low)),
        "question_unrelated": float(unrelated),
        "ack_then_unrelated": float(acks[0] and unrelated and not d._shared(case.disclosed, text)),
        "lab_reflection": float(any(lab.reflection for lab in labs)),
        "lab_advice": float(any(lab.advice for lab in labs)),
        "lab_open": float(any(lab.question == "open" for lab in labs)),
        "lab_closed": float(any(lab.question == "closed" for lab in labs)),
        "lab_er": float(max(lab.empathy.emotional_reaction for lab in labs)),
        "lab_ip": float(max(lab.empathy.interpretation for lab in labs)),
        "lab_ex": float(max(lab.empathy.exploration for lab in labs)),
        "lab_disclosure": float(max(lab.disclosure for lab in labs)),
        "lab_backchannel": float(labs[0].backchannel),
        "lab_valence": float(labs[0].valence),
    }
    for i in range(buckets):
        values[f"bow_{i}"] = 0.0
    values.update(_bag(low, buckets))
    return values


@dataclass(frozen=True, slots=True)
class ResponseModel:
    """Standardisation and softmax weights over named reply features."""

    features: tuple[str, ...]
    classes: tuple[Response, ...]
    mean: Array
    scale: Array
    weights: Array  # (features, classes)
    bias: Array  # (classes,)
    l2: float
    buckets: int = 0

    def probabilities(self, values: dict[str, float]) -> dict[Response, float]:
        """Softmax probability of each answer for one pair's feature values (missing names read as 0)."""
        x = np.array([values.get(name, 0.0) for name in self.features], dtype=np.float64)
        p = softmax(x, self.mean, self.scale, self.weights, self.bias)
        return {k: float(v) for k, v in zip(self.classes, p, strict=True)}

    def predict(self, values: dict[str, float]) -> Response:
        """The most probable answer (ties go to the earlier class in :data:`CLASSES`)."""
        probs = self.probabilities(values)
        return max(self.classes, key=lambda k: probs[k])

    def to_dict(self) -> dict[str, Any]:
        """The JSON form shipped in the package (numbers rounded to 6 places)."""
        return {
            "model": "multinomial logistic regression over standardised disclosure/reply features",
            "l2": self.l2,
            "buckets": self.buckets,
            "features": list(self.features),
            "classes": list(self.classes),
            **params_to_dict(self.mean, self.scale, self.weights, self.bias),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ResponseModel:
        """Read :meth:`to_dict`'s form back; ValueError on unknown classes or mismatched shapes."""
        names = [str(c) for c in data["classes"]]
        unknown = [c for c in names if c not in CLASSES]
        if unknown:
            raise ValueError(f"unknown responses in the model: {unknown}")
        classes = tuple(c for c in CLASSES if c in names)
        if list(classes) != names:
            raise ValueError(f"response model classes out of order: {names}")
        model = cls(
            features=tuple(data["features"]),
            classes=classes,
            **params_from_dict(data),
            l2=float(data["l2"]),
            buckets=int(data.get("buckets", 0)),
        )
        if model.weights.shape != (len(model.features), len(classes)) or model.bias.shape != (len(classes),):
            raise ValueError("response model weights do not match its features and classes")
        return model


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[Response],
    names: Sequence[str],
    l2: float = 100.0,
    iterations: int = 2000,
    step: float = 0.5,
    buckets: int = 0,
    weights: Sequence[float] | None = None,
    free: Sequence[str] = RULE_NAMES,
) -> ResponseModel:
    """Fit the softmax weights by full-batch gradient descent from zeros (deterministic: same data, same bytes).

    The penalty is ``l2 / 2 * |W|^2`` on the standardised weights (not the bias), divided by the total row weight.
    ``weights`` weighs each row (default 1). The features named in ``free`` (default: the rules' one-hot verdict)
    carry no penalty, so the model starts from the rules and the other features correct them where the data
    says so.
    """
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=np.float64)
    y = np.zeros((len(rows), len(CLASSES)))
    for i, k in enumerate(labels):
        y[i, CLASSES.index(k)] = 1.0
    sw = np.ones(len(rows)) if weights is None else np.asarray(weights, dtype=np.float64)
    total = float(sw.sum())
    mean = (x * sw[:, None]).sum(axis=0) / total
    scale = np.sqrt((((x - mean) ** 2) * sw[:, None]).sum(axis=0) / total) + 1e-6
    z = (x - mean) / scale
    w = np.zeros((z.shape[1], len(CLASSES)))
    b = np.zeros(len(CLASSES))
    penalty = np.array([0.0 if n in free else l2 for n in names])[:, None]
    for _ in range(iterations):
        s = z @ w + b
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sw[:, None]
        # the penalty's step taken implicitly (proximal), so a strong penalty on few rows stays stable
        w = (w - step * (z.T @ g / total)) / (1.0 + step * penalty / total)
        b -= step * g.sum(axis=0) / total
    return ResponseModel(tuple(names), CLASSES, mean, scale, w, b, l2, buckets)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> ResponseModel | None:
    """The model at ``path``, or None when the file is absent (the rules then decide alone)."""
    if not path.exists():
        return None
    return ResponseModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def model_path() -> Path | None:
    """The weights to use: ``$H2H_RESPONSE_MODEL`` when set (``none``: the rules only), else :data:`MODEL_PATH`."""
    override = os.environ.get("H2H_RESPONSE_MODEL")
    if override is None:
        return MODEL_PATH
    return None if override.lower() in ("", "none", "rules") else Path(override)


SHARED, NOT_SHARED = "zzshared", "zznotshared"
"""Marker words added to the reply for the text model: whether it shares a content word with the disclosure (a
reply on another subject is how most deflections look; with it, held-out pairs 240 -> 244 of 263 and
leave-one-writer-out main answers 128 -> 129 of 146)."""


def emoji_words(text: str) -> str:
    """``text`` with each emoji (a Unicode "other symbol") followed by its name in words: the tokenizer reads
    letters and digits only, so "👍" and "💔" alone were the same empty reply to the text model; "👍" becomes
    "👍 emoji thumbs up sign", "💔" "💔 emoji broken heart" (the writers of pairs answer a lone thumbs-up `none`,
    the outside evaluators a broken heart `met`)."""
    if text.isascii():
        return text
    out: list[str] = []
    for ch in text:
        out.append(ch)
        if unicodedata.category(ch) == "So":
            out.append(f" emoji {unicodedata.name(ch, '').lower()} ")
    return "".join(out)


def text_document(case: ResponseCase) -> list[str]:
    """What the text model reads of a pair: the texts of the reply turn's utterances (emoji named in words,
    :func:`emoji_words`), then :data:`SHARED` or :data:`NOT_SHARED`."""
    texts = [u.text for u in case.reply.utterances]
    shared = d._shared(case.disclosed, " ".join(texts))
    return [emoji_words(t) for t in texts] + [SHARED if shared else NOT_SHARED]


def blend(
    probs: Mapping[str, float], rule: Response, weight: float = RULE_WEIGHT, met_weight: float = MET_RULE_WEIGHT
) -> Response:
    """The answer with the highest text-model probability once ``weight`` (``met_weight`` when the rules say
    ``met``) is added to the rules' answer."""
    if rule == "met":
        weight = met_weight
    best = max(CLASSES, key=lambda k: probs.get(k, 0.0) + (weight if k == rule else 0.0))
    return best


def deciding() -> tuple[ResponseModel | None, TextModel | None]:
    """Which model decides, as :func:`model_path` names it: ``(named-feature model, None)`` when its weights are
    present, else ``(None, the text model beside them)``; ``(None, None)`` when the rules decide alone."""
    path = model_path()
    if path is None:
        return None, None
    named = load_model(path)
    return (named, None) if named is not None else (None, _text_model(path))


def decide(
    case: ResponseCase,
    model: ResponseModel | None = None,
    rule: Response | None = None,
    probabilities: Mapping[str, float] | None = None,
) -> Response | None:
    """The learned answer for one pair, or None when no model is available (the caller keeps the rules').

    ``model``, else the model that decides (:func:`deciding`): the named-feature model, or the text model blended
    with ``rule`` (when given); ``probabilities`` are the text model's for this pair when already known
    (:func:`text_probabilities`).
    """
    named, text = (model, None) if model is not None else deciding()
    if named is not None:
        return named.predict(features(case, named.buckets))
    if rule is None or text is None:
        return None
    if probabilities is None:
        probabilities = text.probabilities(text_document(case))
    return blend(probabilities, rule)


def text_probabilities(cases: Sequence[ResponseCase]) -> list[dict[str, float]] | None:
    """The text model's probabilities for many pairs in one pass (in order; for :func:`decide`), or None when it is
    not the text model that decides (the named-feature model, the rules only, or no model file)."""
    named, text = deciding()
    if named is not None or text is None:
        return None
    rows = text.probability_rows([text_document(case) for case in cases]).tolist()
    return [dict(zip(text.classes, row, strict=True)) for row in rows]


@lru_cache(maxsize=4)
def _text_model(path: Path) -> TextModel | None:
    """The text model beside the weights ``path`` names (``X.npz`` for ``X.json``), looked up once per path."""
    return load_text_model(path.with_suffix(".npz"), CLASSES)
