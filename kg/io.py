"""Atomic output files: a reader sees the old file or the whole new one, never half of it.

Every writer in kg goes through `atomic_path`: it writes a hidden temporary file in the
target's own folder (so `os.replace` is a rename on one file system), flushes it to disk and
renames it over the target. Ctrl-C removes the temporary file; a killed process leaves at most
a hidden `.NAME.PID.RANDOM.kgtmp` file, which the next write of the same target deletes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

_SUFFIX = ".kgtmp"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write to; it becomes `path` only if the block ends without error.

    The file written to the yielded path is fsynced and renamed over `path`, then the folder is
    fsynced so the rename itself survives a power cut. On any exception (KeyboardInterrupt
    included) the temporary file is removed and `path` is left as it was.
    """
    target = Path(path)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale(target)
    temp = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{_SUFFIX}"
    try:
        yield temp
        _fsync_file(temp)
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_path(path) as temp:
        temp.write_bytes(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` atomically, with `\\n` line ends on every platform."""
    atomic_write_bytes(path, text.encode(encoding))


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return _MODE


def _fsync_file(path: Path) -> None:
    """Flush a file the caller wrote (and closed) to disk; a writer that made no file is an error."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some platforms cannot open folders; the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale(target: Path) -> None:
    """Delete temporaries of `target` left by processes that no longer run (killed mid-write)."""
    for temp in target.parent.glob(f".{_glob_escape(target.name)}.*{_SUFFIX}"):
        pid = temp.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            temp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)
