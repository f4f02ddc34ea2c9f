"""Entry point of the ``h2h`` command. Command modules import their heavy dependencies lazily."""

from __future__ import annotations

import sys
import warnings
from typing import Any, TextIO

import typer

from heart2heart import __version__
from heart2heart.cli import analyze, convert, demo, formats
from heart2heart.cli import annotate as annotate_cmd
from heart2heart.cli import eval as eval_cmd
from heart2heart.cli import train as train_cmd
from heart2heart.errors import H2HError, H2HWarning

app = typer.Typer(
    name="h2h",
    help="heart2heart: measure how much of a heart-to-heart a conversation is, and what to try next. "
    "Everything runs on this machine; nothing is sent anywhere.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help imports rich.markdown/markdown_it (~0.13 s), too slow for `h2h --help`.
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"h2h {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """heart2heart command line."""


app.command("analyze")(analyze.command)
app.command("convert")(convert.command)
app.command("formats")(formats.command)
app.command("eval")(eval_cmd.command)
app.command("demo")(demo.command)
app.command("annotate")(annotate_cmd.command)
app.command("train")(train_cmd.command)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
    _default: Any = warnings.showwarning,
) -> None:
    """Our own warnings read as one plain line (``h2h: warning: ...``); others keep Python's format."""
    if issubclass(category, H2HWarning):
        typer.echo(f"h2h: warning: {message}", err=True)
    else:
        _default(message, category, filename, lineno, file, line)


def main(argv: list[str] | None = None) -> None:
    """Run ``h2h``; our own errors become one line on stderr and exit status 2."""
    warnings.showwarning = _show_warning
    try:
        app(args=argv, prog_name="h2h")
    except H2HError as exc:
        typer.echo(f"h2h: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("h2h: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
