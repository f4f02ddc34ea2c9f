"""Run the real ``h2h`` command in a child process, as a user would (the installed script when there is one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

H2H = Path(sys.executable).with_name("h2h")


def h2h(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``h2h ARGS`` with a 120-column, colourless terminal; stdout and stderr captured as text."""
    cmd = [str(H2H)] if H2H.exists() else [sys.executable, "-c", "from heart2heart.cli.main import main; main()"]
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)
