"""Child processes that label batches for `h2h annotate` while the parent reads and writes rows.

The children are forked (they inherit the loaded model; nothing is pickled but each batch's texts, speakers and
carried context, and the label codes coming back). Batch ``i`` goes to child ``i % n`` with the utterances before
it (:func:`~heart2heart.annotate.stream.carry_after`), and results are taken back in the same round-robin order, so
they come back in submission order. Only used where ``fork`` is the safe, cheap choice (Linux, a single thread at
the time of the fork).
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import traceback
from typing import Any

from heart2heart._fork import fork_is_safe, ignore_interrupts
from heart2heart.annotate.featurize import featurizer_for
from heart2heart.annotate.pipeline import Pipeline
from heart2heart.annotate.stream import Labelled, StreamLabeller, carry_after
from heart2heart.models.fast import trigram_columns

__all__ = ["WORKER_VOCAB", "LabelWorker"]

WORKER_VOCAB = 30_000
"""Words each child keeps before its vocabulary starts over: memory stays flat (a few tens of MB a child) on
corpora of any size; the rows do not depend on it."""


def _serve(tasks: Any, results: Any, pipeline: Pipeline) -> None:
    """The child's loop: label each submitted batch until None arrives."""
    ignore_interrupts()
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


class _Child:
    """One forked labelling process and its two queues."""

    def __init__(self, ctx: Any, pipeline: Pipeline) -> None:
        self.tasks = ctx.Queue()
        self.results = ctx.Queue()
        self.proc = ctx.Process(target=_serve, args=(self.tasks, self.results, pipeline), daemon=True)
        self.proc.start()

    def result(self) -> Labelled:
        while True:
            try:
                got = self.results.get(timeout=1.0)
                break
            except Exception:  # queue.Empty: check that the child is still alive
                if not self.proc.is_alive():
                    raise RuntimeError(f"the labelling process died (exit code {self.proc.exitcode})") from None
        if isinstance(got, BaseException):
            raise got
        result: Labelled = got
        return result

    def close(self) -> None:
        if self.proc.is_alive():
            self.tasks.put(None)
            self.proc.join(timeout=5.0)
            if self.proc.is_alive():
                self.proc.terminate()
                self.proc.join()
        self.tasks.close()
        self.results.close()


class LabelWorker:
    """Labels batches in ``n`` forked child processes; :meth:`result` returns them in submission order."""

    def __init__(self, pipeline: Pipeline, n: int = 1) -> None:
        ctx = mp.get_context("fork")
        pipeline.model.prepare()  # the weight tables, built once and shared with the children
        config = pipeline.model.config
        featurizer_for(config).max_vocab = WORKER_VOCAB  # its phrase and word tables, likewise
        if config.char_ngrams == 3:
            trigram_columns(config.bits)
        gc.freeze()  # the children's collector leaves the inherited objects alone: their pages stay shared
        try:
            self._children = [_Child(ctx, pipeline) for _ in range(max(1, n))]
        finally:
            gc.unfreeze()
        self._sent = 0
        self._taken = 0
        self._carry: tuple[list[str], list[str]] = ([], [])

    @staticmethod
    def available() -> bool:
        """True where forking is safe and cheap: Linux, and this process runs a single thread."""
        return fork_is_safe()

    def submit(self, texts: list[str], speakers: list[str], starts: list[int], media: list[bool] | None = None) -> None:
        """Send the next batch of the stream to be labelled (``media``: which texts are attachment placeholders)."""
        carry = self._carry
        self._carry = carry_after(carry, texts, speakers, starts)
        self._children[self._sent % len(self._children)].tasks.put((texts, speakers, starts, carry, media))
        self._sent += 1

    def result(self) -> Labelled:
        """The labels of the oldest batch not taken yet (waits for them)."""
        child = self._children[self._taken % len(self._children)]
        self._taken += 1
        return child.result()

    def close(self) -> None:
        """Stop the children (after the batches already submitted) and wait for them."""
        for child in self._children:
            child.close()
