"""HTML form <-> entry values: the accept form's per-field overrides (controlled vocabulary only)
and the edit form, validated by the same pydantic model as every entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from starlette.datastructures import FormData

from agent.review import BOOL_FIELDS, INT_FIELDS, LIST_FIELDS, parse_override
from agent.schema import FIELDS, REVIEW_FIELDS, VOCAB, Entry, derive

#: list fields with a vocabulary (checkboxes), and scalar ones (a select)
SET_FIELDS = {f.name: VOCAB[f.name] for f in FIELDS if f.is_list and f.vocab}
SELECT_FIELDS = {f.name: VOCAB[f.name] for f in FIELDS if not f.is_list and f.vocab}

#: fields a reviewer may override at accept time, each with its vocabulary
OVERRIDE_FIELDS: dict[str, list[str]] = {
    **{f: [v.value for v in enum] for f, enum in SELECT_FIELDS.items()},
    **{f: [v.value for v in enum] for f, enum in SET_FIELDS.items()},
    "agentic": ["true", "false"],
}
TEXTAREA_FIELDS = {"primary_task", "grounding_note", "citation"}


def field_kind(f: str) -> str:
    if f in SET_FIELDS:
        return "multi"
    if f in SELECT_FIELDS:
        return "select"
    if f in BOOL_FIELDS:
        return "bool"
    if f in TEXTAREA_FIELDS:
        return "textarea"
    return "text"


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


def overrides_from_form(form: FormData, proposed: dict[str, Any]) -> dict[str, str]:
    """Fields whose submitted value differs from the proposed one, as `--set` strings. A value
    outside the vocabulary is kept, so that validation refuses it with the usual message."""
    out: dict[str, str] = {}
    for f in OVERRIDE_FIELDS:
        if f"present:{f}" not in form:
            continue  # the form had no control for it
        if f in SET_FIELDS:
            values = [str(v) for v in form.getlist(f"set:{f}")]
            if not _same(values, proposed.get(f) or []):
                out[f] = ",".join(values)
        elif f in BOOL_FIELDS:
            raw = str(form.get(f"set:{f}", ""))
            if parse_override(f, raw) != proposed.get(f):
                out[f] = raw
        else:
            raw = str(form.get(f"set:{f}", ""))
            if raw != (proposed.get(f) or ""):
                out[f] = raw
    return out


@dataclass
class EditResult:
    values: dict[str, Any]  # what the form showed / submitted, per field
    errors: dict[str, str] = field(default_factory=dict)
    entry: Entry | None = None


def edit_from_form(form: FormData, current: Entry) -> EditResult:
    """The edited entry, or the submitted values with an error message per field."""
    data = current.to_data()
    shown: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for f in REVIEW_FIELDS:
        if f in SET_FIELDS:
            value: Any = [str(v) for v in form.getlist(f)]
            shown[f] = value
            data[f] = value
            continue
        raw = str(form.get(f, ""))
        shown[f] = raw
        try:
            if f in LIST_FIELDS or f in BOOL_FIELDS or f in INT_FIELDS:
                data[f] = parse_override(f, raw)
            elif f in SELECT_FIELDS:
                data[f] = raw
            elif f in ("grounding_note", "primary_task"):
                data[f] = raw.strip()
            else:
                data[f] = raw.strip() or None
        except ValueError as e:
            errors[f] = str(e).split(": ", 1)[-1]
    if "domains" in shown and data.get("domain_score") is None and data.get("domains"):
        data["domain_score"] = derive(data)["domain_score"]
    try:
        entry = Entry.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            loc = err["loc"]
            name = str(loc[0]) if loc else "entry"
            msg = err["msg"].removeprefix("Value error, ")
            if len(loc) > 1:
                msg = f"{msg} (item {loc[1]})"
            errors.setdefault(name if name in REVIEW_FIELDS else "entry", msg)
        return EditResult(shown, errors)
    if errors:
        return EditResult(shown, errors)
    return EditResult(shown, errors, entry)


def form_values(entry: Entry) -> dict[str, Any]:
    """An entry's review fields as the edit form shows them."""
    data = entry.to_data()
    out: dict[str, Any] = {}
    for f in REVIEW_FIELDS:
        v = data.get(f)
        if f in SET_FIELDS:
            out[f] = [str(x) for x in v or []]
        elif isinstance(v, list):
            out[f] = ", ".join(map(str, v))
        elif isinstance(v, bool):
            out[f] = "true" if v else "false"
        else:
            out[f] = "" if v is None else str(v)
    return out
