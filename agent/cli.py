"""The `curate` command line: parse arguments, call one library function, print the result.

Errors map to one clear message on stderr and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from agent.fileio import DataError
from agent.settings import ConfigError, Settings, load_settings

app = typer.Typer(
    help="curate: a living, evidence-backed registry of LLM, foundation and agentic models "
    "for single-cell biology (LLM4Cell Table 7, kept up to date).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
registry_app = typer.Typer(help="Inspect, check and export the registry.", no_args_is_help=True)
app.add_typer(registry_app, name="registry")

out = Console()
err = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def handle_errors(fn: F) -> F:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (UserError, DataError, ConfigError, ValueError, FileNotFoundError) as e:
            code = getattr(e, "code", 1)
            err.print(f"[red]error:[/red] {e}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(code) from None

    return wrapper  # type: ignore[return-value]


def settings() -> Settings:
    return load_settings()


def store():  # type: ignore[no-untyped-def]
    from agent.store import Store

    return Store(settings().models_dir)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON for scripts")]


# ---------------------------------------------------------------- registry


@registry_app.command("import-table7")
@handle_errors
def import_table7(
    path: Annotated[Path, typer.Argument(help="the survey's Table 7 as TSV")],
    replace: Annotated[bool, typer.Option(help="overwrite entries that exist")] = False,
) -> None:
    """Import the survey's Table 7 (58 models) as registry entries."""
    from agent.table7 import import_table

    written = import_table(path, store(), replace=replace)
    out.print(f"imported {len(written)} entries into {settings().models_dir}")


@registry_app.command("validate")
@handle_errors
def validate(json_out: JsonOpt = False) -> None:
    """Check every entry against schema version 1 (exit 1 on errors) and print warnings."""
    from agent.lint import check_entry

    entries, errors = store().check_all()
    warnings = [f for e in entries for f in check_entry(e) if f.severity == "warning"]
    if json_out:
        print_json({"entries": len(entries), "errors": errors,
                    "warnings": [w.to_json() for w in warnings]})
    else:
        for line in errors:
            err.print(f"[red]error:[/red] {line}", highlight=False, soft_wrap=True)
        for w in warnings:
            out.print(f"[yellow]warning[/yellow] {w.entries[0]}: {w.message}", highlight=False)
        out.print(f"{len(entries)} valid entries, {len(errors)} errors, {len(warnings)} warnings")
    if errors:
        raise typer.Exit(1)


@registry_app.command("lint")
@handle_errors
def lint_cmd(
    json_out: JsonOpt = False,
    all_findings: Annotated[bool, typer.Option("--all", help="include guessed mappings")] = False,
) -> None:
    """Cross-entry checks: duplicates, copied texts, agentic flags, domain scores."""
    from agent.lint import lint

    findings = [f for f in lint(store().load_all()) if all_findings or f.severity != "info"]
    if json_out:
        print_json([f.to_json() for f in findings])
        return
    table = Table("check", "entries", "fields", "finding", show_lines=False)
    for f in findings:
        table.add_row(f.check, ", ".join(f.entries), ", ".join(f.fields), f.message)
    out.print(table)
    out.print(f"{len(findings)} findings")


@registry_app.command("list")
@handle_errors
def list_cmd(
    family: Annotated[str | None, typer.Option(help="primary or secondary family")] = None,
    modality: Annotated[str | None, typer.Option(help="e.g. rna, atac, spatial")] = None,
    task: Annotated[str | None, typer.Option(help="e.g. annotation, integration")] = None,
    agentic: Annotated[bool | None, typer.Option("--agentic/--not-agentic")] = None,
    json_out: JsonOpt = False,
) -> None:
    """List registry entries, optionally filtered."""
    from agent.store import filter_entries

    entries = filter_entries(store().load_all(), family, modality, task, agentic)
    if json_out:
        print_json([e.to_data() for e in entries])
        return
    table = Table("id", "name", "year", "family", "modalities", "agentic", "tasks", "score")
    for e in entries:
        table.add_row(e.id, e.name, str(e.year or ""), e.family.value,
                      ",".join(m.value for m in e.modalities), "yes" if e.agentic else "no",
                      ",".join(t.value for t in e.tasks),
                      str(e.domain_score if e.domain_score is not None else e.domain_score_note))
    out.print(table)
    out.print(f"{len(entries)} entries")


@registry_app.command("show")
@handle_errors
def show_entry(entry_id: str, json_out: JsonOpt = False) -> None:
    """Show one entry with its evidence."""
    from agent.fileio import dump_yaml

    e = store().load(entry_id)
    if json_out:
        print_json(e.to_data())
    else:
        out.print(dump_yaml(e.to_data()), highlight=False, markup=False)


@registry_app.command("export")
@handle_errors
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv | markdown | latex | json")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file (default stdout)")]
    = None,
) -> None:
    """Export the registry (the Table 7 columns first)."""
    from agent.export import FORMATS
    from agent.fileio import atomic_write_text

    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", 2)
    text = FORMATS[fmt](store().load_all())
    if output:
        atomic_write_text(output, text)
        err.print(f"wrote {output}")
    else:
        sys.stdout.write(text)


@registry_app.command("figures")
@handle_errors
def figures(
    out_dir: Annotated[Path, typer.Option("-o", "--out-dir", help="folder for PNG and SVG")] = Path(
        "figures"
    ),
) -> None:
    """Draw Figure 3 (task-by-model heatmap) and Figure 4 (agentic vs non-agentic coverage)."""
    from agent.figures import write_figures

    for p in write_figures(store().load_all(), out_dir):
        out.print(f"wrote {p}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
