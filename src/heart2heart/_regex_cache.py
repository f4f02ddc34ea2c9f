"""Compiled regular expressions kept between runs, so the assessment's large cue patterns are not parsed every time.

Python parses and compiles a regular expression in pure Python (``re._parser``, ``re._compiler``): the
assessment's ~190 patterns, some with hundreds of alternatives, cost ~0.1 s of every ``h2h analyze``. The result of
that work is a list of integers (the code the C matcher ``_sre`` runs). :func:`compile` keeps those lists in one
file of the user's cache (``$XDG_CACHE_HOME/heart2heart/regex``, beside the compiled report template) and builds
later patterns from it with ``_sre.compile``, as ``re.compile`` itself does last.

Private interfaces are used (``re._parser.parse``, ``re._compiler._code``, ``_sre.compile``), so everything is
guarded: the file is keyed by the Python build and ``_sre``'s code version and carries a checksum, patterns are
built this way only once a set of probe patterns (groups, named groups, flags, inline flags, classes) built from
their entries compared equal to ``re.compile``'s in this process (pattern equality compares the compiled code:
:func:`_same_as_re`), ``_sre`` validates the code it is given, and any failure (another Python, a damaged or
unwritable cache, an interface that moved) falls back to plain ``re.compile``. The cache only ever saves time.

A pattern missing from the file is parsed once, into its entry, and built from that entry (not compiled by
``re.compile`` and parsed a second time for the entry): a first run on a new machine compiles every cue once.

Each entry is stored marshalled on its own and decoded when a pattern first asks for it: a run reads the whole
file (entries of other commands and of earlier versions of the patterns included) but decodes only what it uses
(reading a file of 240 entries: ~10 ms decoding all of them, ~5 ms leaving them for later).

The package ships the entries of its own patterns (:data:`SEED_DIR`, one file per Python minor version and ``_sre``
code version, written by ``python -m heart2heart._regex_seed``), so a first run on a new machine does not parse them
either (~0.15 s of it). The seed is read-only and looked up before the user's file; it is used only when a set of
probe patterns stored in it equal ``re.compile``'s in this process, so code from another build of the same version is
never trusted unchecked. ``tests/test_regex_seed.py`` fails when a pattern changed and the seed was not written again.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import re
import sys
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from heart2heart import _io

__all__ = ["SEED_DIR", "cache_file", "compile", "seed_file"]

#: One stored pattern: the source compiled (after any rewriting), then the other arguments of ``_sre.compile``:
#: flags, code, groups - 1, group index, index group.
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: What an entry is stored under: the source as given, the flags, and the tag of the rewriting ("" for none).
Key = tuple[str, int, str]

#: Drop entries not used by the writing process once the file holds more than this many (stale edited cues).
_MAX_ENTRIES = 2000

#: The file's layout, in its name: each entry marshalled on its own (the first layout, one marshalled dict of
#: entries, had no suffix; its file is removed when this one is written).
_LAYOUT = "-e"

try:  # the private interfaces re.compile is built from; absent or different elsewhere
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG: str | None = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _SEED_TAG: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"  # e.g. cpython-311-...
    _ = (_parser.parse, _compiler._code, _sre.compile)
except (ImportError, AttributeError):  # pragma: no cover - another Python implementation or version
    _TAG = _SEED_TAG = None

#: Where the package's own entries are (see the module's description).
SEED_DIR = Path(__file__).with_name("regex_seed")


class _Store:
    """The cache file's entries, each still marshalled (read on first use), the ones this process used, and whether
    any were new."""

    def __init__(self) -> None:
        self.entries: dict[Key, bytes] | None = None
        self.used: dict[Key, bytes] = {}
        self.dirty = False
        self.path: Path | None = None

    def load(self) -> dict[Key, bytes]:
        if self.entries is None:
            try:
                self.path = cache_file()
            except (RuntimeError, OSError, KeyError):  # no home folder to hold a cache: compile every time
                self.path = None
            self.entries = _read(self.path) if self.path is not None else {}
        return self.entries


_STORE = _Store()


def cache_file() -> Path | None:
    """The cache file for this Python (None where the cache cannot be used)."""
    if _TAG is None:
        return None
    return _io.cache_dir("regex") / f"{_TAG}{_LAYOUT}.marshal"


def seed_file() -> Path | None:
    """The package's seed file for this Python (None where patterns cannot be built from entries); it may not
    exist (a Python version no seed was written for)."""
    if _SEED_TAG is None:
        return None
    return SEED_DIR / f"{_SEED_TAG}.marshal.z"


def compile(
    source: str, flags: int = 0, rewrite: Callable[[str], str] | None = None, tag: str | None = None
) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the code an earlier run stored when it can be.

    With ``rewrite``, the pattern compiled is ``rewrite(source)``, and the rewriting too is skipped when the
    stored entry has the same ``tag`` (which must change whenever the rewriting does; None: not cached).
    """
    flags = int(flags)
    if (rewrite is not None and tag is None) or _TAG is None:
        return re.compile(rewrite(source) if rewrite is not None else source, flags)
    key = (source, flags, tag if rewrite is not None and tag is not None else "")
    seeded = _seed().get(key)
    if seeded is not None:
        with contextlib.suppress(Exception):  # cannot happen to a checked seed; the user's file or a compile below
            entry = marshal.loads(seeded)
            if _well_formed(entry):
                return _pattern(entry)
    stored = _STORE.load().get(key)
    if stored is not None:
        with contextlib.suppress(Exception):  # a damaged entry: compile it again below
            entry = marshal.loads(stored)
            if _well_formed(entry):
                pattern = _pattern(entry)
                _STORE.used[key] = stored
                return pattern
    compiled = rewrite(source) if rewrite is not None else source
    if _same_as_re():
        with contextlib.suppress(Exception):  # a pattern the parts refuse: re.compile says why below
            entry = _entry(compiled, flags)
            pattern = _pattern(entry)
            _STORE.used[key] = marshal.dumps(entry)
            _STORE.dirty = True
            _save_at_exit()
            return pattern
    return re.compile(compiled, flags)


#: Patterns that exercise what an entry carries: groups, named groups, flags given and inline, classes, repeats.
_PROBES: tuple[tuple[str, int], ...] = (
    (r"\b(you should|you could|try (to|and))\b", 0),
    (r"^\W*(oh[,.]?\s+([a-z]+)|(?P<pet>sweetheart|darling))\W*$", re.IGNORECASE),
    (r"(?i)(?P<x>[^\W\d_]{2,}?)-(?P=x)|\d{1,3}(?:,\d{3})*", 0),
    (r"^\u200e?\[(\d{1,4}[/.-]\d{1,2})\] |[\u00e9e]t\u00e9", re.MULTILINE | re.ASCII),
)


@lru_cache(maxsize=1)
def _same_as_re() -> bool:
    """True when patterns built from entries equal ``re.compile``'s on :data:`_PROBES` (checked once a process)."""
    try:
        return all(_pattern(_entry(source, flags)) == re.compile(source, flags) for source, flags in _PROBES)
    except Exception:  # an interface that moved
        return False


@lru_cache(maxsize=1)
def _seed() -> dict[Key, bytes]:
    """The seed's entries, each still marshalled; empty when there is none for this Python, it is damaged, or its
    probes do not build as ``re.compile`` builds them here (read once a process)."""
    path = seed_file()
    if path is None:
        return {}
    try:
        data = zlib.decompress(path.read_bytes())
    except (OSError, zlib.error):
        return {}
    entries = _decode(data)
    try:
        for source, flags in _PROBES:
            entry = marshal.loads(entries[(source, int(flags), "")])
            if not _well_formed(entry) or _pattern(entry) != re.compile(source, flags):
                return {}
    except Exception:  # a probe missing or refused: the seed was written by a Python that compiles differently
        return {}
    return entries


def write_seed(path: Path, entries: dict[Key, bytes]) -> None:
    """Write ``entries`` (each marshalled; the probes' among them) as a seed file, sorted and compressed."""
    payload = marshal.dumps(dict(sorted(entries.items())))
    _io.atomic_write_bytes(path, zlib.compress(zlib.crc32(payload).to_bytes(4, "little") + payload, 9))


@lru_cache(maxsize=1)
def _save_at_exit() -> None:
    atexit.register(save)


def _entry(source: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern."""
    parsed = _parser.parse(source, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (source, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _pattern(entry: Entry) -> re.Pattern[str]:
    source, flags, code, groups, groupindex, indexgroup = entry
    pattern: re.Pattern[str] = _sre.compile(source, flags, list(code), groups, dict(groupindex), tuple(indexgroup))
    return pattern


def _read(path: Path) -> dict[Key, bytes]:
    """The entries of the cache file, each still marshalled; empty when it is missing, damaged or from another
    build."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    return _decode(data)


def _decode(data: bytes) -> dict[Key, bytes]:
    """The entries of a cache or seed file's bytes (a CRC-32, then the marshalled entries); empty when damaged."""
    try:
        checksum, payload = int.from_bytes(data[:4], "little"), data[4:]
        if zlib.crc32(payload) != checksum:
            return {}
        stored: Any = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(v, bytes) and _well_formed_key(k)}


def _well_formed_key(key: Any) -> bool:
    return isinstance(key, tuple) and [type(k) for k in key] == [str, int, str]


def _well_formed(entry: Any) -> bool:
    return isinstance(entry, tuple) and [type(e) for e in entry] == [str, int, list, int, dict, tuple]


def save() -> None:
    """Write the entries this process compiled anew (with the file's others) to the cache file, atomically.

    Registered to run at exit after the first new pattern; an unwritable cache is left alone.
    """
    path = _STORE.path
    if path is None or not _STORE.dirty:
        return
    merged = dict(_STORE.entries or {})
    merged.update(_STORE.used)
    if len(merged) > _MAX_ENTRIES:
        merged = dict(_STORE.used)
    payload = marshal.dumps(merged)
    with contextlib.suppress(OSError):
        _io.atomic_write_bytes(path, zlib.crc32(payload).to_bytes(4, "little") + payload)
        path.with_name(path.name.replace(f"{_LAYOUT}.marshal", ".marshal")).unlink(missing_ok=True)  # first layout
    _STORE.entries = merged
    _STORE.dirty = False
