"""Fit the main-disclosure ranker (heart2heart/models/main_ranker.json) on every writer's dev split.

For each of the kinds that turn on a disclosure, a logistic regression over :data:`RANK_FEATURES` of every detected
disclosure of the writers' dev conversations of that kind (labelled: is it the writer's main disclosure). The
chooser's probabilities in the features are out of fold: each writer's come from a chooser fitted without that
writer (``build_main_model.fit``), as a new conversation's come from a chooser that never saw it.

    python corpus/build_main_ranker.py           # writes heart2heart/models/main_ranker.json (~1 min)
    python corpus/build_main_ranker.py --cross   # leave-one-writer-out figures on dev; writes nothing

``--cross`` fits each kind's ranker without each writer in turn and compares its choice on that writer's
conversations with the chooser's (the first it lists; in venting, and in a conflict where it lists none, the
likeliest): the main disclosure at the writer's index, its answer (the disclosure's own, before the kind's
agreement) and who made it. Needs the ``[train]`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import build_main_model as main_build
import numpy as np

from heart2heart._io import atomic_write_bytes
from heart2heart.assess.coherence import TURNS_ON_DISCLOSURE
from heart2heart.assess.main_choice import load_main_model
from heart2heart.assess.main_ranker import MODEL_PATH, Ranker, rank_rows
from heart2heart.assess.validate import labelled_conversations

HERE = Path(__file__).resolve().parent
C = 0.3
KINDS = tuple(sorted(TURNS_ON_DISCLOSURE))

Item = tuple[str, main_build.Conv, list[float]]  # (gold kind, the conversation, out-of-fold chooser probabilities)


def load(threshold: float, writers: Sequence[str] = main_build.SETS) -> dict[str, list[Item]]:
    """``writers``' dev conversations with a main disclosure and something detected, with their gold kind and
    out-of-fold chooser probabilities (each writer's from a chooser fitted on the others of ``writers``)."""
    convs = {w: main_build.load(w) for w in writers}
    kinds = {
        w: [row["kind"] for row, _ in labelled_conversations(HERE / w, "dev") if row.get("main_disclosure") is not None]
        for w in writers
    }
    out: dict[str, list[Item]] = {}
    for w, cs in convs.items():
        chooser = main_build.fit([cv for n, other in convs.items() if n != w for cv in other], threshold)
        out[w] = [(k, cv, chooser.probabilities(cv.values)) for k, cv in zip(kinds[w], cs, strict=True) if cv.found]
    return out


def fit(items: list[Item], kind: str, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """One kind's standardisation and logistic weights (deterministic: lbfgs from zeros)."""
    from sklearn.linear_model import LogisticRegression

    x: list[list[float]] = []
    y: list[bool] = []
    for k, cv, likely in items:
        if k == kind:
            x += rank_rows(cv.values, likely, threshold)
            y += [d.index == cv.main for d in cv.found]
    arr = np.asarray(x, dtype=np.float64)
    mean, scale = arr.mean(axis=0), arr.std(axis=0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=5000).fit((arr - mean) / scale, y)
    return mean, scale, clf.coef_[0].astype(np.float64), float(clf.intercept_[0])


def build(data: dict[str, list[Item]], threshold: float, leave_out: str | None = None) -> Ranker:
    """The ranker of every kind, fitted on ``data`` (without ``leave_out``'s conversations)."""
    items = [it for w, its in data.items() if w != leave_out for it in its]
    return Ranker({k: fit(items, k, threshold) for k in KINDS}, threshold)


def chooser_pick(kind: str, likely: list[float], threshold: float) -> int:
    """What the chooser (and the kind's agreement before the ranker) took: the first listed; the likeliest in
    venting, or in a conflict where none is listed; the first otherwise."""
    first = next((k for k, p in enumerate(likely) if p >= threshold), None)
    if kind == "venting" or (kind == "conflict" and first is None):
        return int(np.argmax(likely))
    return 0 if first is None else first


def cross(data: dict[str, list[Item]], threshold: float) -> None:
    tally = {k: [0, 0, 0, 0, 0, 0, 0] for k in KINDS}  # n, index, answer, who: chooser, ranker
    for w in data:
        ranker = build(data, threshold, leave_out=w)
        for kind, cv, likely in data[w]:
            if kind not in tally:
                continue
            rows = rank_rows(cv.values, likely, threshold)
            scores = ranker.scores(kind, rows) or []
            picks = (chooser_pick(kind, likely, threshold), max(range(len(rows)), key=lambda k: (scores[k], -k)))
            gold = next((d for d in cv.found if d.index == cv.main), None)
            t = tally[kind]
            t[0] += 1
            for j, k in enumerate(picks):
                d = cv.found[k]
                t[1 + j] += d.index == cv.main
                t[3 + j] += d.response == cv.response
                t[5 + j] += gold is not None and d.speaker == gold.speaker
    print("leave one writer out on dev, chooser -> ranker (main disclosure at the writer's index, its answer, who):")
    for k, (n, i0, i1, a0, a1, w0, w1) in tally.items():
        print(f"  {k:17s} n={n:4d}  index {i0} -> {i1}  answer {a0} -> {a1}  who {w0} -> {w1}")
    totals = [sum(t[j] for t in tally.values()) for j in range(7)]
    print(
        f"  {'all':17s} n={totals[0]:4d}  index {totals[1]} -> {totals[2]}  answer {totals[3]} -> {totals[4]}  "
        f"who {totals[5]} -> {totals[6]}"
    )


def write(ranker: Ranker, output: Path) -> None:
    """Write ``ranker`` where ``$H2H_MAIN_RANKER`` (or the shipped path) reads it."""
    atomic_write_bytes(output, (json.dumps(ranker.to_dict(), indent=1) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="only report leave-one-writer-out figures")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    chooser = load_main_model()
    if chooser is None:
        print("build_main_ranker: the main-disclosure chooser is missing; build it first", file=sys.stderr)
        return 2
    data = load(chooser.threshold)
    if args.cross:
        cross(data, chooser.threshold)
        return 0
    ranker = build(data, chooser.threshold)
    write(ranker, args.output)
    print(f"wrote {args.output} ({', '.join(ranker.kinds)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
