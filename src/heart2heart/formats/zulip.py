"""Zulip messages as its API gives them (``GET /api/v1/messages`` saved as JSON: ``{"result": "success",
"messages": [{"sender_full_name", "content", "timestamp", "display_recipient", "subject", ...}]}``).

Each topic is a conversation (``<stem>/<stream> > <topic>``; a direct message's by its people's names), in the
order the file first names it, its messages in time order. The speaker is the sender's full name. The content is
HTML as Zulip renders it: it is read as the plain text a reader sees (paragraphs and line breaks as new lines,
emoji as their characters, a custom emoji by its name). A quote of an earlier message, with its "Name said:", is
left out: those words are not the sender's. A message left empty (an uploaded file's link without a name) is a
placeholder (``<attachment>``, ``media``). ``timestamp`` (seconds since 1970) is read as naive UTC.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe
from heart2heart.formats._chatjson import from_epoch, in_threads, line_of, load_json, looks_like_json_object
from heart2heart.formats._html import text_of
from heart2heart.model import Utterance

__all__ = ["READER", "ZulipReader", "plain_text"]

_EXAMPLE = '{"result": "success", "messages": [{"sender_full_name": "Maya", "content": "<p>hi</p>", ...}]}'
#: The line Zulip's "quote and reply" puts before the quote: "<Name> said:", with a silent mention and a link.
_QUOTE_HEAD = rx.compile(r'<p><span class="user-mention silent"[^>]*>[^<]*</span> <a href="[^"]*">said</a>:</p>')


def plain_text(content: str) -> str:
    """Zulip's rendered message HTML as plain text (:func:`~heart2heart.formats._html.text_of`), without the
    "Name said:" line of a quote and reply."""
    return text_of(_QUOTE_HEAD.sub("", content) if "<blockquote>" in content else content)


def _conversation(message: Mapping[str, Any]) -> str:
    recipient = message.get("display_recipient")
    if isinstance(recipient, list):  # a direct message: its people
        names = sorted(str(p.get("full_name", "")) for p in recipient if isinstance(p, Mapping))
        return ", ".join(n for n in names if n) or "direct messages"
    topic = message.get("subject", message.get("topic"))
    stream = str(recipient) if recipient is not None else "stream"
    return f"{stream} > {topic}" if isinstance(topic, str) and topic else stream


class ZulipReader:
    """Reader of Zulip's API messages saved as JSON."""

    name: ClassVar[str] = "zulip"
    summary: ClassVar[str] = "Zulip messages from its API (GET /messages saved as JSON)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = True

    def sniff(self, probe: Probe) -> float:
        head = probe.head
        if probe.names or not looks_like_json_object(head):
            return 0.0
        return 0.97 if '"messages"' in head and '"sender_full_name"' in head else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a .json file of Zulip messages, not a folder")
        raw = path.read_bytes()
        data = load_json(raw, path)
        messages = data.get("messages") if isinstance(data, Mapping) else None
        if not isinstance(messages, list):
            raise ParseError(path, line_of(raw, '"messages"') or 1, f"expected a JSON object such as {_EXAMPLE}")
        found: list[Utterance] = []
        for message in messages:
            ident = message.get("id") if isinstance(message, Mapping) else None
            try:
                u = _utterance(message, path.stem)
            except (TypeError, ValueError, OverflowError, OSError) as exc:
                line = line_of(raw, f'"id": {ident},', f'"id":{ident},') if ident is not None else None
                raise ParseError(path, line or line_of(raw, '"messages"'), f"bad Zulip message ({exc})") from None
            found.append(u)
        if not found:
            raise ParseError(path, None, "no messages found in this Zulip file")
        yield from in_threads(found)


def _utterance(message: Any, stem: str) -> Utterance:
    if not isinstance(message, Mapping):
        raise TypeError("every message must be a JSON object")
    speaker, content, stamp = message.get("sender_full_name"), message.get("content"), message.get("timestamp")
    if not isinstance(speaker, str) or not speaker.strip():
        raise TypeError(f"'sender_full_name' must be a name, not {speaker!r}")
    if not isinstance(content, str):
        raise TypeError(f"'content' must be a string, not {content!r}")
    if not isinstance(stamp, int | float) or isinstance(stamp, bool):
        raise TypeError(f"'timestamp' must be seconds since 1970, not {stamp!r}")
    text = plain_text(content)
    media = not text
    return Utterance(f"{stem}/{_conversation(message)}", 0, speaker, text or "<attachment>", time=from_epoch(stamp),
                     media=media)  # fmt: skip


READER = ZulipReader()
