"""Safe file primitives: atomic writes, YAML round-trips, an append-only JSONL log, locks."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import yaml

from agent.errors import DataError, InputError

if TYPE_CHECKING:
    from filelock import FileLock

__all__ = ["DataError"]  # re-exported: callers import it from here


def require_file(path: Path, what: str = "file") -> Path:
    """An input file the user named: it must exist, be a file and be readable."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a {what}")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: cannot read it (permission denied)")
    return path


def _read_umask() -> int:
    # os.umask can only be read by setting it; done once, at import, before any thread runs
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _read_umask()


def _file_mode(path: Path) -> int:
    """The mode a plain `open()` would give a new file (0644 under the usual umask 022); an
    existing file keeps its own. mkstemp's 0600 would make tracked files private."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "w", **open_args: Any) -> Iterator[IO[Any]]:
    """The one atomic write: a file object on a temp file in the same directory; on leaving the
    block it is fsynced and os.replace'd onto `path` (all or nothing), on an error removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as fh:
            os.fchmod(fh.fileno(), _file_mode(path))
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file in the same directory, fsync, then os.replace: all or nothing."""
    with atomic_writer(path, "wb") as fh:
        fh.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    """`atomic_write_bytes` of UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


# libyaml's C loader/dumper when present (10x faster), the pure-Python ones otherwise
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump_yaml(data: Any) -> str:
    """YAML text of the data, keys in their order."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def read_yaml(path: Path) -> Any:
    """The YAML file's data, or DataError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise DataError(f"{path}: not UTF-8 text (byte {e.start})") from e
    except OSError as e:
        raise DataError(f"{path}: cannot read: {e.strerror}") from e
    return parse_yaml(text, path)


def parse_yaml(text: str, path: Path | str) -> Any:
    """The data of YAML text, or DataError naming `path` and the line."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise DataError(f"{path}:{where}: YAML syntax error: {problem}") from e


def append_jsonl(path: Path, record: dict[str, Any]) -> None:
    """Append one line; O_APPEND writes of one line are not interleaved between processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL log, skipping a torn last line."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    # a torn last line can only come from a crash mid-append; it is not a record
                    continue


def lock_for(directory: Path, name: str = ".lock", timeout: float = 60.0) -> FileLock:
    """A file lock in `directory` (created), waiting at most `timeout` seconds."""
    from filelock import FileLock  # imported on first use: commands that only read skip it

    directory.mkdir(parents=True, exist_ok=True)
    return FileLock(str(directory / name), timeout=timeout)
