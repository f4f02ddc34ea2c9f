"""The one exception hierarchy of heart2heart.

Everything the library raises on purpose derives from :class:`H2HError`; the CLI turns any of them into a single
line on stderr (``h2h: error: ...``) and exit status 2, without a traceback.

- :class:`ParseError`: an input file is not what its format expects (names the file and the line).
- :class:`FormatError`: no reader recognises a file, or an unknown format was asked for.
- :class:`ModelError`: a model file is missing, corrupt or of the wrong version.
- :class:`PipelineError`: annotators were put together in an order that cannot work.
- :class:`UsageError`: a command was called with options that do not fit together.
- :class:`OutputError`: an output file cannot be written (a folder in its place, no permission, a full disk).

:class:`H2HWarning` (a ``UserWarning``) is what the library warns with when it can go on but the user should know
(for example a transcript without speaker names).
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "FormatError",
    "H2HError",
    "H2HWarning",
    "ModelError",
    "OutputError",
    "ParseError",
    "PipelineError",
    "UsageError",
]


class H2HError(Exception):
    """Base class of every error heart2heart raises on purpose."""


class ParseError(H2HError):
    """An input file does not follow its format.

    ``line`` is 1-based; ``None`` when the problem is with the file as a whole (for example an empty file).
    """

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int | None, str]]:
        return (ParseError, (self.path, self.line, self.message))


class FormatError(H2HError):
    """No reader recognises the input, or an unknown format name was given."""


class ModelError(H2HError):
    """A model could not be loaded or does not fit this version of heart2heart."""


class PipelineError(H2HError):
    """Annotators were combined in an order whose requirements are not met."""


class UsageError(H2HError):
    """Options that do not fit together, or a missing required input."""


class OutputError(H2HError, OSError):
    """An output file cannot be written. Also an :class:`OSError`, so code that writes on a best-effort basis (the
    caches) and catches ``OSError`` goes on as before."""


class H2HWarning(UserWarning):
    """Something heart2heart could work around but the user should know about (e.g. no speaker names)."""
