"""`h2h formats`: the formats heart2heart reads, with a one-line example each."""

from __future__ import annotations


def command() -> None:
    """List the input formats heart2heart detects, with a one-line example each."""
    from rich.console import Console
    from rich.table import Table

    from heart2heart.formats import get_reader, reader_names

    table = Table(title="Formats (detected from the content; force one with --format NAME)")
    table.add_column("name", style="bold")
    table.add_column("what")
    table.add_column("example", overflow="fold")
    for name in reader_names():
        reader = get_reader(name)
        table.add_row(name, reader.summary, reader.example)
    Console().print(table)
