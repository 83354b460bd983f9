"""Open a page in headless Chromium with the network off, and report what it drew.

Used by the browser tests and the speed benchmark. It speaks the DevTools protocol over
`--remote-debugging-pipe` (JSON messages separated by NUL on file descriptors 3 and 4, as Playwright and
Puppeteer do), so it needs Debian's `chromium` and nothing else: no driver binary, no port, no download.
Network emulation is set offline before the page loads, and every request the page makes is recorded, so a
test can check that nothing but the file itself was fetched.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--window-size=1400,900",
    "--remote-debugging-pipe",
)


class BrowserError(RuntimeError):
    """Chromium is missing, died, or did not answer in time."""


@dataclass
class PageReport:
    """What the page said in #kg-status, and what the browser saw while loading it."""

    state: str
    drawn_nodes: int
    drawn_edges: int
    still_ms: int  # from navigation start until the network was drawn and still
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    dataset: dict[str, str] = field(default_factory=dict)
    values: list[Any] = field(default_factory=list)  # of the expressions passed to open_page


class _Pipe:
    """One DevTools connection: send commands, wait for their answers, keep the events seen meanwhile."""

    def __init__(self, process: subprocess.Popen[bytes], write_fd: int, read_fd: int) -> None:
        self._process, self._write, self._read = process, write_fd, read_fd
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def call(
        self, method: str, session: str | None = None, timeout: float = 30, **params: Any
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._process.poll() is not None:
                raise BrowserError("chromium did not answer in time")
            if not select.select([self._read], [], [], remaining)[0]:
                continue
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise BrowserError("chromium closed its DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)


def _high_pipe() -> tuple[int, int]:
    """A pipe whose ends are numbered 10 or more, so that moving them to 3 and 4 cannot clobber each other."""
    read, write = os.pipe()
    high = (fcntl.fcntl(read, fcntl.F_DUPFD_CLOEXEC, 10), fcntl.fcntl(write, fcntl.F_DUPFD_CLOEXEC, 10))
    os.close(read)
    os.close(write)
    return high


@contextmanager
def browser() -> Iterator[Browser]:
    """One headless Chromium for several pages (starting it costs about a second)."""
    if not Path(CHROMIUM).exists():
        raise BrowserError(f"{CHROMIUM} not found: apt-get install -y chromium")
    to_browser_r, to_browser_w = _high_pipe()
    from_browser_r, from_browser_w = _high_pipe()
    profile = tempfile.mkdtemp(prefix="kg-chromium-")

    def connect_fds() -> None:  # runs in the child: its fds 3 and 4 become the DevTools pipe
        os.dup2(to_browser_r, 3)  # dup2 clears close-on-exec on the copy only
        os.dup2(from_browser_w, 4)

    process = subprocess.Popen(  # close_fds=False keeps 3 and 4; Python's own fds are close-on-exec anyway
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=connect_fds, close_fds=False,
    )
    os.close(to_browser_r)
    os.close(from_browser_w)
    try:
        yield Browser(_Pipe(process, to_browser_w, from_browser_r))
    finally:
        os.close(to_browser_w)
        os.close(from_browser_r)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)


@dataclass
class Browser:
    """A running Chromium; each `open` uses a fresh tab."""

    pipe: _Pipe

    def open(
        self, path: Path, *, timeout: float = 30, screenshot: Path | None = None, expressions: Sequence[str] = ()
    ) -> PageReport:
        """Load `path` offline and wait until #kg-status says "still" (or `timeout`).

        Then evaluate each JavaScript expression in turn (their values are in the report's `values`), and save
        a screenshot if asked.
        """
        pipe = self.pipe
        target = pipe.call("Target.createTarget", url="about:blank")["targetId"]
        session = pipe.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        first_event = len(pipe.events)
        for domain in ("Runtime", "Log", "Network", "Page"):
            pipe.call(f"{domain}.enable", session)
        pipe.call(
            "Network.emulateNetworkConditions", session,
            offline=True, latency=0, downloadThroughput=-1, uploadThroughput=-1,
        )
        pipe.call("Page.navigate", session, url=path.resolve().as_uri())
        dataset = _wait_still(pipe, session, timeout)
        values = [_eval(pipe, session, expression) for expression in expressions]
        if screenshot:
            shot = pipe.call("Page.captureScreenshot", session, format="png")
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            screenshot.write_bytes(base64.b64decode(shot["data"]))
        pipe.call("Target.closeTarget", targetId=target)
        events = [e for e in pipe.events[first_event:] if e.get("sessionId") == session]
        return PageReport(
            state=dataset.get("state", ""),
            drawn_nodes=int(dataset.get("drawnNodes", -1)),
            drawn_edges=int(dataset.get("drawnEdges", -1)),
            still_ms=int(dataset.get("stillMs", -1)),
            requests=_requests(events),
            errors=_errors(events),
            dataset=dataset,
            values=values,
        )


def open_page(
    path: Path, *, timeout: float = 60, screenshot: Path | None = None, expressions: Sequence[str] = ()
) -> PageReport:
    """`Browser.open` in a Chromium of its own."""
    with browser() as chromium:
        return chromium.open(path, timeout=timeout, screenshot=screenshot, expressions=expressions)


def _eval(pipe: _Pipe, session: str, expression: str) -> Any:
    result = pipe.call(
        "Runtime.evaluate", session, expression=expression, returnByValue=True, awaitPromise=True
    )
    if "exceptionDetails" in result:
        raise BrowserError(f"evaluating {expression!r} failed: {result['exceptionDetails'].get('text')}")
    return result["result"].get("value")


def _wait_still(pipe: _Pipe, session: str, timeout: float) -> dict[str, str]:
    expression = "(() => { const s = document.getElementById('kg-status'); return {...s?.dataset} })()"
    deadline = time.monotonic() + timeout
    while True:
        dataset = _eval(pipe, session, expression) or {}
        if dataset.get("state") == "still" or time.monotonic() > deadline:
            return dataset
        time.sleep(0.05)


def _requests(events: list[dict[str, Any]]) -> list[str]:
    return [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]


def _errors(events: list[dict[str, Any]]) -> list[str]:
    errors = []
    for event in events:
        params = event["params"]
        if event["method"] == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
            errors.append(params["entry"]["text"])
    return errors
