"""What the commands that share work among forked processes need to know (`h2h annotate`, `h2h analyze`)."""

from __future__ import annotations

import os
import signal
import sys
import threading

__all__ = ["cpus", "fork_is_safe", "ignore_interrupts"]


def cpus() -> int:
    """The CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def fork_is_safe() -> bool:
    """True where forking is safe and cheap: Linux, and this process runs a single thread."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def ignore_interrupts() -> None:
    """A child's start: Ctrl-C is the parent's to handle (it stops the children), not a traceback from each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
