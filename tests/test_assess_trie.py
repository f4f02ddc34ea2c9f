"""Cue alternations merged on leading characters: the same texts match, and the merging is what was intended."""

from __future__ import annotations

import random
import re

import pytest

from heart2heart.assess._trie import ascii_source, factor, tag


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(you should|you could|try (to|and))\b", r"\b(you (?:should|could)|try (to|and))\b"),
        # an opening group is expanded (optional: also without it), then merged with the rest
        (
            r"\b((big )?hugs?|hug me|(that'?s|so) heavy|so sorry)\b",
            r"\b(big hugs?|hug(?: me|s?)|that'?s heavy|so (?:heavy|sorry))\b",
        ),
        ("oh god|oh no|oh god", "oh (?:god|no)"),  # a repeated alternative once
        ("x|x", "x"),
        ("ab|a|", "a(?:b|)|"),
        (r"\.x|\.y|[ab]c|[ab]d", r"\.(?:x|y)|[ab]c|[ab]d"),  # escaped punctuation merges, classes do not
        ("aw+|a|ab", "a(?:b|w+|)"),  # plain heads first, then the rest in order
    ],
)
def test_factor(source: str, expected: str) -> None:
    assert factor(source) == expected
    re.compile(expected)


@pytest.mark.parametrize(
    "source",
    [
        r"(ab|ac)\1",  # a back-reference counts groups
        r"(?i)ab|ac",  # inline flags
        r"(?>ab|a)b|ac",  # atomic group: the order of the alternatives matters
        r"(?:ab|a)++b|ac",  # possessive
        r"(?#note)ab|ac",
        r"(ab|ac",  # unbalanced
    ],
)
def test_unsafe_patterns_are_left_alone(source: str) -> None:
    assert factor(source) == source


def test_look_arounds_and_named_groups_are_not_rewritten() -> None:
    source = r"(?<!you |yoo )(never|nev)(?=ab|ac)(?P<x>ab|ac)"
    assert factor(source) == r"(?<!you |yoo )(nev(?:er|))(?=ab|ac)(?P<x>ab|ac)"


def _random_pattern(rnd: random.Random, depth: int = 0) -> str:
    alternatives = []
    for _ in range(rnd.randint(1, 5)):
        seq = ""
        for _ in range(rnd.randint(0, 4)):
            r = rnd.random()
            if r < 0.6:
                seq += rnd.choice("ab ")
            elif r < 0.7:
                seq += rnd.choice([r"\b", "^", "$", "[ab]", r"\w"])
            elif r < 0.8 and seq and seq[-1] not in "*+?":
                seq += rnd.choice(["?", "*", "+", "{1,2}", "??"])
            elif depth < 2:
                seq += rnd.choice(["(", "(?:", "(?=", "(?<!a"]) + _random_pattern(rnd, depth + 1) + ")"
        alternatives.append(seq)
    return "|".join(alternatives)


def test_random_patterns_match_the_same_texts() -> None:
    rnd = random.Random(4)
    texts = ["".join(rnd.choice("ab ") for _ in range(rnd.randint(0, 9))) for _ in range(200)]
    checked = changed = 0
    for _ in range(600):
        source = _random_pattern(rnd)
        try:
            original = re.compile(source)
        except re.error:  # e.g. a look-behind of varying width
            continue
        rewritten = re.compile(factor(source))
        changed += rewritten.pattern != source
        for text in texts:
            assert (original.search(text) is None) == (rewritten.search(text) is None), (source, text)
        checked += 1
    assert checked > 300 and changed > 100


def test_tag_names_this_version() -> None:
    t = tag()
    assert t is not None and re.fullmatch(r"trie-[0-9a-f]{8}", t)


def test_ascii_source_matches_ascii_texts_as_unicode_does() -> None:
    texts = [c + d for c in map(chr, range(128)) for d in ("", "a", " ", "1", "\x1d")]
    for source in [r"\s", r"\S", r"[\s']", r"[^\s.]", r"[\s\S]x", r"[\S]", r"\w\b", r"\B\d", r"\W\s*\D", r"a\sb|\S\s"]:
        rewritten = ascii_source(source)
        assert rewritten is not None
        unicode, ascii = re.compile(source), re.compile(rewritten, re.ASCII)
        for text in texts:
            assert (unicode.search(text) is None) == (ascii.search(text) is None), (source, text)
    assert ascii_source(r"\bx\s+y") == r"\bx[\x09-\x0d\x1c-\x20]+y"
    assert ascii_source(r"(?i)x\s") is None  # inline flags could clash with re.ASCII
