"""Fit the kind model: src/heart2heart/models/kinds.json and kinds.npz (deterministic: same corpus, same bytes).

Two parts, fitted on the ``dev`` split of every labelled set (:data:`SETS`: every writer's set in
corpus/, :data:`heart2heart.assess.validate.WRITERS`);
``valid`` is never read here. Each conversation is read and annotated exactly as ``h2h analyze`` does (the default
utterance model), then measured by :func:`heart2heart.assess.kind_features.vector`.

- ``kinds.npz``: the bag-of-words text model of :mod:`heart2heart.assess.kind_text`, fitted on all the dev
  conversations (needs scikit-learn: the ``[train]`` extra).
- ``kinds.json``: the logistic model over the named features plus the text model's ten probabilities. For the
  training rows those probabilities come *out of fold*: each writer's conversations are scored by a text model
  fitted on the other writers only, as a new writer's would be.

    python corpus/build_kind_model.py            # write the model
    python corpus/build_kind_model.py -o X.json  # write X.json and X.npz (H2H_KIND_MODEL=X.json makes h2h use them)
    python corpus/build_kind_model.py --cross    # leave-one-writer-out accuracy on dev; writes nothing
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from heart2heart._io import atomic_write_bytes
from heart2heart.assess.conflict import horsemen
from heart2heart.assess.disclosures import find_disclosures
from heart2heart.assess.kind import KINDS, Kind
from heart2heart.assess.kind_features import FEATURE_NAMES, vector
from heart2heart.assess.kind_model import MODEL_PATH, KindModel, fit, persistent_conflict, raised_conflict
from heart2heart.assess.kind_text import TEXT_FEATURES, text_values
from heart2heart.assess.listening import listening
from heart2heart.assess.text_model import fit_text_model
from heart2heart.assess.validate import WRITERS, labelled_conversations

HERE = Path(__file__).resolve().parent
SETS = WRITERS
L2 = 10.0
NAMES = FEATURE_NAMES + TEXT_FEATURES


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled conversation: named feature values, its utterances' texts, gold kind, the conflict rules."""

    values: dict[str, float]
    texts: tuple[str, ...]
    kind: Kind
    rule: bool


def load(name: str, split: str = "dev") -> list[Row]:
    """Every ``split`` conversation of one set (none when the set has no manifest)."""
    out: list[Row] = []
    for row, conv in labelled_conversations(HERE / name, split):
        found = find_disclosures(conv)
        moments = horsemen(conv)
        first = conv.utterances[0].index if conv.utterances else 0
        kind = row["kind"]
        assert kind in KINDS, kind
        values = vector(conv, listening(conv, found), found, moments)
        rule = persistent_conflict(moments, first, len(conv.utterances)) or raised_conflict(values)
        out.append(Row(values, tuple(u.text for u in conv.utterances), kind, rule))
    return out


def with_text(rows: list[Row], data: dict[str, list[Row]]) -> list[dict[str, float]]:
    """Feature values of ``rows`` plus text probabilities from a text model fitted on ``data``'s rows."""
    train = [r for rs in data.values() for r in rs]
    text = fit_text_model([r.texts for r in train], [r.kind for r in train])
    return [{**r.values, **text_values(r.texts, text)} for r in rows]


def fit_stacked(data: dict[str, list[Row]]) -> KindModel:
    """The kind model over named features and out-of-fold text probabilities (one fold per writer)."""
    xs: list[dict[str, float]] = []
    ys: list[Kind] = []
    for name, rows in data.items():
        others = {n: rs for n, rs in data.items() if n != name}
        xs.extend(with_text(rows, others))
        ys.extend(r.kind for r in rows)
    return fit(xs, ys, NAMES, l2=L2)


def write(data: dict[str, list[Row]], output: Path) -> None:
    """Fit both parts on ``data`` and write them: ``output`` (the named model) and the text model beside it."""
    rows = [r for rs in data.values() for r in rs]
    text = fit_text_model([r.texts for r in rows], [r.kind for r in rows])
    model = fit_stacked(data)
    # the text model first, then the model that names its features: an interrupted build never mixes versions
    atomic_write_bytes(output.with_suffix(".npz"), text.to_bytes())
    atomic_write_bytes(output, (json.dumps(model.to_dict(), indent=1) + "\n").encode("utf-8"))


def cross(data: dict[str, list[Row]]) -> None:
    """Leave one writer out: fit both parts on the others' dev splits, score the writer's dev split."""
    total = right_all = 0
    for test, rows in data.items():
        if not rows:
            continue
        others = {n: rs for n, rs in data.items() if n != test and rs}
        model = fit_stacked(others)
        xs = with_text(rows, others)
        right = sum(("conflict" if r.rule else model.predict(x)) == r.kind for r, x in zip(rows, xs, strict=True))
        total += len(rows)
        right_all += right
        print(f"fit on the other writers' dev, scored on {test} dev: {right}/{len(rows)} = {right / len(rows):.3f}")
    print(f"all writers: {right_all}/{total} = {right_all / total:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="only report leave-one-writer-out accuracy")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH, help=f"where to write (default: {MODEL_PATH})")
    args = parser.parse_args(argv)
    data = {name: rows for name in SETS if (rows := load(name))}
    if args.cross:
        cross(data)
        return 0
    write(data, args.output)
    npz = args.output.with_suffix(".npz").name
    print(f"wrote {args.output} and {npz} ({sum(map(len, data.values()))} conversations, {len(NAMES)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
