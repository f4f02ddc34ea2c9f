"""Shared test settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _prepared_tables_written_in_place(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A first load writes the model's prepared tables from a detached process (``h2h`` does not wait for them);
    in tests they are written before the load returns, so a test sees the cache as the load left it and no process
    outlives the test (``tests/test_models.py`` checks the detached write on its own)."""
    import heart2heart.models.linear as linear

    monkeypatch.setattr(linear, "BACKGROUND_WRITES", False)
    yield
