"""Atomic output: nothing half-written on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from heart2heart._io import atomic_write


def test_atomic_write_replaces_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_write(target) as fh:
        fh.write("new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_atomic_write_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("partial")
        raise RuntimeError("boom")
    assert not target.exists()
    assert list((tmp_path / "sub").iterdir()) == []


def test_atomic_write_gives_the_usual_file_mode(tmp_path: Path) -> None:
    import os

    target = tmp_path / "report.html"
    with atomic_write(target) as fh:
        fh.write("x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_atomic_write_bytes_leaves_only_the_file(tmp_path: Path) -> None:
    from heart2heart._io import atomic_write_bytes

    target = tmp_path / "m" / "weights.npz"
    atomic_write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in target.parent.iterdir()] == ["weights.npz"]
