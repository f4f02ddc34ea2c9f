"""Atomic output: nothing half-written on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from heart2heart._io import atomic_write, atomic_write_bytes
from heart2heart.errors import H2HError, OutputError


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
    target = tmp_path / "m" / "weights.npz"
    atomic_write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in target.parent.iterdir()] == ["weights.npz"]


def test_unwritable_outputs_raise_an_output_error_naming_them(tmp_path: Path) -> None:
    """A folder in the file's place, or a file in its folder's place: an OutputError (an H2HError, for the CLI's one
    line, and an OSError, for the caches' best-effort writers) that names the output, not a temporary file."""
    folder = tmp_path / "report.html"
    folder.mkdir()
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    for target in (folder, blocker / "out.html"):
        with pytest.raises(OutputError, match=f"^{target}: ") as caught:
            atomic_write_bytes(target, b"x")
        assert isinstance(caught.value, H2HError) and isinstance(caught.value, OSError)
        assert ".part" not in str(caught.value)
        with pytest.raises(OutputError, match=f"^{target}: "), atomic_write(target) as fh:
            fh.write("never")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "report.html"]
    assert list(folder.iterdir()) == []


def test_an_input_error_inside_the_block_is_not_called_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_write(tmp_path / "out.txt"):
        (tmp_path / "missing-input.txt").read_text()
    assert list(tmp_path.iterdir()) == []
