"""CHAT transcripts (.cha) of TalkBank / CHILDES: ``*MOT:\\ttext`` main tiers, one utterance each.

What is read:

- main tiers ``*CODE:<tab>text`` with their continuation lines (lines starting with a tab); dependent tiers
  (``%mor``, ``%gra``, ``%com``...) and headers other than @Participants are ignored;
- speaker names come from ``@Participants:  CHI Ross Target_Child, MOT Mother``: a participant's name when it has
  one ("Ross"), otherwise its role word with underscores as spaces ("Mother", "Target Child"). When two
  participants would get the same name, the code is added ("Adult (AD1)"). ``role`` is the CHAT role as written
  ("Target_Child"). A code missing from @Participants is used as the name;
- media bullets (``\\x15 1230_4560 \\x15``) give ``start``/``end`` in seconds (first bullet's start, last one's end);
- the text is cleaned of transcription codes: every ``[...]`` code (``[/]``, ``[//]``, ``[: word]`` keeps the
  word actually said, ``[* ...]``, ``[=! laughs]``...), ``<`` ``>`` scoping brackets, fillers ``&-uh`` kept as "uh",
  other ``&`` codes (``&=laughs``, ``&+fr``) dropped, ``xxx``/``yyy``/``www`` and omitted words (``0is``) dropped,
  pauses ``(.)`` dropped, omitted sounds restored (``goin(g)`` -> "going"), ``@`` form markers (``doggie@c``)
  and prosody symbols removed, ``_`` between words made a space; terminators become ordinary punctuation attached
  to the last word (``?`` ``!`` ``.``; ``+...``, ``+/.`` and ``+//.`` become "..."), linkers (``++``, ``+<``) are
  dropped. Utterances left without any word (``xxx .``, ``&=laughs .``) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.model import Utterance

__all__ = ["READER", "ChaReader", "clean_chat_text", "participants"]

_MAIN_RE = rx.compile(r"\*([A-Za-z0-9_'+\-]{1,12}):[ \t]*(.*)", re.S)
_DEP_RE = rx.compile(r"%[A-Za-z0-9_\-]+:.*", re.S)
_HEADER_RE = rx.compile(r"@[A-Za-z][A-Za-z0-9 _\-]*(?::.*)?", re.S)
_BULLET_RE = rx.compile(r"\x15[^\x15\d]*?(\d+)_(\d+)[^\x15]*\x15")
_CODE_RE = rx.compile(r"\[[^\]]*\]")
_PAUSE_RE = rx.compile(r"\((?:\.+|\d+(?::\d+)?(?:\.\d*)?)\)")
_FORM_RE = rx.compile(r"@[\w:$]*")
_SYMBOLS_RE = rx.compile(r"[↑↓⇗↗→↘⇘∞≋≈∆∇°▁▔☺∙∬∲§∾↻Ἡ≠^ˈˌ:‡„~$*]")
_TERMINATOR_RE = rx.compile(r"\+[.!?/\"<^,=≈≋…]*|[.!?]+|\+[.!?/\"]*[.!?]")
_UNSAID = frozenset(["xxx", "yyy", "www", "xx", "yy"])
_EXAMPLE = "*MOT:\tdo you want more cookies ?"


def participants(value: str) -> dict[str, tuple[str, str | None]]:
    """Code -> (display name, CHAT role) from the value of an @Participants header."""
    entries: list[tuple[str, str, str | None]] = []
    for item in value.split(","):
        parts = item.split()
        if not parts:
            continue
        code = parts[0]
        role = parts[-1] if len(parts) >= 2 else None
        name = " ".join(parts[1:-1]) if len(parts) >= 3 else (role or code)
        entries.append((code, name.replace("_", " "), role))
    counts: dict[str, int] = {}
    for _, name, _ in entries:
        counts[name] = counts.get(name, 0) + 1
    return {code: (name if counts[name] == 1 else f"{name} ({code})", role) for code, name, role in entries}


def _punctuation(token: str) -> str | None:
    """The punctuation a CHAT terminator or linker stands for ("" for linkers), or None for an ordinary word."""
    if token in (",", ";"):
        return token
    if _TERMINATOR_RE.fullmatch(token) is None:
        return None
    if not token.startswith("+"):
        return "?" if "?" in token else "!" if "!" in token else "."
    body = token[1:]
    if not any(c in body for c in ".!?"):
        return ""  # a linker: ++ +< +^ +, +"
    if "?" in body:
        return "?"
    if "!" in body:
        return "!"
    if "..." in body or body in ("/.", "//."):
        return "..."
    return "."


def clean_chat_text(text: str) -> tuple[str, float | None, float | None]:
    """A main tier's text without CHAT codes, with the (start, end) seconds of its media bullets, if any."""
    bullets = [(int(a), int(b)) for a, b in _BULLET_RE.findall(text)]
    text = _BULLET_RE.sub(" ", text).replace("\x15", " ")
    text = _CODE_RE.sub(" ", text).replace("<", " ").replace(">", " ")
    words: list[str] = []
    for token in text.split():
        if _PAUSE_RE.fullmatch(token):
            continue
        mark = _punctuation(token)
        if mark is not None:
            if mark and words:
                words[-1] += mark
            continue
        if token.startswith("&-"):
            token = token[2:]
        elif token.startswith("&") or token.startswith("0"):
            continue
        token = _FORM_RE.sub("", token)
        if token.lower() in _UNSAID:
            continue
        token = _SYMBOLS_RE.sub("", token.replace("(", "").replace(")", ""))
        token = token.replace("_", " ").replace("+", " ").strip()
        if token and any(c.isalnum() for c in token):
            words.append(token)
    start = bullets[0][0] / 1000 if bullets else None
    end = bullets[-1][1] / 1000 if bullets else None
    return " ".join(words), start, end


def _logical_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Tiers and headers with their continuation lines joined, each with the number of its first line."""
    first_no = 0
    parts: list[str] = []
    for n, line in iter_lines(path):
        if line.startswith("\t") and parts:
            parts.append(line.strip())
            continue
        if parts:
            yield first_no, " ".join(parts)
        first_no, parts = n, [line]
    if parts:
        yield first_no, " ".join(parts)


class ChaReader:
    """Reader of CHAT (.cha) transcripts."""

    name: ClassVar[str] = "cha"
    summary: ClassVar[str] = "CHAT transcript (TalkBank/CHILDES .cha): *SPK: main tiers, @Participants names"
    example: ClassVar[str] = "@Participants: CHI Target_Child, MOT Mother / *MOT: do you want more cookies ?"
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        """Near-certain with @Begin/@Participants headers; likely with *SPK: tiers in a .cha file."""
        if probe.names:
            return 0.0
        head = probe.head.lstrip("\ufeff")
        lines = head.splitlines()[:400]
        headers = {ln.split(":", 1)[0].strip() for ln in lines if ln.startswith("@")}
        tiers = sum(1 for ln in lines if _MAIN_RE.fullmatch(ln) and ":\t" in ln)
        if ("@Begin" in headers or "@UTF8" in headers) and ("@Participants" in headers or tiers):
            return 0.97
        if tiers and probe.suffix == ".cha":
            return 0.9
        return 0.6 if tiers >= 2 and lines and lines[0].startswith(("@", "*")) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        conv = path.stem
        names: dict[str, tuple[str, str | None]] = {}
        started = False
        tiers = 0
        count = 0
        for n, line in _logical_lines(path):
            if not line.strip():
                continue
            if line.startswith("\t"):
                raise ParseError(path, n, "a continuation line (starting with a tab) before any tier or header")
            if not started:
                if not line.startswith("@"):
                    raise ParseError(path, n, 'expected a CHAT header such as "@UTF8" or "@Begin"')
                started = True
            if line.startswith("@"):
                if _HEADER_RE.fullmatch(line) is None:
                    raise ParseError(path, n, 'expected a header such as "@Participants:\tCHI Target_Child"')
                key, _, value = line.partition(":")
                if key.strip() == "@Participants":
                    names.update(participants(value))
                elif key.strip() == "@End":
                    break
                continue
            if _DEP_RE.fullmatch(line):
                continue
            m = _MAIN_RE.fullmatch(line)
            if m is None:
                raise ParseError(path, n, f"expected a main tier such as {_EXAMPLE!r} or a %tier/@header")
            tiers += 1
            text, start, end = clean_chat_text(m.group(2))
            if start is not None and end is not None and end < start:
                raise ParseError(path, n, "a media bullet ends before it starts (expected \\x15START_END\\x15 in ms)")
            if not text:
                continue
            code = m.group(1)
            speaker, role = names.get(code, (code, None))
            yield Utterance(conv, 0, speaker, text, start=start, end=end, role=role)
            count += 1
        if tiers == 0:
            raise ParseError(path, None, f"no main tiers found (expected lines such as {_EXAMPLE!r})")
        if count == 0:
            raise ParseError(path, None, "main tiers found, but none holds any words once codes are removed")


READER = ChaReader()
