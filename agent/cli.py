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


# ---------------------------------------------------------------- add / search


def proposal_summary(p) -> Table:  # type: ignore[no-untyped-def]
    table = Table("field", "proposed value", "conf.", "evidence (page)", "flags",
                  title=f"proposal {p.id} ({p.kind} entry '{p.entry_id}')")
    for fld, fp in p.fields.items():
        value = ", ".join(map(str, fp.value)) if isinstance(fp.value, list) else str(fp.value)
        ev = "; ".join(f"\u201c{e.quote[:70]}\u2026\u201d (p{e.page})" for e in fp.evidence[:1])
        table.add_row(fld, value[:80], f"{fp.confidence:.2f}", ev, "; ".join(fp.flags)[:80])
    return table


@app.command("add")
@handle_errors
def add_cmd(
    arxiv_id: Annotated[str | None, typer.Argument(help="2504.04698, arXiv:2504.04698v2, an "
                                                   "arxiv.org abs/pdf URL or q-bio/0601001")]
    = None,
    pdf: Annotated[Path | None, typer.Option("--pdf", help="add a local PDF (no network)")]
    = None,
    title: Annotated[str | None, typer.Option(help="title, with --pdf")] = None,
    extractor: Annotated[str | None, typer.Option(help="lexicon | llm (default: llm if "
                                                  "CURATE_LLM__MODEL is set)")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Fetch and read a paper, then queue a proposed registry entry with evidence."""
    from agent.fetch import FetchError
    from agent.pipeline import add
    from agent.reader import PdfError

    s = settings()
    try:
        with err.status("adding paper…") as status:
            res = add(s, arxiv_id, pdf, extractor=extractor, title=title,
                      progress=lambda m: status.update(m))
    except PdfError as e:
        raise UserError(f"{e} [{e.kind}]", 3) from e
    except FetchError as e:
        raise UserError(str(e), 4) from e
    p = res.proposal
    if json_out:
        print_json({"proposal": p.id, "path": str(res.path), "kind": p.kind,
                    "entry_id": p.entry_id, "reused": res.reused, "timings": res.timings,
                    "flags": p.flags})
        return
    out.print(proposal_summary(p))
    for f in p.flags:
        out.print(f"[yellow]flag:[/yellow] {f}")
    rej = len(p.run.rejected_quotes)
    state = "already pending" if res.reused else "queued"
    out.print(f"{state}: {res.path} ({rej} unverifiable quotes rejected; "
              f"{res.timings.get('total', 0):.1f}s)")


@app.command("search")
@handle_errors
def search_cmd(
    query: str,
    k: Annotated[int, typer.Option("-k", help="number of chunks")] = 5,
    json_out: JsonOpt = False,
) -> None:
    """Semantic search over the indexed papers' chunks."""
    from agent.index import Index

    hits = Index(settings()).search(query, k)
    if json_out:
        print_json([{"paper": p, "page": c.page, "section": c.section, "score": round(sc, 3),
                     "text": c.text} for p, c, sc in hits])
        return
    if not hits:
        out.print("no indexed papers yet: run `curate add` first")
    for paper, c, score in hits:
        out.print(f"[bold]{paper}[/bold] p{c.page} ({c.section}) score {score:.2f}")
        out.print(f"  {c.text[:300]}", highlight=False, markup=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
