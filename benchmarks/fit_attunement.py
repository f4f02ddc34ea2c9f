"""Fit the attunement weights on AnnoMI train transcripts labelled out of fold, and report their AUCs.

The shipped utterance model was trained on every AnnoMI train transcript, so its labels there are better than on
any new conversation (reflection-rate AUC 0.94 on train, ~0.5 on dev). To fit honestly, each of four folds of the
train transcripts is labelled by a default model trained without that fold (the fold is kept out the way the dev
split is), then the weights of :mod:`heart2heart.assess.scores` are searched on those labels: coordinate search over
a grid, everyday behaviours kept at 0.25 or more, penalties for pressing, long utterances and (for listeners)
telling. Prints the AUC of every term, of the shipped weights, of the telling penalty chosen alone, and of the
fitted ones (train, leave-one-out of the whole search, dev).

Run (about 10 minutes of CPU: four model trainings)::

    python benchmarks/fit_attunement.py --data /work/shared/data --work /tmp/h2h-attunement

A research script: it swaps ``heart2heart.train.datasets._annomi_dev`` for the time of each training.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

from heart2heart.evaluate import roc_auc

GRID = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
PENALTY_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)
EVERYDAY = {
    "reflections_per_question",
    "reflection_rate",
    "empathy",
    "open_questions",
    "follow_up",
    "disclosures_met",
    "style_matching",
}


def fold_labels(data: Path, work: Path, k: int, folds: int) -> None:
    """Train a default model without fold ``k`` of the AnnoMI train transcripts and label that fold (pickled)."""
    import heart2heart.train.datasets as ds
    from heart2heart.annotate import annotate_conversation
    from heart2heart.assess.input_model import folds_of
    from heart2heart.train.models import CORPUS_DIR, build

    folder = str(data.resolve())
    dev = ds._annomi_dev(folder)
    quality = {t[0].transcript: t[0].quality for t in ds._annomi(folder) if t and t[0].transcript not in dev}
    fold = frozenset(t for t, n in folds_of(quality, folds).items() if n == k)
    ds._annomi_dev = lambda _folder: dev | fold  # type: ignore[assignment]  # the fold is kept out like dev
    model_dir = work / f"model_{k}"
    build(data, model_dir, research=False, corpus_dir=CORPUS_DIR, log=lambda _m: None)
    ds._annomi_dev = lambda _folder: dev  # type: ignore[assignment]
    convs = [
        (s.mi_quality, annotate_conversation(s.conversation, model_dir))
        for s in ds.load_sessions(data, "train")
        if s.dataset == "annomi" and s.conversation.id.removeprefix("annomi-") in fold
    ]
    (work / f"fold_{k}.pkl").write_bytes(pickle.dumps(convs))


def terms_of(conv: Any, input_model: Any = "shipped") -> dict[str, float]:
    """The counsellor's attunement terms; ``input_model`` reads their input share (the shipped one by default)."""
    from heart2heart.analysis import analyze
    from heart2heart.assess.disclosures import find_disclosures
    from heart2heart.assess.listening import listening
    from heart2heart.assess.scores import attunement_terms

    an = analyze(conv)
    figures = listening(conv, find_disclosures(conv), input_model)
    counsellor = next(sl for sl in figures if sl.name == "therapist")
    return attunement_terms(
        counsellor, an.style.score if an.style is not None else None, sum(1 for sl in figures if sl.utterances)
    )


def score(terms: dict[str, float], w: dict[str, float], pen: dict[str, float]) -> float:
    base = {k: v for k, v in terms.items() if k not in pen}
    total = sum(w.get(k, 0.0) for k in base)
    mean = sum(w.get(k, 0.0) * v for k, v in base.items()) / total if total else 0.0
    return mean * max(0.0, 1.0 - sum(p * (1.0 - terms.get(k, 1.0)) for k, p in pen.items()))


def rows_auc(rows: list[dict[str, Any]], w: dict[str, float], pen: dict[str, float]) -> float:
    return roc_auc([r["high"] for r in rows], [score(r["terms"], w, pen) for r in rows])


def search(rows: list[dict[str, Any]], keys: list[str], penalties: tuple[str, ...]) -> tuple[dict[str, float], ...]:
    w = {k: 1.0 for k in keys if k not in penalties}
    pen = {k: 0.3 for k in penalties}
    best = rows_auc(rows, w, pen)
    for _ in range(4):
        changed = False
        for k in keys:
            for g in PENALTY_GRID if k in pen else GRID:
                if k in EVERYDAY and g < 0.25:
                    continue
                w2, pen2 = dict(w), dict(pen)
                (pen2 if k in pen else w2)[k] = g
                a = rows_auc(rows, w2, pen2)
                if a > best + 1e-9:
                    best, w, pen, changed = a, w2, pen2, True
        if not changed:
            break
    return w, pen


def one_penalty(train: list[dict[str, Any]], dev: list[dict[str, Any]], key: str, penalties: dict[str, float]) -> None:
    """Choose the penalty of ``key`` alone on ``train``, the weights as shipped and the other penalties as in
    ``penalties``; print the train AUC of each grid value, the leave-one-transcript-out AUC of that choice and the
    chosen value's dev AUC."""
    from heart2heart.assess.scores import WEIGHTS

    def with_penalty(g: float) -> dict[str, float]:
        return {**penalties, key: g}

    def choose(rows: list[dict[str, Any]]) -> float:
        return max(PENALTY_GRID, key=lambda g: (rows_auc(rows, WEIGHTS, with_penalty(g)), -g))

    grid = ", ".join(f"{g}: {rows_auc(train, WEIGHTS, with_penalty(g)):.3f}" for g in PENALTY_GRID)
    loo = [score(r["terms"], WEIGHTS, with_penalty(choose(train[:i] + train[i + 1 :]))) for i, r in enumerate(train)]
    g = choose(train)
    print(f"{key} penalty alone, train AUC by value: {grid}")
    print(
        f"  chosen {g}: leave-one-out of the choice {roc_auc([r['high'] for r in train], loo):.3f}, "
        f"dev {rows_auc(dev, WEIGHTS, with_penalty(g)):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--fold", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.fold is not None:
        fold_labels(args.data, args.work, args.fold, args.folds)
        return
    for k in range(args.folds):  # one process per fold: the dataset loaders cache by split
        if not (args.work / f"fold_{k}.pkl").exists():
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--data",
                    str(args.data),
                    "--work",
                    str(args.work),
                    "--folds",
                    str(args.folds),
                    "--fold",
                    str(k),
                ],
                check=True,
            )
    from heart2heart.annotate import annotate_conversation
    from heart2heart.assess.input_model import fold_models
    from heart2heart.assess.scores import PENALTIES, WEIGHTS
    from heart2heart.train.datasets import annomi_counsellor_input, load_sessions

    # The shipped input model saw every train transcript: each is read by one fitted without its fold instead.
    inputs = fold_models(annomi_counsellor_input(args.data, "train"), args.folds)
    train = [
        {"high": q == "high", "terms": terms_of(c, inputs[c.id.removeprefix("annomi-")])}
        for k in range(args.folds)
        for q, c in pickle.loads((args.work / f"fold_{k}.pkl").read_bytes())
    ]
    dev = [
        {"high": s.mi_quality == "high", "terms": terms_of(annotate_conversation(s.conversation))}
        for s in load_sessions(args.data, "dev")
        if s.dataset == "annomi"
    ]
    keys = sorted({k for r in train + dev for k in r["terms"]})
    for k in keys:
        tr = [r for r in train if k in r["terms"]]
        print(f"{k:26s} train AUC {roc_auc([r['high'] for r in tr], [r['terms'][k] for r in tr]):.3f}")
    shipped = rows_auc(train, WEIGHTS, PENALTIES), rows_auc(dev, WEIGHTS, PENALTIES)
    print(f"shipped weights: train {shipped[0]:.3f} dev {shipped[1]:.3f}")
    one_penalty(train, dev, "telling_restraint", {k: v for k, v in PENALTIES.items() if k != "input_restraint"})
    one_penalty(train, dev, "input_restraint", PENALTIES)
    w, pen = search(train, keys, tuple(PENALTIES))
    loo = [score(r["terms"], *search(train[:i] + train[i + 1 :], keys, tuple(PENALTIES))) for i, r in enumerate(train)]
    print(f"fitted: {json.dumps({**w, **pen})}")
    print(
        f"fitted weights: train {rows_auc(train, w, pen):.3f} dev {rows_auc(dev, w, pen):.3f}; "
        f"leave-one-out of the search {roc_auc([r['high'] for r in train], loo):.3f}"
    )


if __name__ == "__main__":
    main()
