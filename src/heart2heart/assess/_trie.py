"""Alternations rewritten as a trie of their leading characters, so a cue is searched several times faster.

Python's regular expression engine tries the alternatives of ``\\b(you should|you could|try to|...)`` one after
the other at every word boundary; it skips an alternative quickly when its first character differs, but a cue of
two hundred alternatives still costs two hundred such checks per word, and an alternative that opens with a group
(``(big )?hugs``) is entered every time. :func:`factor` writes the same pattern with such groups expanded
(``big hugs|hugs``) and alternatives sharing a leading character merged (``you (?:should|could)``, recursively:
``y(?:ou (?:sh...``), so a position is rejected after a few checks (the assessment's cues: ~1.8 times faster).

Alternatives are regrouped regardless of their order, which keeps *whether* the pattern occurs in a text (all that
:class:`heart2heart.assess._cues.Cue` asks) but may change *which* match is found first: only for cues, never for
patterns whose matches are used. Only plain characters (and escaped punctuation) are merged; groups are rewritten
inside, except look-arounds and named groups. Patterns with back-references, conditionals, comments, inline flags,
atomic groups or possessive quantifiers are returned unchanged.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from heart2heart import _regex_cache

__all__ = ["ascii_source", "factor", "tag", "tokens"]

#: Limits on expanding a group that opens an alternative (its branches, and the tokens of the rest copied).
_MAX_BRANCHES = 24
_MAX_COPIED = 2000

#: Back-references, conditionals, comments, inline flags, atomic groups and possessive quantifiers.
_UNSAFE = r"\\[1-9]|\\g<|\(\?P=|\(\?[aiLmsux-]|\(\?\(|\(\?#|\(\?>|[*+?}]\+"

_TOKEN = (
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|.)"  # an escape
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"  # a character class
    r"|\((?:\?(?:P?<\w+>|<[=!]|[:=!]))?"  # a group opening
    r"|[*+?][?+]?|\{\d*(?:,\d*)?\}[?+]?"  # a quantifier
    r"|."  # anything else: one character (also ")" and "|")
)
_QUANTIFIER = r"[*+?][?+]?|\{\d*(?:,\d*)?\}[?+]?"
_META = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIER_START = frozenset("*+?{")

Seq = list["Atom"]


class Atom(NamedTuple):
    """One element of a sequence: a character, escape or class (``text``), or a group (``opening`` and its
    ``branches``); ``quantifier`` as written ("" for none). A named tuple: a cue's rewriting makes tens of
    thousands of them, which a frozen dataclass builds several times slower."""

    text: str = ""
    quantifier: str = ""
    opening: str = ""
    branches: tuple[Seq, ...] = ()

    def __str__(self) -> str:
        if not self.opening:
            return self.text + self.quantifier
        return self.opening + "|".join(_text(b) for b in self.branches) + ")" + self.quantifier

    @property
    def plain(self) -> bool:
        """One plain character or escaped punctuation, with no quantifier: what alternatives are merged on."""
        if self.opening or self.quantifier:
            return False
        t = self.text
        return (len(t) == 1 and t not in _META) or (len(t) == 2 and t[0] == "\\" and not t[1].isalnum())

    @property
    def rewritable(self) -> bool:
        """A plain or non-capturing group: one whose branches may be regrouped."""
        return self.opening in ("(", "(?:")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The tokenizer, quantifier and unsafe-construct patterns (compiled on first use, through the cache)."""
    return (
        _regex_cache.compile(_TOKEN, re.DOTALL),
        _regex_cache.compile(_QUANTIFIER),
        _regex_cache.compile(_UNSAFE),
    )


def tokens(source: str) -> list[str]:
    """``source`` cut into escapes, character classes, group openings, quantifiers and single characters (their
    concatenation is ``source``)."""
    found: list[str] = _patterns()[0].findall(source)
    return found


def factor(source: str) -> str:
    """``source`` with its alternations expanded and merged on leading characters (see the module); the same
    texts contain a match. Unchanged when regrouping could change that (see the module)."""
    if _patterns()[2].search(source):
        return source
    toks = tokens(source)
    try:
        branches, end = _parse(toks, 0)
    except (ValueError, IndexError):  # unbalanced: leave it to re.compile to say so
        return source
    if end != len(toks) or "".join(toks) != source:
        return source
    return "|".join(_text(b) for b in _merged(branches))


@lru_cache(maxsize=1)
def tag() -> str | None:
    """Names this version of :func:`factor` and :func:`ascii_source` (a checksum of this file) for caches of their
    results; None when the file cannot be read."""
    try:
        return f"trie-{zlib.crc32(Path(__file__).read_bytes()):08x}"
    except OSError:
        return None


#: What ``\\s`` matches among ASCII characters (str.isspace: tab to carriage return, the four separators
#: U+001C-U+001F, space), as class ranges; ``re.ASCII``'s ``\\s`` leaves out the separators.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
_ASCII_SPACE = r"\x09-\x0d\x1c-\x20"


def ascii_source(source: str) -> str | None:
    """The pattern to compile with ``re.ASCII`` that matches an ASCII text where ``source`` (compiled without it)
    does, so ASCII texts are searched without Unicode character lookups (~1.3 times faster for the cues).

    For ASCII characters, ``\\w``, ``\\d`` and ``\\b`` (and their negations) mean the same either way;
    ``\\s`` also matches the separators U+001C-U+001F in Unicode, so it is spelled out. None when the pattern
    sets flags inline (``re.ASCII`` could clash with them).
    """
    if _INLINE_FLAGS.search(source):
        return None
    out: list[str] = []
    for tok in tokens(source):
        if tok == r"\s":
            tok = f"[{_ASCII_SPACE}]"
        elif tok == r"\S":
            tok = f"[^{_ASCII_SPACE}]"
        elif tok.startswith("[") and "\\" in tok:
            tok = _ascii_class(tok)
        out.append(tok)
    return "".join(out)


def _ascii_class(tok: str) -> str:
    """A character class with ``\\s`` and ``\\S`` in it spelled out as ranges (``\\S``: all but the spaces)."""
    out: list[str] = []
    i = 0
    while i < len(tok):
        if tok[i] == "\\":
            esc = tok[i : i + 2]
            out.append(_ASCII_SPACE if esc == r"\s" else r"\x00-\x08\x0e-\x1b\x21-\x7f" if esc == r"\S" else esc)
            i += 2
        else:
            out.append(tok[i])
            i += 1
    return "".join(out)


def _parse(tokens: list[str], i: int) -> tuple[list[Seq], int]:
    """The branches of an alternation starting at ``tokens[i]``, up to its closing ")" (or the end)."""
    quantifier = _patterns()[1]
    branches: list[Seq] = []
    seq: Seq = []
    while i < len(tokens):
        tok = tokens[i]
        if tok == ")":
            break
        if tok == "|":
            branches.append(seq)
            seq = []
            i += 1
            continue
        if tok[0] in _QUANTIFIER_START and quantifier.fullmatch(tok) and seq and not seq[-1].quantifier:
            last = seq[-1]
            seq[-1] = Atom(last.text, tok, last.opening, last.branches)
            i += 1
            continue
        if tok.startswith("("):
            inner, i = _parse(tokens, i + 1)
            if i >= len(tokens):
                raise ValueError("unbalanced group")
            seq.append(Atom(opening=tok, branches=tuple(inner)))
        else:
            seq.append(Atom(tok))
        i += 1
    branches.append(seq)
    return branches, i


def _text(seq: Seq) -> str:
    return "".join(str(a) for a in seq)


def _merged(alternatives: list[Seq]) -> list[Seq]:
    """An alternation's branches with opening groups expanded and branches merged on their first character."""
    heads: dict[str, list[Seq]] = {}
    others: list[Seq] = []
    todo = alternatives[::-1]  # a stack: the next branch at the end
    while todo:
        seq = todo.pop()
        if seq and seq[0].plain:
            heads.setdefault(seq[0].text, []).append(seq[1:])
            continue
        expanded = _expanded(seq)
        if expanded is not None:
            todo.extend(expanded[::-1])
        else:
            others.append(_inside(seq))
    parts: list[Seq] = []
    for head, tails in heads.items():
        merged = _merged(tails) if len(tails) > 1 else [_inside(tails[0])]
        if len(merged) == 1:
            parts.append([Atom(head), *merged[0]])
        else:
            parts.append([Atom(head), Atom(opening="(?:", branches=tuple(merged))])
    if len(others) > 1 and [] in others:  # a repeated alternative ends as several empty tails: keep one
        others = [seq for seq in others if seq] + [[]]
    return parts + others


def _expanded(seq: Seq) -> list[Seq] | None:
    """A branch that opens with a group, as one branch per branch of the group (and one without it when the
    group is optional): ``(big )?hugs`` gives ``big hugs`` and ``hugs``, which merge with the others. None when
    it does not open with a plain group, or when copying the rest would make the pattern too long."""
    if not seq or not seq[0].rewritable or seq[0].quantifier not in ("", "?", "??"):
        return None
    first, rest = seq[0], seq[1:]
    if len(first.branches) > _MAX_BRANCHES or _size(rest) * len(first.branches) > _MAX_COPIED:
        return None
    return [[*b, *rest] for b in first.branches] + ([rest] if first.quantifier else [])


def _size(seq: Seq) -> int:
    return sum(1 + sum(_size(b) for b in a.branches) for a in seq)


def _inside(seq: Seq) -> Seq:
    """A sequence with the alternations inside its plain and non-capturing groups merged."""
    return [Atom(a.text, a.quantifier, a.opening, tuple(_merged(list(a.branches)))) if a.rewritable else a for a in seq]
