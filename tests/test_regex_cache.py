"""The compiled-pattern cache: patterns built from it equal re.compile's, and a bad cache only costs the compile."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from heart2heart import _regex_cache
from heart2heart.assess.disclosures import _ACK, _VULN

SOURCES = [
    (r"\b(you should|you could|try (to|and))\b", 0),
    (r"^\W*(oh[,.]?\s+([a-z]+)|(?P<pet>sweetheart|darling))\W*$", re.IGNORECASE),
    (_ACK.source, 0),
    (_VULN.source, re.IGNORECASE),
]

pytestmark = pytest.mark.skipif(_regex_cache.cache_file() is None, reason="no _sre interface to cache")


@pytest.fixture(autouse=True)
def no_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the user's cache: the package's seed (tests/test_regex_seed.py) is left out."""
    monkeypatch.setattr(_regex_cache, "_seed", lambda: {})


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_regex_cache, "_STORE", _regex_cache._Store())
    path = _regex_cache.cache_file()
    assert path is not None and path.parent == tmp_path / "heart2heart" / "regex"
    return path


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process, as far as the cache is concerned: the file is read again on the next compile."""
    monkeypatch.setattr(_regex_cache, "_STORE", _regex_cache._Store())


def test_stored_patterns_equal_re_compile(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source, flags in SOURCES:
        assert _regex_cache.compile(source, flags) == re.compile(source, flags)
    assert not store.exists()  # written once, at exit
    _regex_cache.save()
    assert store.exists()
    _fresh(monkeypatch)
    for source, flags in SOURCES:
        pattern = _regex_cache.compile(source, flags)
        assert pattern == re.compile(source, flags)  # same flags and the same compiled code
        assert (source, int(flags), "") in _regex_cache._STORE.load()
    assert not _regex_cache._STORE.dirty  # every pattern came from the file: nothing to write
    cached = _regex_cache.compile(SOURCES[1][0], SOURCES[1][1])
    m = cached.match("Oh, Liam.")
    assert m is not None and m.group(2) == "Liam" and m.span() == (0, 9)
    assert cached.groupindex == {"pet": 3}
    assert cached.match("DARLING!") is not None and cached.match("oh no it broke") is None


def test_a_damaged_file_is_ignored(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = SOURCES[0]
    _regex_cache.compile(source, flags)
    _regex_cache.save()
    data = bytearray(store.read_bytes())
    data[len(data) // 2] ^= 0xFF  # the checksum no longer matches
    store.write_bytes(bytes(data))
    _fresh(monkeypatch)
    assert _regex_cache._STORE.load() == {}
    assert _regex_cache.compile(source, flags) == re.compile(source, flags)
    store.write_bytes(b"\x00\x01")
    _fresh(monkeypatch)
    assert _regex_cache.compile(source, flags) == re.compile(source, flags)


def test_a_bad_entry_falls_back_to_re_compile(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = SOURCES[0]
    entries = _regex_cache._STORE.load()
    good = _regex_cache._entry(source, flags)
    bad = (good[0], good[1], [99999, 1, 2], good[3], good[4], good[5])  # code _sre refuses
    for damaged in (marshal.dumps(bad), marshal.dumps(("not", "an", "entry")), b"\xff\x00garbage"):
        entries[(source, flags, "")] = damaged
        _regex_cache._STORE.used.clear()
        pattern = _regex_cache.compile(source, flags)
        assert pattern == re.compile(source, flags)
        assert marshal.loads(_regex_cache._STORE.used[(source, flags, "")]) == good  # repaired at the next save
        assert pattern.search("maybe you should rest") is not None


def test_only_the_entries_a_run_uses_are_decoded(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source, flags in SOURCES:
        _regex_cache.compile(source, flags)
    _regex_cache.save()
    _fresh(monkeypatch)
    decoded: list[bytes] = []
    loads = marshal.loads

    def counted(data: bytes) -> object:
        decoded.append(data)
        return loads(data)

    monkeypatch.setattr(_regex_cache.marshal, "loads", counted)
    assert _regex_cache.compile(*SOURCES[1]) == re.compile(*SOURCES[1])
    assert len(_regex_cache._STORE.load()) == len(SOURCES)
    assert len(decoded) == 2  # the file, then the one entry asked for


def test_the_first_layouts_file_is_removed_when_the_cache_is_written(store: Path) -> None:
    old = store.with_name(store.name.replace("-e.marshal", ".marshal"))
    assert old != store
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(b"an old cache")
    _regex_cache.compile(SOURCES[0][0] + "|layout", 0)
    _regex_cache.save()
    assert store.exists() and not old.exists()


def test_an_unwritable_cache_only_costs_the_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _fresh(monkeypatch)
    source, flags = SOURCES[0]
    assert _regex_cache.compile(source, flags) == re.compile(source, flags)
    _regex_cache.save()  # cannot create the folder: nothing raised
    assert blocker.read_text() == "not a folder"


def test_a_rewritten_pattern_is_kept_with_its_rewriting(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def rewrite(source: str) -> str:
        calls.append(source)
        return source.replace("colour", "colou?r")

    pattern = _regex_cache.compile(r"\bcolour\b", rewrite=rewrite, tag="v1")
    assert pattern == re.compile(r"\bcolou?r\b") and calls == [r"\bcolour\b"]
    _regex_cache.save()
    _fresh(monkeypatch)
    again = _regex_cache.compile(r"\bcolour\b", rewrite=rewrite, tag="v1")
    assert again == pattern and again.pattern == r"\bcolou?r\b" and len(calls) == 1  # not rewritten again
    assert again.search("the color red") is not None
    _regex_cache.compile(r"\bcolour\b", rewrite=rewrite, tag="v2")  # another version of the rewriting
    assert len(calls) == 2
    _regex_cache.compile(r"\bcolour\b", rewrite=rewrite, tag=None)  # no version: never cached
    _regex_cache.compile(r"\bcolour\b", rewrite=rewrite, tag=None)
    assert len(calls) == 4
    assert _regex_cache.compile(r"\bcolour\b") == re.compile(r"\bcolour\b")  # the plain pattern is its own entry


def test_no_home_folder_only_costs_the_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    _fresh(monkeypatch)
    source, flags = SOURCES[0]
    assert _regex_cache.compile(source, flags) == re.compile(source, flags)
    _regex_cache.save()  # nowhere to write: nothing raised
    assert _regex_cache._STORE.path is None


def test_a_new_pattern_is_parsed_once_and_equals_re_compile(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A miss builds the pattern from its entry (one parse), not re.compile and then the entry (two).
    parses: list[str] = []
    parse = _regex_cache._parser.parse
    assert _regex_cache._same_as_re()  # probes checked before counting

    def counted(source: str, flags: int = 0) -> object:
        parses.append(source)
        return parse(source, flags)

    monkeypatch.setattr(_regex_cache._parser, "parse", counted)
    fresh = [(f"{source}|unseen{i}x", flags) for i, (source, flags) in enumerate(SOURCES)]  # not in re's own cache
    for source, flags in fresh:
        pattern = _regex_cache.compile(source, flags)
        assert parses.count(source) == 1
        assert pattern == re.compile(source, flags)
    assert _regex_cache._STORE.dirty and len(_regex_cache._STORE.used) == len(fresh)


def test_without_the_probes_agreeing_nothing_is_built_or_stored(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_regex_cache, "_same_as_re", lambda: False)
    source, flags = SOURCES[1]
    assert _regex_cache.compile(source, flags) == re.compile(source, flags)
    assert not _regex_cache._STORE.used and not _regex_cache._STORE.dirty


def test_every_cue_of_the_assessment_builds_as_re_compile(store: Path) -> None:
    # All the assessment's patterns (each Cue's forms, each LazyPattern), built from entries, equal re.compile's.
    import gc
    import importlib
    import pkgutil

    import heart2heart.assess
    from heart2heart.assess import _cues
    from heart2heart.assess._trie import ascii_source, factor

    for module in pkgutil.iter_modules(heart2heart.assess.__path__):
        importlib.import_module(f"heart2heart.assess.{module.name}")
    objects = gc.get_objects()
    cues = [c for c in objects if isinstance(c, _cues.Cue)]
    lazy = [(p.source, int(p.flags)) for p in objects if isinstance(p, _cues.LazyPattern)]
    assert len(cues) > 50 and len(lazy) > 20
    for source, flags in lazy:
        assert _regex_cache._pattern(_regex_cache._entry(source, flags)) == re.compile(source, flags), source
    for cue in cues:
        _, rest = _cues.split_alternatives(cue.source)
        if not rest:
            continue
        source = "|".join(rest)
        forms = [(factor(source), 0), (cue.source, re.IGNORECASE)]
        ascii_form = ascii_source(factor(source))
        if ascii_form is not None:
            forms.append((ascii_form, re.ASCII))
        for form, flags in forms:
            assert _regex_cache._pattern(_regex_cache._entry(form, flags)) == re.compile(form, flags), cue
