"""The answer to the main disclosure, made to agree with the verdict on the whole conversation.

Four of the kinds are defined by how the disclosure the conversation turns on was answered (the labelling rules in
corpus/kinds/README.md, after the article): a heart-to-heart meets it, venting is heard with brief tokens, fixing
jumps to solutions before the feeling is heard, and an unmet disclosure is answered by a change of subject, a joke
or a turn to oneself. Every writer of corpus/kinds* labels them so (dev splits, eighteen writers: heart-to-heart 91
of 91 main disclosures met, venting 84 of 89 met and the rest a bare token, fixing 89 of 89 advice, unmet
disclosure 85 of 89 deflected and the rest unanswered). The verdict reads the whole conversation and is right far
more often (0.96 on the writers' valid splits) than the reply model reading one reply (0.84), so when the two
disagree the verdict decides, and a report never says "fixing" over a main disclosure it calls met.

A disclosure nobody answered (``none``) stays so: no reply is there to re-read. Conflicts, interrogations and the
kinds without a main disclosure keep the reply model's answer (their writers answer both ways), with two
exceptions for a main disclosure it calls met, both from reading the reply turn:

- in a conflict, a reply that defends, attacks or shuts the speaker out (a horseman the horsemen model tells in it)
  and acknowledges nothing deflects it ("I always lock it. Gabe was the last one out."). Dev splits, the writers'
  conflicts with an answered main disclosure: 195 such replies deflect it, 14 meet it; the rule took 6 answers the
  reply model had called met to right and 1 to wrong;
- in an interrogation the writers meet the main disclosure only with some acknowledgement ("Oh sweetheart. Are you
  ok?", "I'm so sorry. Do you live on your own?"); a reply that just asks the next question ("Right. Which local
  authority was that?", "did you book the scan already") deflects it. Dev splits, the writers' interrogations with
  a main disclosure: such a reply answers 44 of the 49 deflected ones and none of the 7 met.

Which disclosure is the main one follows the kind. The chooser takes the first one a person would list
(:mod:`heart2heart.assess.main_choice`), before the kind is known; then

- in a lecture the main disclosure, when there is one, is the listener's, not one of the lecturer's own stories;
- in the five kinds that turn on a disclosure, the kind's ranker picks it (:mod:`heart2heart.assess.main_ranker`;
  leave one writer out on dev, those kinds: the main disclosure at the writers' index 2174 -> 2252 of 2524, its
  answer 2416 -> 2462, who 2410 -> 2441);
- without the ranker's file: in venting the likeliest one (the writers mark the one the outpour comes to, not the
  first, which mostly goes unanswered as the venter goes on; dev: at the writers' index 332 -> 383 of 510), and in
  a conflict where the chooser lists none the likeliest instead of the first deep one (391 -> 415 of 500).

The reports show the disclosures a person would list (``listed``); the chooser lists the main one only when it is
sure of it, and the verdict settles the rest: in the five kinds that turn on a disclosure the main one is listed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from heart2heart.assess.conflict import ConflictMoment
    from heart2heart.assess.disclosures import Disclosure, Response
    from heart2heart.assess.kind import Kind
    from heart2heart.model import Conversation, Utterance

__all__ = ["KIND_ANSWER", "TURNS_ON_DISCLOSURE", "agree_with_kind"]

#: The answer a kind implies for its main disclosure.
KIND_ANSWER: dict[str, Response] = {
    "heart_to_heart": "met",
    "venting": "met",
    "fixing": "advice",
    "unmet_disclosure": "deflected",
}


#: The kinds that turn on a disclosure: the writers give them a main disclosure in 738 of 748 dev conversations
#: (thirty writers; the other five kinds: 66 of 745), so their main one is listed even when the chooser was unsure.
TURNS_ON_DISCLOSURE = frozenset(KIND_ANSWER) | {"conflict"}


def agree_with_kind(
    kind: Kind,
    found: list[Disclosure],
    floor_holder: str | None = None,
    conv: Conversation | None = None,
    told: Sequence[ConflictMoment] = (),
) -> list[Disclosure]:
    """``found`` with the main disclosure's answer set to the one ``kind`` implies (:data:`KIND_ANSWER`), unless
    nobody answered it, and listed when ``kind`` turns on a disclosure (:data:`TURNS_ON_DISCLOSURE`); other
    disclosures are left as they are.

    In a lecture the one who holds the floor (``floor_holder``, the speaker with the most words) tells their own
    stories and opinions; the disclosure such a talk turns on, when there is one, is the listener's, answered with
    more lecture. So the main disclosure moves to the first one by anybody else, when there is one (dev, the
    writers' lectures with a main disclosure: 6 of 6 by the listener, and the chooser took the lecturer's in 4).

    In the kinds that turn on a disclosure the kind's ranker picks the main one, given ``conv`` (see the module's
    docstring). Given ``conv``, to read the reply, a main disclosure the reply model calls met is deflected
    in an interrogation when the reply only carries on with the questioning
    (:func:`~heart2heart.assess.disclosures.asks_past`), and in a conflict when one of the horsemen ``told`` is in
    the reply and nothing in it acknowledges the disclosure.
    """
    if kind == "lecture" and floor_holder is not None:
        main = next((d for d in found if d.main), None)
        other = next((d for d in found if d.speaker != floor_holder), None)
        if main is not None and main.speaker == floor_holder and other is not None:
            return [replace(d, main=d is other) for d in found]
    ranked = _ranked(kind, conv, found)
    if ranked is not None:
        found = [replace(d, main=d is ranked) for d in found]
    elif kind == "venting" or (kind == "conflict" and not any(d.listed for d in found)):
        found = _likeliest(found)
    want = KIND_ANSWER.get(kind)
    out: list[Disclosure] = []
    for d in found:
        if d.main and want is not None and d.response not in ("none", want):
            d = replace(d, response=want)
        elif d.main and d.response == "met" and conv is not None and _turned_on(kind, conv, d, told):
            d = replace(d, response="deflected")
        if d.main and not d.listed and kind in TURNS_ON_DISCLOSURE:
            d = replace(d, listed=True)
        out.append(d)
    return out


def _ranked(kind: Kind, conv: Conversation | None, found: list[Disclosure]) -> Disclosure | None:
    """The main disclosure as ``kind``'s ranker picks it (:mod:`heart2heart.assess.main_ranker`), or None without
    the conversation, a ranker for the kind, or the chooser's probabilities."""
    if conv is None or kind not in TURNS_ON_DISCLOSURE:
        return None
    from heart2heart.assess.main_ranker import ranked_main

    return ranked_main(kind, conv, found)


def _likeliest(found: list[Disclosure]) -> list[Disclosure]:
    """``found`` with the likeliest disclosure (the first of equals) as the main one; as it was without the chooser's
    probabilities."""
    if not found or any(d.likely is None for d in found):
        return found
    top = max(found, key=lambda d: d.likely or 0.0)
    return [replace(d, main=d is top) for d in found]


def _reply(conv: Conversation, d: Disclosure) -> tuple[Utterance, ...]:
    """The turn holding the utterance that answered ``d`` (empty when there is none)."""
    turn = next((t for t in conv.turns() if any(u.index == d.response_index for u in t.utterances)), None)
    return () if turn is None else turn.utterances


def _turned_on(kind: Kind, conv: Conversation, d: Disclosure, told: Sequence[ConflictMoment]) -> bool:
    """True when the reply to a met-looking ``d`` only asks the next question of an interrogation, or defends,
    attacks or shuts out in a conflict without acknowledging anything (other kinds: False, the reply unread)."""
    from heart2heart.assess.disclosures import acknowledges, asks_past

    if kind == "interrogation":
        return asks_past(_reply(conv, d))
    if kind == "conflict":
        reply = _reply(conv, d)
        at = {u.index for u in reply}
        return any(m.index in at for m in told) and not any(acknowledges(u) for u in reply)
    return False
