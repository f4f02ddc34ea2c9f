"""Render the hand-written replies-to-disclosures corpus into ``corpus/responses/pairs.jsonl``.

Each item is one personal disclosure with up to four turns before it and the one to three turns after it, labelled
with how it was answered (``met``, ``advice``, ``deflected``, ``none``; rules in corpus/responses/README.md).
The items are written in ``corpus/responses/_src/*.txt``, blocks separated by blank lines::

    # a comment line
    met 3
    B: you ok? you've been quiet all day
    > A: not really. mum's scan came back and they want more tests. I'm scared
    B: oh love, that's a lot to carry. what did they say?

The first line of a block is ``<response> <depth>``; then ``Speaker: text`` lines. The line starting with ``>``
is the disclosure: lines before it are the context, lines after it the replies. The reply that decides the
response is the first one by someone other than the discloser, unless a reply line starts with ``*`` (a later turn
that decides it). A ``none`` item may have no replies (``response_at`` is then null).

Ids (``r0001``...) follow the files in name order and the blocks in file order; every fifth item is ``dev``, the
rest ``train``. Standard library only; the output is deterministic. Run ``python corpus/responses/build.py``
(``--check`` exits 1 when pairs.jsonl is out of date).
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC_DIR = HERE / "_src"
OUT = HERE / "pairs.jsonl"
RESPONSES = ("met", "advice", "deflected", "none")
_TURN = re.compile(r"^([A-Z][A-Za-z]{0,11}): (.+)$")


class SourceError(ValueError):
    """A block in an authoring file breaks the format; the message names the file and line."""


def _turn(line: str, where: str) -> dict[str, str]:
    m = _TURN.match(line)
    if not m:
        raise SourceError(f"{where}: expected 'Speaker: text', got {line!r}")
    return {"speaker": m.group(1), "text": m.group(2).strip()}


def parse_block(lines: list[tuple[int, str]], name: str) -> dict[str, Any]:
    """Turn one authoring block (numbered lines) into an item without id and split."""
    first_no, head = lines[0]
    parts = head.split()
    if len(parts) != 2 or parts[0] not in RESPONSES or parts[1] not in ("2", "3"):
        raise SourceError(f"{name}:{first_no}: expected '<response> <depth>', got {head!r}")
    context: list[dict[str, str]] = []
    replies: list[dict[str, str]] = []
    disclosure: dict[str, str] | None = None
    marked: int | None = None
    for no, line in lines[1:]:
        where = f"{name}:{no}"
        if line.startswith(">"):
            if disclosure is not None:
                raise SourceError(f"{where}: second disclosure in one block")
            disclosure = _turn(line[1:].strip(), where)
        elif disclosure is None:
            context.append(_turn(line, where))
        else:
            if line.startswith("*"):
                if marked is not None:
                    raise SourceError(f"{where}: two replies marked with '*'")
                marked = len(replies)
                line = line[1:].strip()
            replies.append(_turn(line, where))
    where = f"{name}:{first_no}"
    if disclosure is None:
        raise SourceError(f"{where}: block has no '>' disclosure line")
    who = disclosure["speaker"]
    if len(context) > 4 or len(replies) > 3:
        raise SourceError(f"{where}: at most 4 context turns and 3 replies")
    if context and context[-1]["speaker"] == who:
        raise SourceError(f"{where}: the last context turn must be the other speaker's")
    if any(a["speaker"] == b["speaker"] for a, b in itertools.pairwise(context)):
        raise SourceError(f"{where}: context turns must alternate speakers")
    response = parts[0]
    others = [i for i, r in enumerate(replies) if r["speaker"] != who]
    if marked is not None:
        if replies[marked]["speaker"] == who:
            raise SourceError(f"{where}: the deciding reply is the discloser's own")
        at: int | None = marked
    else:
        at = others[0] if others else None
    if at is None and response != "none":
        raise SourceError(f"{where}: a {response} item needs a reply by someone else")
    return {
        "context": [f"{t['speaker']}: {t['text']}" for t in context],
        "disclosure": disclosure["text"],
        "discloser": who,
        "replies": replies,
        "response": response,
        "response_at": at,
        "depth": int(parts[1]),
    }


def read_source(path: Path) -> list[dict[str, Any]]:
    """All items of one authoring file, in file order."""
    items: list[dict[str, Any]] = []
    block: list[tuple[int, str]] = []
    lines = [*path.read_text(encoding="utf-8").splitlines(), ""]
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line:
            block.append((no, line))
        elif block:
            items.append(parse_block(block, path.name))
            block = []
    return items


def build() -> list[dict[str, Any]]:
    """Every item from every authoring file, with ids and splits assigned."""
    items: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for path in sorted(SRC_DIR.glob("*.txt")):
        for item in read_source(path):
            key = json.dumps([item["context"], item["disclosure"], item["replies"]]).lower()
            if key in seen:
                raise SourceError(f"{path.name}: item repeated from {seen[key]}: {item['disclosure']!r}")
            seen[key] = path.name
            items.append(item)
    out = []
    for n, item in enumerate(items, 1):
        out.append({"id": f"r{n:04d}", **item, "split": "dev" if n % 5 == 0 else "train"})
    return out


def render(items: list[dict[str, Any]]) -> str:
    """The jsonl text: one object per line, ids in order."""
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def main(argv: list[str]) -> int:
    """Write pairs.jsonl, or with ``--check`` report whether it is in sync with the sources."""
    text = render(build())
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("corpus/responses/pairs.jsonl is out of date: run python corpus/responses/build.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for line in text.splitlines():
        r = json.loads(line)["response"]
        counts[r] = counts.get(r, 0) + 1
    print(f"wrote {OUT.name}: {sum(counts.values())} items {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
