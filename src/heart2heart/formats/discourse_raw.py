"""A Discourse topic as its plain-text export (the topic's ``/raw/<topic_id>`` address): each post as
``username | 2024-03-14 20:02:11 UTC | #1``, a blank line, the post's Markdown, and a rule of dashes between posts.

Every post is an utterance in the topic's order; the speaker is the username. A quoted post (``[quote="sam,
post:1, topic:123"] ... [/quote]``) and the ``>`` lines of a Markdown quote are not the writer's words and are left
out. Times are read as naive UTC. A topic runs over days, so it is never split at long silences.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, iter_lines
from heart2heart.model import Utterance

__all__ = ["READER", "DiscourseRawReader"]

_HEADER = rx.compile(r"(?P<who>[^|]+?) \| (?P<when>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?: UTC)? \| #(?P<number>\d+)")
_RULE = "-------------------------"
_EXAMPLE = "sam | 2024-03-14 20:02:11 UTC | #1"


def _words(lines: list[str]) -> str:
    kept: list[str] = []
    quoting = 0
    for line in lines:
        bare = line.strip()
        if bare.startswith("[quote"):
            quoting += 1
        if quoting:
            quoting -= bare.count("[/quote]")
            continue
        if bare == _RULE or bare.startswith(">"):
            continue
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


class DiscourseRawReader:
    """Reader of a Discourse topic's plain-text export."""

    name: ClassVar[str] = "discourse_raw"
    summary: ClassVar[str] = "a Discourse topic's plain-text export (/raw/<topic_id>: 'user | date UTC | #1' posts)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        first = next((ln for ln in probe.head.lstrip("\ufeff").splitlines() if ln.strip()), "")
        return 0.95 if _HEADER.fullmatch(first.strip()) else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a Discourse topic's /raw/ text, not a folder")
        current: tuple[str, datetime] | None = None
        lines: list[str] = []
        count = 0
        for n, line in iter_lines(path):
            header = _HEADER.fullmatch(line.strip())
            if header is None:
                if current is None and line.strip():
                    raise ParseError(path, n, f"expected a post's first line such as {_EXAMPLE!r}")
                lines.append(line)
                continue
            if current is not None and (words := _words(lines)):
                count += 1
                yield Utterance(path.stem, 0, current[0], words, time=current[1])
            try:
                current, lines = (header.group("who").strip(), datetime.fromisoformat(header.group("when"))), []
            except ValueError:
                raise ParseError(path, n, f"not a date and time: {header.group('when')!r}") from None
        if current is not None and (words := _words(lines)):
            count += 1
            yield Utterance(path.stem, 0, current[0], words, time=current[1])
        if count == 0:
            raise ParseError(path, None, f"no posts found (expected lines such as {_EXAMPLE!r})")


READER = DiscourseRawReader()
