"""A second process that labels batches for `h2h annotate` while the first one reads and writes rows.

The child is forked (it inherits the loaded model, nothing is pickled but each batch's texts and speakers and the
label codes coming back) and runs a :class:`~heart2heart.annotate.stream.StreamLabeller` over the batches in the
order they were submitted, so results come back in order too. Only used where ``fork`` is the safe, cheap choice
(Linux, a single thread at the time of the fork).
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import threading
import traceback
from typing import Any

from heart2heart.annotate.pipeline import Pipeline
from heart2heart.annotate.stream import Labelled, StreamLabeller

__all__ = ["LabelWorker"]


def _serve(tasks: Any, results: Any, pipeline: Pipeline) -> None:
    """The child's loop: label each submitted batch until None arrives."""
    labeller = StreamLabeller(pipeline)
    while True:
        task = tasks.get()
        if task is None:
            return
        try:
            results.put(labeller.label(*task))
        except BaseException as exc:
            results.put(RuntimeError(f"labelling failed in the worker process:\n{traceback.format_exc()}"))
            if not isinstance(exc, Exception):
                return


class LabelWorker:
    """Labels batches in a forked child process; :meth:`result` returns them in submission order."""

    def __init__(self, pipeline: Pipeline) -> None:
        ctx = mp.get_context("fork")
        self._tasks = ctx.Queue()
        self._results = ctx.Queue()
        self._proc = ctx.Process(target=_serve, args=(self._tasks, self._results, pipeline), daemon=True)
        self._proc.start()
        self._waiting = 0

    @staticmethod
    def available() -> bool:
        """True where forking is safe and cheap: Linux, and this process runs a single thread."""
        return sys.platform.startswith("linux") and threading.active_count() == 1

    def submit(self, texts: list[str], speakers: list[str], starts: list[int]) -> None:
        self._tasks.put((texts, speakers, starts))
        self._waiting += 1

    def result(self) -> Labelled:
        """The labels of the oldest submitted batch (waits for them)."""
        while True:
            try:
                got = self._results.get(timeout=1.0)
                break
            except Exception:  # queue.Empty: check that the child is still alive
                if not self._proc.is_alive():
                    raise RuntimeError(f"the labelling process died (exit code {self._proc.exitcode})") from None
        self._waiting -= 1
        if isinstance(got, BaseException):
            raise got
        result: Labelled = got
        return result

    def close(self) -> None:
        """Stop the child (after the batches already submitted) and wait for it."""
        if self._proc.is_alive():
            self._tasks.put(None)
            self._proc.join(timeout=5.0)
            if self._proc.is_alive():
                self._proc.terminate()
                self._proc.join()
        self._tasks.close()
        self._results.close()
