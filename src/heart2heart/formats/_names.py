"""Telling a speaker prefix ("Maya: ...") from an ordinary label inside the text ("Note: ...").

The rule, shared by the plain-text, WebVTT and SRT readers, is deliberately simple:

- the prefix is 1 to 4 words and at most 40 characters, starts with a letter and holds only letters, digits,
  spaces and ``.``, ``'``, ``’``, ``-``, ``_``, ``&``;
- with several words, each starts with a capital letter or a digit ("Speaker 2", "Dr. Lee", "Mary-Ann O'Neil"),
  apart from name particles such as "van", "de", "al"; a single word may be lower case ("maya");
- it may be written in brackets, as diarising transcribers do ("[SPEAKER_00]: text");
- it is not one of the common labels people write in running text or in a document header (:data:`NOT_NAMES`:
  Note, PS, Edit, Update, Example, Date, Title, ...).
"""

from __future__ import annotations

import re

from heart2heart import _regex_cache as rx

__all__ = ["NOT_NAMES", "looks_like_name", "split_name_prefix"]

_NOT_NAMES_TEXT = """note notes nb ps pps edit update updated example examples eg ie tip tips warning
    important subject re fwd fw
    source sources link links url http https www translation also answer question summary reminder correction
    caution disclaimer quote fyi btw aside context background date time location place topic title agenda
    attendees participants duration recording transcript transcription language kind meeting call session
    interview audio video file status result results step steps todo action actions outcome outcomes
    definition caveat hint idea ideas option options pros cons reason reasons problem solution goal goals"""

#: Labels that are written like "Name:" but are never speakers (compared case-insensitively, without dots).
NOT_NAMES: frozenset[str] = frozenset(_NOT_NAMES_TEXT.split())

_PARTICLES_TEXT = "van von der den de da di del della la le du bin ibn al el st y"
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
_NAME_RE = rx.compile(r"[^\W\d_][\w.'’&\- ]*")
_PREFIX_RE = rx.compile(r"\s*([^\W\d_][^:\[\]()]{0,45}?)\s*:(?:\s+(.*)|\s*)$", re.S)
# Diarising transcribers (WhisperX and tools built on it) write the speaker in brackets: "[SPEAKER_00]: text".
_BRACKET_RE = rx.compile(r"\s*\[([^\W\d_][^:\[\]()]{0,45}?)\]:(?:\s+(.*)|\s*)$", re.S)


def looks_like_name(name: str) -> bool:
    """True when ``name`` can be a speaker's name under the rule of this module."""
    name = name.strip()
    if not name or len(name) > 40 or _NAME_RE.fullmatch(name) is None:
        return False
    words = name.split()
    if len(words) > 4:
        return False
    if name.replace(".", "").replace(" ", "").lower() in NOT_NAMES or words[0].rstrip(".").lower() in NOT_NAMES:
        return False
    if len(words) == 1:
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _PARTICLES for w in words)


def split_name_prefix(line: str) -> tuple[str, str] | None:
    """``(name, rest)`` when ``line`` starts with a speaker prefix "Name:" or "[Name]:" (then a space or nothing)."""
    m = _PREFIX_RE.match(line) or _BRACKET_RE.match(line)
    if m is None or not looks_like_name(m.group(1)):
        return None
    return m.group(1).strip(), (m.group(2) or "").strip()
