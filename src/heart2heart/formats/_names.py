"""Telling a speaker prefix ("Maya: ...") from an ordinary label inside the text ("Note: ...").

The rule, shared by the plain-text, WebVTT and SRT readers, is deliberately simple:

- the prefix is 1 to 4 words and at most 40 characters, starts with a letter and holds only letters, digits,
  spaces and ``.``, ``'``, ``’``, ``-``, ``_``, ``&``;
- with several words, each starts with a capital letter or a digit ("Speaker 2", "Dr. Lee", "Mary-Ann O'Neil") or is
  written in camel case as device names are ("Will's iPhone"), apart from name particles such as "van", "de", "al";
  a single word may be lower case ("maya");
- a short note in brackets may follow the name, as video-call display names carry pronouns or a role ("Kat
  (she/her)", "Ana (Host)"): it is part of the speaker's name;
- it may be written in brackets, as diarising transcribers do ("[SPEAKER_00]: text"), and after the ">>" that
  broadcast captions put at a change of speaker (">> MAYA: text");
- subtitles for the deaf and some transcribers write it in brackets or parentheses without the colon ("[Bill]
  text", "(Margaret) text"). These also hold sound notes ("[laughs] yeah"), so a bare bracket is a speaker only in a
  file where at least two names (not sound words, :data:`SOUNDS`) start three such lines or more, one of them
  :data:`BRACKET_REPEATS` lines (:func:`recurring_roles`);
- it is not one of the common labels people write in running text or in a document header (:data:`NOT_NAMES`:
  Note, PS, Edit, Update, Example, Date, Title, ...);
- a role written in lower case after its first word ("Health visitor", "Support worker", "Team lead": 2 or 3 words
  of letters, the first capitalised and not "My", "Your", "This"...) is a speaker in a file where it starts at least
  :data:`ROLE_REPEATS` lines (:func:`recurring_roles`; the three readers read the file twice to know it):
  once, "My point: ..." or "Next week: ..." is a label; a role that keeps taking turns is somebody talking;
- in subtitles a line is wrapped at a width, so a cue's next line may start with a lower-case word and a colon
  ("... This" / "week: should phones be banned?"): such a line continues the sentence the line before it left open
  (:func:`wraps_on`), and is no new speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from heart2heart import _regex_cache as rx

__all__ = [
    "BRACKET_REPEATS",
    "CHANGE",
    "NAME_CHARS",
    "NOTE",
    "NOT_NAMES",
    "ROLE_REPEATS",
    "SOUNDS",
    "UNKNOWN",
    "looks_like_handle",
    "looks_like_name",
    "prefix_name",
    "recurring_roles",
    "split_name_prefix",
    "wraps_on",
]

_NOT_NAMES_TEXT = """note notes nb ps pps edit update updated example examples eg ie tip tips warning
    important subject re fwd fw
    source sources link links url http https www translation also answer question summary reminder correction
    caution disclaimer quote fyi btw aside context background date time location place topic title agenda
    attendees participants duration recording transcript transcription language kind meeting call session
    interview audio video file status result results step steps todo action actions outcome outcomes
    definition caveat hint idea ideas option options pros cons reason reasons problem solution goal goals
    present absent apologies recorded transcribed"""

#: Labels that are written like "Name:" but are never speakers (compared case-insensitively, without dots).
NOT_NAMES: frozenset[str] = frozenset(_NOT_NAMES_TEXT.split())

_PARTICLES_TEXT = "van von der den de da di del della la le du bin ibn al el st y"
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
#: What may follow a name's first letter (:func:`looks_like_name`; the otter reader's quick look for a script's
#: speaker lines uses it too).
NAME_CHARS = r"[\w.'’&\- ]"
_NAME_RE = rx.compile(rf"[^\W\d_]{NAME_CHARS}*")
#: A word in camel case, as device names are written ("iPhone", "iPad"): lower-case letters, then a capital.
_CAMEL = rx.compile(r"[a-z]{1,3}[A-Z]\w*")
#: A display name's note in brackets: "(she/her)", "(Host)", "(Guest, BBC)".
NOTE = r"\([^():\[\]\n]{1,24}\)"
_NOTE_RE = rx.compile(rf"(.*?)\s*{NOTE}")
#: Broadcast captions' mark of a new speaker, before the name: ">> MAYA: ...".
CHANGE = r"(?:>{2,3}\s*)?"
_PREFIX_RE = rx.compile(rf"\s*{CHANGE}([^\W\d_][^:\[\]()]{{0,45}}?(?:\s*{NOTE})?)\s*:(?:\s+(.*)|\s*)$", re.S)
# Diarising transcribers (WhisperX and tools built on it) write the speaker in brackets: "[SPEAKER_00]: text".
_BRACKET_RE = rx.compile(rf"\s*{CHANGE}\[([^\W\d_][^:\[\]()]{{0,45}}?)\]:(?:\s+(.*)|\s*)$", re.S)
# Subtitles for the deaf write it in brackets or parentheses without a colon: "[Bill] text", "(Margaret) text" (a
# speaker only where such names recur).
_BARE_RE = rx.compile(
    rf"\s*{CHANGE}(?:\[([^\W\d_][^:\[\]()]{{0,45}}?)\]|\(([^\W\d_][^:\[\]()]{{0,45}}?)\))\s+([^\s:].*)$", re.S
)

_SOUNDS_TEXT = """laugh laughs laughing laughter laughed chuckle chuckles chuckling giggle giggles giggling sigh
    sighs sighing cough coughs coughing sniff sniffs sniffles sniffling cry cries crying sob sobs sobbing gasp
    gasps groan groans scoff scoffs snort snorts whisper whispers whispering whispered shout shouts shouting
    yell yells scream screams screaming music applause cheering cheers clapping silence pause pauses inaudible
    crosstalk indistinct unintelligible overlapping overtalk background noise noises static beep beeps phone
    door doorbell knock knocking footsteps sound sounds singing sings hum hums humming clears exhales inhales
    breath breathes breathing muffled chatter mumbles mumbling murmurs murmuring stammers stutters silent long
    short brief"""

#: First words of a bracket that make it a sound note, not a speaker ("[laughs]", "[Door slams]", "[MUSIC]").
SOUNDS: frozenset[str] = frozenset(_SOUNDS_TEXT.split())

BRACKET_REPEATS = 2
"""How many lines one of a file's bare bracketed names ("[Bill] text") must start at least: two names or more,
three such lines or more in all."""


#: The speaker of words no name was given to (subtitles without names, a transcriber's undiarised segments).
UNKNOWN = "Unknown"

ROLE_REPEATS = 3
"""How many lines of a file a lower-case role ("Health visitor") must start to be read as a speaker."""

#: First words of a prefix that make it a label, not a role, however often it is used ("My point:", "This week:",
#: "Next steps:").
_NOT_ROLE_START_TEXT = """my our your his her their its this that these those a an some any each every all no
    next last first second third final other key main quick general further more"""
_NOT_ROLE_START = frozenset(_NOT_ROLE_START_TEXT.split())


def looks_like_name(name: str, roles: frozenset[str] = frozenset()) -> bool:
    """True when ``name`` can be a speaker's name under the rule of this module; ``roles`` are the lower-case roles
    that recur in the file (:func:`recurring_roles`)."""
    name = name.strip()
    if name in roles:
        return True
    if name.endswith(")") and (noted := _NOTE_RE.fullmatch(name)) is not None:  # "Kat (she/her)": the name decides
        name = noted.group(1)
    if not name or len(name) > 40 or _NAME_RE.fullmatch(name) is None:
        return False
    words = name.split()
    if len(words) > 4:
        return False
    if name.replace(".", "").replace(" ", "").lower() in NOT_NAMES or words[0].rstrip(".").lower() in NOT_NAMES:
        return False
    if len(words) == 1:
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _PARTICLES or _CAMEL.fullmatch(w) for w in words)


#: A phone number ("+14155550142", "(415) 555-0142") or an e-mail address: what a phone's export writes for a
#: sender it has no contact name for.
_HANDLE_RE = re.compile(r"\+?\(?\d[\d ().-]{6,18}\d|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")


def looks_like_handle(text: str) -> bool:
    """True when ``text`` is a phone number or an e-mail address, as an export names a sender it has no contact
    name for."""
    return _HANDLE_RE.fullmatch(text.strip()) is not None


#: How a subtitle line that ends its sentence ends: a full stop, "?", "!", "...", a colon, a closing quote or
#: bracket after one of those, or a dash that cuts the speaker off.
_ENDED_RE = rx.compile(r".*(?:[.!?:\u2026][\"'\u201d\u2019)\]]*|[-\u2013\u2014])\s*")


def wraps_on(previous: str | None, name: str) -> bool:
    """True when a subtitle line whose "name:" prefix is ``name`` carries on the sentence of ``previous``, the line
    before it in the same cue: the name is one word that starts in lower case ("week" of "week: should ...") and
    ``previous`` did not end its sentence (:data:`_ENDED_RE`)."""
    return (
        previous is not None
        and name[:1].islower()
        and " " not in name.strip()
        and _ENDED_RE.fullmatch(previous.rstrip()) is None
    )


def split_name_prefix(
    line: str, roles: frozenset[str] = frozenset(), previous: str | None = None
) -> tuple[str, str] | None:
    """``(name, rest)`` when ``line`` starts with a speaker prefix "Name:" or "[Name]:" (then a space or nothing),
    or "[Name] " when the file's ``roles`` (:func:`recurring_roles`) hold "[Name]"; ``roles`` as for
    :func:`looks_like_name`. A subtitle reader gives the cue's line before as ``previous``: a line that only
    carries on its sentence (:func:`wraps_on`) has no prefix."""
    m = _PREFIX_RE.match(line) or _BRACKET_RE.match(line)
    if m is None:
        bare = _BARE_RE.match(line) if roles else None
        if bare is None or f"[{_bare(bare)}]" not in roles:
            return None
        return _bare(bare), bare.group(3).strip()
    name = m.group(1).strip()
    if not looks_like_name(name, roles) or wraps_on(previous, name):
        return None
    return name, (m.group(2) or "").strip()


def prefix_name(line: str) -> str | None:
    """What stands before the colon of a "Name:" or "[Name]:" prefix, whether or not it is a name, or a bare
    bracket with its brackets ("[Bill]" of "[Bill] text") (for :func:`recurring_roles`);
    ``split_name_prefix(line, roles)`` is not None exactly when this is a name or in ``roles``."""
    m = _PREFIX_RE.match(line) or _BRACKET_RE.match(line)
    if m is not None:
        return m.group(1).strip()
    bare = _BARE_RE.match(line)
    return None if bare is None else f"[{_bare(bare)}]"


def _bare(m: re.Match[str]) -> str:
    """The name of a bare bracket or parenthesis ("[Bill] text", "(Margaret) text")."""
    return (m.group(1) or m.group(2)).strip()


def _role_shaped(name: str) -> bool:
    """A prefix the name rule turns down only for its lower-case words: 2 or 3 words of letters, the first
    capitalised and not a label or a word like "My" or "This", the others lower case ("Health visitor")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and len(name) <= 40
        and words[0][0].isupper()
        and all(w.isalpha() for w in words)
        and all(w.islower() for w in words[1:])
        and words[0].lower() not in _NOT_ROLE_START
        and words[0].lower() not in NOT_NAMES
        and name.replace(" ", "").lower() not in NOT_NAMES
    )


def _bare_name(prefix: str) -> bool:
    """A bare bracket ("[Bill]") that can be a speaker: a name, not a sound note."""
    inner = prefix[1:-1].strip()
    return looks_like_name(inner) and inner.split()[0].lower().rstrip(".") not in SOUNDS


def recurring_roles(prefixes: Iterable[str | None], at_least: int = ROLE_REPEATS) -> frozenset[str]:
    """The lower-case roles (see the module) among ``prefixes`` (:func:`prefix_name` of each line; None for the lines
    without one) that start ``at_least`` lines or more, and the file's bare bracketed names ("[Bill]") when at least
    two of them start :data:`BRACKET_REPEATS` lines or more each."""
    counts = Counter(p for p in prefixes if p is not None)
    roles = {name for name, n in counts.items() if n >= at_least and name[0] != "[" and _role_shaped(name)}
    bare = {name: n for name, n in counts.items() if name[0] == "[" and _bare_name(name)}
    if len(bare) >= 2 and max(bare.values()) >= BRACKET_REPEATS and sum(bare.values()) >= 3:
        roles |= set(bare)
    return frozenset(roles)
