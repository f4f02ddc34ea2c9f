"""Docs that cannot drift: every command and every format is documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

from heart2heart.cli.main import app
from heart2heart.formats import reader_names

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    names = {cmd.name for cmd in app.registered_commands}
    assert names, "no commands registered"
    missing = sorted(n for n in names if not re.search(rf"\bh2h {n}\b", README))
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_format_is_in_the_readme() -> None:
    missing = sorted(n for n in reader_names() if f"`{n}`" not in README)
    assert not missing, f"formats missing from README.md: {missing}"


def test_quick_start_is_two_commands() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 2
    assert "h2h demo" in blocks[0]
    assert "pytest" in blocks[1] and "[test]" in blocks[1]
