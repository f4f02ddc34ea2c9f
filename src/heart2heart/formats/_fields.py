"""Other tools' names of the canonical row fields, their times, and their order (the JSONL and CSV readers).

- :data:`ALIASES`: other names of ``conversation``, ``speaker``, ``text``, ``start`` and ``end`` (``interlocutor``,
  ``author``, ``message``, ``start_time``...), taken when the canonical one is absent, whatever their case or spacing
  (:func:`field_name`).
- :data:`TIME_ALIASES`: other names of ``time`` (``timestamp``, ``sent_at``...); their values are read leniently
  (:func:`when_of`): a date and time, a time of day alone, or a Unix time, and anything else is left out.
- :func:`in_time_order`: a conversation listed newest first (LinkedIn's ``messages.csv``) comes oldest first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from heart2heart.errors import ParseError
from heart2heart.formats._time import first_date, time_of_day
from heart2heart.model import Utterance

__all__ = [
    "ALIASES",
    "TIME_ALIASES",
    "aliased",
    "canonical_fields",
    "canonical_keys",
    "field_name",
    "in_time_order",
    "in_time_order_by",
    "order_key",
    "when_of",
]

T = TypeVar("T")
_NOTHING = object()

#: Other names of the canonical fields, lower case, in order of preference (datasets' and other tools' names: AnnoMI
#: writes ``transcript_id``, ``interlocutor``, ``utterance_text``). One stands for its field only when the field
#: itself is absent. Names of ``time`` are in :data:`TIME_ALIASES`: their values are read leniently.
ALIASES: dict[str, tuple[str, ...]] = {
    "conversation": ("conversation_id", "transcript_id", "dialog_id", "dialogue_id", "session_id", "chat_id",
                     "thread_id"),
    "speaker": ("interlocutor", "author", "sender", "participant", "name", "user", "displayname", "display_name",
                "from", "person", "who", "creator", "speaker_name", "sender_name", "author_name", "user_name",
                "username", "from_name", "speaker_label", "character", "nickname", "screen_name",
                # other languages' spreadsheets: de, fr, es, it, pt, nl
                "sprecher", "sprecherin", "absender", "locuteur", "intervenant", "auteur", "expéditeur", "hablante",
                "remitente", "autor", "parlante", "mittente", "autore", "falante", "remetente", "spreker",
                "afzender"),
    "text": ("utterance_text", "utterance", "message", "content", "body", "msg", "transcript", "sentence",
             "message_text", "message_body", "text_content",
             "äußerung", "äusserung", "nachricht", "inhalt", "texte", "énoncé", "contenu", "mensaje", "texto",
             "enunciado", "contenido", "messaggio", "testo", "mensagem", "conteúdo", "bericht", "tekst",
             "uiting"),
    "start": ("start_time", "begin", "begin_time", "start_seconds", "start_sec"),
    "end": ("end_time", "stop", "stop_time", "end_seconds", "end_sec"),
}  # fmt: skip


#: Other names of ``time``, in order of preference. Unlike :data:`ALIASES`, a value that is not a date and time or a
#: time of day is skipped, not an error (AnnoMI's ``timestamp`` is a clock offset such as ``00:00:13``: read as one).
TIME_ALIASES = ("timestamp", "datetime", "date_time", "sent_at", "created_at", "created_date", "time_sent", "sent",
                "ts", "date", "originalarrivaltime", "time_stamp", "sent_time", "date_sent", "posted_at", "created",
                # other languages' spreadsheets: de, fr, es, nl, it
                "zeitstempel", "zeit", "datum", "horodatage", "heure", "marca_de_tiempo", "hora", "fecha",
                "tijdstempel", "tijd", "ora")  # fmt: skip

#: Unix times an alias's number may be, in seconds or milliseconds: 2001-09-09 to 2096-10-02.
_EPOCH_SECONDS = (1e9, 4e9)


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def field_name(name: str) -> str:
    """A column or key name as the aliases spell it: lower case, spaces, hyphens and camelCase humps as "_"
    ("CONVERSATION ID", "createdAt")."""
    name = _CAMEL_HUMP.sub(" ", name.strip().lstrip("\ufeff")) if not name.islower() else name
    return "_".join(name.lower().replace("-", " ").split())


def _epoch(value: Any) -> float | None:
    """Seconds since 1970 of a Unix time in seconds or milliseconds (a number, or a string of one), else None."""
    try:
        number = float(value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else math.nan
    except ValueError:
        return None
    for scale in (1.0, 1000.0):
        if _EPOCH_SECONDS[0] <= number / scale <= _EPOCH_SECONDS[1]:
            return number / scale
    return None


#: Dates written out in English, as Google Chat's Takeout writes them: "Wednesday, April 3, 2024 at 12:20:37 PM UTC".
_LONG_DATES = ("%A, %B %d, %Y at %I:%M:%S %p", "%A, %B %d, %Y at %I:%M %p", "%B %d, %Y at %I:%M:%S %p")


def _long_date(stamp: str) -> datetime | None:
    text = " ".join(stamp.split())
    return first_date(text[:-4] if text.endswith(" UTC") else text, _LONG_DATES)


_LOCAL_DATE = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?([AaPp])\.?[Mm]\.?)?"
)
_DAY_FIRST = tuple(f"%d{sep}%m{sep}%{y} %H:%M{s}" for sep in "/.-" for y in "Yy" for s in (":%S", ""))
_MONTH_FIRST = tuple(f"%m{sep}%d{sep}%{y} %I:%M{s} %p" for sep in "/.-" for y in "Yy" for s in (":%S", "")) + tuple(
    f"%m{sep}%d{sep}%{y} %H:%M{s}" for sep in "/.-" for y in "Yy" for s in (":%S", "")
)


def _local_date(stamp: str) -> datetime | None:
    """A date and time as a spreadsheet or an app writes it in a local order: "14/03/2024 20:02:11",
    "3/14/2024, 8:02 PM", "14.03.24 20:02". Day first unless the day cannot be (a second part above 12), or a
    12-hour clock says it is the US order (month first)."""
    m = _LOCAL_DATE.fullmatch(stamp.strip().replace("\u202f", " "))
    if m is None:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    month_first = second > 12 or (first <= 12 and m.group(4) is not None)
    text = stamp.strip().replace("\u202f", " ").replace(",", "").replace(".M", "M").replace("a.m", "AM")
    text = re.sub(r"\s?([AaPp])\.?[Mm]\.?$", lambda a: f" {a.group(1).upper()}M", text)
    return first_date(text, _MONTH_FIRST if month_first else _DAY_FIRST)


def when_of(value: Any, strict: bool, path: Path, line: int) -> datetime | float | None:
    """A ``time`` value: a naive date and time (UTC when it had an offset), the seconds of a time of day alone, or
    None (empty; or not a time, from an alias). A bad value of the row's own ``time`` is a ParseError."""
    if value is None or value == "":
        return None
    if not strict and (number := _epoch(value)) is not None:
        return datetime.fromtimestamp(number, UTC).replace(tzinfo=None)
    if isinstance(value, str):
        if (seconds := time_of_day(value)) is not None:
            return seconds
        stamp = value.strip()
        if stamp[-4:] in (" UTC", " GMT"):  # "2024-10-02 19:19:43 UTC" (LinkedIn)
            stamp = stamp[:-4] + "+00:00"
        try:
            when = datetime.fromisoformat(stamp)
            if when.tzinfo is not None:
                when = when.astimezone(UTC).replace(tzinfo=None)
        except (ValueError, OverflowError):  # not a date, or out of range once in UTC
            when = None
        if when is None and not strict:
            when = _long_date(value)
        if when is None and ":" in value:
            when = _local_date(value)  # a spreadsheet's "14/03/2024 20:02" or "3/14/2024 8:02 PM"
        if when is not None and (strict or ":" in value):  # an alias's bare date ("2024-03-14") says no time
            return when
    if not strict:
        return None
    if not isinstance(value, str):
        raise ParseError(path, line, f"'time' must be an ISO 8601 string or null, not {value!r}")
    raise ParseError(path, line, f"'time' is not an ISO 8601 date-time or a time of day: {value!r}")


def aliased(names: Iterable[str]) -> dict[str, str]:
    """For each canonical field missing from ``names`` (lower case), the first of its aliases among them."""
    present = set(names)
    found: dict[str, str] = {}
    for canonical, others in ALIASES.items():
        if canonical not in present:
            alias = next((name for name in others if name in present), None)
            if alias is not None:
                found[canonical] = alias
    return found


def canonical_keys(row: Any) -> Any:
    """A parsed JSON row with its aliased keys (:data:`ALIASES`, any case) renamed to the canonical ones; the row
    itself when it already has ``speaker`` and ``text`` or is not an object."""
    return canonical_fields(row, times=False)[0]


def canonical_fields(row: Any, times: bool = True) -> tuple[Any, bool]:
    """:func:`canonical_keys`, and (``times``) a row without ``time`` given its first :data:`TIME_ALIASES` key (any
    case) as ``time``; with True when the row has a ``time`` of its own (then a bad value is an error), False when it
    has none or an alias's."""
    if not isinstance(row, dict):
        return row, False
    keys = not ("speaker" in row and "text" in row)
    own = "time" in row
    if (not keys and own) or (not keys and not times):
        return row, own
    lower = {field_name(key): key for key in row if isinstance(key, str)}
    if keys:
        for canonical, others in ALIASES.items():
            if canonical in row:
                continue
            name = canonical if canonical in lower else next((a for a in others if a in lower), None)  # "Speaker"
            if name is not None:
                row[canonical] = row.pop(lower[name])
    if own or not times:
        return row, own
    alias = next((a for a in ("time", *TIME_ALIASES) if a in lower), None)  # no alias of a time is a field's
    if alias is not None:
        row["time"] = row.pop(lower[alias])
    return row, alias == "time"


def order_key(time: Any, start: float | None) -> tuple[int, Any] | None:
    """What :func:`in_time_order` compares: the wall-clock time, else the seconds from the start, else None."""
    return (0, time) if time is not None else (1, start) if start is not None else None


def _utterance_key(u: Utterance) -> tuple[int, Any] | None:
    return order_key(u.time, u.start)


def in_time_order(stream: Iterable[Utterance]) -> Iterator[Utterance]:
    """The utterances as given, except that a conversation whose times only ever go back (newest first) comes
    reversed. A timed conversation's utterances are held only until one goes forward in time; untimed ones stream."""
    return in_time_order_by(stream, _utterance_key, attrgetter("conversation"))


def in_time_order_by(
    stream: Iterable[T], key: Callable[[T], tuple[int, Any] | None], conversation: Callable[[T], object]
) -> Iterator[T]:
    """:func:`in_time_order` of any items, read by ``key`` (their :func:`order_key`) and ``conversation`` (the
    annotate fast paths' rows)."""
    current: object = _NOTHING
    held: list[T] = []
    passing = False  # the current conversation went forward in time (or has no times): stream it
    last: tuple[int, Any] | None = None

    def release() -> Iterable[T]:
        first = key(held[0]) if held else None
        return reversed(held) if first is not None and last is not None and last < first else held

    for item in stream:
        c = conversation(item)
        if c != current:
            yield from release()
            held, current, passing, last = [], c, False, None
        if not passing:
            k = key(item)
            if k is None or (held and (last is None or k[0] != last[0] or k[1] > last[1])):
                passing = True
                yield from held
                held = []
            else:
                held.append(item)
                last = k
                continue
        yield item
    yield from release()
