"""The public surface stays small and deliberate (httpx-style guard)."""

from __future__ import annotations

import subprocess
import sys

import heart2heart
from heart2heart import errors

EXPECTED = {
    "Conversation",
    "Empathy",
    "FormatError",
    "H2HError",
    "Labels",
    "ModelError",
    "ParseError",
    "PipelineError",
    "Speaker",
    "Turn",
    "UsageError",
    "Utterance",
    "__version__",
    "iter_utterances",
    "read",
}


def test_all_is_the_agreed_surface() -> None:
    assert set(heart2heart.__all__) >= EXPECTED
    for name in heart2heart.__all__:
        assert getattr(heart2heart, name) is not None


def test_every_error_derives_from_h2herror() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        if isinstance(cls, type) and issubclass(cls, Exception) and name != "H2HError":
            assert issubclass(cls, errors.H2HError) or issubclass(cls, Warning), name


def test_parse_error_names_file_and_line() -> None:
    exc = errors.ParseError("chat.txt", 14, "expected a date")
    assert str(exc) == "chat.txt:14: expected a date"
    assert str(errors.ParseError("chat.txt", None, "the file is empty")) == "chat.txt: the file is empty"


def test_import_is_light() -> None:
    heavy = "{'numpy', 'rich', 'typer', 'jinja2'}"
    code = (
        "import sys, heart2heart; heart2heart.Conversation; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
