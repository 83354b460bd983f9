"""The `kg` command line: thin wrappers over the library's plain functions."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

import kg

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of who said what, who did what to whom, when and where, from German news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {kg.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback of an unexpected error."),
) -> None:
    """kg: German news in, a queryable, visualised knowledge graph out."""


def run() -> None:
    """The console script: an unexpected error is one line and exit code 1, its traceback only with --debug."""
    try:
        app(prog_name="kg")
    except KeyboardInterrupt:
        typer.echo("kg: interrupted", err=True)
        sys.exit(130)
    except Exception as err:
        if "--debug" in sys.argv or os.environ.get("KG_DEBUG"):
            raise
        message = str(err).splitlines()[0] if str(err) else ""
        typer.echo(f"kg: unexpected error: {type(err).__name__}: {message} (run with --debug for details)", err=True)
        sys.exit(1)


def _fail(err: ValueError) -> typer.Exit:
    typer.echo(f"kg: {err}", err=True)
    return typer.Exit(1)


_MODEL_HELP = "A spaCy pipeline to use instead of kg's own: an installed name (de_core_news_lg), a path, or blank."


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.txt, .md, .jsonl, .json, .html), or - for stdin."),
    fmt: str = typer.Option("json", "-f", "--format", help="json (one object per document, JSON Lines) or table."),
    model: str | None = typer.Option(None, "--model", help=_MODEL_HELP),
) -> None:
    """Extract actors, places, statements and events and print them.

    Example: kg extract seeds/000_4d305bb4b1ca3627.txt --format json
    """
    import json

    from kg.documents import read_documents
    from kg.extract import Extractor

    if fmt not in ("json", "table"):
        raise _usage(f"unknown format {fmt!r}; use json or table")
    problems: list[ValueError] = []
    try:
        extractor = Extractor(model)
    except ValueError as err:
        raise _fail(err) from None
    documents = read_documents(paths, on_error=_report(problems))
    for extraction in extractor.pipe(documents, on_error=_report(problems)):
        if fmt == "json":
            typer.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
        else:
            _print_extraction(extraction)
    raise typer.Exit(_exit_code(problems))


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles, or - for stdin."),
    output: Path = typer.Option(Path("output"), "-o", "--output", help="Folder for the store, graph.ttl and pages."),
    model: str | None = typer.Option(None, "--model", help=_MODEL_HELP),
    views: bool = typer.Option(True, "--views/--no-views", help="Write the HTML network pages."),
    exports: bool = typer.Option(
        True, "--exports/--no-exports", help="Write graph.ttl and the pages (whole-graph files) after the store."
    ),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Only errors and the summary."),
    engine: str = typer.Option("local", "--engine", help="local, or dask to extract on a Dask cluster."),
    processes: int = typer.Option(1, "--processes", help="spaCy processes (local) or local Dask workers."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="A running Dask scheduler (tcp://HOST:8786)."),
) -> None:
    """Build the knowledge graph: extract every document into the store, write graph.ttl and the pages.

    Example: kg build seeds/ -o output/ (on 2 local Dask workers: --engine dask --processes 2)
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from kg.build import build as run_build

    problems: list[ValueError] = []
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=console, disable=quiet) as progress:
        task = progress.add_task("extracting", total=None)

        def done(extraction) -> None:
            progress.update(task, advance=1, description=f"extracted {extraction.document.id}")

        try:
            summary = run_build(
                paths, output, model=model, views=views, exports=exports, processes=processes, engine=engine,
                scheduler=scheduler, on_error=_report(problems), on_document=done,
            )
        except ValueError as err:
            raise _fail(err) from None
    typer.echo(summary.line())
    if not quiet:
        for path in summary.outputs:
            typer.echo(f"wrote {path}")
    raise typer.Exit(_exit_code(problems))


@app.command(name="eval")
def evaluate(
    gold: Path = typer.Argument(..., help="A folder of reference annotations (*.json)."),
    inputs: Path | None = typer.Argument(None, help="The folder of their documents (default: seeds/)."),
    model: str | None = typer.Option(None, "--model", help=_MODEL_HELP),
    notes: bool = typer.Option(False, "--notes", help="List every miss and every extra."),
) -> None:
    """Score extraction against reference annotations: precision, recall and F1 of actors, statements, events.

    Example: kg eval ../shared/gold seeds/
    """
    from kg.documents import read_documents
    from kg.evaluate import evaluate as run_eval
    from kg.evaluate import format_report
    from kg.extract import Extractor

    try:
        extractor = Extractor(model)
        report, _ = run_eval(gold, inputs or Path("seeds"), lambda p: extractor(next(read_documents([p]))))
    except ValueError as err:
        raise _fail(err) from None
    for line in format_report(report, notes=notes):
        typer.echo(line)


@app.command(name="eval-timex")
def eval_timex(
    dataset: Path = typer.Argument(..., help="A TIMEX2 corpus folder (e.g. WikiWarsDE, with keyinline/)."),
) -> None:
    """Score temporal expressions against a TIMEX2 corpus: extraction P/R/F1 and value accuracy.

    Example: kg eval-timex ../shared/datasets/wikiwarsde
    """
    from kg.evaluate_timex import evaluate_timex

    try:
        typer.echo(evaluate_timex(dataset))
    except ValueError as err:
        raise _fail(err) from None


@app.command(name="eval-spkatt")
def eval_spkatt(
    dataset: Path = typer.Argument(..., help="A SpkAtt-2023 Task 1 folder (its task1/ folder of speeches, or that)."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Score only the first N speeches."),
    model: str | None = typer.Option(None, "--model", help=_MODEL_HELP),
) -> None:
    """Score statements against SpkAtt-2023 speaker attribution: cue, source, message, addressee P/R/F1.

    Example: kg eval-spkatt ../shared/datasets/spkatt2023-train --model blank
    """
    from kg.evaluate_spkatt import evaluate_spkatt, format_report

    try:
        typer.echo(format_report(evaluate_spkatt(dataset, limit=limit, model=model)))
    except ValueError as err:
        raise _fail(err) from None


@app.command(name="eval-ner")
def eval_ner(
    datasets: Path = typer.Argument(..., help="The folder holding germeval2014-ner/ and europarl-ner-de/."),
    model: str | None = typer.Option(None, "--model", help=_MODEL_HELP),
    split: str | None = typer.Option(None, "--split", help="germeval or europarl (default: both)."),
) -> None:
    """Score named entities on the training's held-out sentences: model NER, kg rules + model, kg rules alone.

    Example: kg eval-ner ../shared/datasets --split germeval
    """
    from kg.evaluate_ner import SPLITS, evaluate_ner, format_report

    try:
        typer.echo(format_report(evaluate_ner(datasets, splits=[split] if split else list(SPLITS), model=model)))
    except ValueError as err:
        raise _fail(err) from None


def _usage(message: str) -> typer.Exit:
    typer.echo(f"kg: {message}", err=True)
    return typer.Exit(2)


def _report(problems: list[ValueError]):
    def report(err: ValueError) -> None:
        problems.append(err)
        typer.echo(f"kg: {err}", err=True)

    return report


def _exit_code(problems: list[ValueError]) -> int:
    """0 when every document went through, 1 when some failed (warnings do not count)."""
    from kg.documents import DocumentWarning

    return 1 if any(not isinstance(p, DocumentWarning) for p in problems) else 0


def _print_extraction(extraction) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    doc = extraction.document
    console.print(f"[bold]{doc.title or doc.id}[/bold] {doc.published or ''}")
    names = {a.id: a.name for a in extraction.actors}
    table = Table("speaker", "cue", "mode", "content")
    for s in extraction.statements:
        table.add_row(names.get(s.speaker or "", "?"), s.cue or "", s.mode, s.content[:100])
    console.print(table)
    table = Table("type", "trigger", "status", "date", "participants")
    for e in extraction.events:
        table.add_row(e.type, e.trigger, e.status, e.date or "", ", ".join(names[p.actor] for p in e.participants))
    console.print(table)


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


@app.command()
def serve(
    graph: Path = typer.Option(Path("output") / "store", "-g", "--graph", help="The store folder to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="The address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(7878, "--port", help="The port to listen on."),
    timeout: int = typer.Option(30, "--timeout", help="Seconds a query may run."),
    writable: bool = typer.Option(False, "--writable", help="Also take SPARQL updates and Graph Store writes."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Log every request."),
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (GET and POST on /query) until Ctrl-C.

    Read-only unless --writable; SERVICE and LOAD are refused either way.
    Example: kg serve -g output/store --port 7878, then query http://127.0.0.1:7878/query
    """
    from kg.serve import serve as run_serve

    try:
        run_serve(graph, host=host, port=port, timeout=timeout, writable=writable, verbose=verbose)
    except ValueError as err:
        raise _fail(err) from None


@app.command()
def push(
    endpoint: str = typer.Option(..., "--endpoint", help="A Graph Store Protocol URL, e.g. http://host:7878/store."),
    graph: Path = typer.Option(Path("output") / "store", "-g", "--graph", help="A store folder, .trig or .nq."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to wait for the server, per graph."),
) -> None:
    """Copy every document graph to another SPARQL store (Graph Store Protocol, PUT replaces each graph).

    Example: kg push --endpoint http://127.0.0.1:3030/news/data -g output/store
    """
    from kg.push import push as run_push

    try:
        summary = run_push(graph, endpoint, timeout=timeout)
    except ValueError as err:
        raise _fail(err) from None
    typer.echo(summary.line())
