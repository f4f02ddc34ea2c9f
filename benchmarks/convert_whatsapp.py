"""Throughput and peak memory of ``h2h convert`` on a large, realistic WhatsApp export.

Generates an Android-style export (day-first, 24 h; a mix of short and long messages, multi-line messages, media
placeholders, system lines and long silences between conversations) of the size asked for in a temporary folder,
runs the real ``h2h convert FILE -o OUT`` on it as a child process, and prints MB/s and the child's peak RSS.

    python benchmarks/convert_whatsapp.py            # ~200 MB
    python benchmarks/convert_whatsapp.py 1000       # ~1 GB
    python benchmarks/convert_whatsapp.py 200 --ios  # the iOS layout
    python benchmarks/convert_whatsapp.py 200 --keep /tmp/chat200.txt   # generate once, reuse next time
    python benchmarks/convert_whatsapp.py 200 --check                   # also compare with the reader's rows

``h2h convert`` takes a vectorised fast path on WhatsApp text exports (heart2heart/formats/_whatsapp_fast.py);
``--check`` converts the same file through the library's own reader (``iter_utterances`` + ``write_rows``, slow)
and says whether the bytes are identical.

Targets (issue 2): 50 MB/s or more, and peak memory under 200 MB whatever the file size.
"""

from __future__ import annotations

import argparse
import filecmp
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

WORDS = (
    "i",
    "you",
    "we",
    "it",
    "that",
    "the",
    "a",
    "to",
    "and",
    "of",
    "is",
    "was",
    "so",
    "really",
    "just",
    "think",
    "feel",
    "know",
    "what",
    "how",
    "why",
    "when",
    "today",
    "tomorrow",
    "work",
    "home",
    "mum",
    "dad",
    "love",
    "sorry",
    "okay",
    "yes",
    "no",
    "maybe",
    "tired",
    "happy",
    "sad",
    "worried",
    "call",
    "later",
    "dinner",
    "weekend",
    "friend",
    "miss",
    "talk",
    "again",
    "good",
    "great",
    "thanks",
    "honestly",
    "always",
    "never",
    "still",
)
SPEAKERS = ("Maya", "Sam")


def _message(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.04:
        return "<Media omitted>"
    n = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24, 40))
    text = " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()
    if roll > 0.97:
        text += "\n" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12)))
    return text + rng.choice(("", "", "?", "!", ".", " 😊", " ❤️"))


def generate(path: Path, megabytes: float, *, ios: bool = False, seed: int = 7) -> int:
    """Write a chat of about ``megabytes`` MB to ``path``; returns its size in bytes."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    stamp = datetime(2019, 3, 14, 8, 0)
    size = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        system = "Messages and calls are end-to-end encrypted. No one outside of this chat can read them."
        if ios:
            first = f"[{stamp:%d/%m/%Y, %H:%M:%S}] Maya: \u200e{system}\n"
        else:
            first = f"{stamp:%d/%m/%Y, %H:%M} - {system}\n"
        fh.write(first)
        size += len(first.encode())
        block: list[str] = []
        while size < target:
            stamp += (
                timedelta(hours=rng.choice((5, 9, 14, 20)))
                if rng.random() < 0.02
                else timedelta(seconds=rng.randint(5, 400))
            )
            speaker = SPEAKERS[rng.random() < 0.5]
            if ios:
                line = f"[{stamp:%d/%m/%Y, %H:%M:%S}] {speaker}: {_message(rng)}\n"
            else:
                line = f"{stamp:%d/%m/%Y, %H:%M} - {speaker}: {_message(rng)}\n"
            block.append(line)
            size += len(line.encode())
            if len(block) >= 10_000:
                fh.write("".join(block))
                block.clear()
        fh.write("".join(block))
    return path.stat().st_size


def run_convert(source: Path, output: Path) -> tuple[float, float, float]:
    """Run ``h2h convert`` on ``source``; (wall seconds, child CPU seconds, child peak RSS in MB)."""
    h2h = shutil.which("h2h") or str(Path(sys.executable).with_name("h2h"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([h2h, "convert", str(source), "-o", str(output)], check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, after.ru_maxrss / 1024


def reader_rows(source: Path, output: Path) -> None:
    """The library's own rows for ``source`` (the reference the fast path must equal byte for byte)."""
    from heart2heart.formats import iter_utterances
    from heart2heart.rows import write_rows

    write_rows(iter_utterances(source), output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("megabytes", nargs="?", type=float, default=200.0, help="size of the generated export")
    parser.add_argument("--ios", action="store_true", help="generate the iOS layout instead of Android")
    parser.add_argument("--keep", type=Path, help="generate the export here (or reuse it if it is already there)")
    parser.add_argument("--check", action="store_true", help="compare the bytes with the library's own reader")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="h2h-bench-") as tmp:
        source = args.keep or Path(tmp) / "WhatsApp Chat with Sam.txt"
        if args.keep and source.exists():
            size = source.stat().st_size
            print(f"reusing {size / 1e6:.1f} MB: {source}")
        else:
            t0 = time.perf_counter()
            size = generate(source, args.megabytes, ios=args.ios)
            print(f"generated {size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s: {source.name}")
        out = Path(tmp) / "out.jsonl"
        wall, cpu, peak = run_convert(source, out)
        rows = sum(1 for _ in out.open("rb"))
        print(
            f"h2h convert: {rows:,} rows in {wall:.2f} s = {size / 1e6 / wall:.1f} MB/s (target >= 50);"
            f" CPU {cpu:.2f} s = {size / 1e6 / cpu:.1f} MB/s of CPU"
        )
        print(f"peak RSS of h2h convert: {peak:.0f} MB (target < 200)")
        if args.check:
            reference = Path(tmp) / "reader.jsonl"
            reader_rows(source, reference)
            same = filecmp.cmp(out, reference, shallow=False)
            print(f"same bytes as the reader (iter_utterances + write_rows): {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
