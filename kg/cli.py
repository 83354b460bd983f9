"""The `kg` command line: thin wrappers over the library's plain functions."""

from __future__ import annotations

import typer

import kg

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of who said what, who did what to whom, when and where, from German news.",
    no_args_is_help=True,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {kg.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """kg: German news in, a queryable, visualised knowledge graph out."""
