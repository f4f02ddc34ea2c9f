"""How long ``h2h analyze --json`` takes on a long WhatsApp chat history, in one process and shared among several.

A chat history splits into hundreds of conversations (at silences of four hours); ``h2h analyze`` shares them
among forked processes on Linux (one per CPU, at most eight; ``H2H_WORKERS=1`` keeps it to one). This generates an
Android-style export of the size asked for (benchmarks/convert_whatsapp.py's generator), runs the real command both
ways as child processes, and prints the wall times, the child's peak memory, the number of conversations, and
whether the two outputs are identical.

    python benchmarks/history_speed.py          # ~2 MB (a few hundred conversations)
    python benchmarks/history_speed.py 10       # ~10 MB
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_whatsapp import generate


def run(source: Path, output: Path, workers: str | None) -> tuple[float, float]:
    """Wall time of the command and the peak memory (MB) of the largest child process so far."""
    env = dict(os.environ)
    env.pop("H2H_WORKERS", None)
    if workers is not None:
        env["H2H_WORKERS"] = workers
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with output.open("wb") as out:
        code = "from heart2heart.cli.main import main; main()"
        command = [sys.executable, "-c", code, "analyze", str(source), "--json"]
        subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, env=env, check=True)
    wall = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return wall, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("megabytes", nargs="?", type=float, default=2.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "chat.txt"
        generate(source, args.megabytes)
        one, shared = Path(tmp) / "one.jsonl", Path(tmp) / "shared.jsonl"
        t1, m1 = run(source, one, "1")
        t2, _ = run(source, shared, None)
        n = sum(1 for _ in one.open("rb"))
        same = one.read_bytes() == shared.read_bytes()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"h2h analyze --json, {args.megabytes:g} MB WhatsApp history, {n} conversations: one process {t1:.1f} s "
          f"(peak {m1:.0f} MB); shared among the CPUs ({cpus}) {t2:.1f} s; outputs identical: {same}")  # fmt: skip


if __name__ == "__main__":
    main()
