"""A check-in before any coaching when someone says something that can be a sign of suicide or self-harm."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _assess_helpers import L, conv
from _cli import h2h
from heart2heart.assess import assess
from heart2heart.assess.safety import safety_moments, sign_of

SIGNS = [
    ("I think everyone would be better off without me around", "suicide"),
    ("Some days I think you'd all be better off without me to worry about.", "suicide"),
    ("I've been thinking about ending it. Not doing anything. Just thinking it.", "suicide"),
    ("I just want to die", "suicide"),
    ("I want to kill myself", "suicide"),
    ("I see no point in living anymore", "suicide"),
    ("what's the point of being alive?", "suicide"),
    ("I don't want to live anymore.", "suicide"),
    ("Sometimes I wish I wasn't here", "suicide"),
    ("Being a burden on Brenda. I'd rather not be here.", "suicide"),
    ("Sometimes I have suicidal feelings...", "suicide"),
    ("I want to go to sleep and not wake up", "suicide"),
    ("I\u2019ve been thinking about killing myself", "suicide"),
    ("I've been cutting myself again", "self_harm"),
    ("I tried to hurt myself last week", "self_harm"),
    ("I started self-harming in year 9", "self_harm"),
    ("It's been a year since my husband passed and I just want to die too", "suicide"),  # someone else named
]
NOT_SIGNS = [
    "I nearly killed myself laughing",
    "I wanted to die of embarrassment",
    "I don't want to die",  # a fear, not a wish
    "I'm so scared she's going to die",
    "I thought I was going to die on that table",
    "I'm not suicidal at all, just tired",
    "If I am suicidal, maybe, but this is just stress",
    "my child was having suicidal thoughts",  # someone else's
    "I think my best friend has been self-harming and I don't know what to say to her",
    "she's been suicidal since the summer and I'm scared for her",
    "my uncle died by suicide",
    "how do I take some pressure off myself?",
    "I cut myself chopping onions",
    "I'm killing myself out here at work",
    "I don't want to live in the front room like an invalid",
    "the show is better than the book and i will die on this hill",
    "omg I'm dead 😂",
    "the character kills himself in the film",
    "I would never hurt myself",
    "hey. I've been thinking about last night",  # the bundled example's opener
]


@pytest.mark.parametrize(("text", "sign"), SIGNS)
def test_what_can_be_a_sign_is_found(text: str, sign: str) -> None:
    assert sign_of(text) == sign


@pytest.mark.parametrize("text", NOT_SIGNS)
def test_fun_fear_denial_and_other_people_are_not_flagged(text: str) -> None:
    assert sign_of(text) is None


BURDEN = conv(
    [
        ("Kat", "how was the appointment?", L(q="open")),
        ("Aditi", "I think I'm not ok. I keep thinking everyone would be better off without me around", L(d=3, v=-0.8)),
        ("Kat", "omg did you see what Priya posted", L(q="closed")),
        ("Aditi", "ha yeah", L()),
    ]
)


def test_the_first_note_is_a_check_in_for_the_others() -> None:
    a = assess(BURDEN)
    assert [m.to_dict() for m in a.safety] == [
        {"index": 1, "speaker": "Aditi", "quote": BURDEN.utterances[1].text, "sign": "suicide"}
    ]
    first = a.notes[0]
    assert (first.category, first.index, first.speaker) == ("safety", 1, "Aditi")
    assert first.message.startswith("What Aditi said can be a sign of thinking about suicide.")
    assert "\u201cAre you thinking about ending your life?\u201d" in first.suggestion
    assert "crisis line" in first.suggestion and "emergency services" in first.suggestion
    assert sum(n.category == "safety" for n in a.notes) == 1
    assert all(n.index != 1 for n in a.notes[1:])  # no other note on that moment
    assert a.to_dict()["safety"] == [m.to_dict() for m in a.safety]


def test_written_to_the_one_who_said_it_it_offers_support() -> None:
    mine = assess(BURDEN, me="aditi").notes[0]
    assert mine.message.startswith("What you said here can be a sign of thinking about suicide.")
    assert mine.suggestion.startswith("You deserve support with this.") and "Aditi" not in mine.message
    theirs = assess(BURDEN, me="Kat").notes[0]
    assert theirs.category == "safety" and theirs.message.startswith("What Aditi said")


def test_self_harm_asks_gently_whether_they_are_safe() -> None:
    c = conv([("Jo", "I've been cutting myself again", L(d=3)), ("Sam", "oh Jo", L()), ("Jo", "yeah", L())])
    (m,) = safety_moments(c)
    assert m.sign == "self_harm"
    note = assess(c).notes[0]
    assert "hurting themselves" in note.message and "whether they are safe right now" in note.suggestion


def test_no_check_in_where_nothing_was_said() -> None:
    a = assess(conv([("A", "I nearly killed myself laughing", L()), ("B", "haha same", L())]))
    assert a.safety == [] and all(n.category != "safety" for n in a.notes)


def test_the_reports_put_it_first(tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "Kat: how was the appointment?\nAditi: I think I'm not ok. I keep thinking everyone would be better off "
        "without me around\nKat: omg did you see what Priya posted\nAditi: ha yeah\n",
        encoding="utf-8",
    )
    html = tmp_path / "r.html"
    run = h2h("analyze", str(chat), "--html", str(html))
    assert run.returncode == 0, run.stderr
    assert run.stdout.index("Before anything else") < run.stdout.index("Who talked and listened")
    page = html.read_text(encoding="utf-8")
    assert page.index("Before anything else") < page.index("What to try next") if "What to try next" in page else True
    assert "Nothing stood out to change" not in page
    row = json.loads(h2h("analyze", str(chat), "--json").stdout.splitlines()[0])
    assert row["safety"][0]["speaker"] == "Aditi" and row["notes"][0]["category"] == "safety"


def test_the_overview_of_many_conversations_names_the_one_to_check(tmp_path: Path) -> None:
    chat = tmp_path / "multi.txt"
    lines = []
    for day in range(1, 8):
        said = "honestly everyone would be better off without me" if day == 3 else "fine, busy"
        lines += [f"0{day}/03/2024, 20:00 - Kat: how was your day?", f"0{day}/03/2024, 20:01 - Aditi: {said}"]
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    html = tmp_path / "r.html"
    run = h2h("analyze", str(chat), "--html", str(html))
    assert run.returncode == 0, run.stderr
    flat = " ".join(run.stdout.replace("│", " ").split())
    assert "Before anything else: something said in multi#3 can be a sign of thinking about suicide" in flat
    toc = html.read_text(encoding="utf-8").split("</nav>")[0]
    assert toc.count("check in first") == 1 and toc.index("multi#3") < toc.index("check in first") < toc.index(
        "multi#4"
    )


def test_the_outside_evaluators_dev_statements_stay_caught() -> None:
    # corpus/safety's dev half was read while the phrases were written and is in the model's training data
    # (in-sample, so a regression guard, not a measurement: h2h eval --conversations reports the valid half).
    from heart2heart.assess.validate import validate_safety

    dev = validate_safety(split="dev")
    if dev is None:
        pytest.skip("no corpus/safety in this checkout")
    assert dev["flagged"] == dev["flagged_right"] == dev["sign_right"]
    assert dev["flagged_right"] >= 45 and dev["signs"] == 50


def test_the_quick_word_check_never_hides_a_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    # pattern_sign looks for one of a few words before searching the full phrases: over every statement written for
    # the check and the examples above, the phrases must say the same with the word check and without it.
    import json as _json

    from heart2heart.assess import safety
    from heart2heart.assess._cues import LazyPattern

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [t for t, _ in SIGNS] + NOT_SIGNS
    for path in [
        *sorted((corpus / "safety_train").glob("*.jsonl")),
        corpus / "safety" / "statements.jsonl",
        corpus / "safety3" / "statements.jsonl",
        corpus / "safety4" / "statements.jsonl",
    ]:
        if path.exists():
            texts += [_json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    quick = [safety.pattern_sign(t) for t in texts]
    monkeypatch.setattr(safety, "_ANY_SIGN", LazyPattern(""))
    assert [safety.pattern_sign(t) for t in texts] == quick
    assert sum(s is not None for s in quick) > 300  # the phrases do find things here


def test_when_someone_asked_directly_the_note_says_so_and_what_comes_next() -> None:
    asked = conv(
        [
            ("Jo", "honestly everyone would be better off without me", L(d=3)),
            ("Sam", "Jo, I'm really glad you told me. Are you thinking about killing yourself?", L(q="closed", er=1)),
            ("Jo", "sometimes", L()),
        ]
    )
    note = assess(asked).notes[0]
    assert note.category == "safety" and "Sam asked about it directly, which is what helps." in note.message
    assert note.suggestion.startswith("Stay with them") and "Are you thinking" not in note.suggestion
    mine = assess(asked, me="sam").notes[0]
    assert "You asked about it directly" in mine.message
