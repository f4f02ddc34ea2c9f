"""Fit the counsellor-input model and write src/heart2heart/models/input.npz (deterministic: same data, same bytes).

Training utterances: every counsellor utterance of the AnnoMI *train* transcripts (the dev split is
:func:`heart2heart.train.datasets.dev_groups`' 20%, never read here), labelled input when most of its coders marked
``therapist_input_exists`` (``AnnoMI-full.csv``; a tie is not input). See :mod:`heart2heart.assess.input_model`.

    python corpus/build_input_model.py --data ../shared/data            # write the shipped model
    python corpus/build_input_model.py --data ../shared/data -o X.npz   # write X.npz instead
    python corpus/build_input_model.py --data ../shared/data --folds 4  # also print the out-of-fold check

The check (``--folds``) fits the model without each of four folds of the train transcripts (the folds of
``benchmarks/fit_attunement.py``) and prints the ROC AUC of the counsellor's mean input probability for high- vs
low-quality sessions on the transcripts each fold model never saw, and on dev with the model fitted on all of train.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from heart2heart._io import atomic_write_bytes
from heart2heart.assess.input_model import MODEL_PATH, fit, fold_models, input_share
from heart2heart.assess.text_model import TextModel
from heart2heart.evaluate import roc_auc
from heart2heart.train.datasets import CounsellorInput, annomi_counsellor_input


def _auc(rows: Sequence[CounsellorInput], model_for: Mapping[str, TextModel]) -> str:
    by_transcript: dict[str, list[str]] = defaultdict(list)
    quality: dict[str, str] = {}
    for r in rows:
        by_transcript[r.transcript].append(r.text)
        quality[r.transcript] = r.quality
    ts = sorted(by_transcript)
    shares = [input_share(by_transcript[t], model_for[t]) or 0.0 for t in ts]
    # Less input is better counselling: the AUC of the negated share for high vs low quality.
    y = [quality[t] == "high" for t in ts]
    return f"{roc_auc(y, [-s for s in shares]):.3f} ({len(ts)} transcripts, {y.count(False)} low)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (with annomi/)")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", type=int, default=0, help="also print the out-of-fold check with this many folds")
    args = parser.parse_args(argv)
    train = annomi_counsellor_input(args.data, "train")
    model = fit([r.text for r in train], [r.is_input for r in train])
    if args.folds:
        models = fold_models(train, args.folds)
        print(f"out of fold, train: mean input probability AUC {_auc(train, models)}")
        dev = annomi_counsellor_input(args.data, "dev")
        print(f"dev, model fitted on train: {_auc(dev, {r.transcript: model for r in dev})}")
    atomic_write_bytes(args.output, model.to_bytes())
    print(f"wrote {args.output} ({len(train)} counsellor utterances, {sum(r.is_input for r in train)} input)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
