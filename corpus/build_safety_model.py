"""Fit the check-in's text model and write src/heart2heart/models/safety.npz (deterministic: same data, same bytes).

Training data, all written for the project (its licence lets the weights ship):

- ``corpus/safety_train/*.jsonl``: statements outside evaluators wrote and labelled for it (``suicide``,
  ``self_harm``, ``none``: hard negatives that share words with the signs, and ordinary sad messages), one file
  per writer;
- ``corpus/safety/statements.jsonl``, its ``dev`` half only (the ``valid`` half is never read here: ``h2h eval
  --conversations`` measures the check on it);
- everyday talk: every utterance of the writers' ``dev`` conversations (71,501), as ``none``, so that ordinary
  chat, distress included, stays unflagged (with a sample of 12,000 instead, the everyday talk it never saw got 84
  flags at 0.5 instead of 21).

    python corpus/build_safety_model.py              # write the shipped model
    python corpus/build_safety_model.py --folds      # also the check with each writer of statements held out

The check (``--folds``) fits without each statements writer in turn and scores that writer's statements at several
thresholds, and counts the flags on everyday talk the model never saw (the writers' ``valid`` conversations and
the outside sets, 80,000+ utterances), so the threshold is chosen on held-out writers, not on what it is measured
on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from heart2heart._io import atomic_write_bytes
from heart2heart.assess.safety import CLASSES, MODEL_PATH, needed, pattern_sign
from heart2heart.assess.text_model import TextModel, fit_text_model
from heart2heart.assess.validate import OUTSIDE, WRITERS, default_corpus, labelled_conversations

HERE = Path(__file__).resolve().parent

Statement = tuple[str, str, str]  # writer, text, label


def statements() -> list[Statement]:
    """Every training statement, with the name of its writer (a file of corpus/safety_train, or ``dev``)."""
    out: list[Statement] = []
    for path in sorted((HERE / "safety_train").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append((path.stem, row["text"], row["label"]))
    for line in (HERE / "safety" / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["split"] == "dev":
            out.append(("dev", row["text"], row["label"]))
    return out


def everyday(split: str, names: tuple[str, ...]) -> list[str]:
    """The utterances (not attachments) of the ``split`` conversations of the labelled sets ``names``."""
    texts: list[str] = []
    for name in names:
        folder = default_corpus(name)
        if folder is None:
            continue
        for _, conv in labelled_conversations(folder, split):
            texts.extend(u.text for u in conv.utterances if not u.media and u.text.strip())
    return texts


def fit(rows: list[Statement], talk: list[str]) -> TextModel:
    documents = [[text] for _, text, _ in rows] + [[text] for text in talk]
    labels = [label for _, _, label in rows] + ["none"] * len(talk)
    return fit_text_model(documents, labels)


def _check(rows: list[Statement], talk: list[str], unseen: list[str]) -> None:
    thresholds = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    tallies = {t: Counter[str]() for t in thresholds}
    patterns = Counter[str]()
    flagged_talk = Counter[float]()
    for writer in sorted({w for w, _, _ in rows}):
        model = fit([r for r in rows if r[0] != writer], talk)
        held = [r for r in rows if r[0] == writer]
        probs = model.probability_rows([[text] for _, text, _ in held])
        for (_, text, label), row in zip(held, probs, strict=True):
            p = dict(zip(model.classes, row, strict=True))
            sign = int(label != "none")
            by_pattern = int(pattern_sign(text) is not None)
            patterns.update(signs=sign, flagged=by_pattern, right=by_pattern * sign)
            for t in thresholds:
                flag = int(by_pattern or float(p["suicide"] + p["self_harm"]) >= needed(text, t))
                tallies[t].update(signs=sign, flagged=flag, right=flag * sign)
    model = fit(rows, talk)
    probs = model.probability_rows([[text] for text in unseen])
    for text, row in zip(unseen, probs, strict=True):
        p = dict(zip(model.classes, row, strict=True))
        for t in thresholds:
            flagged_talk[t] += int(
                pattern_sign(text) is not None or float(p["suicide"] + p["self_harm"]) >= needed(text, t)
            )
    print(f"statements, each writer held out ({len(rows)}):")
    for name, t in [("patterns alone", patterns), *((f"patterns or model >= {k}", v) for k, v in tallies.items())]:
        precision, recall = t["right"] / max(1, t["flagged"]), t["right"] / max(1, t["signs"])
        print(
            f"  {name:28s} precision {precision:.3f} recall {recall:.3f} ({t['right']} of {t['flagged']} flags, "
            f"{t['signs']} signs)"
        )
    print(f"everyday talk never fitted on ({len(unseen)} utterances), flagged:")
    for t in thresholds:
        print(f"  patterns or model >= {t}: {flagged_talk[t]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", action="store_true", help="also print the check with each writer held out")
    args = parser.parse_args(argv)
    rows = statements()
    unknown = {label for _, _, label in rows} - set(CLASSES)
    if unknown:
        print(f"unknown labels: {sorted(unknown)}", file=sys.stderr)
        return 2
    talk = everyday("dev", WRITERS)
    talk = [t for t in talk if pattern_sign(t) is None]  # the few signs in the corpus are not taken as "none"
    if args.folds:
        _check(rows, talk, everyday("valid", WRITERS) + everyday("valid", OUTSIDE))
    model = fit(rows, talk)
    atomic_write_bytes(args.output, model.to_bytes())
    counts = Counter(label for _, _, label in rows)
    print(f"wrote {args.output} ({dict(counts)} statements, {len(talk)} everyday utterances)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
