"""A forum thread copied from the browser as plain text: old Reddit's comments page, Mumsnet's Talk threads, and a
Facebook group post with its comments.

- old.reddit.com: the post (its title, the "submitted ... by <user>" line, its text), then each comment under its
  ``[–]user 34 points 6 hours ago`` line, up to the ``permalink embed save ...`` line of links under it.
- Mumsnet: each post under its ``Name · 12/03/2024 20:47`` line (the original poster's marked "OP posts:").
- Facebook: the post (the poster's name, a badge such as "Admin", `` · `` and the time, the text, then "All
  reactions:", the counts and the Like / Comment / Share row), then each comment as a block: the name, a badge
  ("Author", "Top fan"), the text, the time ("14h") and its Like / Reply row.

Each post is an utterance, in the page's order; the page's menus, sort line, link rows and warnings are no one's
words. Mumsnet's dates are read as written (day first); old Reddit's and Facebook's pages only say how long ago,
so their posts carry no time. The page is one thread, one conversation, never split at long silences.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from heart2heart import _regex_cache as rx
from heart2heart.errors import ParseError
from heart2heart.formats._base import Probe, read_text
from heart2heart.model import Utterance

__all__ = ["READER", "ForumCopyReader"]

_REDDIT_COMMENT = rx.compile(
    r"\[[–-]\](?P<who>[\w-]{2,40})(?:\[[SMA]\])*(?: .{0,60})? (?:-?\d+ points?|\[score hidden\]) .{1,40} ago\*?"
)
_REDDIT_SUBMITTED = rx.compile(r"submitted .{1,40} ago by (?P<who>[\w-]{2,40})(?:\[[SMA]\])*.*")
_REDDIT_LINKS = rx.compile(r"permalink.*(?:reply|report).*|\d+ comments?share.*|all \d+ comments?|sorted by: .*")
_MUMSNET = rx.compile(r"(?P<who>[^\s·][^·]{0,60}?) · (?P<when>\d{2}/\d{2}/\d{4} \d{2}:\d{2})")
_MUMSNET_OP = "OP posts:"
_FB_BADGES = frozenset(("Author", "Admin", "Moderator", "Group expert", "Top contributor", "Rising contributor",
                        "Top fan", "Conversation starter", "Visual storyteller", "New member", "Valued commenter",
                        "Greeting", "Verified", "Follow"))  # fmt: skip
_FB_ROW = frozenset(("Like", "Reply", "Comment", "Send", "Share", "Edited", "Hide", "Most relevant", "Newest",
                     "All comments", "Top comments", "View more comments", "Write a comment…"))  # fmt: skip
_FB_TIME = rx.compile(r"\d{1,3}\s?[smhdwy]|Just now|Yesterday(?: at .+)?|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?(?: at .+)?")
_FB_END_OF_POST = rx.compile(r"All reactions:|\d+ comments?|\d+ shares?|Like")
_EXAMPLE = "[–]sam 34 points 6 hours ago, or Sam · 12/03/2024 20:47"

# (speaker, time, lines)
_Post = tuple[str, datetime | None, list[str]]


def _reddit(lines: list[str]) -> list[_Post]:
    posts: list[_Post] = []
    for i, line in enumerate(lines):
        bare = line.strip()
        submitted = _REDDIT_SUBMITTED.fullmatch(bare)
        comment = _REDDIT_COMMENT.fullmatch(bare)
        if submitted is not None and not posts:
            title = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
            title = title.rsplit(" (self.", 1)[0] if title.endswith(")") else title
            posts.append((submitted.group("who"), None, [title, ""] if title else []))
        elif comment is not None:
            posts.append((comment.group("who"), None, []))
        elif posts and not _REDDIT_LINKS.fullmatch(bare):
            posts[-1][2].append(line)
    return posts


def _mumsnet(lines: list[str]) -> list[_Post]:
    posts: list[_Post] = []
    for line in lines:
        header = _MUMSNET.fullmatch(line.strip())
        if header is not None:
            try:
                when: datetime | None = datetime.strptime(header.group("when"), "%d/%m/%Y %H:%M")
            except ValueError:
                when = None
            posts.append((header.group("who").strip(), when, []))
        elif posts and line.strip() != _MUMSNET_OP:
            posts[-1][2].append(line)
    return posts


def _facebook(lines: list[str]) -> list[_Post]:
    posts: list[_Post] = []
    bare = [ln.strip() for ln in lines]
    dots = [i for i, ln in enumerate(bare) if ln == "·"]
    if not dots:
        return posts
    names = [ln for ln in bare[: dots[0]] if ln and ln not in _FB_BADGES]
    start = dots[1] + 1 if len(dots) > 1 and dots[1] - dots[0] <= 2 else dots[0] + 2
    end = next((i for i in range(start, len(bare)) if _FB_END_OF_POST.fullmatch(bare[i])), len(bare))
    if names:
        posts.append((names[-1], None, lines[start:end]))
    i = end
    while i < len(bare) and (
        not bare[i]
        or bare[i] in _FB_ROW
        or _FB_END_OF_POST.fullmatch(bare[i])
        or bare[i].isdigit()
        or bare[i].endswith(" others")
    ):
        i += 1
    block: list[str] = []
    for line in [*lines[i:], ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            posts.extend(_facebook_comment(block))
            block = []
    return posts


def _facebook_comment(block: list[str]) -> list[_Post]:
    """One comment's block: the name, a badge, the words, then the time and the Like / Reply row."""
    bare = [ln.strip() for ln in block]
    if len(bare) < 2 or bare[0] in _FB_ROW:
        return []
    k = 1
    while k < len(bare) and bare[k] in _FB_BADGES:
        k += 1
    end = next((j for j in range(k, len(bare)) if _FB_TIME.fullmatch(bare[j]) and bare[j + 1 : j + 2] == ["Like"]),
               None)  # fmt: skip
    if end is None:
        end = next((j for j in range(k, len(bare)) if bare[j] in _FB_ROW), len(bare))
    return [(bare[0], None, block[k:end])] if end > k else []


def _layout(head: str) -> str | None:
    lines = [ln.strip() for ln in head.splitlines()[:400]]
    if "·" in lines and ("All reactions:" in lines or lines.count("Reply") >= 2) and lines.count("Like") >= 2:
        return "facebook"
    if sum(1 for ln in lines if _REDDIT_COMMENT.fullmatch(ln)) >= 2:
        return "reddit"
    if sum(1 for ln in lines if _MUMSNET.fullmatch(ln)) >= 2:
        return "mumsnet"
    return None


class ForumCopyReader:
    """Reader of forum threads copied from the browser as text (old Reddit, Mumsnet)."""

    name: ClassVar[str] = "forum_copy"
    summary: ClassVar[str] = "a thread copied from the browser as text (old Reddit, Mumsnet, a Facebook group post)"
    example: ClassVar[str] = _EXAMPLE
    chat: ClassVar[bool] = False

    def sniff(self, probe: Probe) -> float:
        if probe.names:
            return 0.0
        return 0.92 if _layout(probe.head) is not None else 0.0

    def parse(self, path: Path) -> Iterator[Utterance]:
        if path.is_dir():
            raise ParseError(path, None, "expected a forum thread copied as text, not a folder")
        text = read_text(path).lstrip("\ufeff")
        layout = _layout(text)
        if layout is None:
            raise ParseError(path, 1, f"no posts found (expected lines such as {_EXAMPLE})")
        read_posts = {"reddit": _reddit, "mumsnet": _mumsnet, "facebook": _facebook}[layout]
        posts = read_posts(text.splitlines())
        count = 0
        for speaker, when, lines in posts:
            words = "\n".join(ln.rstrip() for ln in lines).strip()
            if words:
                count += 1
                yield Utterance(path.stem, 0, speaker, words, time=when)
        if count == 0:
            raise ParseError(path, None, "posts found, but none with words")


READER = ForumCopyReader()
