"""Case-insensitive cue patterns that cost nothing until used and little when searched.

The assessment reads words through large alternations ("you never|you're so|..."), searched in every utterance.
Compiled with ``re.IGNORECASE`` at import they cost start-up time, and case-insensitive search is several times
slower than a plain one. A :class:`Cue` is compiled on first use, without ``IGNORECASE``, and searched in the
lower-cased text (lowered once per distinct text and shared by every cue). The answer is the same as a
case-insensitive search because cue patterns are written in lower case (a test checks every cue) and the few
characters whose case folding differs from ``str.lower`` (dotted and dotless i, long s, the Kelvin sign) send the
text to a case-insensitive copy of the pattern instead. :class:`LazyPattern` only defers compiling, for patterns
whose matches are used (groups, positions, substitutions).

Only whether a cue occurs matters, so the pattern's top-level alternatives (also inside one group that wraps the
whole pattern) that are plain strings (emoji lists such as "💛|❤|🙏") are looked for with ``in`` (skipped in an
ASCII text when they all hold a non-ASCII character) and the others searched as one regular expression: the
regular expression engine tries every alternative at every position, and a list of emoji searched that way costs
several times a word pattern's search. The expression is searched as :func:`heart2heart.assess._trie.factor`
rewrites it (alternatives merged on their leading characters: the same answer, ~1.8 times faster), and its compiled
code, with the rewriting, is kept between runs (:mod:`heart2heart._regex_cache`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from heart2heart import _regex_cache
from heart2heart.assess._trie import ascii_source, factor, tag

__all__ = ["Cue", "LazyPattern", "lowered"]

#: Characters that match an ASCII letter case-insensitively without lower-casing to it (or that lower-case to two
#: characters): U+0130 İ, U+0131 ı, U+017F ſ, U+212A K. A text holding one is searched case-insensitively.
_FOLDS_APART = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=16384)
def lowered(text: str) -> str | None:
    """``text.lower()``, or None when the text holds a character whose lower case differs from its case folding."""
    if not text.isascii() and not _FOLDS_APART.isdisjoint(text):
        return None
    return text.lower()


def _ascii_rewrite(source: str) -> str:
    """A cue's alternatives as searched in ASCII texts: merged (:func:`factor`), for ``re.ASCII``."""
    rewritten = ascii_source(factor(source))
    assert rewritten is not None  # only called when ascii_source(source) is not None
    return rewritten


class Cue:
    """A lower-case regular expression matched case-insensitively: :meth:`found` says whether it occurs in a text.

    Equivalent to ``re.compile(source, re.IGNORECASE).search(text) is not None`` (faster, and compiled lazily).
    """

    __slots__ = ("_ascii", "_folded", "_literals", "_ready", "_rest", "_source", "_wide", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._ready = False
        self._folded: re.Pattern[str] | None = None
        self._source: str | None = None  # the alternatives searched as a regular expression
        self._ascii: re.Pattern[str] | None = None  # them, for ASCII texts
        self._rest: re.Pattern[str] | None = None  # them, for other texts (compiled when one comes)
        self._literals: tuple[str, ...] = ()
        self._wide = False

    def _compile(self) -> None:
        literals, rest = split_alternatives(self.source)
        self._literals = tuple(literals)
        self._wide = bool(literals) and all(not s.isascii() for s in literals)
        if rest:
            self._source = "|".join(rest)
            if not _INLINE_FLAGS.search(self._source):  # ascii_source would be None
                self._ascii = _regex_cache.compile(self._source, re.ASCII, rewrite=_ascii_rewrite, tag=tag())
            else:
                self._ascii = self._unicode()
        self._ready = True

    def _unicode(self) -> re.Pattern[str]:
        if self._rest is None:
            assert self._source is not None
            self._rest = _regex_cache.compile(self._source, rewrite=factor, tag=tag())
        return self._rest

    def found(self, text: str) -> bool:
        """True when the cue occurs anywhere in ``text``, whatever the case."""
        low = lowered(text)
        if low is None:
            if self._folded is None:
                self._folded = _regex_cache.compile(self.source, re.IGNORECASE)
            return self._folded.search(text) is not None
        if not self._ready:
            self._compile()
        if self._literals and not (self._wide and low.isascii()) and any(s in low for s in self._literals):
            return True
        if self._ascii is None:
            return False
        if low.isascii():
            return self._ascii.search(low) is not None
        return self._unicode().search(low) is not None

    def __repr__(self) -> str:
        return f"Cue({self.source!r})"


_META = frozenset("\\.^$*+?{}[]|()")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


#: What the splitting stops at: an escape, a character class (or a "[" that never closes), a parenthesis or a
#: bar; letters are skipped in C.
_SPECIAL = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|[]", re.DOTALL)


def _top_level(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (outside groups and character classes)."""
    parts: list[str] = []
    depth, start = 0, 0
    for m in _SPECIAL.finditer(source):
        c = m.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start : m.start()])
            start = m.end()
        elif c == "[":  # a class that never closes: no cut after it
            break
    parts.append(source[start:])
    return parts


def _unwrapped(part: str) -> str | None:
    """The inside of a part that is one group around everything ("(a|b)" or "(?:a|b)"), else None."""
    if not (part.startswith("(") and part.endswith(")")) or (part.startswith("(?") and not part.startswith("(?:")):
        return None
    inner = part[3:-1] if part.startswith("(?:") else part[1:-1]
    depth = 0
    for m in _SPECIAL.finditer(inner):  # the first "(" must close at the very end, not before
        c = m.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "[":  # a class that never closes
            return None
    return inner if depth == 0 else None


def split_alternatives(source: str) -> tuple[list[str], list[str]]:
    """The top-level alternatives of a pattern as (plain strings, regular expressions): a text matches the pattern
    when it holds one of the strings or matches one of the expressions. Patterns with inline flags or character
    classes at the top are left whole (one expression)."""
    if "(?" in source and _INLINE_FLAGS.search(source):
        return [], [source]
    literals: list[str] = []
    rest: list[str] = []
    todo = _top_level(source)
    while todo:
        part = todo.pop(0)
        inner = _unwrapped(part)
        if inner is not None and "|" in inner:
            subparts = _top_level(inner)
            if len(subparts) > 1:
                todo[:0] = subparts
                continue
        if part and _META.isdisjoint(part):
            literals.append(part)
        else:
            rest.append(part)
    if not literals:
        return [], [source]
    return literals, rest


class LazyPattern:
    """A regular expression compiled on first use, with the methods of :class:`re.Pattern` the assessment uses."""

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if this is the first use)."""
        if self._compiled is None:
            self._compiled = _regex_cache.compile(self.source, self.flags)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def findall(self, text: str) -> list[str]:
        found: list[str] = self.compiled.findall(text)
        return found

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count=count)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r}, {self.flags!r})"
