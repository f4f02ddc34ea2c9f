"""Cue patterns: lower-case searches give the same answers as case-insensitive ones, and compile only when used."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import heart2heart.assess
from heart2heart.assess._cues import Cue, LazyPattern, lowered

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _all_cues() -> list[tuple[str, Cue]]:
    found: list[tuple[str, Cue]] = []
    for info in pkgutil.iter_modules(heart2heart.assess.__path__):
        module = importlib.import_module(f"heart2heart.assess.{info.name}")
        found += [(f"{info.name}.{name}", v) for name, v in vars(module).items() if isinstance(v, Cue)]
    return found


CUES = _all_cues()


def test_the_assessment_uses_cues() -> None:
    names = {name for name, _ in CUES}
    assert {"conflict._CRITICISM", "disclosures._VULN", "kind_features._LOGISTICS", "_text._JOKE"} <= names


@pytest.mark.parametrize(("name", "cue"), CUES, ids=[name for name, _ in CUES])
def test_cue_is_written_in_lower_case(name: str, cue: Cue) -> None:
    # Lower-case matching equals case-insensitive matching only when the pattern has no upper-case letter
    # (escapes such as \W or \S are classes, not letters; hex and named escapes could hide one, so none allowed).
    assert not re.search(r"\\[xuUN]", cue.source), name
    bare = re.sub(r"\\.", "", cue.source)
    assert bare == bare.lower(), name


def _texts() -> list[str]:
    lines = [
        line.split(":", 2)[-1]
        for path in sorted(CORPUS.glob("kinds*/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    lines = [x.replace("\u2019", "'") for x in lines if x.strip()][:400]
    return lines + [x.upper() for x in lines[:200]] + [x.title() for x in lines[200:400]]


def test_cues_answer_as_case_insensitive_patterns() -> None:
    texts = _texts()
    assert len(texts) > 300
    for name, cue in CUES:
        folded = re.compile(cue.source, re.IGNORECASE)
        for text in texts:
            assert cue.found(text) == (folded.search(text) is not None), (name, text)


def test_case_is_ignored() -> None:
    cue = Cue(r"\bwe need to talk\b")
    assert cue.found("WE NEED TO TALK.")
    assert cue.found("Honestly, We Need To Talk")
    assert not cue.found("we needed to talk")


def test_characters_that_fold_apart_are_searched_case_insensitively() -> None:
    # The Kelvin sign matches "k" case-insensitively and lower-cases to "k"; the long s matches "s" but
    # lower-cases to itself; dotted capital I lower-cases to two characters.
    assert lowered("\u212aind") is None
    assert lowered("Kind") == "kind"
    assert Cue(r"\bkind\b").found("so \u212aind")
    assert Cue(r"\bso\b").found("\u017fo")
    assert Cue(r"^this$").found("TH\u0130S")
    assert not Cue(r"^this$").found("TH\u0130SS")


def test_cue_compiles_on_first_use() -> None:
    cue = Cue(r"\bnever\b")
    assert not cue._ready and cue._folded is None
    assert cue.found("You NEVER listen")
    assert cue._ready and cue._folded is None


def test_lazy_pattern() -> None:
    pat = LazyPattern(r"\byou (?P<x>never|always)\b", re.IGNORECASE)
    assert pat._compiled is None
    m = pat.search("but You Always do")
    assert m is not None and m.group("x") == "Always" and m.start() == 4
    assert pat.match("you never") is not None and pat.match("oh you never") is None
    assert pat.sub("_", "you never and you always") == "_ and _"


def test_plain_string_alternatives_are_split_off() -> None:
    from heart2heart.assess._cues import split_alternatives

    assert split_alternatives(r"(\bjk\b|😂|🙏)") == (["😂", "🙏"], [r"\bjk\b"])
    assert split_alternatives(r"x|(?:y|z)|\(q") == (["x", "y", "z"], [r"\(q"])
    assert split_alternatives(r"(a)(b|c)") == ([], [r"(a)(b|c)"])  # no top-level alternation: left whole
    assert split_alternatives(r"(?i)a|b") == ([], [r"(?i)a|b"])  # inline flags: left whole
    cue = Cue(r"\b(lol|jk)\b|🙏|no way")
    assert cue.found("NO WAY") and cue.found("thanks 🙏") and cue.found("jk!") and not cue.found("jkl 🙂")


def test_ascii_texts_and_others_read_alike() -> None:
    # ASCII texts are searched with re.ASCII (no Unicode lookups): \s still covers the separators U+001C-U+001F
    # as Unicode's does, and a text with a non-ASCII letter is searched the Unicode way ("é" is a word character).
    talk = Cue(r"\bwe\s+need\S+talk\b")
    assert talk.found("We\x1cneed-to-talk") and talk.found("we \t need..talk")
    assert not talk.found("we need to talk")  # "\S+" does not cross the space
    cafe = Cue(r"\bcafe\b")
    assert cafe.found("the CAFE.") and not cafe.found("the cafeé") and not cafe.found("thé cafe_")
    assert Cue(r"\bcaf\w\b").found("le CAFÉ") and not Cue(r"\bcaf\w\b").found("le CAFÉS")
    for cue in (talk, cafe):
        folded = re.compile(cue.source, re.IGNORECASE)
        for text in ("We\x1cneed-to-talk", "we \t need..talk", "the cafeé", "café cafe", "x\x1fcafe"):
            assert cue.found(text) == (folded.search(text) is not None), (cue, text)
