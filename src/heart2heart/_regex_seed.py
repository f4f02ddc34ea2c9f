"""Write the seed of compiled patterns the package ships (:mod:`heart2heart._regex_cache`), and its compiled report
template (:func:`heart2heart.report.html.template_seed`).

Run: ``python -m heart2heart._regex_seed``.

The seed holds the entry of every pattern the package compiles through the cache on its own (not of patterns built
from a conversation, such as its speakers' names):

- the patterns modules compile when imported (every module of the package is imported);
- both forms of every :class:`~heart2heart.assess._cues.Cue` (for ASCII texts and for others) and every
  :class:`~heart2heart.assess._cues.LazyPattern`, which are otherwise compiled on first use;
- whatever else analysing the bundled example and writing its HTML report compiles;
- the cache's probe patterns, which say whether a Python builds the seed's code as its own ``re.compile`` does.

It is collected in a fresh interpreter with an empty cache and the seed turned off, so what is written depends only
on the package's source and this Python's minor version. Run it again after changing a cue or a pattern, with each
Python the package ships a seed for (3.11, 3.12 and 3.13: ``python3.12 -m heart2heart._regex_seed`` in an
environment of that Python with the package installed); ``tests/test_regex_seed.py`` says when a seed no longer
matches. A Python version without a seed only compiles its patterns on a first run, as before.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

from heart2heart import _regex_cache

__all__ = ["collect", "entries"]


def collect() -> None:
    """Compile everything the seed holds into the user's cache (``$XDG_CACHE_HOME``) and save it. Run in a fresh
    interpreter: patterns compiled before the seed was turned off would be missed."""
    _regex_cache._seed = _no_seed  # type: ignore[assignment]  # this process compiles everything itself
    import heart2heart

    for module in pkgutil.walk_packages(heart2heart.__path__, "heart2heart."):
        if module.name.rsplit(".", 1)[-1] == "__main__":
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:  # a module of an optional extra that is not installed
            continue
    from heart2heart.assess import _cues

    for obj in gc.get_objects():
        if isinstance(obj, _cues.Cue):
            obj._compile()
            if obj._source is not None:
                obj._unicode()
        elif isinstance(obj, _cues.LazyPattern):
            _ = obj.compiled
    _analyse_the_example()
    for source, flags in _regex_cache._PROBES:
        _regex_cache.compile(source, flags)
    _regex_cache.save()


def _no_seed() -> dict[_regex_cache.Key, bytes]:
    return {}


def _analyse_the_example() -> None:
    from importlib.resources import files

    from heart2heart.formats import read
    from heart2heart.report.pipeline import analyse_conversation, write_html

    example = Path(str(files("heart2heart.examples").joinpath("demo_whatsapp.txt")))
    items = [analyse_conversation(conv, None, None) for conv in read(example)]
    with tempfile.TemporaryDirectory() as tmp:
        write_html(items, Path(tmp) / "report.html")


def entries() -> dict[_regex_cache.Key, bytes]:
    """The seed's entries for this Python, collected in a fresh interpreter (a few seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_CACHE_HOME": tmp}
        subprocess.run(
            [sys.executable, "-c", "from heart2heart._regex_seed import collect; collect()"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        files = list((Path(tmp) / "heart2heart" / "regex").glob("*.marshal"))
        if len(files) != 1:
            raise RuntimeError(f"expected one cache file from the collecting run, found {len(files)}")
        return _regex_cache._read(files[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.parse_args()
    path = _regex_cache.seed_file()
    if path is None:
        sys.exit("this Python's regular expressions cannot be built from stored code: no seed to write")
    found = entries()
    path.parent.mkdir(parents=True, exist_ok=True)
    _regex_cache.write_seed(path, found)
    print(f"{path}: {len(found)} patterns, {path.stat().st_size / 1024:.0f} KiB")
    from heart2heart.report.html import write_template_seed

    template = write_template_seed()
    print(f"{template}: the compiled report template, {template.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
