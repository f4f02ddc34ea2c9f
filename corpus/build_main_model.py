"""Fit the main-disclosure chooser: src/heart2heart/models/main_disclosure.json (same corpus, same bytes).

Reads the ``dev`` split of every labelled set (:data:`SETS`, every writer's; ``valid`` is never read here), annotated
as ``h2h analyze`` does. Every disclosure the detector finds in a conversation with a labelled main disclosure is
one row: its :data:`heart2heart.assess.main_choice.FEATURES`, and whether the writer listed it as a disclosure.
A logistic regression over standardised features (scikit-learn, the ``[train]`` extra) learns which detected
disclosures people mark; the chooser takes the first one whose probability reaches the threshold. The threshold
is chosen leave-one-writer-out: each writer's conversations are scored by a model fitted on the other writers,
and the threshold that (averaged with its neighbours on the grid) finds the labelled main disclosure most often
wins.

    python corpus/build_main_model.py            # write the model
    python corpus/build_main_model.py -o X.json  # write X.json (H2H_MAIN_MODEL=X.json makes h2h use it)
    python corpus/build_main_model.py --cross    # leave-one-writer-out figures on dev; writes nothing
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from heart2heart._io import atomic_write_bytes
from heart2heart.assess.disclosures import Disclosure, find_disclosures, main_disclosure
from heart2heart.assess.main_choice import FEATURES, MODEL_PATH, MainModel, candidate_features
from heart2heart.assess.validate import WRITERS, labelled_conversations

HERE = Path(__file__).resolve().parent
SETS = WRITERS
C = 1.0
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


@dataclass(frozen=True, slots=True)
class Conv:
    """One labelled conversation: its detected disclosures, their features and labels, the labelled main one."""

    found: tuple[Disclosure, ...]
    values: tuple[dict[str, float], ...]
    listed: tuple[bool, ...]
    main: int
    response: str


def load(name: str, split: str = "dev") -> list[Conv]:
    """Every ``split`` conversation of one set that has a labelled main disclosure."""
    out: list[Conv] = []
    for row, conv in labelled_conversations(HERE / name, split):
        if row.get("main_disclosure") is None:
            continue
        found = tuple(find_disclosures(conv))
        gold = {d["index"]: d["response"] for d in row["disclosures"]}
        listed = tuple(d.index in gold for d in found)
        main = row["main_disclosure"]
        out.append(Conv(found, tuple(candidate_features(conv, found)), listed, main, gold[main]))
    return out


def fit(convs: list[Conv], threshold: float = 0.5, c: float = C) -> MainModel:
    """The logistic model over standardised features (deterministic: lbfgs from zeros)."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([[v[f] for f in FEATURES] for cv in convs for v in cv.values], dtype=np.float64)
    y = np.array([y for cv in convs for y in cv.listed])
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return MainModel(FEATURES, mean, scale, clf.coef_[0].astype(np.float64), float(clf.intercept_[0]), threshold, c)


def write(model: MainModel, output: Path) -> None:
    """Write ``model`` where ``$H2H_MAIN_MODEL`` (or the shipped path) reads it."""
    atomic_write_bytes(output, (json.dumps(model.to_dict(), indent=1) + "\n").encode("utf-8"))


def choose(model: MainModel, cv: Conv) -> Disclosure | None:
    for d, values in zip(cv.found, cv.values, strict=True):
        if model.probability(values) >= model.threshold:
            return d
    return main_disclosure(list(cv.found))


def cross(data: dict[str, list[Conv]]) -> dict[float, tuple[int, int]]:
    """Leave one writer out, per threshold: (main disclosure found, its answer right) over all dev conversations."""
    models = {name: fit([cv for n, cs in data.items() if n != name for cv in cs]) for name in data}
    scores: dict[float, tuple[int, int]] = {}
    for t in THRESHOLDS:
        found = right = 0
        for name, convs in data.items():
            model = replace(models[name], threshold=t)
            for cv in convs:
                d = choose(model, cv)
                found += d is not None and d.index == cv.main
                right += d is not None and d.response == cv.response
        scores[t] = (found, right)
    return scores


def best_threshold(scores: dict[float, tuple[int, int]]) -> float:
    """The threshold whose neighbourhood (itself and the grid points either side) finds the most main disclosures:
    single grid points differ by one or two conversations, which is noise (ties: the one nearest 0.5)."""
    grid = sorted(scores)

    def smoothed(i: int) -> float:
        near = grid[max(0, i - 1) : i + 2]
        return sum(scores[t][0] for t in near) / len(near)

    best = max(range(len(grid)), key=lambda i: (smoothed(i), -abs(grid[i] - 0.5)))
    return grid[best]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="only report leave-one-writer-out figures")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH, help=f"where to write (default: {MODEL_PATH})")
    args = parser.parse_args(argv)
    # Which disclosure is main does not change the detected ones or their features; the model being replaced is
    # not read while its successor is fitted (it may name other features).
    os.environ["H2H_MAIN_MODEL"] = str(args.output.with_name(args.output.name + ".absent"))
    data = {name: convs for name in SETS if (convs := load(name))}
    n = sum(len(cs) for cs in data.values())
    rule = sum(
        (d := main_disclosure(list(cv.found))) is not None and d.index == cv.main for cs in data.values() for cv in cs
    )
    scores = cross(data)
    for t, (found, right) in scores.items():
        print(f"threshold {t:.2f}: main disclosure {found}/{n}, its answer {right}/{n} (leave one writer out, dev)")
    print(f"the rule alone: main disclosure {rule}/{n}")
    if args.cross:
        return 0
    threshold = best_threshold(scores)
    write(fit([cv for cs in data.values() for cv in cs], threshold), args.output)
    print(f"wrote {args.output} (threshold {threshold}, {n} conversations)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
