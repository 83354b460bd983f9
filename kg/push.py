"""`kg push`: copy the store to a bigger SPARQL store with the SPARQL 1.1 Graph Store HTTP Protocol.

Every document's named graph goes in one `PUT <endpoint>?graph=<graph IRI>` of N-Triples, which replaces the
graph on the server: pushing again after a rebuild leaves the server with exactly the local graphs' contents,
and a push that stopped half-way can simply be repeated. Any store that speaks the protocol takes it, e.g.
Oxigraph (`http://host:7878/store`), Jena Fuseki (`http://host:3030/DATASET/data`) or GraphDB
(`http://host:7200/repositories/REPO/rdf-graphs/service`). Credentials may be given in the URL
(`http://user:password@host/...`); they are sent as HTTP Basic authentication, never in the request line.
Graphs that exist only on the server are left alone.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.store import FORMATS, format_for

DEFAULT_TIMEOUT = 60.0  # seconds for one graph's request


class PushError(ValueError):
    """A graph the server did not take, or a server that cannot be reached; one line."""


@dataclass
class PushSummary:
    graphs: int = 0
    triples: int = 0
    bytes: int = 0

    def line(self) -> str:
        return f"pushed {self.graphs} graphs, {self.triples} triples ({self.bytes / 1e6:.1f} MB)"


@dataclass(frozen=True)
class Target:
    """A Graph Store Protocol endpoint: its URL without credentials, and the Authorization header if any."""

    url: str
    authorization: str | None = None

    @classmethod
    def parse(cls, endpoint: str) -> Target:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PushError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint")
        if parts.username is None:
            return cls(endpoint)
        netloc = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        url = urlunsplit(parts._replace(netloc=netloc))
        return cls(url, "Basic " + base64.b64encode(credentials).decode("ascii"))

    def graph_url(self, graph: str) -> str:
        separator = "&" if urlsplit(self.url).query else "?"
        return f"{self.url}{separator}graph={quote(graph, safe='')}"


def push(
    source: Path,
    endpoint: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_graph: Callable[[str], None] | None = None,
) -> PushSummary:
    """PUT every named graph of `source` (a store folder, or a .trig / .nq export) to `endpoint`."""
    target = Target.parse(endpoint)
    summary = PushSummary()
    for graph, data, count in _graphs(Path(source)):
        _put(target, graph, data, timeout)
        summary.graphs += 1
        summary.triples += count
        summary.bytes += len(data)
        if on_graph is not None:
            on_graph(graph)
    return summary


def _graphs(source: Path) -> Iterator[tuple[str, bytes, int]]:
    """Each named graph's IRI, its N-Triples and its size; one graph in memory at a time."""
    store = _open(source)
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    if not graphs:
        raise PushError(f"{source}: no named graphs to push (push a store folder or a .trig/.nq export)")
    for graph in graphs:
        triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
        yield graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


def _open(source: Path) -> ox.Store:
    try:
        if source.is_dir():
            return ox.Store.read_only(str(source))
        if source.is_file():
            name = format_for(source)
            if not FORMATS[name].supports_datasets:
                raise PushError(f"{source}: a {name} file has no named graphs; push a store, .trig or .nq")
            store = ox.Store()
            store.load(path=str(source), format=FORMATS[name])
            return store
    except (OSError, SyntaxError) as err:
        raise PushError(f"{source}: cannot read the graphs ({_first_line(err)})") from err
    raise PushError(f"{source}: no such store folder or graph file")


def _put(target: Target, graph: str, data: bytes, timeout: float) -> None:
    request = urllib.request.Request(target.graph_url(graph), data=data, method="PUT")
    request.add_header("Content-Type", "application/n-triples")
    if target.authorization:
        request.add_header("Authorization", target.authorization)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace")
        raise PushError(
            f"{target.url} refused graph {graph} (HTTP {err.code} {err.reason}: {_first_line(body) or 'no message'})"
        ) from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise PushError(f"cannot reach {target.url} ({reason})") from err


def _first_line(value: object) -> str:
    return (str(value).strip().splitlines() or [""])[0][:200]
