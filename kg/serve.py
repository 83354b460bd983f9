"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the store, by Oxigraph's own server behind a small guard.

Oxigraph's server (the `oxigraph` package's `oxigraph serve-read-only`) does the work: it parses and runs the
queries, negotiates the result format (SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML for CONSTRUCT and
DESCRIBE), enforces the time limit and opens the store read-only. It listens on a private port of 127.0.0.1.

It cannot be told to refuse SERVICE, though, and SERVICE makes the server call any host a query names. So the
address users reach is a guard in front of it that reads every request's SPARQL tokens and refuses, before
Oxigraph sees them: SERVICE (no calls to other hosts), LOAD (no reading of files or URLs), and every update and
Graph Store write unless the endpoint was started writable. A query past the time limit that Oxigraph does not
stop gets the engine restarted. kg's prefixes are predeclared, as
in `kg query`, so the shipped `.rq` queries run as they are. Only the SPARQL protocol's own parameters are passed
on. The guard binds 127.0.0.1 unless told otherwise; Oxigraph always binds 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from kg.vocab import PREFIXES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30  # seconds a query may run
STARTUP_TIMEOUT = 30.0
PROTOCOL_PARAMETERS = ("query", "update", "default-graph-uri", "named-graph-uri", "using-graph-uri",
                       "using-named-graph-uri", "graph", "default")
WATCHDOG_GRACE = 5  # seconds past the time limit before the engine is restarted
MAX_BODY = 64 * 2**20  # bytes of a request body
BUFFERED = 16 * 2**20  # a response this short is checked whole for Oxigraph's cancellation notice
_CHUNK = 64 * 1024
_CANCELLED = b"The SPARQL operation has been cancelled"  # what Oxigraph appends to an answer it cut off


class ServeError(ValueError):
    """An endpoint that cannot start; the message says why in one line."""


class Refused(ValueError):
    """A request the endpoint will not run; the message goes back to the client."""

    def __init__(self, message: str, status: HTTPStatus = HTTPStatus.FORBIDDEN) -> None:
        super().__init__(message)
        self.status = status


# ------------------------------------------------------------------------------------------- policy


def check_query(text: str) -> str:
    """The query to run (kg's prefixes predeclared); refuses SERVICE."""
    _refuse_keywords(text, {"SERVICE"})
    return with_prefixes(text)


def check_update(text: str) -> str:
    """The update to run (kg's prefixes predeclared); refuses LOAD and SERVICE."""
    _refuse_keywords(text, {"LOAD", "SERVICE"})
    return with_prefixes(text)


def with_prefixes(text: str) -> str:
    """`text` after PREFIX declarations for kg's prefixes (a query's own declarations come later and win)."""
    declarations = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
    return declarations + text


# SPARQL's tokens, as far as telling a keyword from the same letters in a comment, a string, an IRI, a prefixed
# name or a variable needs. A full parse (rdflib's) took 0.6-1 s for kg's named queries; this takes microseconds
# and errs on the side of refusing: a keyword can only be a bare word.
_TOKEN = re.compile(
    r"(?P<comment>#[^\n\r]*)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*')"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<word>[?$]?[\w-]+(?::[\w.:%-]*)?|:[\w.:%-]*)"
    r"|(?P<other>.)",
    re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _refuse_keywords(text: str, keywords: set[str]) -> None:
    """Refuse `text` if one of `keywords` is a bare word in it, read with or without codepoint escapes decoded.

    SPARQL decodes `\\u` escapes before parsing; an engine may or may not, so both readings are checked and
    either one finding a keyword refuses the request.
    """
    decoded = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    for reading in {text, decoded}:
        for match in _TOKEN.finditer(reading):
            word = match.group("word")
            if word and word.upper() in keywords:
                raise Refused(f"{word.upper()} is disabled on this endpoint")


# ------------------------------------------------------------------------------------------ the guard


class Engine:
    """Oxigraph's server on a private port of 127.0.0.1, restartable.

    Oxigraph stops most queries at its time limit, but not all (an ORDER BY over a huge join runs on, its memory
    growing): a query still running a few seconds past the limit gets the engine restarted, which ends it.
    """

    def __init__(self, store: Path, *, timeout: int, writable: bool) -> None:
        self.store = store
        self.timeout = timeout
        self.writable = writable
        self.host = DEFAULT_HOST
        self.port = _free_port()
        self.restarts = 0
        self._lock = threading.Lock()
        self._running = threading.Event()  # cleared while restarting: requests wait instead of failing
        self._stopped = threading.Event()
        self._process: subprocess.Popen | None = None
        # A file, not a pipe: a pipe nobody reads would block the server. Closed in stop().
        self._log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115

    def start(self) -> None:
        mode = "serve" if self.writable else "serve-read-only"
        command = [
            oxigraph_executable(), mode, "--location", str(self.store), "--bind", f"{self.host}:{self.port}",
            "--union-default-graph", "--timeout-s", str(self.timeout),
        ]
        self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        _wait_ready(self._process, self.port, self._log)
        self._running.set()

    @property
    def pid(self) -> int | None:
        """The engine's process id (it changes on a restart)."""
        return self._process.pid if self._process is not None else None

    def connection(self) -> http.client.HTTPConnection:
        """A connection to the engine, once it runs (a restart takes about a second)."""
        self._running.wait(STARTUP_TIMEOUT)
        return http.client.HTTPConnection(self.host, self.port)

    def restart(self) -> None:
        with self._lock:
            if self._stopped.is_set():
                return
            self._terminate()
            self.restarts += 1
            try:
                self.start()
            except ServeError:
                self._stopped.set()  # `wait` returns: kg serve ends rather than serving nothing

    def stop(self) -> None:
        with self._lock:
            self._stopped.set()
            self._terminate()
            self._log.close()

    def wait(self) -> None:
        """Until `stop`, or until the engine exits by itself (a restart swaps the process: poll, not wait)."""
        while not self._stopped.wait(0.5):
            process = self._process
            if self._running.is_set() and process is not None and process.poll() is not None:
                return

    def _terminate(self) -> None:
        self._running.clear()
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None


class GuardHandler(BaseHTTPRequestHandler):
    """The SPARQL Protocol (/query, /update) and Graph Store Protocol (/store) paths, checked and forwarded."""

    server: GuardServer
    protocol_version = "HTTP/1.0"  # one request per connection: responses are streamed without a length

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def _handle(self, method: str) -> None:
        try:
            path, query, body, content_type = self._checked(method)
        except Refused as err:
            self._send_text(err.status, str(err))
            return
        self._forward(method, path, query, body, content_type)

    def _checked(self, method: str) -> tuple[str, dict[str, str | list[str]], bytes | None, str | None]:
        """The request to forward, or `Refused`."""
        url = urlsplit(self.path)
        params = _protocol_params(url.query)
        body = self._body()
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        writable = self.server.engine.writable
        if url.path == "/query":
            if method == "POST" and content_type == "application/sparql-query":
                return "/query", params, check_query(_text(body)).encode("utf-8"), content_type
            if method == "POST" and content_type == "application/x-www-form-urlencoded":
                form = _protocol_params(_text(body))
                form["query"] = check_query(_single(form, "query"))
                return "/query", params, urlencode(form, doseq=True).encode("utf-8"), content_type
            if method in ("GET", "HEAD"):
                params["query"] = check_query(_single(params, "query"))
                return "/query", params, None, None
            raise Refused("use GET or POST for queries", HTTPStatus.METHOD_NOT_ALLOWED)
        if url.path == "/update":
            if not writable:
                raise Refused("this endpoint is read-only")
            if method == "POST" and content_type == "application/sparql-update":
                return "/update", params, check_update(_text(body)).encode("utf-8"), content_type
            if method == "POST" and content_type == "application/x-www-form-urlencoded":
                form = _protocol_params(_text(body))
                form["update"] = check_update(_single(form, "update"))
                return "/update", params, urlencode(form, doseq=True).encode("utf-8"), content_type
            raise Refused("use POST for updates", HTTPStatus.METHOD_NOT_ALLOWED)
        if url.path == "/store":
            if method not in ("GET", "HEAD") and not writable:
                raise Refused("this endpoint is read-only")
            return "/store", params, body, content_type or None
        raise Refused("not found: the SPARQL endpoint is /query", HTTPStatus.NOT_FOUND)

    def _body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as err:
            raise Refused("a bad Content-Length", HTTPStatus.BAD_REQUEST) from err
        if length > MAX_BODY:
            raise Refused(f"a request body over {MAX_BODY // 2**20} MiB", HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        return self.rfile.read(length) if length > 0 else None

    def _forward(self, method: str, path: str, params: dict, body: bytes | None, content_type: str | None) -> None:
        """Pass the request to the engine and its answer back; a query past the time limit becomes a 503."""
        engine = self.server.engine
        headers = {"Accept": self.headers.get("Accept") or "*/*"}
        if content_type:
            headers["Content-Type"] = content_type
        target = f"{path}?{urlencode(params, doseq=True)}" if params else path
        overran = threading.Event()

        def cut_off() -> None:
            overran.set()
            engine.restart()

        watchdog = threading.Timer(engine.timeout + WATCHDOG_GRACE, cut_off)
        if path == "/query":  # the time limit is for queries; updates and graph transfers may take longer
            watchdog.start()
        connection = engine.connection()
        answered = False
        try:
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            head = _read_up_to(response, BUFFERED)
            if head.endswith(_CANCELLED) or overran.is_set():
                raise _Overran
            answered = True
            self.send_response(response.status)
            for name in ("Content-Type", "Content-Disposition", "Vary"):
                if response.getheader(name):
                    self.send_header(name, response.getheader(name))
            self.end_headers()
            self.wfile.write(head)
            while chunk := response.read(_CHUNK):
                self.wfile.write(chunk)
        except (_Overran, OSError, http.client.HTTPException) as err:
            if answered:  # too late for a status: the client sees the answer cut short
                return
            if overran.is_set() or isinstance(err, _Overran):
                message = f"the query ran past the time limit of {engine.timeout} s"
                self._send_text(HTTPStatus.SERVICE_UNAVAILABLE, message)
            else:
                self._send_text(HTTPStatus.BAD_GATEWAY, f"the SPARQL engine did not answer ({err})")
        finally:
            watchdog.cancel()
            connection.close()

    def _send_text(self, status: HTTPStatus, message: str) -> None:
        data = f"{message}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class _Overran(Exception):
    """The engine cut a query off at the time limit, or the watchdog did."""


class GuardServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], engine: Engine, *, verbose: bool = False) -> None:
        super().__init__(address, GuardHandler)
        self.engine = engine
        self.verbose = verbose


def _protocol_params(query_string: str) -> dict[str, str | list[str]]:
    """The SPARQL protocol's parameters of a query string; SPARQLWrapper's `format=json` and the like drop out."""
    params: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        if name in PROTOCOL_PARAMETERS:
            params.setdefault(name, []).append(value)
    return dict(params)


def _single(params: dict[str, Any], name: str) -> str:
    values = params.get(name) or []
    if len(values) != 1:
        raise Refused(f"give exactly one {name!r} parameter", HTTPStatus.BAD_REQUEST)
    return values[0]


def _text(body: bytes | None) -> str:
    try:
        return (body or b"").decode("utf-8")
    except UnicodeDecodeError as err:
        raise Refused("the request body is not UTF-8", HTTPStatus.BAD_REQUEST) from err


def _read_up_to(response: http.client.HTTPResponse, limit: int) -> bytes:
    """The first `limit` bytes of a response, or all of it if shorter."""
    parts, size = [], 0
    while size < limit and (chunk := response.read(min(_CHUNK, limit - size))):
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


# ------------------------------------------------------------------------------------------ endpoint


@dataclass
class Endpoint:
    """Oxigraph's server on the store and the guard in front of it: `with Endpoint(store) as e: e.url`."""

    store: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT  # 0: any free port
    timeout: int = DEFAULT_TIMEOUT
    writable: bool = False
    verbose: bool = False
    engine: Engine | None = field(default=None, init=False, repr=False)
    _guard: GuardServer | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        """The SPARQL query endpoint (`/update` and `/store` sit beside it)."""
        if self._guard is None:
            raise ServeError("the endpoint is not running")
        host, port = self._guard.server_address[:2]
        return f"http://{_url_host(str(host))}:{port}/query"

    def start(self) -> Endpoint:
        if not Path(self.store).is_dir():
            raise ServeError(f"{self.store}: no such store folder (build one with kg build)")
        if self.timeout < 1:
            raise ServeError("the query time limit must be at least 1 second")
        self.engine = Engine(Path(self.store), timeout=self.timeout, writable=self.writable)
        try:
            self.engine.start()
            self._guard = GuardServer((self.host, self.port), self.engine, verbose=self.verbose)
        except (OSError, ServeError) as err:
            self.stop()
            raise ServeError(f"cannot serve on {self.host}:{self.port} ({err})") from err
        threading.Thread(target=self._guard.serve_forever, name="kg-serve", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop the guard and the engine (the store is released)."""
        if self._guard is not None:
            self._guard.shutdown()
            self._guard.server_close()
            self._guard = None
        if self.engine is not None:
            self.engine.stop()
            self.engine = None

    def wait(self) -> None:
        """Block until the engine stops (or Ctrl-C)."""
        if self.engine is not None:
            self.engine.wait()

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def serve(store: Path, **options: Any) -> None:
    """Serve until Ctrl-C or SIGTERM (both stop the engine too); for `kg serve`."""
    signal.signal(signal.SIGTERM, _interrupt)
    with Endpoint(store, **options) as endpoint:
        print(f"SPARQL endpoint: {endpoint.url} ({'writable' if endpoint.writable else 'read-only'})", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            endpoint.wait()


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def oxigraph_executable() -> str:
    """The `oxigraph` command of this environment (the `oxigraph` package installs it beside Python)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((DEFAULT_HOST, 0))
        return probe.getsockname()[1]


def _wait_ready(process: subprocess.Popen, port: int, log: IO[bytes]) -> None:
    """Wait until Oxigraph answers on `port`; its own error message if it exits first."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            message = log.read().decode("utf-8", "replace").strip()
            raise ServeError(f"oxigraph stopped: {(message.splitlines() or ['no message'])[-1]}")
        with contextlib.suppress(OSError), socket.create_connection((DEFAULT_HOST, port), timeout=0.5):
            return
        time.sleep(0.05)
    raise ServeError(f"oxigraph did not start within {STARTUP_TIMEOUT:.0f} s")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
