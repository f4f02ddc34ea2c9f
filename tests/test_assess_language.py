"""The English check behind ``h2h analyze``'s warning for conversations in other languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from heart2heart.assess.language import FUNCTION_WORDS, other_language

GERMAN = [
    "Hast du die Zahlen gesehen? Ich finde das echt nicht gut.",
    "Ja, ich habe sie heute gesehen. Aber wir können noch nichts machen, oder?",
    "Doch, wir sollten mit ihm reden. Ich bin mir sicher, dass er das auch so sieht.",
    "Mal sehen. Ich kann heute nicht, aber morgen schon.",
]
ENGLISH = [
    "Did you see the numbers? I really don't think that's good.",
    "Yes, I saw them today. But we can't do anything yet, can we?",
    "We should talk to him, I'm sure he sees it that way too.",
    "Let's see. I can't today but I can tomorrow, if that works for you.",
]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (GERMAN, "German"),
        (ENGLISH, None),
        (["Qué casualidad que siempre tienes reunión cuando hay que limpiar. Estoy muy cansada, de verdad.",
          "Pero yo también trabajo, no es mi culpa. Todo lo hago yo, como siempre, y tú nada."] * 2, "Spanish"),
        (GERMAN[:1], None),  # too few words to say
        ([*ENGLISH, "Danke schön, bis morgen!"], None),  # a word or two of another language is still English
    ],
)  # fmt: skip
def test_other_language(texts: list[str], expected: str | None) -> None:
    assert other_language(texts) == expected


def test_function_word_lists_do_not_share_english_words() -> None:
    english = FUNCTION_WORDS["English"]
    for name, words in FUNCTION_WORDS.items():
        if name != "English":
            assert not (words & english), (name, words & english)


def test_analyze_warns_once_for_a_conversation_in_german(tmp_path: Path) -> None:
    p = tmp_path / "chat.txt"
    p.write_text("".join(f"{'Lena' if i % 2 == 0 else 'Jonas'}: {t}\n" for i, t in enumerate(GERMAN * 2)), "utf-8")
    run = subprocess.run([sys.executable, "-c", "from heart2heart.cli.main import main; main()", "analyze", str(p),
                          "--json"], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if line.startswith("h2h: warning:")]
    assert len(warnings) == 1 and "German" in warnings[0] and warnings[0].startswith("h2h: warning: chat: ")
    assert '"kind"' in run.stdout
