"""iPhone messages exported as CSV by iMazing (``Chat Session, Message Date, Delivered Date, Read Date, Edited Date,
Service, Type, Sender ID, Sender Name, Status, Replying to, Subject, Text, Attachment, Attachment type``).

A row's ``Type`` says who sent it: an ``Incoming`` message is its ``Sender Name`` (else its ``Sender ID``, the
number or address), an ``Outgoing`` one is "Me" (the export leaves the owner's name empty), and a
``Notification`` (a renamed group, someone added) is no one's words. A message of an attachment alone is a
placeholder (``<attachment: IMG_2214.HEIC>``, ``media``). Each ``Chat Session`` is a conversation; ``Message
Date`` is the phone's wall-clock time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats.canonical import ContiguityCheck
from heart2heart.formats.canonical_csv import records
from heart2heart.model import Utterance

__all__ = ["READER", "ImazingReader"]

ME = "Me"
_NEEDED = ("Message Date", "Type", "Text")
_EXAMPLE = "Chat Session,Message Date,...,Type,Sender ID,Sender Name,...,Text,Attachment,Attachment type"


def _columns(header: list[str]) -> dict[str, int] | None:
    names = [h.strip().lstrip("\ufeff") for h in header]
    if not all(n in names for n in _NEEDED) or "Sender Name" not in names or "Chat Session" not in names:
        return None
    return {n: i for i, n in enumerate(names)}


class ImazingReader:
    """Reader of iMazing's CSV export of iPhone messages."""

    name: ClassVar[str] = "imazing"
    summary: ClassVar[str] = "iPhone messages exported as CSV by iMazing (Chat Session, Message Date, Type, ...)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        first = probe.head.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        try:
            header = next(csv.reader([first]), [])  # the names may be quoted ("Chat Session","Message Date",...)
        except csv.Error:  # a stray carriage return: no CSV header
            return 0.0
        return 0.97 if _columns(header) is not None else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected an iMazing messages .csv file, not a folder")
        columns: dict[str, int] | None = None
        check = ContiguityCheck(path)
        count = 0
        for n, fields in records(path):
            if columns is None:
                columns = _columns(fields)
                if columns is None:
                    raise ParseError(path, n, f"expected iMazing's header ({_EXAMPLE})")
                continue
            if len(fields) != len(columns):
                raise ParseError(path, n, f"expected {len(columns)} columns, found {len(fields)}")
            row = {name: fields[i].strip() for name, i in columns.items()}
            kind = row["Type"]
            if kind == "Outgoing":
                speaker = ME
            elif kind == "Incoming":
                speaker = row["Sender Name"] or row.get("Sender ID", "")
                if not speaker:
                    raise ParseError(path, n, "an incoming message with neither a sender name nor an id")
            else:
                continue  # a notification: a renamed group, someone added or removed
            try:
                when = datetime.fromisoformat(row["Message Date"]) if row["Message Date"] else None
            except ValueError:
                raise ParseError(path, n, f"not a date and time: {row['Message Date']!r}") from None
            conversation = f"{path.stem}/{row['Chat Session']}" if row["Chat Session"] else path.stem
            check(conversation, n)
            if row["Text"]:
                u = Utterance(conversation, 0, speaker, row["Text"], time=when)
            elif row.get("Attachment"):
                u = Utterance(conversation, 0, speaker, f"<attachment: {row['Attachment']}>", time=when, media=True)
            else:
                continue
            count += 1
            yield u
        if columns is None:
            raise ParseError(path, 1, f"expected iMazing's header ({_EXAMPLE})")
        if count == 0:
            raise ParseError(path, None, "no incoming or outgoing messages found in this iMazing export")


READER = ImazingReader()
