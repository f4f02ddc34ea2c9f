"""An e-mail thread printed or copied as text: Gmail's print view or Outlook's memo print (saved as PDF, then as
text), or a thread copied from Outlook's reading pane, each message under its header block (``From:`` / ``Sent:``
/ ``To:`` / ``Subject:``, in German ``Von:`` / ``Gesendet:``; Gmail's ``Name <address>`` and the date).

The messages are read oldest first, with their senders and dates (:mod:`heart2heart.formats._mailtext`): quoted
history inside them is read too, and what the print adds (the page's title, the account, "[Quoted text hidden]")
is no one's words. The file is one thread, one conversation, never split at long silences.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, read_text
from heart2heart.formats._mailtext import header_block, messages_in
from heart2heart.model import Utterance

__all__ = ["READER", "EmailTextReader"]

_EXAMPLE = "From: Sam Rivera <sam@example.org> / Sent: Thursday, March 14, 2024 8:02 PM / To: ... / Subject: ..."


def _headers(text: str, most: int = 400) -> int:
    """How many message header blocks open in the first ``most`` lines."""
    lines = text.splitlines()[:most]
    return sum(1 for i in range(len(lines)) if header_block(lines, i) is not None)


class EmailTextReader:
    """Reader of e-mail threads printed or copied as text."""

    name: ClassVar[str] = "email_text"
    summary: ClassVar[str] = "an e-mail thread printed or copied as text (Gmail's print view, Outlook's memo print)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        return 0.93 if _headers(probe.head.lstrip("\ufeff")) >= 2 else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected an e-mail thread saved as text, not a folder")
        mails = messages_in(read_text(path).lstrip("\ufeff"))
        if not mails:
            raise ParseError(path, 1, f"no e-mail messages found (expected header blocks such as {_EXAMPLE})")
        for mail in mails:
            yield Utterance(path.stem, 0, mail.speaker, mail.words, time=mail.when)


READER = EmailTextReader()
