"""The `kg` command line: thin wrappers over the library's plain functions."""

from __future__ import annotations

from pathlib import Path

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


def _fail(err: ValueError) -> typer.Exit:
    typer.echo(f"kg: {err}", err=True)
    return typer.Exit(1)


_GRAPH_HELP = "A store folder or a graph file (.ttl, .nt, .nq, .trig, .jsonld)."


@app.command()
def query(
    sparql: str = typer.Argument(
        ..., help="SPARQL, a .rq file, or a shipped query: statements, actors, events, network, timeline."
    ),
    graph: Path = typer.Option(Path("output") / "store", "-g", "--graph", help=_GRAPH_HELP),
    fmt: str = typer.Option("table", "-f", "--format", help="table, csv, tsv or json."),
) -> None:
    """Run a SPARQL query over the graph and print its rows."""
    from rich.console import Console
    from rich.table import Table

    from kg.store import compact, open_graph, render, resolve_query

    try:
        text = resolve_query(sparql)
        with open_graph(graph) as store:
            result = store.query(text)
        if fmt != "table":
            typer.echo(render(result, fmt), nl=False)
            return
    except ValueError as err:
        raise _fail(err) from None
    table = Table(*result.variables, show_lines=False)
    for row in result.rows:
        table.add_row(*(compact(value) for value in row))
    Console().print(table)


@app.command()
def validate(
    graph: Path = typer.Option(Path("output") / "store", "-g", "--graph", help=_GRAPH_HELP),
) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 if it does not conform."""
    from kg.store import open_graph
    from kg.validate import validate as shacl_validate

    try:
        with open_graph(graph) as store:
            conforms, report = shacl_validate(store)
    except ValueError as err:
        raise _fail(err) from None
    typer.echo(report)
    if not conforms:
        raise typer.Exit(1)


@app.command()
def export(
    output: Path = typer.Argument(..., help="The file to write; its suffix names the format, or --format."),
    graph: Path = typer.Option(Path("output") / "store", "-g", "--graph", help=_GRAPH_HELP),
    fmt: str | None = typer.Option(None, "-f", "--format", help="turtle, ntriples, trig, nquads or jsonld."),
) -> None:
    """Export the graph: TriG, N-Quads, JSON-LD keep one named graph per document; Turtle, N-Triples merge."""
    from kg.store import open_graph

    try:
        with open_graph(graph) as store:
            store.export(output, fmt)
    except ValueError as err:
        raise _fail(err) from None
    typer.echo(f"wrote {output}")


@app.command()
def viz(
    output: Path = typer.Option(..., "-o", "--output", help="The page (.html), or .graphml, .gexf, .png."),
    graph: Path = typer.Option(Path("output") / "store", "-g", "--graph", help=_GRAPH_HELP),
    view: str = typer.Option("actors", "--view", help="actors, statements, events, full or ego."),
    actor: str | None = typer.Option(None, "--actor", help="The ego view's actor, by name."),
    depth: int = typer.Option(2, "--depth", help="The ego view's radius in links."),
    since: str | None = typer.Option(None, "--since", help="Keep items dated from (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, "--until", help="Keep items dated until (YYYY[-MM[-DD]])."),
    event_type: list[str] = typer.Option([], "--event-type", help="Keep these PLOVER event types (repeat)."),
    actor_type: list[str] = typer.Option([], "--actor-type", help="Keep Person, Organization, ... (repeat)."),
    document: list[str] = typer.Option([], "--document", help="Keep these document ids (repeat)."),
    max_nodes: int = typer.Option(5000, "--max-nodes", help="Leave out the least connected beyond this."),
) -> None:
    """Draw a view of the graph as one self-contained interactive page (or GraphML, GEXF, PNG).

    Example: kg viz -g output/store --view ego --actor "Olaf Scholz" --depth 2 -o scholz.html
    """
    from kg.store import open_graph
    from kg.views import render

    try:
        with open_graph(graph) as store:
            page = render(
                store, view, output, actor=actor, depth=depth, since=since, until=until,
                event_types=event_type, actor_types=actor_type, documents=document, max_nodes=max_nodes,
            )
    except ValueError as err:
        raise _fail(err) from None
    for note in page.notes:
        typer.echo(note)
    typer.echo(f"wrote {output} ({page.nodes} nodes, {page.edges} edges)")
