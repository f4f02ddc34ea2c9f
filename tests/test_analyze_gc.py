"""`h2h analyze` collects reference cycles less often while it runs, freezes what it made, restores thresholds."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from heart2heart.cli.analyze import fewer_collections


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """Give this test process its objects back to the collector after each test."""
    yield
    gc.unfreeze()


def test_thresholds_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (200_000, 30, 30)
        assert gc.isenabled()  # cycles are still collected, only less often
        kept = [[i] for i in range(5_000)]  # young objects made during the run
        assert gc.get_count()[0] >= 5_000
    assert gc.get_threshold() == before
    # what the run made is frozen: not walked at the next allocation nor at interpreter shutdown
    assert gc.get_count()[0] < 100 and gc.get_freeze_count() >= 5_000
    assert not any(kept[10] is o for o in gc.get_objects())


def test_restored_when_the_command_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError, match="boom"), fewer_collections():
        raise ValueError("boom")
    assert gc.get_threshold() == before


def test_cycles_are_still_collected_on_long_runs() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self  # a reference cycle: only the cyclic collector frees it

    runs: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with fewer_collections():
            gc.collect()
            runs.clear()
            for _ in range(500_000):
                Node()
    finally:
        gc.callbacks.remove(count)
    # 500,000 cycles: a collection every 200,000 new objects (1 to 3 here), not one every 700 (hundreds)
    assert 1 <= len(runs) <= 5
