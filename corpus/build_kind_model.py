"""Fit the kind model and write src/heart2heart/models/kinds.json (deterministic: same corpus, same bytes).

The weights are fitted on the ``dev`` split of every labelled set (corpus/kinds, corpus/kinds2, corpus/kinds3: three
writers); ``valid`` is never read here. Each conversation is read and annotated exactly as ``h2h analyze`` does
(the default utterance model), then measured by :func:`heart2heart.assess.kind_features.vector`.

    python corpus/build_kind_model.py            # write the model
    python corpus/build_kind_model.py -o X.json  # write elsewhere (H2H_KIND_MODEL=X.json makes h2h use it)
    python corpus/build_kind_model.py --cross    # only report cross-writer accuracy (fit on the others, score one)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from heart2heart.annotate import annotate_conversation
from heart2heart.assess.conflict import horsemen
from heart2heart.assess.disclosures import find_disclosures
from heart2heart.assess.kind import KINDS, Kind
from heart2heart.assess.kind_features import FEATURE_NAMES, vector
from heart2heart.assess.kind_model import MODEL_PATH, fit, persistent_conflict, raised_conflict
from heart2heart.assess.listening import listening
from heart2heart.formats import read

HERE = Path(__file__).resolve().parent
SETS = ("kinds", "kinds2", "kinds3")
L2 = 10.0

Row = tuple[dict[str, float], Kind, bool]


def load(name: str, split: str = "dev") -> list[Row]:
    """Feature values, gold kind and the conflict rules' verdict of every ``split`` conversation of one set."""
    folder = HERE / name
    out: list[Row] = []
    if not (folder / "labels.jsonl").exists():
        return out
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        row = json.loads(line)
        if row["split"] != split:
            continue
        conv = annotate_conversation(read(folder / row["file"], gap=None)[0])
        found = find_disclosures(conv)
        moments = horsemen(conv)
        first = conv.utterances[0].index if conv.utterances else 0
        kind = row["kind"]
        assert kind in KINDS, kind
        values = vector(conv, listening(conv, found), found, moments)
        rule = persistent_conflict(moments, first, len(conv.utterances)) or raised_conflict(values)
        out.append((values, kind, rule))
    return out


def cross() -> None:
    """Fit on the other writers' dev splits, score each writer's dev split in turn."""
    data = {name: load(name) for name in SETS}
    for test in SETS:
        if not data[test]:
            continue
        train = [r for name in SETS if name != test for r in data[name]]
        model = fit([r[0] for r in train], [r[1] for r in train], FEATURE_NAMES, l2=L2)
        right = sum(("conflict" if rule else model.predict(v)) == k for v, k, rule in data[test])
        others = "+".join(name for name in SETS if name != test)
        print(f"fit on {others} dev, scored on {test} dev: {right}/{len(data[test])} = {right / len(data[test]):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="only report cross-writer accuracy; write nothing")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH, help=f"where to write (default: {MODEL_PATH})")
    args = parser.parse_args(argv)
    if args.cross:
        cross()
        return 0
    rows = [r for name in SETS for r in load(name)]
    model = fit([r[0] for r in rows], [r[1] for r in rows], FEATURE_NAMES, l2=L2)
    args.output.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(rows)} conversations, {len(FEATURE_NAMES)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
