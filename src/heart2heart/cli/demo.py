"""`h2h demo`: analyse the bundled example chat, print the summary and write the HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_OUTPUT = Path("h2h-demo-report.html")


def command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the HTML report.")] = DEFAULT_OUTPUT,
    me: Annotated[str | None, typer.Option("--me", help="Read the notes as this person (Sam or Alex).")] = None,
    json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per conversation (as h2h analyze --json).")
    ] = False,
) -> None:
    """Analyse a bundled example conversation: print the summary and write an HTML report (never opens it)."""
    from importlib.resources import as_file, files

    from heart2heart.cli._options import check_outputs
    from heart2heart.report.pipeline import analyse_files, write_html

    check_outputs(output)
    resource = files("heart2heart.examples").joinpath("demo_whatsapp.txt")
    with as_file(resource) as path:
        results = analyse_files([path], me=me)
    write_html(results, output, me=me)
    if json:
        import orjson

        out = typer.get_binary_stream("stdout")
        for r in results:
            out.write(orjson.dumps(r.analysis.to_json()) + b"\n")
        typer.echo(f"HTML report written to {output.resolve()}", err=True)
        return
    from heart2heart.report.terminal import render

    render([r.analysis for r in results])
    typer.echo(f"HTML report written to {output.resolve()}")
