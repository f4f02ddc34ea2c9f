"""The verdict with every learned model held out: how `h2h analyze` does on a writer none of its models has seen.

Each build script checks its own model leave-one-writer-out with the others fixed; the shipped reply, main-disclosure
and kind models were all fitted on every writer's ``dev`` split, so on those splits they flatter each other. Here
the writers are dealt into :data:`FOLDS` folds (writer i into fold i mod 6), and for each fold the four models are
fitted on the other folds' ``dev`` splits exactly as the build scripts fit them (the reply model also on outside
sets 1-44, as it ships), in the same order (the reply model,
then the main-disclosure chooser and its ranker per kind, then the kind model, whose features read the first two),
written to a temporary folder and put in force through ``$H2H_RESPONSE_MODEL``, ``$H2H_MAIN_MODEL``,
``$H2H_MAIN_RANKER`` and ``$H2H_KIND_MODEL``. The fold's ``dev``
conversations are then assessed by :func:`heart2heart.assess.assess`, as ``h2h analyze`` assesses them, and scored
against their writers: the kind, the answer to the main disclosure and who made it. ``valid`` is never read.

The chooser's threshold is the shipped one (choosing it again inside each fold would refit it thirty times).

    python corpus/held_out.py    # ~20-30 min on two cores; needs the [train] extra
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

import build_kind_model as kind_build
import build_main_model as main_build
import build_main_ranker as ranker_build
import build_response_model as reply_build

from heart2heart.assess.main_choice import load_main_model
from heart2heart.assess.validate import WRITERS, validate_kinds

HERE = Path(__file__).resolve().parent
FOLDS = 6
_ENV = ("H2H_RESPONSE_MODEL", "H2H_MAIN_MODEL", "H2H_MAIN_RANKER", "H2H_KIND_MODEL")


def fit_fold(train: list[str], folder: Path, threshold: float, pairs: list[reply_build.Pair]) -> None:
    """Fit the four models on ``train``'s dev splits into ``folder`` and put them in force (the environment);
    ``pairs`` are the reply model's training pairs (corpus/responses train, the outside sets it learns from and
    ``train``'s writers)."""
    reply_build.write(pairs, folder / "responses.json")
    os.environ["H2H_RESPONSE_MODEL"] = str(folder / "responses.json")  # absent: the text model beside it decides
    os.environ["H2H_MAIN_MODEL"] = str(folder / "absent.json")  # none while the chooser is fitted, as in its build
    os.environ["H2H_MAIN_RANKER"] = str(folder / "absent.json")  # the ranker comes after the chooser
    convs = [cv for name in train for cv in main_build.load(name)]
    main_build.write(main_build.fit(convs, threshold), folder / "main.json")
    os.environ["H2H_MAIN_MODEL"] = str(folder / "main.json")
    ranker_build.write(ranker_build.build(ranker_build.load(threshold, train), threshold), folder / "ranker.json")
    os.environ["H2H_MAIN_RANKER"] = str(folder / "ranker.json")
    kind_build.write({name: rows for name in train if (rows := kind_build.load(name))}, folder / "kinds.json")
    os.environ["H2H_KIND_MODEL"] = str(folder / "kinds.json")


def score(names: list[str]) -> Counter[str]:
    """Kind, main answer and who disclosed for the dev conversations of ``names``, with the models in force (as
    ``h2h eval --conversations`` scores a split: :func:`heart2heart.assess.validate.validate_kinds`)."""
    c: Counter[str] = Counter()
    for name in names:
        r = validate_kinds(HERE / name, "dev")
        c.update(
            conversations=r.n,
            kind=r.n - len(r.errors),
            mains=r.response_n,
            answer=r.response_right,
            who=r.speaker_right,
        )
    return c


def main() -> int:
    shipped = load_main_model()
    threshold = shipped.threshold if shipped is not None else 0.5
    # the reply pairs read only the rules (no model), so they are the same in every fold: read them once
    responses = reply_build.load_pairs("train")
    outside = [p for found in reply_build.outside_pairs().values() for p in found]  # no writer's: in every fold
    responses += outside
    by_writer = {name: reply_build.kinds_pairs(reply_build.load_kinds(name)) for name in WRITERS}
    saved = {k: os.environ.get(k) for k in _ENV}
    total: Counter[str] = Counter()
    try:
        for fold in range(FOLDS):
            test = [name for i, name in enumerate(WRITERS) if i % FOLDS == fold]
            train = [name for i, name in enumerate(WRITERS) if i % FOLDS != fold]
            with tempfile.TemporaryDirectory() as tmp:
                for k in _ENV:
                    os.environ.pop(k, None)
                folder = Path(tmp) / f"fold{fold + 1}"  # the models are cached by path: a new path for each fold
                folder.mkdir()
                fit_fold(train, folder, threshold, responses + [p for name in train for p in by_writer[name]])
                c = score(test)
            total += c
            print(
                f"fold {fold + 1}/{FOLDS} ({', '.join(test)}): kind {c['kind']}/{c['conversations']}, "
                f"main answer {c['answer']}/{c['mains']}, who {c['who']}/{c['mains']}",
                flush=True,
            )
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    n, m = total["conversations"], total["mains"]
    print(
        f"all writers, every model held out: kind {total['kind']}/{n} = {total['kind'] / n:.3f}; main answer "
        f"{total['answer']}/{m} = {total['answer'] / m:.3f}; who disclosed {total['who']}/{m} = {total['who'] / m:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
