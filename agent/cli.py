"""The `curate` command line: parse arguments, call one library function, print the result.

Expected errors (agent.errors) print one clear line on stderr and exit with the code from
`agent.errors.EXIT_CODES`; anything else is a bug and shows its traceback (exit 70). Text is
never read as rich markup: file names, titles and messages print as they are (`[draft]` stays),
and styles are applied only through `styled`. Every message passes through `redact`.
"""

import json
import logging
import re
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from agent.errors import BUG, INTERRUPTED, InputError, UsageError, exit_code, message, redact
from agent.flags import FlagCode, has
from agent.settings import Settings, load_settings

if TYPE_CHECKING:
    from rich.table import Table

app = typer.Typer(
    help="curate: a living, evidence-backed registry of LLM, foundation and agentic models "
    "for single-cell biology (LLM4Cell Table 7, kept up to date).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
registry_app = typer.Typer(help="Inspect, check and export the registry.", no_args_is_help=True)
app.add_typer(registry_app, name="registry")
eval_app = typer.Typer(help="Quality numbers against gold sets (not tests).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# markup off: strings (paths, titles, table cells, messages) print verbatim; see `styled`
out = Console(markup=False, highlight=False)
err = Console(stderr=True, markup=False, highlight=False)
F = TypeVar("F", bound=Callable[..., Any])
DEBUG = {"on": False}


#: the command line's own exceptions (exits, aborts, usage errors) pass through `handle_errors`:
#: click's, which typer vendors as its own (found from typer's names, without importing click)
PASS_THROUGH: tuple[type[BaseException], ...] = (
    typer.Exit,
    typer.Abort,
    *(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
)


def new_table(*columns: str, **options: Any) -> "Table":
    """A rich table; rich.table is imported only by the commands that print one."""
    from rich.table import Table

    return Table(*columns, **options)


def styled(label: str, style: str, text: str = "") -> Text:
    """A styled label followed by plain text: the one way this CLI colours output."""
    return Text.assemble((label, style), (" " + text) if text else "")


def say_error(text: str) -> None:
    err.print(styled("error:", "red", redact(text)), soft_wrap=True)


class ConsoleLog(logging.Handler):
    """Library warnings (a quarantined proposal, a skipped record) as `warning: …` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(styled("warning:", "yellow", redact(record.getMessage())), soft_wrap=True)


def handle_errors(fn: F) -> F:
    """Expected errors -> one line and their exit code; anything else -> traceback, exit 70."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PASS_THROUGH:
            raise
        except KeyboardInterrupt:
            say_error("interrupted")
            raise typer.Exit(INTERRUPTED) from None
        except Exception as e:
            code = exit_code(e)
            if code is None or DEBUG["on"]:
                sys.stderr.write(redact("".join(traceback.format_exception(e))))
            if code is None:
                say_error(
                    f"unexpected {type(e).__name__}: this is a bug in curate; please report it "
                    "with the traceback above"
                )
                raise typer.Exit(BUG) from None
            say_error(message(e))
            raise typer.Exit(code) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def options(
    debug: Annotated[
        bool, typer.Option("--debug", help="show the traceback of every error, not just bugs")
    ] = False,
) -> None:
    DEBUG["on"] = debug
    log = logging.getLogger("agent")
    for h in [h for h in log.handlers if isinstance(h, ConsoleLog)]:
        log.removeHandler(h)
    log.addHandler(ConsoleLog(logging.WARNING))
    log.setLevel(logging.WARNING)


def settings(need_registry: bool = True) -> Settings:
    s = load_settings()
    if need_registry:
        s.require_registry()
    return s


@app.command("init")
@handle_errors
def init_cmd() -> None:
    """Start an empty registry in the workspace (CURATE_WORKSPACE, default: this directory)."""
    s = settings(need_registry=False)
    if s.init_registry():
        out.print(
            f"initialised an empty registry in {s.workspace / 'registry'}; import the survey's "
            "Table 7 with `curate registry import-table7 PATH`"
        )
    else:
        out.print(f"{s.models_dir} exists already: nothing to do")


def store():  # type: ignore[no-untyped-def]
    from agent.store import Store

    return Store(settings().models_dir)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON for scripts")]
SharedDirOpt = Annotated[
    Path | None,
    typer.Option(
        help="the shared development data (data/, seed/) the dev sets' texts are read from "
        "(default: $CURATE_SHARED_DIR, else ../shared beside the repository)"
    ),
]


# ---------------------------------------------------------------- registry


@registry_app.command("import-table7")
@handle_errors
def import_table7(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="the survey's Table 7 as TSV (default: registry/source/llm4cell-table7.tsv)"
        ),
    ] = None,
    replace: Annotated[bool, typer.Option(help="overwrite entries that exist")] = False,
) -> None:
    """Import the survey's Table 7 (58 models) as registry entries."""
    from agent.table7 import import_table

    written = import_table(path or settings().table7_path, store(), replace=replace)
    out.print(f"imported {len(written)} entries into {settings().models_dir}")


@registry_app.command("validate")
@handle_errors
def validate(json_out: JsonOpt = False) -> None:
    """Check every entry against schema version 1 (exit 1 on errors) and print warnings."""
    from agent.lint import validate_warnings

    entries, errors = store().check_all()
    warnings = validate_warnings(entries)
    if json_out:
        print_json(
            {"entries": len(entries), "errors": errors, "warnings": [w.to_json() for w in warnings]}
        )
    else:
        for line in errors:
            err.print(styled("error:", "red", line), soft_wrap=True)
        for w in warnings:
            out.print(styled("warning", "yellow", f"{', '.join(w.entries)}: {w.message}"))
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
    table = new_table("check", "entries", "fields", "finding", show_lines=False)
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
    table = new_table("id", "name", "year", "family", "modalities", "agentic", "tasks", "score")
    for e in entries:
        table.add_row(
            e.id,
            e.name,
            str(e.year or ""),
            e.family.value if e.family else "—",
            ",".join(m.value for m in e.modalities),
            "yes" if e.agentic else "no",
            ",".join(t.value for t in e.tasks),
            str(e.domain_score if e.domain_score is not None else e.domain_score_note),
        )
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
        out.print(dump_yaml(e.to_data()))


@registry_app.command("export")
@handle_errors
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv | markdown | latex | json")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="file (default stdout)")
    ] = None,
) -> None:
    """Export the registry (the Table 7 columns first)."""
    from agent.export import FORMATS
    from agent.fileio import atomic_write_text

    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
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


def print_screening(p) -> None:  # type: ignore[no-untyped-def]
    """The paper's scope decision; out of scope is shown prominently."""
    sc = p.screening
    if sc is None:
        return
    crit = f" [{sc.criterion}]" if sc.criterion else ""
    if sc.decision == "exclude":
        out.print(styled("OUT OF SCOPE", "bold red", f"(screening: exclude{crit}): {sc.reason}"))
    else:
        out.print(styled("screening:", "bold", f"{sc.decision}{crit}: {sc.reason}"))
    if p.run.instructions_dropped:
        n = p.run.instructions_dropped
        out.print(
            styled(f"{n} instruction-like sentence(s)", "yellow", "in the paper were ignored")
        )


def proposal_summary(p) -> "Table":  # type: ignore[no-untyped-def]
    table = new_table(
        "field",
        "proposed value",
        "conf.",
        "evidence (page)",
        "flags",
        title=f"proposal {p.id} ({p.kind} entry '{p.entry_id}')",
    )
    for fld, fp in p.fields.items():
        value = ", ".join(map(str, fp.value)) if isinstance(fp.value, list) else str(fp.value)
        empty = fp.value in (None, "", [])
        ev = "; ".join(f"\u201c{e.quote[:70]}\u2026\u201d (p{e.page})" for e in fp.evidence[:1])
        table.add_row(
            fld,
            "—" if empty else value[:80],
            "—" if empty else f"{fp.confidence:.2f}",
            ev,
            "; ".join(map(str, fp.flags))[:80],
        )
    return table


@app.command("add")
@handle_errors
def add_cmd(
    arxiv_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="an arXiv id (2504.04698, arXiv:2504.04698v2, an arxiv.org URL, q-bio/0601001) "
            "or a DOI (10.1101/…, doi:…, https://doi.org/…, a biorxiv.org/medrxiv.org URL)",
        ),
    ] = None,
    pdf: Annotated[Path | None, typer.Option("--pdf", help="add a local PDF (no network)")] = None,
    doi: Annotated[
        str | None, typer.Option("--doi", help="with --pdf: the paper's DOI, for its metadata")
    ] = None,
    arxiv: Annotated[
        str | None,
        typer.Option("--arxiv", help="with --pdf: the paper's arXiv id, for its metadata"),
    ] = None,
    title: Annotated[str | None, typer.Option(help="title, with --pdf")] = None,
    extractor: Annotated[
        str | None, typer.Option(help="lexicon | llm (default: llm if CURATE_LLM__MODEL is set)")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Fetch and read a paper (arXiv, bioRxiv/medRxiv, any DOI with an open-access PDF, or a
    local PDF), then queue a proposed registry entry with evidence."""
    from agent.pipeline import add

    s = settings()
    with err.status("adding paper…") as status:
        res = add(
            s,
            arxiv_id,
            pdf,
            extractor=extractor,
            title=title,
            progress=lambda m: status.update(Text(m)),
            doi=doi,
            arxiv=arxiv,
        )
    p = res.proposal
    if json_out:
        print_json(
            {
                "proposal": p.id,
                "path": str(res.path),
                "kind": p.kind,
                "entry_id": p.entry_id,
                "reused": res.reused,
                "timings": res.timings,
                "llm": {
                    "calls": len(p.run.calls),
                    "sent": len([c for c in p.run.calls if not c.cached]),
                    "prompt_tokens": sum(c.prompt_tokens for c in p.run.calls),
                    "completion_tokens": sum(c.completion_tokens for c in p.run.calls),
                    "seconds": round(sum(c.seconds for c in p.run.calls), 2),
                },
                "flags": p.flags,
                "screening": p.screening.model_dump() if p.screening else None,
                "instructions_dropped": p.run.instructions_dropped,
            }
        )
        return
    out.print(proposal_summary(p))
    print_screening(p)
    for f in p.flags:
        out.print(styled("flag:", "yellow", str(f)))
    rej = len(p.run.rejected_quotes)
    llm = p.run.llm_summary()
    if llm:
        out.print(f"{llm} (this run's budget: see CURATE_LLM__MAX_CALLS_PER_PAPER)")
    state = "already pending" if res.reused else "queued"
    out.print(
        f"{state}: {res.path} ({rej} unverifiable quotes rejected; "
        f"{res.timings.get('total', 0):.1f}s)"
    )


@app.command("search")
@handle_errors
def search_cmd(
    query: str,
    k: Annotated[int, typer.Option("-k", help="number of chunks")] = 5,
    json_out: JsonOpt = False,
) -> None:
    """Semantic search over the indexed papers' chunks (papers queued by `add` are indexed
    first)."""
    from agent.index import Index, IndexQueue

    s = settings()
    index = Index(s)
    n = IndexQueue(s).drain(index)
    if n and not json_out:
        err.print(f"indexed {n} queued papers")
    hits = index.search(query, k)
    if json_out:
        print_json(
            [
                {
                    "paper": p,
                    "page": c.page,
                    "section": c.section,
                    "score": round(sc, 3),
                    "text": c.text,
                }
                for p, c, sc in hits
            ]
        )
        return
    if not hits:
        out.print("no indexed papers yet: run `curate add` first")
    for paper, c, score in hits:
        out.print(styled(paper, "bold", f"p{c.page} ({c.section}) score {score:.2f}"))
        out.print(f"  {c.text[:300]}")


@app.command("index")
@handle_errors
def index_cmd(json_out: JsonOpt = False) -> None:
    """Index the papers `curate add` queued (search and the llm extractor do this on demand)."""
    from agent.index import IndexQueue

    s = settings()
    q = IndexQueue(s)
    pending = len(q.pending())
    n = q.drain() if pending else 0
    if json_out:
        print_json({"indexed": n})
    else:
        out.print(f"indexed {n} papers" if n else "nothing to index: every paper is indexed")


# ---------------------------------------------------------------- review


def review():  # type: ignore[no-untyped-def]
    from agent.review import Review

    return Review(settings())


def fmt_value(v: object) -> str:
    if isinstance(v, list):
        return ", ".join(map(str, v)) or "—"
    return "—" if v in (None, "") else str(v)


@app.command("queue")
@handle_errors
def queue_cmd(
    flagged: Annotated[bool, typer.Option("--flagged", help="only proposals with flags")] = False,
    model: Annotated[str | None, typer.Option(help="only this model (id or name)")] = None,
    json_out: JsonOpt = False,
) -> None:
    """List pending proposals."""
    from agent.review import filter_rows

    r = review()
    rows = [x.to_json() for x in filter_rows(r.summaries(r.pending(model=model)), flagged=flagged)]
    if json_out:
        print_json(rows)
        return
    table = new_table(title="pending proposals (an id's unique prefix is enough in commands)")
    # a narrow console (e.g. `make demo` piped: 80 columns) drops source and extractor rather
    # than folding the id into pieces; `curate show` and --json have every column
    cols = ["model", "kind", "scope", "changed", "flags", "source", "extractor", "age"]
    if out.width < 110:
        cols = [c for c in cols if c not in ("source", "extractor")]
    table.add_column("proposal", overflow="fold")
    for col in cols:
        table.add_column(col, overflow="fold", no_wrap=col != "model")
    for x in rows:
        kind = x["kind"] + (" (stale)" if x["stale"] else "")
        ext = x["extractor"] + (f" / {x['llm']}" if x["llm"] else "")
        scope = (
            Text("OUT OF SCOPE", style="bold red")
            if x["screening"] == "exclude"
            else Text(x["screening"] or "—")
        )
        cells = {
            "model": x["model"],
            "kind": kind,
            "scope": scope,
            "changed": str(x["changed"]),
            "flags": str(x["flags"]),
            "source": x["source"],
            "extractor": ext,
            "age": x["age"],
        }
        table.add_row(x["id"], *(cells[c] for c in cols))
    out.print(table)
    out.print(f"{len(rows)} pending")


@app.command("show")
@handle_errors
def show_cmd(
    proposal: Annotated[str, typer.Argument(help="proposal id (a unique prefix is enough)")],
    all_fields: Annotated[bool, typer.Option("--all", help="also unchanged fields")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Field-by-field diff of a proposal against the registry, with evidence."""
    r = review()
    p = r.load(proposal)
    diffs = r.diff(p)
    if json_out:
        print_json(
            {
                "proposal": p.id,
                "kind": p.kind,
                "entry_id": p.entry_id,
                "stale": r.is_stale(p),
                "flags": p.flags,
                "screening": p.screening.model_dump() if p.screening else None,
                "fields": [d.__dict__ for d in diffs],
            }
        )
        return
    head = "new entry" if p.kind == "new" else f"update of '{p.entry_id}'"
    out.print(styled(f"{p.id}:", "bold", f"{head} from {p.source.title or p.source.path}"))
    out.print(
        f"run: {p.run.extractor} {p.run.model or ''} prompts "
        f"{p.run.prompt_versions} {p.run.seconds}s"
    )
    if r.is_stale(p):
        out.print(styled("stale:", "red", "the entry changed since; run `curate rebase`"))
    print_screening(p)
    for f in p.flags:
        out.print(styled("flag:", "yellow", str(f)))
    unchanged = []
    for d in diffs:
        if not d.changed and not all_fields and not d.flags:
            unchanged.append(d.field)
            continue
        empty = d.new in (None, "", [])
        conf = f" (confidence {d.confidence:.2f})" if d.confidence is not None and not empty else ""
        out.print(Text.assemble("\n", (d.field, "bold"), conf))
        if p.kind == "update":
            out.print(Text(f"  - {fmt_value(d.old)}", style="red"))
        out.print(Text(f"  + {fmt_value(d.new)}", style="green"))
        for e in d.evidence:
            page = f"p{e['page']}" if e.get("page") else e.get("source", "")
            out.print(f"    \u201c{e['quote']}\u201d ({page})")
        for fl in d.flags:
            out.print(Text.assemble("    ", styled("flag:", "yellow", str(fl))))
    if unchanged:
        out.print(Text(f"\n{len(unchanged)} unchanged fields: {', '.join(unchanged)}", style="dim"))
    if p.run.rejected_quotes:
        n = len(p.run.rejected_quotes)
        out.print(Text(f"{n} unverifiable quotes were rejected", style="dim"))


def print_three_way(rows: list[tuple[str, object, object, object]]) -> None:
    table = new_table(
        "field", "base (when proposed)", "current", "proposed", title="three-way view"
    )
    for f, b, c, n in rows:
        table.add_row(f, fmt_value(b), fmt_value(c), fmt_value(n))
    err.print(table)


@app.command("accept")
@handle_errors
def accept_cmd(
    proposal: str,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="override: field=value (lists comma-separated)"),
    ] = None,
    reviewer: Annotated[str | None, typer.Option(help="default: git user.name")] = None,
    note: Annotated[str | None, typer.Option(help="a note for the log")] = None,
) -> None:
    """Accept a proposal (optionally overriding fields): merge it atomically, log it."""
    from agent.review import StaleProposal

    overrides = {}
    for item in set_ or []:
        if "=" not in item:
            raise UsageError(f"--set {item!r}: expected field=value")
        k, v = item.split("=", 1)
        overrides[k.strip()] = v
    try:
        entry = review().accept(proposal, overrides, reviewer, note)
    except StaleProposal as e:
        print_three_way(e.rows)
        raise
    out.print(f"accepted: registry/models/{entry.id}.yaml (reviewer {entry.provenance.reviewer})")


@app.command("reject")
@handle_errors
def reject_cmd(
    proposal: str,
    reason: Annotated[str, typer.Option(help="why, for the log")],
    reviewer: Annotated[str | None, typer.Option(help="default: git user.name")] = None,
) -> None:
    """Reject a proposal: it leaves the queue and the reason is logged."""
    rec = review().reject(proposal, reason, reviewer)
    out.print(f"rejected {rec['proposal']}")


@app.command("edit")
@handle_errors
def edit_cmd(proposal: str) -> None:
    """Edit the proposed entry in $EDITOR (re-opens on invalid input, like git commit)."""
    changed = review().edit(proposal)
    out.print("proposal updated" if changed else "no changes")


@app.command("rebase")
@handle_errors
def rebase_cmd(proposal: str) -> None:
    """Re-base a stale proposal onto the current registry entry; conflicts are flagged."""
    p = review().rebase(proposal)
    conflicts = [f for f, fp in p.fields.items() if has(fp.flags, FlagCode.rebase_conflict)]
    out.print(f"rebased {p.id}" + (f"; conflicts in {', '.join(conflicts)}" if conflicts else ""))


@app.command("log")
@handle_errors
def log_cmd(
    entry: Annotated[str | None, typer.Argument(help="an entry id")] = None,
    json_out: JsonOpt = False,
) -> None:
    """The decision history of the registry or one entry."""
    records = review().log(entry)
    if json_out:
        print_json(records)
        return
    table = new_table("at", "action", "entry", "reviewer", "proposal", "note")
    for x in records:
        table.add_row(
            x["at"], x["action"], x["entry_id"], x["reviewer"], x["proposal"], x.get("note") or ""
        )
    out.print(table)


@app.command("serve")
@handle_errors
def serve_cmd(
    host: Annotated[str, typer.Option(help="address to bind; not loopback needs a token")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port")] = 8765,
    reviewer: Annotated[
        str | None, typer.Option(help="name recorded with decisions (default: git user.name)")
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="access token (generated and printed when binding beyond loopback)"),
    ] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="open the desk in a browser")] = (
        False
    ),
) -> None:
    """The review desk: a local web app for proposals, the registry and screening."""
    from agent.web import configure, serve

    s = settings()
    cfg = configure(s, host, port, reviewer, token)
    out.print(f"review desk for {s.workspace} (reviewer {cfg.reviewer})", highlight=False)
    out.print(f"open {cfg.url}", highlight=False, soft_wrap=True)
    if cfg.token:
        out.print("anyone with this URL (it holds the access token) can review", highlight=False)
    out.print("press Ctrl+C to stop", highlight=False)
    serve(s, cfg, open_browser)


# ---------------------------------------------------------------- screening


def parse_columns(items: list[str] | None) -> dict[str, str] | None:
    """`--columns title=Name,abstract=Text` or the option repeated; a comma followed by
    another `field=` starts the next pair, so column names may contain commas."""
    if not items:
        return None
    out = {}
    for item in items:
        for pair in re.split(r",(?=\s*\w+\s*=)", item):
            if "=" not in pair:
                raise UsageError(f"--columns {pair!r}: expected field=COLUMN, e.g. title=Title")
            k, v = pair.split("=", 1)
            out[k.strip()] = v.strip()
    return out


@app.command("screen")
@handle_errors
def screen_cmd(
    path: Annotated[Path, typer.Argument(help="search export: .csv .tsv .ris .bib .jsonl .atom")],
    screener: Annotated[str, typer.Option(help="lexicon | llm | cascade")] = "lexicon",
    fmt: Annotated[str | None, typer.Option("--format", help="override the file type")] = None,
    columns: Annotated[
        list[str] | None,
        typer.Option(help="CSV mapping: title=Name,abstract=Text (or repeat the option)"),
    ] = None,
    encoding: Annotated[
        str, typer.Option(help="the file's text encoding, e.g. latin-1 or cp1252")
    ] = "utf-8",
    report: Annotated[bool, typer.Option("--report", help="list decisions that changed")] = False,
    export: Annotated[Path | None, typer.Option(help="write decisions (.csv or .jsonl)")] = None,
    show: Annotated[
        str | None, typer.Option(help="list records: include | maybe | duplicates | errors")
    ] = None,
    queue_included: Annotated[
        bool,
        typer.Option(
            "--queue-included",
            help="run `curate add` for included records with an arXiv id or a DOI",
        ),
    ] = False,
    figure: Annotated[
        Path | None, typer.Option(help="write a PRISMA flow figure (.png/.svg)")
    ] = None,
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1, help="LLM calls in flight at once (llm/cascade; default CURATE_LLM__CONCURRENCY)"
        ),
    ] = None,
    rank: Annotated[
        bool, typer.Option("--rank", help="list records by relevance, likeliest first")
    ] = False,
    top: Annotated[int, typer.Option(help="how many records --rank lists")] = 50,
    json_out: JsonOpt = False,
) -> None:
    """Screen search results against the survey's inclusion criteria (A.2).


    Decisions are committed as they are made: an interrupted run keeps them, and running the
    same command again resumes where it stopped."""
    from rich.progress import MofNCompleteColumn, Progress, TimeElapsedColumn

    from agent.screen.ledger import Ledger
    from agent.screen.run import screen_file, write_decisions
    from agent.screen.screeners import make_screener

    s = settings()
    registry = store().load_all()
    sc = make_screener(screener, s, registry=registry)
    fmt_out = export.suffix.lstrip(".") if export else None
    if fmt_out not in (None, "csv", "jsonl"):
        raise UsageError(f"--export {export}: use a .csv or .jsonl file")
    ledger = Ledger.of(s)
    try:
        with Progress(
            "screening",
            MofNCompleteColumn(),
            "records",
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=json_out,
        ) as bar:
            task = bar.add_task("screen", total=None)
            run = screen_file(
                path,
                sc,
                ledger,
                registry,
                fmt,
                parse_columns(columns),
                progress=lambda i, n: bar.update(task, completed=i, total=n),
                concurrency=concurrency or s.llm.concurrency,
                encoding=encoding,
            )
    except KeyboardInterrupt:
        say_error(
            f"interrupted: {ledger.count()} decisions are kept in the ledger; "
            "run the same command again to resume"
        )
        raise typer.Exit(INTERRUPTED) from None
    if export:
        from agent.fileio import atomic_writer

        with atomic_writer(export, "w", encoding="utf-8", newline="") as fh:
            write_decisions(run, fh, fmt_out or "csv")
    queued: list[str] = []
    failed: list[tuple[str, str]] = []
    if queue_included:
        queued, failed = queue_included_records(s, run.included())
    if figure:
        from agent.figures import prisma_figure

        prisma_figure(run.prisma, figure)
    if json_out:
        print_json(
            {
                "prisma": run.prisma,
                "decided": run.decided,
                "reused": run.reused,
                "human": run.human,
                "replayed": run.replayed,
                "changed": run.changed,
                "changes": [c.__dict__ for c in run.changes],
                "errors": run.errors,
                "queued": queued,
                "not_queued": failed,
            }
        )
        return
    p = run.prisma
    table = new_table("PRISMA", "records", title=f"screening {path.name} ({sc.version})")
    for label, key in (
        ("records in", "records_in"),
        ("unreadable", "unreadable"),
        ("duplicates removed", "duplicates_removed"),
        ("already in registry", "already_in_registry"),
        ("screened", "screened"),
        ("included", "included"),
        ("maybe", "maybe"),
        ("excluded", "excluded"),
    ):
        table.add_row(label, str(p[key]))
    for reason, n in sorted(p["excluded_by_reason"].items()):
        table.add_row(f"  excluded: {reason}", str(n))
    out.print(table)
    out.print(
        f"decided {run.decided}, reused {run.reused} from the ledger"
        + (f" ({run.human} decided by a person)" if run.human else "")
        + f", {run.changed} decisions changed"
    )
    for problem in run.errors[:10]:
        err.print(styled("skipped:", "yellow", problem))
    if report:
        for c in run.changes:
            out.print(f"  {c.key}: {c.old} -> {c.new} ({c.why}) {c.title[:60]}")
        if run.changed > len(run.changes):
            out.print(f"  ... and {run.changed - len(run.changes)} more")
        if not run.changes:
            out.print("  no decisions changed")
    if show:
        if show == "duplicates":
            for dropped, kept, why in run.duplicates:
                out.print(f"  {dropped} merged into {kept}: {why}")
        elif show == "errors":
            for problem in run.errors:
                out.print(f"  {problem}")
        else:
            for r, d in run.decisions:
                if d.decision == show:
                    out.print(
                        f"  [{d.criterion}] {r.arxiv_id or r.key} {r.title[:70]} \u2014 {d.reason}"
                    )
    if rank:
        print_ranked(run, top)
    for aid in queued:
        out.print(f"queued for review: {aid}")
    for aid, why in failed:
        err.print(styled("not queued:", "yellow", f"{aid}: {why}"))


@app.command("screen-decide")
@handle_errors
def screen_decide_cmd(
    record: Annotated[str, typer.Argument(help="the record's arXiv id or ledger key")],
    decision: Annotated[str, typer.Argument(help="include | exclude | maybe")],
    reason: Annotated[str, typer.Option(help="why (kept in the ledger)")] = "",
    reviewer: Annotated[
        str | None, typer.Option(help="default: CURATE_REVIEWER, git, $USER")
    ] = None,
) -> None:
    """Record a reviewer's screening decision (e.g. resolve a maybe); re-screens keep it."""
    from agent.review import default_reviewer
    from agent.screen.ledger import Ledger, decide_by_hand

    e = decide_by_hand(
        Ledger.of(settings()),
        record,
        decision,
        reviewer or default_reviewer(settings()),
        reason,
    )
    out.print(f"{e.key}: {e.decision.decision} ({e.decision.reason})")


def print_ranked(run, top: int) -> None:  # type: ignore[no-untyped-def]
    table = new_table("#", "score", "decision", "record", "title", title="by relevance")
    for n, (r, d) in enumerate(run.ranked(top), start=1):
        score = "—" if d.score is None else f"{d.score:.3f}"
        table.add_row(str(n), score, d.decision, r.arxiv_id or r.key, r.title[:70])
    out.print(table)


def queue_included_records(
    s: Settings, included: list[Any]
) -> tuple[list[str], list[tuple[str, str]]]:
    """`curate add` for each record with an arXiv id or a DOI; the rest are reported."""
    from agent.pipeline import add_many

    no_id = [(r.key, "no arXiv id or DOI") for r in included if not (r.arxiv_id or r.doi)]
    refs = [r.arxiv_id or r.doi for r in included if r.arxiv_id or r.doi]
    # a FetchError here (offline: every paper would fail the same way) exits 4
    with err.status("adding included papers…") as status:
        queued, failed = add_many(s, [x for x in refs if x], progress=lambda m: status.update(m))
    return queued, no_id + failed


@app.command("watch")
@handle_errors
def watch_cmd(
    since: Annotated[
        str | None,
        typer.Option(help="start of the window, YYYY-MM-DD (default: the last run's end)"),
    ] = None,
    until: Annotated[str | None, typer.Option(help="end of the window (default: today)")] = None,
    queue_included: Annotated[
        bool, typer.Option("--queue-included", help="run `curate add` for the new includes")
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Run the living search (registry/search.yaml) on arXiv and bioRxiv/medRxiv for the window
    since the last run, screen the results and print the new includes and maybes. Cron-safe:
    exit 0 when nothing is new, non-zero only when a source failed."""
    from contextlib import nullcontext
    from datetime import date

    from agent.fetch import FetchError, OfflineError
    from agent.watch import watch

    def day(v: str | None, opt: str) -> date | None:
        try:
            return date.fromisoformat(v) if v else None
        except ValueError:
            raise UsageError(f"{opt} {v!r}: expected a date YYYY-MM-DD") from None

    s = settings()
    live = err.is_terminal and not json_out
    status = err.status("watching…") if live else nullcontext()
    try:
        with status as st:
            res = watch(
                s,
                day(since, "--since"),
                day(until, "--until"),
                say=(lambda m: st.update(m)) if st is not None else None,
            )
    except OfflineError as e:  # exit 4, as every FetchError
        raise FetchError(f"{e} The window is kept; the next run retries it.") from e
    new_includes = [r for r, d in res.new if d.decision == "include"]
    queued: list[str] = []
    failed: list[tuple[str, str]] = []
    if queue_included and new_includes:
        queued, failed = queue_included_records(s, new_includes)
    p = res.run.prisma
    if json_out:
        print_json(
            {
                "since": str(res.since),
                "until": str(res.until),
                "found": res.found,
                "failures": res.failures,
                "records": str(res.records_file),
                "prisma": p,
                "new": [
                    {
                        "key": r.key,
                        "title": r.title,
                        "arxiv_id": r.arxiv_id,
                        "doi": r.doi,
                        "decision": d.decision,
                        "criterion": d.criterion,
                        "reason": d.reason,
                    }
                    for r, d in res.new
                ],
                "queued": queued,
                "not_queued": failed,
            }
        )
    else:
        found = ", ".join(f"{k} {v}" for k, v in res.found.items()) or "no source answered"
        out.print(f"watch {res.since}..{res.until}: {found} matching records")
        out.print(
            f"screened {p['screened']}: {p['included']} included, {p['maybe']} maybe, "
            f"{p['excluded']} excluded ({p['duplicates_removed']} duplicates, "
            f"{p['already_in_registry']} already in registry)"
        )
        for r, d in res.new:
            ref = f"arXiv:{r.arxiv_id}" if r.arxiv_id else (f"doi:{r.doi}" if r.doi else r.key)
            out.print(f"new {d.decision}: {ref} {r.title[:90]} — {d.reason}")
        if not res.new:
            out.print("nothing new")
        for ref in queued:
            out.print(f"queued for review: {ref}")
        for ref, why in failed:
            out.print(f"not queued: {ref}: {why}")
    for warning in res.warnings:
        err.print(styled("warning:", "yellow", warning))
    for source, why in res.failures.items():
        say_error(f"{source}: {why} (the window is kept; the next run retries it)")
    if res.failures:
        raise typer.Exit(4)


@eval_app.command("extract")
@handle_errors
def eval_extract_cmd(
    records: Annotated[
        Path | None,
        typer.Option(
            help="JSONL records (id or arxiv_id, title, abstract[, split]); "
            "default: the committed development sets in evals/"
        ),
    ] = None,
    gold: Annotated[Path | None, typer.Option(help="gold entries (JSON)")] = None,
    extractor: Annotated[str, typer.Option(help="lexicon | llm")] = "lexicon",
    shared_dir: SharedDirOpt = None,
    half: Annotated[
        str, typer.Option(help="tune | heldout | all: the half (or both) whose numbers to show")
    ] = "all",
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="list the tune half's records that got a field wrong (held-out records are "
            "never listed one by one)",
        ),
    ] = False,
    similarity: Annotated[
        bool,
        typer.Option(
            "--similarity",
            help="lexicon with the MiniLM family signal (agent.extract.similarity; loads the "
            "embedding model, seconds)",
        ),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Per-field agreement of an extractor with curated entries, tune and held-out halves.
    The development sets' texts are read from the shared data (../shared); a set whose texts
    are not there is skipped with a message."""
    from agent.devsets import SharedDataMissing
    from agent.evaluate import DEV_SETS, HALVES, dev_set_paths, eval_extract, half_view, tune_errors
    from agent.pipeline import make_extractors

    if (records is None) != (gold is None):
        raise InputError("give both --records and --gold, or neither (the evals/ dev sets)")
    if half not in (*HALVES, "all"):
        raise InputError(f"--half {half}: expected tune, heldout or all")
    if errors and half == "heldout":
        raise InputError(
            "--errors lists tune records only: rules are changed looking at the tune half, the "
            "held-out half is reported as aggregate numbers"
        )
    sets = (
        {"custom": (records, gold)}
        if records and gold
        else {name: dev_set_paths(name) for name in DEV_SETS}
    )
    s = settings()
    ex = make_extractors(s, extractor)[0]
    if similarity:
        if extractor != "lexicon":
            raise InputError("--similarity is a signal of the lexicon extractor")
        from agent.extract.lexicon import LexiconExtractor
        from agent.extract.similarity import FamilySimilarity

        ex = LexiconExtractor(similarity=FamilySimilarity(s), signal=ex.signal)
    shared = shared_dir or s.shared_dir
    results = {}
    for name, (r, g) in sets.items():
        try:
            results[name] = eval_extract(r, g, ex, shared)
        except SharedDataMissing as e:
            if name == "custom" or shared is not None:
                raise
            err.print(f"skipped {name}: {e}")
    if json_out:
        keep = ("n", "fields", "halves", "evidence_verifiable", "missing_records")
        short = {}
        for name, res in results.items():
            short[name] = {k: v for k, v in half_view(res, half).items() if k in keep}
            if errors:
                short[name]["errors"] = tune_errors(res)
        print_json(short.get("custom") or short)  # one given set: its result, not nested
        return
    for name, res in results.items():
        print_extract_eval(name, extractor, res, half)
        if errors:
            print_tune_errors(tune_errors(res))


def print_extract_eval(name: str, extractor: str, res: dict, half: str = "all") -> None:
    halves = res["halves"]
    shown = [("tune", "tune"), ("heldout", "held-out")]
    shown = [(h, label) for h, label in shown if half in (h, "all")]
    columns = [f"{label} (n={halves[h]['n']})" for h, label in shown]
    if half == "all":
        columns.append(f"all (n={res['n']})")
    table = new_table("field", *columns, title=f"extraction eval: {name} ({extractor})")

    def cell(v: dict) -> str:
        return "—" if v["score"] is None else f"{v['score']:.2f} ({v['n']})"

    for f, v in res["fields"].items():
        cells = [cell(halves[h]["fields"][f]) for h, _ in shown]
        table.add_row(f, *cells, *([cell(v)] if half == "all" else []))
    out.print(table)
    for h, label in shown:
        conf = halves[h]["confusion"]
        # the held-out half's wrong values only when asked for it alone: rules are changed
        # looking at the tune half, and a default run should not show where held-out fails
        if conf and (h == "tune" or half == "heldout"):
            out.print(f"most frequent wrong values ({label}; gold->pred, +extra, -missing):")
            for f, pairs in conf.items():
                out.print(f"  {f}: " + ", ".join(f"{v} x{c}" for v, c in pairs))
    out.print(f"evidence quotes verifiable in the source: {res['evidence_verifiable']}")
    if res["missing_records"]:
        err.print(f"gold ids not in records: {', '.join(res['missing_records'])}")


def print_tune_errors(errs: dict) -> None:
    out.print(f"tune records with a wrong field ({len(errs)}; gold->pred, +extra, -missing):")
    for key, e in errs.items():
        wrong = "; ".join(f"{f} {' '.join(v)}" for f, v in e["wrong"].items())
        out.print(f"  {key}: {wrong}", markup=False, highlight=False)


@eval_app.command("papers")
@handle_errors
def eval_papers_cmd(
    pdfs: Annotated[Path, typer.Option(help="folder of PDFs named as in the gold file")],
    gold: Annotated[Path, typer.Option(help="gold.json: file -> title, name, scope, …")],
    extractor: Annotated[str, typer.Option(help="lexicon | llm")] = "lexicon",
    json_out: JsonOpt = False,
) -> None:
    """Run `add` on real PDFs (offline, a scratch workspace) and score title, name, scope,
    family, agentic, modalities and code_url against gold."""
    from agent.evaluate_papers import FIELDS, eval_papers

    if not pdfs.is_dir() or not gold.exists():
        err.print(f"skipped: {pdfs if not pdfs.is_dir() else gold} does not exist")
        raise typer.Exit(0)
    res = eval_papers(pdfs, gold, settings(), extractor)
    if json_out:
        print_json(res)
        return
    short = {"modalities": "modal.", "agentic": "agent.", "code_url": "code"}
    table = new_table(title=f"paper eval ({extractor}), {res['n']} PDFs")
    table.add_column("paper", no_wrap=True, max_width=12)
    for f in (*FIELDS, "quotes"):
        table.add_column(short.get(f, f), no_wrap=True)
    for fname, r in res["papers"].items():
        cells = [
            "—" if r["scores"][f] is None else ("ok" if r["scores"][f] else "MISS") for f in FIELDS
        ]
        q = r["quotes"]
        table.add_row(fname[:40], *cells, f"{q['verifiable']}/{q['quotes']}")
    table.add_row(
        "total",
        *("—" if v["score"] is None else f"{v['score']:.2f}" for v in res["fields"].values()),
        str(res["quotes_verifiable"]),
        style="bold",
    )
    out.print(table)
    out.print(
        "scored papers per field: " + ", ".join(f"{f} {v['n']}" for f, v in res["fields"].items())
    )
    q = res["quotes"]
    out.print(
        f"quotes: {q['quotes']}, verifiable {q['verifiable']}, with control characters "
        f"{q['control_chars']}, with page furniture {q['furniture']}",
        highlight=False,
    )
    for fname, r in res["papers"].items():
        misses = [f for f, ok in r["scores"].items() if ok is False]
        if misses:
            got = ", ".join(f"{f}={r['pred'][f]!r}" for f in misses)
            out.print(styled("miss", "yellow", f"{fname}: {got}"))
    if res["missing_pdfs"]:
        err.print(f"gold files not in {pdfs}: {', '.join(res['missing_pdfs'])}")


SCREEN_METRICS = (
    "n",
    "positives",
    "recall",
    "precision",
    "specificity",
    "wss",
    "wss@95",
    "recall@50",
    "recall@100",
    "recall@500",
    "recall_include_only",
    "false_includes",
    "predicted_maybe",
)


@eval_app.command("screen")
@handle_errors
def eval_screen_cmd(
    records: Annotated[
        Path | None,
        typer.Option(
            help="search export with the labelled records; default: the evals/ dev "
            "sets, plus ../shared/data/search-results-dev.jsonl when present"
        ),
    ] = None,
    labels: Annotated[
        Path | None,
        typer.Option(
            help="TSV: id (arXiv id, DOI or PMID), decision (include|exclude|maybe), "
            "criterion, note; a header line first"
        ),
    ] = None,
    screener: Annotated[str, typer.Option(help="lexicon | llm | cascade")] = "lexicon",
    shared_dir: SharedDirOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Recall, precision, specificity, WSS@95 and recall@k of a screener, per half. The
    development sets' texts are read from the shared data (../shared); a set whose texts are
    not there is skipped with a message."""
    from agent.devsets import SharedDataMissing, shared_root
    from agent.evaluate import DEV_SETS, dev_set_paths, eval_screen, eval_screen_devset
    from agent.screen.screeners import make_screener

    if (records is None) != (labels is None):
        raise InputError("give both --records and --labels, or neither (the evals/ dev sets)")
    s = settings()
    sc = make_screener(screener, s, registry=store().load_all())
    shared = shared_dir or s.shared_dir
    results: dict[str, dict] = {}
    if records and labels:
        results[records.name] = eval_screen(records, labels, sc)
    else:
        for name in DEV_SETS:
            try:
                results[name] = eval_screen_devset(dev_set_paths(name)[0], sc, shared)
            except SharedDataMissing as e:
                if shared is not None:
                    raise
                err.print(f"skipped {name}: {e}")
        data = (shared_root(shared) or Path("../shared")) / "data"
        search, lab = data / "search-results-dev.jsonl", data / "search-results-dev.labels.tsv"
        if search.exists() and lab.exists():
            results["search-results-dev (shared)"] = eval_screen(search, lab, sc)
        else:
            err.print(f"skipped the shared search file: {search} not found")
    for name, res in results.items():
        if res.get("labels_unmatched"):
            missing = res["labels_unmatched"]
            err.print(
                f"{name}: {len(missing)} label(s) name no record and are not scored "
                f"(first: {', '.join(missing[:5])})"
            )
    if json_out:
        print_json(results[records.name] if records else results)
        return
    for name, res in results.items():
        print_screen_eval(name, res)


def print_screen_eval(name: str, res: dict) -> None:
    halves = res["halves"]
    table = new_table(
        "metric", "tune", "held-out", "all", title=f"screening eval: {name} ({res['screener']})"
    )

    def fmt(v: object) -> str:
        return "—" if v is None else f"{v:.4f}" if isinstance(v, float) else str(v)

    for k in SCREEN_METRICS:
        table.add_row(k, fmt(halves["tune"][k]), fmt(halves["heldout"][k]), fmt(res[k]))
    table.add_row(
        "confusion",
        *(
            " ".join(f"{k}={v}" for k, v in r["confusion"].items())
            for r in (halves["tune"], halves["heldout"], res)
        ),
    )
    out.print(table)
    # records are listed for the tune half only: the held-out half is read as numbers, never
    # record by record (a rule written after seeing a held-out record is tuned on it)
    tune, held = halves["tune"], halves["heldout"]
    if tune["missed"]:
        out.print(f"missed includes (tune): {', '.join(map(str, tune['missed']))}")
    wrong = tune["false_include_ids"] + tune["false_maybe_ids"]
    if wrong:
        out.print(f"false positives (tune; include/maybe): {', '.join(map(str, wrong[:20]))}")
    hidden = len(held["missed"]) + len(held["false_include_ids"]) + len(held["false_maybe_ids"])
    if hidden:
        out.print(f"held-out: {hidden} wrong record(s), not listed (see the numbers above)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
