"""The compiled HTML template is cached in the user's cache folder; the report is the same with or without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from _assess_helpers import L, conv
from heart2heart.report import html as report_html
from heart2heart.report.pipeline import analyse_conversation

TALK = conv(
    [
        ("Ana", "how are you, really?", L(q="open")),
        ("Ben", "honestly I've been scared about the move", L(d=3, v=-0.5)),
        ("Ana", "that sounds like a lot. what scares you most?", L(q="open", r=True)),
    ],
    minutes=[0, 1, 2],
)


@pytest.fixture()
def fresh() -> Iterator[None]:
    report_html._template.cache_clear()
    yield
    report_html._template.cache_clear()


def _render() -> str:
    report_html._template.cache_clear()
    return report_html.render_html([analyse_conversation(TALK)])


def test_second_run_reads_the_cached_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert report_html.cache_dir() == tmp_path / "heart2heart" / "templates"
    first = _render()
    entries = list(report_html.cache_dir().glob("__jinja2_*.cache"))
    assert len(entries) == 1 and entries[0].stat().st_size > 1000
    stamp = entries[0].stat().st_mtime_ns
    assert _render() == first
    assert entries[0].stat().st_mtime_ns == stamp  # read, not written again


def test_same_report_without_a_usable_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a"))
    cached = _render()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder cannot be made
    assert report_html._bytecode_cache() is None
    assert _render() == cached


def test_damaged_entry_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = _render()
    (entry,) = report_html.cache_dir().glob("__jinja2_*.cache")
    entry.write_bytes(entry.read_bytes()[:40] + b"\x00garbage")
    assert _render() == first
