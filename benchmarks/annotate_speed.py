"""Throughput and memory of `h2h annotate` against the floor of merely reading and writing the same JSONL rows.

    python benchmarks/annotate_speed.py                 # ~200,000 generated utterances
    python benchmarks/annotate_speed.py corpus.jsonl    # your own canonical rows
    python benchmarks/annotate_speed.py -n 50000 --model research

Prints, measured in the same run on the same file: the read+write floor (orjson loads/dumps of every row, in a
subprocess), `h2h convert` (the project's reader and writer, no labels), and `h2h annotate`, each with utterances per
second, CPU seconds, peak RSS of the process and peak summed PSS of the process and its workers (`h2h annotate` labels
in forked worker processes); then the ratio of annotate's time to the floor's, and the load average around the run
(other work on the machine slows every step).

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
import threading
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


def _tree_memory(pid: int) -> float:
    """Summed proportional set size (MB) of ``pid`` and its descendants: shared pages counted once (Linux)."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                total += sum(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total / 1024.0


def _run(cmd: list[str]) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds (user + system, children included), peak RSS (MB) of the child itself and
    peak summed PSS (MB) of the child and its worker processes (sampled every 50 ms; 0 where /proc is missing)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_memory(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/smaps_rollup").exists():
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    done.set()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, peak[0]


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
        load_before = os.getloadavg()[0]
        floor = _run([sys.executable, "-c", _FLOOR, str(src), str(out)])
        conv = _run([h2h, "convert", str(src), "-o", str(out)])
        model = ["--model", args.model] if args.model else []
        ann = _run([h2h, "annotate", str(src), "-o", str(out), *model])
        load_after = os.getloadavg()[0]
    where = src if args.input else "generated"
    print(f"utterances: {n:,} ({where}); load average {load_before:.2f} -> {load_after:.2f}")
    print(f"{'step':<34}{'seconds':>9}{'utt/s':>12}{'cpu s':>8}{'peak MB':>9}{'tree MB':>9}")
    for name, (s, cpu, mb, tree) in (
        ("read+write floor (orjson)", floor),
        ("h2h convert (reader + writer)", conv),
        ("h2h annotate", ann),
    ):
        print(f"{name:<34}{s:>9.2f}{n / s:>12,.0f}{cpu:>8.2f}{mb:>9.0f}{tree:>9.0f}")
    print(f"annotate / floor: {ann[0] / floor[0]:.2f}x   annotate / convert: {ann[0] / conv[0]:.2f}x")
    print("(peak MB: the process itself; tree MB: peak summed PSS of it and its worker processes)")


if __name__ == "__main__":
    main()
