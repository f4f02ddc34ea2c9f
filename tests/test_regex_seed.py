"""The package's seed of compiled patterns: current with the source, equal to re.compile's, and ignored when it
cannot be trusted."""

from __future__ import annotations

import marshal
import re
import zlib
from pathlib import Path

import pytest

from heart2heart import _regex_cache, _regex_seed

SEED = _regex_cache.seed_file()

pytestmark = pytest.mark.skipif(
    SEED is None or not SEED.is_file(), reason="no seed for this Python (python -m heart2heart._regex_seed writes one)"
)


def _shipped() -> dict[_regex_cache.Key, bytes]:
    assert SEED is not None
    return _regex_cache._decode(zlib.decompress(SEED.read_bytes()))


@pytest.fixture
def reseeded(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_seed`` reads the seed file again (its result is kept for the process)."""
    monkeypatch.setattr(_regex_cache, "_seed", _regex_cache._seed.__wrapped__)


@pytest.mark.slow
def test_the_seed_is_current() -> None:
    # Fails after a cue or pattern changed until `python -m heart2heart._regex_seed` writes the seed again.
    current = _regex_seed.entries()
    shipped = _shipped()
    stale = sorted(k[0][:60] for k in shipped.keys() - current.keys())
    missing = sorted(k[0][:60] for k in current.keys() - shipped.keys())
    assert not stale and not missing, f"run `python -m heart2heart._regex_seed`: stale {stale}, missing {missing}"
    assert all(marshal.loads(shipped[k]) == marshal.loads(current[k]) for k in current)


@pytest.mark.slow
def test_the_other_pythons_seeds_hold_the_same_patterns() -> None:
    # A seed per Python minor version (3.11 to 3.13); the patterns a seed holds (its keys: source, flags, rewriting)
    # do not depend on the version, so every shipped seed must hold exactly this Python's current ones. Fails after
    # a cue or pattern changed until each Python writes its seed again (`python3.12 -m heart2heart._regex_seed`...).
    current = _regex_seed.entries().keys()
    seeds = sorted(_regex_cache.SEED_DIR.glob("*.marshal.z"))
    assert len(seeds) >= 3
    for path in seeds:
        keys = _regex_cache._decode(zlib.decompress(path.read_bytes())).keys()
        stale = sorted(k[0][:60] for k in keys - current)
        missing = sorted(k[0][:60] for k in current - keys)
        assert not stale and not missing, f"{path.name} is stale: stale {stale}, missing {missing}"


def test_every_seeded_pattern_equals_re_compile() -> None:
    shipped = _shipped()
    assert len(shipped) > 250
    for (source, flags, tag), stored in shipped.items():
        entry = marshal.loads(stored)
        assert _regex_cache._well_formed(entry)
        compiled = entry[0]  # the source after its rewriting (the same as the key's when there is none)
        assert tag or compiled == source
        assert _regex_cache._pattern(entry) == re.compile(compiled, flags), source[:80]


def test_a_cue_comes_from_the_seed_without_parsing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from heart2heart.assess._cues import Cue
    from heart2heart.assess.disclosures import _VULN

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_regex_cache, "_STORE", _regex_cache._Store())

    def no_parsing(*args: object) -> object:
        raise AssertionError("parsed a pattern the seed holds")

    monkeypatch.setattr(_regex_cache._parser, "parse", no_parsing)
    cue = Cue(_VULN.source)  # a new Cue with a seeded source: compiled now, from the seed
    assert cue.found("Honestly I feel so alone lately.") == _VULN.found("Honestly I feel so alone lately.") is True
    assert cue.found("We’re out of milk, it’s fine.") is False  # not ASCII: the other form, also seeded
    assert not _regex_cache._STORE.used and not _regex_cache._STORE.dirty  # nothing for the user's cache


def test_a_damaged_seed_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reseeded: None) -> None:
    assert _regex_cache._seed()  # the package's own
    data = bytearray(zlib.decompress(Path(str(SEED)).read_bytes()))
    data[len(data) // 2] ^= 0xFF
    for content in (zlib.compress(bytes(data)), b"not zlib", b""):
        bad = tmp_path / "seed.marshal.z"
        bad.write_bytes(content)
        monkeypatch.setattr(_regex_cache, "seed_file", lambda bad=bad: bad)
        assert _regex_cache._seed() == {}
    monkeypatch.setattr(_regex_cache, "seed_file", lambda: tmp_path / "absent.marshal.z")
    assert _regex_cache._seed() == {}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_regex_cache, "_STORE", _regex_cache._Store())
    source = r"\b(you should|you could|try (to|and))\b"
    assert _regex_cache.compile(source + "|damaged seed") == re.compile(source + "|damaged seed")


def test_a_seed_from_a_python_that_compiles_differently_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reseeded: None
) -> None:
    entries = _shipped()
    source, flags = _regex_cache._PROBES[0]
    other = _regex_cache._entry(source.replace("should", "must"), flags)  # valid code, but not this probe's
    entries[(source, flags, "")] = marshal.dumps((source, *other[1:]))
    path = tmp_path / "seed.marshal.z"
    _regex_cache.write_seed(path, entries)
    monkeypatch.setattr(_regex_cache, "seed_file", lambda: path)
    assert _regex_cache._seed() == {}
    del entries[(source, flags, "")]  # a probe missing
    _regex_cache.write_seed(path, entries)
    assert _regex_cache._seed() == {}
    _regex_cache.write_seed(path, _shipped())  # the same entries, written here: used
    assert _regex_cache._seed() == _shipped()
