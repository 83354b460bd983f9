"""Robustness: bad and hostile inputs through the real `kg` command, and builds interrupted at random points.

    .venv/bin/python benchmarks/robustness.py [--interruptions 10] [--seed 1] [--only NAME ...] [--keep DIR]

Every case runs the installed `kg` command as a subprocess, as a user would. It prints one line per case and
then the summary `tried N, handled N, lost N`; the exit status is 1 when anything was lost.

A bad input is *handled* when kg ends within its time limit with the exit code that says what happened (0 all
good, 1 some documents failed, 2 usage error), prints no traceback and no line longer than one message, still
delivers every good document given beside the bad one, and leaves no temporary or half-written file behind.

An interruption is *handled* when, after SIGINT or SIGKILL at a random moment of `kg build`, the process is
gone within its time limit, no output file is half-written, and a rerun of the same command exits 0 and leaves
the store holding exactly the graph of an uninterrupted build (compared as sorted N-Quads).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import http.server
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
CASE_TIMEOUT = 300.0
STOP_TIMEOUT = 60.0
MAX_MESSAGE = 400  # characters: a one-line message, not a dump


# ------------------------------------------------------------------------------------------ the command


def kg_command() -> list[str]:
    """The installed `kg` script of this interpreter's environment (what `pip install` gives a user)."""
    script = Path(sys.executable).with_name("kg")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from kg.cli import app; app(prog_name='kg')"]


def environment() -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "COLUMNS": "120"}


@dataclass(frozen=True)
class Run:
    """A finished (or timed-out) `kg` process."""

    argv: list[str]
    code: int | None
    stdout: str
    stderr: str
    seconds: float


def run_kg(args: list[str], cwd: Path, stdin: bytes = b"", timeout: float = CASE_TIMEOUT) -> Run:
    start = time.monotonic()
    try:
        done = subprocess.run(
            kg_command() + args, cwd=cwd, input=stdin, capture_output=True, timeout=timeout, env=environment()
        )
    except subprocess.TimeoutExpired as err:
        return Run(args, None, _text(err.stdout), _text(err.stderr), time.monotonic() - start)
    return Run(args, done.returncode, _text(done.stdout), _text(done.stderr), time.monotonic() - start)


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


# ---------------------------------------------------------------------------------------- German input

PEOPLE = [
    ("Olaf Scholz", "Bundeskanzler"),
    ("Annalena Baerbock", "Außenministerin"),
    ("Friedrich Merz", "CDU-Chef"),
    ("Christine Lambrecht", "Verteidigungsministerin"),
    ("Emmanuel Macron", "Frankreichs Präsident"),
    ("Joe Biden", "US-Präsident"),
    ("Jens Stoltenberg", "NATO-Generalsekretär"),
    ("Ursula von der Leyen", "EU-Kommissionspräsidentin"),
]
PLACES = ["Berlin", "Paris", "Brüssel", "Washington", "Kiew", "Moskau", "Warschau", "Wien"]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
TOPICS = [
    "die Sanktionen",
    "die Truppenverlegung",
    "das Gasgeschäft",
    "die Verhandlungen",
    "die Hilfszahlungen",
]


def article(number: int) -> str:
    """A short German news article, different for every number (deterministic)."""
    rng = random.Random(number)
    (name, role), (other, other_role) = rng.sample(PEOPLE, 2)
    place, second_place = rng.sample(PLACES, 2)
    day, topic = rng.choice(DAYS), rng.choice(TOPICS)
    surname = name.split()[-1]
    paragraphs = [
        f"{role} {name} hat am {day} in {place} vor einer weiteren Eskalation gewarnt.",
        f"„Wir werden {topic} nicht einfach hinnehmen“, sagte {surname} nach einem Treffen mit {other}.",
        f"{other_role} {other} erklärte, man sei zu Gesprächen bereit. Die Lage sei jedoch ernst.",
        f"Nach Angaben der Regierung in {second_place} sollen bis zu {rng.randint(2, 90) * 100} Soldaten "
        f"verlegt werden. {surname} kündigte an, am {rng.choice(DAYS)} erneut nach {second_place} zu reisen.",
        f"Kritiker warfen {surname} vor, zu lange gezögert zu haben. Die Opposition forderte Aufklärung.",
    ]
    return "\n\n".join(paragraphs) + "\n"


def seed_header(number: int) -> str:
    return f" date 2022-01 Meldung {number} Stand: {1 + number % 28:02d}.01.2022 {number % 24:02d}:15 Uhr\n\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def record(number: int, **extra: object) -> str:
    fields = {
        "title": f"Meldung {number}",
        "maintext": article(number),
        "url": f"https://news.example/{number}",
    }
    return json.dumps({**fields, **extra}, ensure_ascii=False)


# ------------------------------------------------------------------------------------------- the cases


Check = Callable[[Path, Run], str | None]  # an extra check of a case: why it failed, or None


@dataclass(frozen=True)
class Case:
    """One bad or hostile input: `setup` makes it in a fresh folder and returns kg's arguments."""

    name: str
    setup: Callable[[Path], list[str]]
    expect: tuple[int, ...]  # the exit codes that say what happened
    stdin: bytes = b""
    keep: tuple[str, ...] = ()  # ids of good documents that must still come out
    check: Check | None = None


def extract(*inputs: str | Path) -> list[str]:
    return ["extract", *map(str, inputs), "--format", "json"]


def good(folder: Path, name: str = "gut.txt", number: int = 1) -> Path:
    return write(folder / name, seed_header(number) + article(number))


def _case(
    name: str,
    expect: int | tuple[int, ...],
    keep: tuple[str, ...] = (),
    stdin: bytes = b"",
    check: Check | None = None,
) -> Callable[[Callable[[Path], list[str]]], Case]:
    """Register the decorated setup function as a case."""

    def register(setup: Callable[[Path], list[str]]) -> Case:
        codes = expect if isinstance(expect, tuple) else (expect,)
        case = Case(name, setup, codes, stdin=stdin, keep=keep, check=check)
        CASES.append(case)
        return case

    return register


CASES: list[Case] = []


@_case("empty file", EXIT_PARTIAL, keep=("gut",))
def _empty(d: Path) -> list[str]:
    return extract(write(d / "leer.txt", b""), good(d))


@_case("whitespace-only file", EXIT_PARTIAL, keep=("gut",))
def _blank(d: Path) -> list[str]:
    return extract(write(d / "blank.txt", " \r\n\t\n"), good(d))


@_case("binary file named .txt", EXIT_PARTIAL, keep=("gut",))
def _binary(d: Path) -> list[str]:
    return extract(write(d / "bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8), good(d))


@_case("random bytes", EXIT_PARTIAL, keep=("gut",))
def _random_bytes(d: Path) -> list[str]:
    return extract(write(d / "zufall.txt", random.Random(5).randbytes(20000)), good(d))


@_case("UTF-8 cut off mid-character", EXIT_OK, keep=("cut",))
def _truncated_utf8(d: Path) -> list[str]:
    return extract(write(d / "cut.txt", (article(2) + "Größe").encode()[:-1]))


@_case("Windows-1252 article", EXIT_OK, keep=("cp1252",))
def _cp1252(d: Path) -> list[str]:
    return extract(write(d / "cp1252.txt", article(3).encode("cp1252")))


@_case("Latin-1 article", EXIT_OK, keep=("latin1",))
def _latin1(d: Path) -> list[str]:
    return extract(write(d / "latin1.txt", article(4).replace("„", '"').replace("“", '"').encode("latin-1")))


@_case("UTF-16 with BOM", EXIT_OK, keep=("utf16",))
def _utf16(d: Path) -> list[str]:
    return extract(write(d / "utf16.txt", article(5).encode("utf-16")))


@_case("UTF-8 BOM and CRLF line ends", EXIT_OK, keep=("bom",))
def _bom_crlf(d: Path) -> list[str]:
    return extract(write(d / "bom.txt", b"\xef\xbb\xbf" + article(6).replace("\n", "\r\n").encode()))


@_case("decomposed umlauts (NFD)", EXIT_OK, keep=("nfd",))
def _nfd(d: Path) -> list[str]:
    return extract(write(d / "nfd.txt", unicodedata.normalize("NFD", article(7))))


@_case("control characters in the text", EXIT_OK, keep=("ctrl",))
def _controls(d: Path) -> list[str]:
    text = article(8)
    return extract(write(d / "ctrl.txt", text[:50] + "\x07\x1b[31m\x0b" + text[50:] + "\x1b[0m"))


def kept_or_refused(doc_id: str, file: str) -> Check:
    """A document too big for the extraction may be refused, with one line naming it; it must not be lost."""

    def check(folder: Path, run: Run) -> str | None:
        if doc_id in document_ids(run.stdout):
            return None
        if run.code == EXIT_PARTIAL and file in run.stderr:
            return None
        return f"{doc_id} neither extracted nor refused with a message"

    return check


@_case("10 MB article", (EXIT_OK, EXIT_PARTIAL), check=kept_or_refused("gross", "gross.txt"))
def _ten_megabytes(d: Path) -> list[str]:
    paragraphs = [article(n) for n in range(40)]
    text, n = [], 0
    size = 0
    while size < 10_000_000:
        text.append(paragraphs[n % 40])
        size += len(text[-1].encode())
        n += 1
    return extract(write(d / "gross.txt", "".join(text)))


@_case("one 1 MB word", (EXIT_OK, EXIT_PARTIAL), check=kept_or_refused("wort", "wort.txt"))
def _long_word(d: Path) -> list[str]:
    return extract(write(d / "wort.txt", article(9) + "Donaudampfschifffahrt" * 50_000 + "\n"))


@_case("100,000 one-word lines", (EXIT_OK, EXIT_PARTIAL), check=kept_or_refused("zeilen", "zeilen.txt"))
def _many_lines(d: Path) -> list[str]:
    return extract(write(d / "zeilen.txt", "Ja.\n" * 100_000))


@_case("only punctuation and digits", EXIT_OK, keep=("zeichen",))
def _punctuation(d: Path) -> list[str]:
    return extract(write(d / "zeichen.txt", "!!! ??? ... 1234 -- „“ ‚‘ »« (((( )))) " * 200))


@_case("unbalanced quotation marks", EXIT_OK, keep=("quotes",))
def _quotes(d: Path) -> list[str]:
    return extract(write(d / "quotes.txt", article(10) + "„" * 500 + " sagte er. »Nein„ “ « ‹ " * 50))


@_case("emoji, RTL text and zero-width characters", EXIT_OK, keep=("mixed",))
def _scripts(d: Path) -> list[str]:
    text = "Merz 😀 sagte: „مرحبا‏ بالعالم“.\u200b\u200d Biden 👍🏽 erklärte, שלום sei \u202eegal\u202c.\n"
    return extract(write(d / "mixed.txt", text + article(11)))


@_case("malformed JSON lines among good ones", EXIT_PARTIAL, keep=("news.example-1", "news.example-3"))
def _bad_jsonl(d: Path) -> list[str]:
    lines = [record(1), '{"title": "kaputt", "maintext": "ohne Ende', record(3), "nicht json", "[1, 2]"]
    return extract(write(d / "crawl.jsonl", "\n".join(lines)))


@_case("JSON records missing fields or with wrong types", EXIT_PARTIAL, keep=("news.example-12",))
def _missing_fields(d: Path) -> list[str]:
    lines = [
        json.dumps({"title": "ohne Text"}),
        json.dumps({"maintext": None, "title": "news-please ohne Text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "Ein Text.", "title": ["Liste"]}),
        record(12, date_publish="gestern"),
    ]
    return extract(write(d / "fields.jsonl", "\n".join(lines)))


@_case("JSON nested 100,000 deep", EXIT_PARTIAL, keep=("news.example-13",))
def _deep_json(d: Path) -> list[str]:
    return extract(write(d / "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n" + record(13)))


@_case("JSON number with 100,000 digits", EXIT_PARTIAL, keep=("news.example-14",))
def _huge_number(d: Path) -> list[str]:
    return extract(write(d / "zahl.jsonl", '{"text": ' + "9" * 100_000 + "}\n" + record(14)))


@_case("JSON Lines file cut off mid-record", EXIT_PARTIAL, keep=("news.example-15",))
def _cut_jsonl(d: Path) -> list[str]:
    return extract(write(d / "cut.jsonl", record(15) + "\n" + record(16)[:-40]))


@_case("empty JSON array", EXIT_PARTIAL, keep=("gut",))
def _empty_array(d: Path) -> list[str]:
    return extract(write(d / "leer.json", "[]"), good(d))


@_case("repeated records", EXIT_OK, keep=("news.example-17",))
def _repeated(d: Path) -> list[str]:
    return extract(write(d / "doppelt.jsonl", "\n".join([record(17)] * 3)))


@_case("HTML with script and markup in the article", EXIT_OK, keep=("xss",))
def _xss(d: Path) -> list[str]:
    hostile = "&lt;script&gt;alert('x')&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; {{7*7}} ]]&gt;"
    body = "".join(f"<p>{p}</p>" for p in article(18).split("\n\n"))
    html = (
        "<html><head><title>T</title><script>alert('kopf')</script></head><body><article>"
        f"<p>{hostile} sagte Scholz.</p>{body}<script>alert('fuss')</script></article></body></html>"
    )
    return extract(write(d / "xss.html", html))


@_case("HTML without article text", EXIT_PARTIAL, keep=("gut",))
def _no_article(d: Path) -> list[str]:
    return extract(write(d / "leer.html", "<html><head><script>x()</script></head><body></body></html>"), good(d))


@_case("HTML cut off mid-tag", EXIT_OK, keep=("halb",))
def _cut_html(d: Path) -> list[str]:
    body = "".join(f"<p>{p}</p>" for p in article(19).split("\n\n"))
    html = f"<html><body><article>{body}<p class='x"
    return extract(write(d / "halb.html", html))


@_case("HTML nested 50,000 elements deep", EXIT_PARTIAL, keep=("gut",))
def _deep_html(d: Path) -> list[str]:
    return extract(write(d / "tief.html", "<html><body>" + "<div>" * 50_000 + "x" + "</div>" * 50_000), good(d))


@_case("HTML declaring the wrong charset", EXIT_OK, keep=("falsch",))
def _wrong_charset(d: Path) -> list[str]:
    body = "".join(f"<p>{p}</p>" for p in article(20).split("\n\n"))
    html = f'<html><head><meta charset="utf-8"></head><body><article>{body}</article></body></html>'
    return extract(write(d / "falsch.html", html.encode("cp1252")))


@_case("path that does not exist", EXIT_PARTIAL, keep=("gut",))
def _missing(d: Path) -> list[str]:
    return extract(d / "gibt-es-nicht.txt", good(d))


@_case("folder without documents", EXIT_PARTIAL, keep=("gut",))
def _empty_folder(d: Path) -> list[str]:
    write(d / "leer" / "bild.png", b"\x89PNG")
    write(d / "leer" / ".versteckt.txt", "versteckt")
    return extract(d / "leer", good(d))


@_case("named pipe instead of a file", EXIT_PARTIAL, keep=("gut",))
def _fifo(d: Path) -> list[str]:
    os.mkfifo(d / "pipe.txt")
    return extract(d / "pipe.txt", good(d))


@_case("dangling symlink", EXIT_PARTIAL, keep=("gut",))
def _dangling(d: Path) -> list[str]:
    (d / "weg.txt").symlink_to(d / "nirgends.txt")
    return extract(d / "weg.txt", good(d))


@_case("symlink loop in a folder", EXIT_OK, keep=("gut",))
def _loop(d: Path) -> list[str]:
    good(d / "korpus")
    (d / "korpus" / "schleife").symlink_to(d / "korpus")
    return extract(d / "korpus")


@_case("file name with newline and invalid UTF-8", EXIT_PARTIAL, keep=("gut",))
def _bad_name(d: Path) -> list[str]:
    write(Path(os.fsdecode(bytes(d) + b"/b\xe4d\nname.txt")), b"")
    return extract(Path(os.fsdecode(bytes(d) + b"/b\xe4d\nname.txt")), good(d))


@_case("same file named twice, same stem in two folders", EXIT_OK, keep=("gut", "gut-2"))
def _same_names(d: Path) -> list[str]:
    first = good(d / "a")
    good(d / "b", number=2)
    return extract(first, d / "a", d / "b", first)


@_case("empty standard input", EXIT_PARTIAL, stdin=b"")
def _empty_stdin(d: Path) -> list[str]:
    return extract("-")


@_case("binary standard input", EXIT_PARTIAL, stdin=bytes(range(256)) * 40)
def _binary_stdin(d: Path) -> list[str]:
    return extract("-")


@_case("JSON Lines on standard input", EXIT_OK, keep=("news.example-21",), stdin=record(21).encode())
def _stdin_jsonl(d: Path) -> list[str]:
    return extract("-")


@_case("unknown option", EXIT_USAGE)
def _unknown_option(d: Path) -> list[str]:
    return ["extract", str(good(d)), "--gibt-es-nicht"]


@_case("unknown command", EXIT_USAGE)
def _unknown_command(d: Path) -> list[str]:
    return ["zaubern"]


@_case("no input at all", EXIT_USAGE)
def _no_input(d: Path) -> list[str]:
    return ["extract"]


SCRIPT = "</script><script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"


def _pages_are_inert(folder: Path, run: Run) -> str | None:
    """The pages must show the hostile text as text: neither string may appear unescaped in any page."""
    pages = sorted((folder / "out").rglob("*.html"))
    if not pages:
        return "the build wrote no HTML page"
    hits = [p.name for p in pages if SCRIPT in (t := p.read_text(encoding="utf-8")) or IMAGE in t]
    return f"article text became markup in {', '.join(hits)}" if hits else None


@_case("article text with script tags, built into pages", EXIT_OK, check=_pages_are_inert)
def _script_in_pages(d: Path) -> list[str]:
    text = (
        f"Bundeskanzler Olaf Scholz sagte am Mittwoch in Berlin: „{SCRIPT} {IMAGE} ist keine Lösung.“\n\n"
        f"Die Ministerin {IMAGE} Annalena Baerbock erklärte, {SCRIPT} sei gefährlich.\n"
    )
    write(d / "xss.txt", seed_header(30) + text)
    return ["build", str(d / "xss.txt"), "--output", str(d / "out"), "--quiet"]


# SPARQL that must neither write, nor read local files, nor call other hosts. The graph is a store folder made
# with pyoxigraph directly; a local HTTP server records whether anything called it.

PASSWD = "root:x:0:0"


def _store(folder: Path) -> Path:
    import pyoxigraph as ox

    path = folder / "store"
    store = ox.Store(str(path))
    subject = ox.NamedNode("https://w3id.org/kg-news/id/actor/Olaf_Scholz")
    store.add(ox.Quad(subject, ox.NamedNode("https://schema.org/name"), ox.Literal("Olaf Scholz")))
    store.flush()
    del store
    return path


def _quad_count(folder: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(folder / "store")))


def _unchanged(folder: Path, run: Run) -> str | None:
    count = _quad_count(folder)
    return None if count == 1 else f"the store changed: {count} quads instead of 1"


def _no_file_read(folder: Path, run: Run) -> str | None:
    if PASSWD in run.stdout or PASSWD in run.stderr:
        return "printed the contents of /etc/passwd"
    return _unchanged(folder, run)


class _Recorder(http.server.BaseHTTPRequestHandler):
    calls: list[str] = []  # noqa: RUF012 -- one server per case, shared with the check

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        _Recorder.calls.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head":{"vars":["s"]},"results":{"bindings":[]}}')

    def log_message(self, format: str, *args: object) -> None:
        return


def _service_server() -> http.server.HTTPServer:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


_SERVER: list[http.server.HTTPServer] = []


def _no_call(folder: Path, run: Run) -> str | None:
    calls, _Recorder.calls = list(_Recorder.calls), []
    for server in _SERVER:
        server.shutdown()
    _SERVER.clear()
    return f"called another host: {calls}" if calls else None


@_case("SPARQL update INSERT DATA", (EXIT_PARTIAL, EXIT_USAGE), check=_unchanged)
def _insert(d: Path) -> list[str]:
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    return ["query", update, "--graph", str(_store(d))]


@_case("SPARQL update DROP ALL", (EXIT_PARTIAL, EXIT_USAGE), check=_unchanged)
def _drop(d: Path) -> list[str]:
    return ["query", "DROP ALL", "--graph", str(_store(d))]


@_case("SPARQL LOAD of a local file", (EXIT_PARTIAL, EXIT_USAGE), check=_no_file_read)
def _load(d: Path) -> list[str]:
    return ["query", "LOAD <file:///etc/passwd>", "--graph", str(_store(d))]


@_case("SPARQL SERVICE call to another host", (EXIT_OK, EXIT_PARTIAL, EXIT_USAGE), check=_no_call)
def _service(d: Path) -> list[str]:
    server = _service_server()
    _SERVER.append(server)
    endpoint = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    query = f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
    return ["query", query, "--graph", str(_store(d)), "--format", "json"]


# ------------------------------------------------------------------------------------- the endpoint


@dataclass(frozen=True)
class Probe:
    """One hostile HTTP request to `kg serve`: it must be refused (or, for a read, must not read the file)."""

    name: str
    method: str
    target: str
    body: bytes | None = None
    content_type: str | None = None
    may_answer: bool = False  # a query that may run, as long as it reads nothing it must not


def _query(text: str) -> str:
    return "/query?" + urllib.parse.urlencode({"query": text})


def probes(service_url: str) -> list[Probe]:
    update = "application/sparql-update"
    form = "application/x-www-form-urlencoded"
    return [
        Probe("endpoint: SPARQL update", "POST", "/update", b"INSERT DATA { <urn:x> <urn:y> <urn:z> }", update),
        Probe("endpoint: update sent to /query", "POST", "/query", b"update=DELETE+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D", form),
        Probe("endpoint: LOAD of a local file", "POST", "/update", b"LOAD <file:///etc/passwd>", update),
        Probe("endpoint: SERVICE call to another host", "GET", _query(f"SELECT * {{ SERVICE <{service_url}> {{}} }}")),
        Probe(
            "endpoint: FROM a local file",
            "GET",
            _query("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"),
            None,
            None,
            True,
        ),
        Probe(
            "endpoint: Graph Store PUT", "PUT", "/store?default", b"<urn:a> <urn:b> <urn:c> .", "application/n-triples"
        ),
        Probe("endpoint: Graph Store DELETE", "DELETE", "/store?default"),
    ]


def _request(port: int, probe: Probe) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": probe.content_type} if probe.content_type else {}
    connection.request(probe.method, probe.target, body=probe.body, headers=headers)
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def _listening_hosts(port: int) -> set[str]:
    """The addresses a local TCP port listens on, read from /proc/net/tcp (Linux)."""
    hosts = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            hosts.add(".".join(str(b) for b in reversed(bytes.fromhex(address))))
    return hosts


def _wait_for_port(port: int, process: subprocess.Popen[bytes], seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
        time.sleep(0.2)
    return False


def _count(port: int) -> int | None:
    status, body = _request(port, Probe("count", "GET", _query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))
    try:
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200 else None
    except (ValueError, KeyError, IndexError):
        return None


def run_endpoint(root: Path) -> list[Verdict]:
    """Start `kg serve` on a one-triple store with its default host, send each probe, check what it did."""
    folder = root / "endpoint"
    folder.mkdir(parents=True)
    recorder = _service_server()
    port = _free_port()
    process = subprocess.Popen(
        [*kg_command(), "serve", "--graph", str(_store(folder)), "--port", str(port)],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment(),
    )
    try:
        if not _wait_for_port(port, process):
            return [Verdict("endpoint: kg serve starts", False, "did not listen within 60 s")]
        hosts = _listening_hosts(port)
        verdicts = [Verdict("endpoint: binds 127.0.0.1 by default", hosts == {"127.0.0.1"}, f"listens on {hosts}")]
        service_url = f"http://127.0.0.1:{recorder.server_address[1]}/sparql"
        verdicts += [_probe(port, probe) for probe in probes(service_url)]
        return verdicts
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
        recorder.shutdown()


def _probe(port: int, probe: Probe) -> Verdict:
    _Recorder.calls.clear()
    status, body = _request(port, probe)
    reasons = []
    if status < 400 and not probe.may_answer:
        reasons.append(f"answered {status} instead of refusing")
    if PASSWD in body:
        reasons.append("returned the contents of /etc/passwd")
    if _Recorder.calls:
        reasons.append(f"called another host: {_Recorder.calls}")
    count = _count(port)
    if count != 1:
        reasons.append(f"the store holds {count} triples instead of 1")
    return Verdict(probe.name, not reasons, "; ".join(reasons) or f"HTTP {status}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------------------- judging


@dataclass
class Verdict:
    name: str
    handled: bool
    reason: str = ""
    seconds: float = 0.0


def judge(case: Case, folder: Path, run: Run) -> Verdict:
    reasons = list(_problems(case, folder, run))
    return Verdict(case.name, not reasons, "; ".join(reasons), run.seconds)


def _problems(case: Case, folder: Path, run: Run) -> Iterator[str]:
    if run.code is None:
        yield f"no answer within {CASE_TIMEOUT:.0f} s"
        return
    if "Traceback (most recent call last)" in run.stderr or "Traceback (most recent call last)" in run.stdout:
        yield "printed a traceback: " + _last_line(run.stderr or run.stdout)
    if run.code not in case.expect:
        expected = " or ".join(map(str, case.expect))
        yield f"exit {run.code}, expected {expected} ({_last_line(run.stderr)})"
    if any(len(line) > MAX_MESSAGE for line in run.stderr.splitlines()):
        yield "a message longer than one line"
    missing = set(case.keep) - document_ids(run.stdout)
    if missing:
        yield f"lost good documents: {', '.join(sorted(missing))}"
    leftovers = [p.name for p in folder.rglob("*") if p.name.endswith(".kgtmp")]
    if leftovers:
        yield f"left temporary files: {', '.join(leftovers)}"
    if case.check is not None:
        problem = case.check(folder, run)
        if problem:
            yield problem


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no message"


def document_ids(stdout: str) -> set[str]:
    """The ids of the documents in `kg extract --format json` output (one JSON array, or JSON Lines)."""
    try:
        values = [json.loads(stdout)]
    except json.JSONDecodeError:
        values = []
        for line in stdout.splitlines():
            try:
                values.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    ids: set[str] = set()
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and isinstance(item.get("document"), dict):
                ids.add(str(item["document"].get("id")))
    return ids


def run_case(case: Case, root: Path) -> Verdict:
    folder = root / case.name.replace(" ", "-").replace("/", "-")
    folder.mkdir(parents=True)
    try:
        args = case.setup(folder)
    except OSError as err:  # the platform cannot make this input (e.g. no FIFOs)
        return Verdict(case.name, True, f"skipped: {err}")
    return judge(case, folder, run_kg(args, folder, case.stdin))


# -------------------------------------------------------------------------------------- interruptions


@dataclass(frozen=True)
class Interruption:
    signal: signal.Signals
    delay: float


@dataclass
class BuildBench:
    """A corpus, the reference graph of an uninterrupted build, and the command that builds it."""

    root: Path
    documents: int = 24
    reference: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def corpus(self) -> Path:
        return self.root / "korpus"

    def build_args(self, output: Path) -> list[str]:
        return ["build", str(self.corpus), "--output", str(output), "--quiet"]

    def prepare(self) -> None:
        for number in range(self.documents):
            write(self.corpus / f"meldung-{number:03d}.txt", seed_header(number) + article(100 + number))
        output = self.root / "referenz"
        start = time.monotonic()
        run = run_kg(self.build_args(output), self.root)
        self.seconds = time.monotonic() - start
        if run.code != EXIT_OK:
            raise SystemExit(f"the reference build failed: exit {run.code}: {_last_line(run.stderr)}")
        self.reference = self.graph(output)
        if not self.reference:
            raise SystemExit("the reference build made an empty graph")

    def graph(self, output: Path) -> list[str]:
        """The store's quads, sorted: equal lists mean equal graphs (kg's IRIs are deterministic)."""
        out = output.parent / f"{output.name}.nq"
        run = run_kg(["export", str(out), "--graph", str(output / "store")], self.root)
        if run.code != EXIT_OK:
            raise RuntimeError(f"export failed: {_last_line(run.stderr)}")
        lines = sorted(line for line in out.read_text(encoding="utf-8").splitlines() if line.strip())
        out.unlink()
        return lines

    def interrupt(self, number: int, interruption: Interruption) -> Verdict:
        name = f"interruption {number}: {interruption.signal.name} after {interruption.delay:.2f} s"
        output = self.root / f"build-{number}"
        process = subprocess.Popen(
            kg_command() + self.build_args(output),
            cwd=self.root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=environment(),
        )
        time.sleep(interruption.delay)
        process.send_signal(interruption.signal)
        try:
            _, stderr = process.communicate(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return Verdict(name, False, f"still running {STOP_TIMEOUT:.0f} s after {interruption.signal.name}")
        reasons = [f"half-written {path.name}" for path in half_written(output)]
        if "Traceback (most recent call last)" in _text(stderr):
            reasons.append("printed a traceback when interrupted: " + _last_line(_text(stderr)))
        rerun = run_kg(self.build_args(output), self.root)
        if rerun.code != EXIT_OK:
            reasons.append(f"rerun exit {rerun.code}: {_last_line(rerun.stderr)}")
        else:
            graph = self.graph(output)
            if graph != self.reference:
                extra, lost = len(set(graph) - set(self.reference)), len(set(self.reference) - set(graph))
                reasons.append(f"rerun graph differs: {extra} quads extra, {lost} missing")
        leftovers = [p.name for p in self.root.rglob("*.kgtmp")]
        if leftovers:
            reasons.append(f"temporary files left after the rerun: {', '.join(leftovers)}")
        shutil.rmtree(output, ignore_errors=True)
        return Verdict(name, not reasons, "; ".join(reasons))


def half_written(output: Path) -> Iterator[Path]:
    """Output files that do not parse as a whole: RDF files, JSON, HTML pages without their end tag."""
    import pyoxigraph as ox

    for path in sorted(output.rglob("*")) if output.is_dir() else []:
        if not path.is_file() or "store" in path.relative_to(output).parts:
            continue
        try:
            if path.suffix in (".ttl", ".nt", ".nq", ".trig"):
                for _ in ox.parse(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:])):
                    pass
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
            elif path.suffix == ".html" and "</html>" not in path.read_text(encoding="utf-8")[-2000:].lower():
                yield path
        except (SyntaxError, ValueError, OSError):
            yield path


def interruptions(count: int, seconds: float, rng: random.Random) -> list[Interruption]:
    """Random moments over the whole build (start-up included), alternating SIGINT and SIGKILL."""
    signals = [signal.SIGINT, signal.SIGKILL]
    return [Interruption(signals[i % 2], rng.uniform(0.05, max(0.1, seconds))) for i in range(count)]


# ----------------------------------------------------------------------------------------------- main


@dataclass
class Summary:
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def line(self) -> str:
        handled = sum(v.handled for v in self.verdicts)
        return f"tried {len(self.verdicts)}, handled {handled}, lost {len(self.verdicts) - handled}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interruptions", type=int, default=10, help="builds to interrupt (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="random seed for the moments of interruption")
    parser.add_argument("--only", nargs="*", help="run only the input cases whose names contain these words")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="kg-robustness-")) if args.keep is None else args.keep
    root.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    try:
        for case in CASES:
            if args.only and not any(word in case.name for word in args.only):
                continue
            summary.verdicts.append(_show(run_case(case, root / "inputs")))
        if not args.only:
            summary.verdicts += [_show(verdict) for verdict in run_endpoint(root / "inputs")]
        if args.interruptions:
            bench = BuildBench(root / "builds")
            bench.prepare()
            quads = len(bench.reference)
            print(f"reference build: {bench.documents} documents, {quads} quads, {bench.seconds:.1f} s")
            moments = interruptions(args.interruptions, bench.seconds, random.Random(args.seed))
            for number, moment in enumerate(moments, start=1):
                summary.verdicts.append(_show(bench.interrupt(number, moment)))
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(summary.line)
    return 0 if all(v.handled for v in summary.verdicts) else 1


def _show(verdict: Verdict) -> Verdict:
    mark = "handled" if verdict.handled else "LOST   "
    print(f"{mark}  {verdict.name}" + (f"  ({verdict.reason})" if verdict.reason else ""), flush=True)
    return verdict


if __name__ == "__main__":
    sys.exit(main())
