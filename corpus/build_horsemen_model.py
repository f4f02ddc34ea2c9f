"""Fit the horsemen model and write src/heart2heart/models/horsemen.npz (deterministic: same corpus, same bytes).

Training utterances: every utterance of the conversations the writers labelled ``conflict`` in the ``dev`` split of
their sets (corpus/kinds*), each labelled with the horseman its writer marked at it, else ``none``. The ``valid``
split and the outside sets are never read. See :mod:`heart2heart.assess.horsemen_model`.

    python corpus/build_horsemen_model.py             # write the shipped model
    python corpus/build_horsemen_model.py -o X.npz    # write X.npz instead
    python corpus/build_horsemen_model.py --folds 5   # also print the check by writer (dev only)

The check (``--folds``) fits the model without each fold of the writers (sets in turn) and scores the dev
conversations of the held-out writers that are conflicts or read as one, telling horsemen as the assessment does
(only in conversations read as conflicts), against the writers' marks, at several thresholds and beside the cues.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from heart2heart._io import atomic_write_bytes
from heart2heart.assess import assess
from heart2heart.assess.conflict import horsemen
from heart2heart.assess.horsemen_model import MODEL_PATH, told
from heart2heart.assess.text_model import TextModel, fit_text_model
from heart2heart.assess.validate import WRITERS, default_corpus, labelled_conversations
from heart2heart.model import Conversation

Marked = tuple[int, Conversation, set[tuple[int, str]], str]  # writer, conversation, marks, the writer's kind


def _dev() -> list[Marked]:
    out: list[Marked] = []
    for n, name in enumerate(WRITERS):
        folder = default_corpus(name)
        if folder is None:
            continue
        for row, conv in labelled_conversations(folder, "dev"):
            out.append((n, conv, {(h["index"], h["kind"]) for h in row.get("horsemen", [])}, row["kind"]))
    return out


def _fit(rows: list[Marked]) -> TextModel:
    documents: list[list[str]] = []
    labels: list[str] = []
    for _, conv, marks, kind in rows:
        if kind != "conflict":
            continue
        marked = dict(marks)
        for u in conv.utterances:
            if not u.media and u.text.strip():
                documents.append([u.text])
                labels.append(marked.get(u.index, "none"))
    return fit_text_model(documents, labels)


def _check(rows: list[Marked], folds: int) -> None:
    read_as = {id(conv): assess(conv).kind for _, conv, _, _ in rows}
    scored = [r for r in rows if r[3] == "conflict" or read_as[id(r[1])] == "conflict"]
    tallies: dict[float, Counter[str]] = {t: Counter() for t in (0.3, 0.4, 0.5, 0.6)}
    cues: Counter[str] = Counter()
    for k in range(folds):
        model = _fit([r for r in rows if r[0] % folds != k])
        for n, conv, marks, _ in scored:
            if n % folds != k:
                continue
            conflict = read_as[id(conv)] == "conflict"
            for threshold, tally in tallies.items():
                ours = {(m.index, m.horseman) for m in told(conv, model, threshold)} if conflict else set()
                tally.update(marked=len(marks), told=len(ours), right=len(marks & ours))
            found = {(m.index, m.horseman) for m in horsemen(conv)} if conflict else set()
            cues.update(marked=len(marks), told=len(found), right=len(marks & found))
    for name, t in [*((f"model, threshold {k}", v) for k, v in tallies.items()), ("cues", cues)]:
        p, r = t["right"] / max(1, t["told"]), t["right"] / max(1, t["marked"])
        print(f"{name:24s} precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f} "
              f"({t['right']} of {t['told']}, {t['marked']} marked)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", type=int, default=0, help="also print the check by writer with this many folds")
    args = parser.parse_args(argv)
    rows = _dev()
    if args.folds:
        _check(rows, args.folds)
    model = _fit(rows)
    atomic_write_bytes(args.output, model.to_bytes())
    conflicts = [r for r in rows if r[3] == "conflict"]
    print(f"wrote {args.output} ({len(conflicts)} conflicts, {sum(len(r[2]) for r in conflicts)} marked horsemen)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
