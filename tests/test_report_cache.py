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


@pytest.fixture()
def no_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As for a Python or Jinja2 the package ships no compiled template for."""
    monkeypatch.setattr(report_html, "template_seed_file", lambda: tmp_path / "no-such-seed.cache")


def test_second_run_reads_the_cached_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None, no_seed: None
) -> None:
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


def test_damaged_entry_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None, no_seed: None
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = _render()
    (entry,) = report_html.cache_dir().glob("__jinja2_*.cache")
    entry.write_bytes(entry.read_bytes()[:40] + b"\x00garbage")
    assert _render() == first


def test_a_first_run_takes_the_packages_compiled_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    # The package ships the template compiled for its Pythons (3.11 - 3.13) and the Jinja2 it was built with: a first
    # run reads it instead of compiling (~50 ms), writes nothing, and renders exactly what a compiled one does.
    if not report_html.template_seed_file().is_file():
        pytest.skip("no compiled template shipped for this Python and Jinja2")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "seeded"))
    import jinja2

    def no_compiling(*args: object, **kwargs: object) -> object:
        raise AssertionError("compiled a template the package ships")

    with monkeypatch.context() as m:
        m.setattr(jinja2.Environment, "compile", no_compiling)
        seeded = _render()
    assert not list(report_html.cache_dir().glob("__jinja2_*.cache"))
    monkeypatch.setattr(report_html, "template_seed_file", lambda: tmp_path / "none.cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "compiled"))
    assert _render() == seeded


def test_a_compiled_template_for_another_source_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a"))
    expected = _render()
    import jinja2

    good = report_html.template_seed()
    env = report_html._environment(None)
    other = jinja2.bccache.Bucket(env, "x", "0" * 40)  # compiled from another source (its checksum)
    other.code = env.compile("<p>{{ 1 + 1 }}</p>")
    for content in (other.bytecode_to_string(), good[: len(good) // 2], b"", b"junk"):
        seed = tmp_path / "seed.cache"
        seed.write_bytes(content)
        monkeypatch.setattr(report_html, "template_seed_file", lambda seed=seed: seed)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / f"c{len(content)}"))
        assert _render() == expected


def test_every_shipped_compiled_template_is_of_the_current_source() -> None:
    # Fails after the template changed until each Python writes its seeds again (`python -m heart2heart._regex_seed`
    # with 3.11, 3.12 and 3.13): a stale one would only be refused (Jinja2 checks the source's checksum), at the
    # cost of a compile on every first run.
    import pickle

    import jinja2

    env = report_html._environment(None)
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, report_html.TEMPLATE)
    checksum = jinja2.BytecodeCache().get_source_checksum(source)
    shipped = sorted(report_html.TEMPLATE_SEED_DIR.glob("*.cache"))
    assert len(shipped) >= 3
    for path in shipped:
        data = path.read_bytes()
        assert pickle.loads(data[len(jinja2.bccache.bc_magic) :]) == checksum, f"{path.name} is stale"
    own = report_html.template_seed_file()
    if own.is_file():
        assert own.read_bytes() == report_html.template_seed()
