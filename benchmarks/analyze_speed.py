"""Wall time of `h2h analyze` on a 1,000-turn transcript, start-up included (target: under 0.5 s).

Generates a timed two-person transcript (canonical JSONL, 1,000 turns of 1-3 utterances) in a temporary folder,
runs the real command several times (the summary and --json) and prints the medians.

Usage: python benchmarks/analyze_speed.py [--turns N] [--runs N] [--format NAME]
(--format is passed on to h2h; without it the format is detected from the content, as users run it.)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.5
VOCABULARY = (
    "i you we it the a and but so really just think feel know about that this was have been not what how "
    "work home mum dad week time talk night call tired happy worried sorry glad maybe always never"
)
WORDS = VOCABULARY.split()


def transcript(turns: int, seed: int = 7) -> list[dict[str, object]]:
    """Rows of a two-person call: alternating turns, each of 1-3 utterances, with start/end seconds."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    t = 0.0
    for k in range(turns):
        speaker = "Maya" if k % 2 == 0 else "Sam"
        for _ in range(rng.randint(1, 3)):
            n = rng.choice((1, 2, 3, 6, 10, 18, 30))
            text = " ".join(rng.choice(WORDS) for _ in range(n))
            dur = n / 2.5
            rows.append(
                {
                    "conversation": "call",
                    "index": len(rows),
                    "speaker": speaker,
                    "text": text,
                    "start": round(t, 2),
                    "end": round(t + dur, 2),
                    "time": None,
                    "role": None,
                }
            )
            t += dur + rng.uniform(0.05, 0.4)
        t += rng.uniform(0.1, 1.0)
    return rows


def h2h_command() -> list[str]:
    script = Path(sys.executable).with_name("h2h")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from heart2heart.cli.main import main; main()"]


def median_wall(cmd: list[str], runs: int) -> tuple[float, float, float]:
    """Median and fastest wall time, and median CPU time (user + system) of ``cmd``.

    On a busy shared machine the fastest run is the best estimate of the uncontended time.
    """
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return statistics.median(walls), min(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--format", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "call.jsonl"
        rows = transcript(args.turns)
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        fmt = ["--format", args.format] if args.format else []
        base = [*h2h_command(), "analyze", *fmt, str(path)]
        print(f"{args.turns} turns, {len(rows)} utterances, {path.stat().st_size / 1024:.0f} KiB")
        cases = (
            # issue 2's target is for the structural measures; the default also labels and assesses
            ("analyze --structure-only", [*base, "--structure-only"], TARGET_SECONDS),
            ("analyze --structure-only --json", [*base, "--structure-only", "--json"], TARGET_SECONDS),
            ("analyze (labels + verdict)", base, None),
            ("analyze --json (labels + verdict)", [*base, "--json"], None),
        )
        for label, cmd, target in cases:
            t, fastest, cpu = median_wall(cmd, args.runs)
            goal = "" if target is None else f"  target < {target} s  {'OK' if t < target else 'SLOW'}"
            print(f"{label:<34} wall median {t:.3f} s, fastest {fastest:.3f} s (cpu {cpu:.3f} s){goal}")


if __name__ == "__main__":
    main()
