"""Case-insensitive cue patterns that cost nothing until used and little when searched.

The assessment reads words through large alternations ("you never|you're so|..."), searched in every utterance.
Compiled with ``re.IGNORECASE`` at import they cost start-up time, and case-insensitive search is several times
slower than a plain one. A :class:`Cue` is compiled on first use, without ``IGNORECASE``, and searched in the
lower-cased text (lowered once per distinct text and shared by every cue). The answer is the same as a
case-insensitive search because cue patterns are written in lower case (a test checks every cue) and the few
characters whose case folding differs from ``str.lower`` (dotted and dotless i, long s, the Kelvin sign) send the
text to a case-insensitive copy of the pattern instead. :class:`LazyPattern` only defers compiling, for patterns
whose matches are used (groups, positions, substitutions).
"""

from __future__ import annotations

import re
from functools import lru_cache

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


class Cue:
    """A lower-case regular expression matched case-insensitively: :meth:`found` says whether it occurs in a text.

    Equivalent to ``re.compile(source, re.IGNORECASE).search(text) is not None`` (faster, and compiled lazily).
    """

    __slots__ = ("_folded", "_plain", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._plain: re.Pattern[str] | None = None
        self._folded: re.Pattern[str] | None = None

    def found(self, text: str) -> bool:
        """True when the cue occurs anywhere in ``text``, whatever the case."""
        low = lowered(text)
        if low is None:
            if self._folded is None:
                self._folded = re.compile(self.source, re.IGNORECASE)
            return self._folded.search(text) is not None
        if self._plain is None:
            self._plain = re.compile(self.source)
        return self._plain.search(low) is not None

    def __repr__(self) -> str:
        return f"Cue({self.source!r})"


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
            self._compiled = re.compile(self.source, self.flags)
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

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count=count)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r}, {self.flags!r})"
