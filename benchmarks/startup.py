"""Start-up time of `h2h --help` (target: under 0.3 s wall), median of several runs.

Usage: python benchmarks/startup.py [--runs N]
Also prints the slowest imports of `heart2heart.cli.main` (python -X importtime) to show where the time goes.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_SECONDS = 0.3


def h2h_command() -> list[str]:
    script = Path(sys.executable).with_name("h2h")
    if script.exists():
        return [str(script)]
    found = shutil.which("h2h")
    return [found] if found else [sys.executable, "-c", "from heart2heart.cli.main import main; main()"]


def wall(cmd: list[str], runs: int) -> tuple[float, float, float]:
    """Median and fastest wall time, and median CPU time (user + system) of ``cmd``.

    On a busy shared machine the fastest run is the best estimate of the uncontended time.
    """
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), min(walls), statistics.median(cpus)


def slowest_imports(n: int = 8) -> list[tuple[int, str]]:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import heart2heart.cli.main"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    rows = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    base, base_fast, base_cpu = wall([sys.executable, "-c", "pass"], args.runs)
    help_time, help_fast, help_cpu = wall([*h2h_command(), "--help"], args.runs)
    print(f"python -c pass  wall median {base:.3f} s, fastest {base_fast:.3f} s (cpu {base_cpu:.3f} s)")
    verdict = "OK" if help_time < TARGET_SECONDS else "SLOW"
    print(
        f"h2h --help      wall median {help_time:.3f} s, fastest {help_fast:.3f} s (cpu {help_cpu:.3f} s)"
        f"  target < {TARGET_SECONDS} s  {verdict}"
    )
    print("slowest imports of heart2heart.cli.main (cumulative):")
    for micros, name in slowest_imports():
        print(f"  {micros / 1000:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
