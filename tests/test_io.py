"""Atomic writes: the target is the old file or the whole new one, whatever happens mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.io import atomic_path, atomic_write_bytes, atomic_write_text


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".kgtmp"))


def test_write_text_creates_folders_and_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "deep" / "graph.ttl"
    atomic_write_text(target, "Grüße\n")
    assert target.read_bytes() == "Grüße\n".encode()
    assert leftovers(target.parent) == []


def test_write_replaces_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("alt")
    target.chmod(0o640)
    atomic_write_bytes(target, b"neu")
    assert target.read_bytes() == b"neu"
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    os.umask(mask)
    atomic_write_text(tmp_path / "n.txt", "x")
    assert (tmp_path / "n.txt").stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("error", [RuntimeError("kaputt"), KeyboardInterrupt()])
def test_failure_mid_write_leaves_old_file_and_no_temporary(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("vollständig")
    with pytest.raises(type(error)), atomic_path(target) as temp:
        temp.write_text("halb")
        raise error
    assert target.read_text() == "vollständig"
    assert leftovers(tmp_path) == []


def test_failure_before_first_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "new.html"
    with pytest.raises(ValueError), atomic_path(target) as temp:
        temp.write_text("<html>")
        raise ValueError("x")
    assert not target.exists()


def test_temporary_is_hidden_and_in_the_same_folder(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "x.nt") as temp:
        assert temp.parent == tmp_path
        assert temp.name.startswith(".x.nt.")
        temp.write_text("")


def test_writer_that_makes_no_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_path(tmp_path / "x.nt"):
        pass
    assert not (tmp_path / "x.nt").exists()


def test_stale_temporary_of_a_dead_process_is_removed(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = tmp_path / f".out.ttl.{dead.stdout.strip()}.abcd1234.kgtmp"
    alive = tmp_path / f".out.ttl.{os.getpid()}.abcd1234.kgtmp"
    other = tmp_path / ".other.ttl.1.abcd1234.kgtmp"
    for path in (stale, alive, other):
        path.write_text("halb")
    atomic_write_text(tmp_path / "out.ttl", "ganz")
    assert not stale.exists()
    assert alive.exists()
    assert other.exists()


def test_killed_writer_never_leaves_a_half_written_target(tmp_path: Path) -> None:
    target = tmp_path / "big.nt"
    target.write_text("alt\n")
    writer = (
        "import sys, time\n"
        "from kg.io import atomic_path\n"
        "with atomic_path(sys.argv[1]) as temp, open(temp, 'w') as f:\n"
        "    for i in range(100000):\n"
        "        f.write('zeile %d\\n' % i); f.flush()\n"
        "        if i == 10: print('writing', flush=True)\n"
        "        time.sleep(0.001)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", writer, str(target)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline() == "writing\n"
    time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert target.read_text() == "alt\n"
    assert len(leftovers(tmp_path)) == 1
    atomic_write_text(target, "neu\n")
    assert target.read_text() == "neu\n"
    assert leftovers(tmp_path) == []


def test_interrupted_writer_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    writer = (
        "import sys, time\n"
        "from kg.io import atomic_path\n"
        "with atomic_path(sys.argv[1]) as temp:\n"
        "    temp.write_text('<html>')\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(30)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", writer, str(target)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline() == "writing\n"
    process.send_signal(signal.SIGINT)
    process.wait(timeout=10)
    assert process.returncode != 0
    assert not target.exists()
    assert leftovers(tmp_path) == []
