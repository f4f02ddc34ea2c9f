"""Throughput and memory of `h2h annotate` against the floor of merely reading and writing the same JSONL rows.

    python benchmarks/annotate_speed.py                 # ~200,000 generated utterances
    python benchmarks/annotate_speed.py corpus.jsonl    # your own canonical rows
    python benchmarks/annotate_speed.py -n 50000 --model research

Prints, measured in the same run on the same file: the read+write floor (orjson loads/dumps of every row, in a
subprocess), `h2h convert` (the project's reader and writer, no labels), and `h2h annotate`, each with utterances per
second and peak RSS; then the ratio of annotate's time to the floor's.

The generated utterances mix project-written sentences of chat and counselling talk (questions, reflections,
advice, disclosures, backchannels, small talk) with random names and numbers, in conversations of 10-80 turns.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

_OPENERS = [
    "How was work today?", "What was the hardest part of your week?", "Did you sleep at all last night?",
    "How are you feeling about the move?", "Tell me more about what happened with {name}.",
    "Are you coming to dinner on {day}?", "What do you think you'll do next?", "Is {name} still upset?",
]  # fmt: skip
_REPLIES = [
    "It was fine, just long.", "Honestly I'm exhausted and I don't know why.", "mm-hm", "yeah", "okay",
    "I've never told anyone this, but I'm scared I'm not good enough.", "We went to the park with the kids.",
    "It sounds like you felt left out.", "So you're worried it will happen again.", "You should talk to {name}.",
    "Have you tried writing it down before bed?", "I think the new schedule is better for everyone.",
    "That must be really hard.", "I'm so sorry, I didn't know.", "lol that's hilarious",
    "I missed the bus again, got there at {num}:30.", "Thanks, that really helps!",
    "My mom called and we argued about the holidays, and I just shut down.", "wow", "right, right",
    "I feel like nobody at work listens to me anymore.", "We could try the new place on {day}?",
    "I don't know, maybe. I guess I'm just tired of pretending everything is okay.", "Sure, sounds good.",
]  # fmt: skip
_NAMES = ["Maya", "Sam", "Alex", "Jordan", "Priya", "Luis", "Ana", "Tom", "Keiko", "Omar"]
_DAYS = ["Monday", "Friday", "Saturday", "Sunday"]


def generate(path: Path, n: int, seed: int = 1) -> int:
    """Write about ``n`` canonical rows of made-up conversations to ``path``; returns the number written."""
    rng = random.Random(seed)
    written = 0
    with path.open("wb") as fh:
        conv = 0
        while written < n:
            conv += 1
            a, b = rng.sample(_NAMES, 2)
            for i in range(min(rng.randint(10, 80), n - written)):
                pool = _OPENERS if rng.random() < 0.3 else _REPLIES
                text = rng.choice(pool).format(name=rng.choice(_NAMES), day=rng.choice(_DAYS), num=rng.randint(1, 12))
                row = {"conversation": f"c{conv}", "index": i, "speaker": a if i % 2 == 0 else b, "text": text,
                       "start": None, "end": None, "time": None, "role": None}  # fmt: skip
                fh.write(orjson.dumps(row) + b"\n")
                written += 1
    return written


_FLOOR = """
import sys, orjson
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as dst:
    write = dst.write
    for line in src:
        if line.strip():
            write(orjson.dumps(orjson.loads(line)) + b"\\n")
"""


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command, measured on that child alone."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return seconds, usage.ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, help="canonical JSONL rows (default: generate them)")
    parser.add_argument("-n", type=int, default=200_000, help="how many utterances to generate")
    parser.add_argument("--model", default=None, help="model name or folder for h2h annotate")
    args = parser.parse_args(argv)
    h2h = str(Path(sys.executable).with_name("h2h"))
    with tempfile.TemporaryDirectory() as tmp:
        src = args.input
        if src is None:
            src = Path(tmp) / "utterances.jsonl"
            generate(src, args.n)
        n = sum(1 for line in src.open("rb") if line.strip())
        out = Path(tmp) / "out.jsonl"
        floor_s, floor_mb = _run([sys.executable, "-c", _FLOOR, str(src), str(out)])
        conv_s, conv_mb = _run([h2h, "convert", str(src), "-o", str(out)])
        model = ["--model", args.model] if args.model else []
        ann_s, ann_mb = _run([h2h, "annotate", str(src), "-o", str(out), *model])
    print(f"utterances: {n:,} ({src if args.input else 'generated'})")
    print(f"{'step':<34}{'seconds':>9}{'utt/s':>12}{'peak MB':>10}")
    for name, s, mb in (
        ("read+write floor (orjson)", floor_s, floor_mb),
        ("h2h convert (reader + writer)", conv_s, conv_mb),
        ("h2h annotate", ann_s, ann_mb),
    ):
        print(f"{name:<34}{s:>9.2f}{n / s:>12,.0f}{mb:>10.0f}")
    print(f"annotate / floor: {ann_s / floor_s:.2f}x   annotate / convert: {ann_s / conv_s:.2f}x")


if __name__ == "__main__":
    main()
