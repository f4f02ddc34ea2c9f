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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["factor", "tag"]

#: Limits on expanding a group that opens an alternative (its branches, and the tokens of the rest copied).
_MAX_BRANCHES = 24
_MAX_COPIED = 2000

#: Back-references, conditionals, comments, inline flags, atomic groups and possessive quantifiers.
_UNSAFE = re.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?[aiLmsux-]|\(\?\(|\(\?#|\(\?>|[*+?}]\+")

_TOKEN = re.compile(
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|.)"  # an escape
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"  # a character class
    r"|\((?:\?(?:P?<\w+>|<[=!]|[:=!]))?"  # a group opening
    r"|[*+?][?+]?|\{\d*(?:,\d*)?\}[?+]?"  # a quantifier
    r"|.",  # anything else: one character (also ")" and "|")
    re.DOTALL,
)
_QUANTIFIER = re.compile(r"[*+?][?+]?|\{\d*(?:,\d*)?\}[?+]?")
_META = frozenset("\\.^$*+?{}[]|()")

Seq = list["Atom"]


@dataclass(frozen=True, slots=True)
class Atom:
    """One element of a sequence: a character, escape or class (``text``), or a group (``opening`` and its
    ``branches``); ``quantifier`` as written ("" for none)."""

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


def factor(source: str) -> str:
    """``source`` with its alternations expanded and merged on leading characters (see the module); the same
    texts contain a match. Unchanged when regrouping could change that (see the module)."""
    if _UNSAFE.search(source):
        return source
    try:
        tokens = _TOKEN.findall(source)
        branches, end = _parse(tokens, 0)
    except (ValueError, IndexError):  # unbalanced: leave it to re.compile to say so
        return source
    if end != len(tokens) or "".join(tokens) != source:
        return source
    return "|".join(_text(b) for b in _merged(branches))


@lru_cache(maxsize=1)
def tag() -> str | None:
    """Names this version of :func:`factor` (a checksum of this file) for caches of its results; None when the
    file cannot be read."""
    try:
        return f"trie-{zlib.crc32(Path(__file__).read_bytes()):08x}"
    except OSError:
        return None


def _parse(tokens: list[str], i: int) -> tuple[list[Seq], int]:
    """The branches of an alternation starting at ``tokens[i]``, up to its closing ")" (or the end)."""
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
        if _QUANTIFIER.fullmatch(tok) and seq and not seq[-1].quantifier:
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
