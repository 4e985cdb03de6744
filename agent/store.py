"""The registry store: one YAML file per entry under registry/models/, validated on load."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from agent.fileio import DataError, atomic_write_text, dump_yaml, lock_for, read_yaml
from agent.ids import entry_id as valid_entry_id
from agent.schema import Entry

if TYPE_CHECKING:
    from filelock import FileLock


def format_validation_error(path: Path, err: ValidationError) -> str:
    """One line per problem: file, field path and reason."""
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(entry)"
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            msg = "unknown field (not in schema version 1)"
        elif e["type"] == "missing":
            msg = "required field is missing"
        lines.append(f"{path}: field '{loc}': {msg}")
    return "\n".join(lines)


def parse_entry(path: Path, data: object) -> Entry:
    if not isinstance(data, dict):
        raise DataError(f"{path}: not a mapping of fields (got {type(data).__name__})")
    try:
        entry = Entry.model_validate(data)
    except ValidationError as e:
        raise DataError(format_validation_error(path, e)) from e
    if entry.family is None:
        raise DataError(f"{path}: field 'family': a registry entry needs a family")
    if entry.id != path.stem:
        raise DataError(f"{path}: field 'id': {entry.id!r} does not match the file name")
    return entry


class Store:
    """Read and write registry entries. Writes are atomic; use `lock()` for read-modify-write."""

    def __init__(self, models_dir: Path):
        self.dir = models_dir

    def path(self, entry_id: str) -> Path:
        return self.dir / f"{valid_entry_id(entry_id)}.yaml"

    def lock(self) -> FileLock:
        return lock_for(self.dir.parent, ".registry.lock")

    def ids(self) -> list[str]:
        if not self.dir.exists():
            return []
        return sorted(p.stem for p in self.dir.glob("*.yaml"))

    def exists(self, entry_id: str) -> bool:
        return self.path(entry_id).exists()

    def load(self, entry_id: str) -> Entry:
        """The entry `entry_id`, validated, or DataError naming the file and field."""
        path = self.path(entry_id)
        if not path.exists():
            raise DataError(f"no registry entry '{entry_id}' ({path})")
        return parse_entry(path, read_yaml(path))

    def get(self, entry_id: str) -> Entry | None:
        """The entry `entry_id`, or None when there is none."""
        return self.load(entry_id) if self.exists(entry_id) else None

    def files(self) -> list[Path]:
        return sorted(self.dir.glob("*.yaml")) if self.dir.exists() else []

    def load_all(self) -> list[Entry]:
        """All entries; the first broken file raises DataError."""
        return [parse_entry(p, read_yaml(p)) for p in self.files()]

    def check_all(self) -> tuple[list[Entry], list[str]]:
        """All valid entries and one error message per broken file."""
        entries, errors = [], []
        for p in self.files():
            try:
                entries.append(parse_entry(p, read_yaml(p)))
            except DataError as e:
                errors.append(str(e))
        return entries, errors

    def save(self, entry: Entry) -> Path:
        """Write the entry atomically to registry/models/<id>.yaml; its path."""
        path = self.path(entry.id)
        atomic_write_text(path, dump_yaml(entry.to_data()))
        return path


def filter_entries(
    entries: list[Entry],
    family: str | None = None,
    modality: str | None = None,
    task: str | None = None,
    agentic: bool | None = None,
) -> list[Entry]:
    """Entries matching every given filter (family matches primary or secondary)."""
    out = []
    for e in entries:
        if family and family not in (e.family, *e.secondary_families):
            continue
        if modality and modality not in e.modalities:
            continue
        if task and task not in e.tasks:
            continue
        if agentic is not None and e.agentic != agentic:
            continue
        out.append(e)
    return out
