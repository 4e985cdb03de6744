"""The review desk's routes: queue, proposal (diff, evidence, page images, accept / reject / edit /
rebase), registry (table, entry, figures) and screening. Every decision goes through
`agent.review.Review` or the screening ledger: the same files, locks and journal as the CLI."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from agent.errors import InputError
from agent.export import COLUMNS, row
from agent.fileio import DataError
from agent.ids import SLUG
from agent.proposal import ProposalNotFound as NotPending
from agent.review import (
    QUEUE_SORTS,
    ProposalChanged,
    StaleProposal,
    age,
    diff_fields,
    filter_rows,
    is_stale,
    proposal_hash,
    sort_rows,
)
from agent.schema import REVIEW_FIELDS, Entry
from agent.screen.ledger import Ledger, decide_by_hand
from agent.settings import Settings
from agent.store import filter_entries
from agent.vocab import Domain, Family, Grounding, Modality, Task
from agent.web import pdfpage, screening
from agent.web.forms import (
    OVERRIDE_FIELDS,
    edit_from_form,
    field_kind,
    form_values,
    overrides_from_form,
)
from agent.web.security import CSRF_FIELD, CsrfError, Guard, checked_form
from agent.web.state import DeskState

HERE = Path(__file__).parent
PROPOSAL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
TABLE_COLUMNS = COLUMNS[:10]
QUEUE_PAGE = 200
SCREEN_PAGE = 100


def paginate(items: list[Any], qp: Any, size: int) -> dict[str, Any]:
    """One page of `items` from the `page` query parameter (1 for anything else): the page's
    items and the numbers the templates' pager shows."""
    raw = qp.get("page", "1")
    page = max(1, int(raw)) if raw.isdigit() else 1
    return {
        "page": page,
        "pages": max(1, -(-len(items) // size)),
        "matched": len(items),
        "slice": items[(page - 1) * size : page * size],
    }


FIGURES = {"task-heatmap": "task_heatmap", "agentic-coverage": "agentic_coverage"}
VOCAB = {
    "family": [f.value for f in Family],
    "modality": [m.value for m in Modality],
    "task": [t.value for t in Task],
    "grounding": [g.value for g in Grounding],
    "domain": [d.value for d in Domain],
}


class NotFound(Exception):
    pass


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["value"] = fmt_value
    env.filters["age"] = age
    env.globals.update(
        field_kind=field_kind,
        OVERRIDE_FIELDS=OVERRIDE_FIELDS,
        CSRF_FIELD=CSRF_FIELD,
        REVIEW_FIELDS=REVIEW_FIELDS,
        VOCAB=VOCAB,
    )
    return env


def fmt_value(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(map(str, v)) or "—"
    if isinstance(v, bool):
        return "yes" if v else "no"
    return "—" if v in (None, "") else str(v)


def value_parts(old: Any, new: Any) -> list[tuple[str, str]]:
    """A list value's items as (mark, item): '+' added, '-' removed, '' kept."""
    o = [str(x) for x in old or []] if isinstance(old, list) or old is None else [str(old)]
    n = [str(x) for x in new or []] if isinstance(new, list) or new is None else [str(new)]
    return [("" if x in o else "+", x) for x in n] + [("-", x) for x in o if x not in n]


def create_app(
    settings: Settings, reviewer: str, token: str | None = None, loopback_only: bool = True
) -> Starlette:
    state = DeskState(settings, reviewer)
    env = _env()

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.update(request=request, csrf=request.state.csrf, reviewer=state.reviewer)
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
        return render(request, "error.html", status, title=title, message=message)

    def valid_pid(pid: str) -> str:
        if not PROPOSAL_ID.match(pid) or ".." in pid:
            raise NotFound(f"no pending proposal {pid!r}")
        return pid

    def valid_eid(eid: str) -> str:
        if not SLUG.match(eid):
            raise NotFound(f"no registry entry {eid!r}")
        return eid

    # ---------------------------------------------------------------- queue
    async def queue(request: Request) -> Response:
        qp = request.query_params
        rows, broken = state.queue_rows()
        total = len(rows)
        sort = qp.get("sort", "created_at")
        if sort not in QUEUE_SORTS:
            sort = "created_at"
        stale = {"yes": True, "no": False}.get(qp.get("stale", ""))
        scope = {"out": True, "in": False}.get(qp.get("scope", ""))
        kind = qp.get("kind") if qp.get("kind") in ("new", "update") else None
        shown = sort_rows(
            filter_rows(rows, qp.get("q"), kind, qp.get("flagged") == "1", stale, scope),
            sort,
            qp.get("desc") == "1",
        )
        counts = {
            "total": total,
            "new": sum(r.kind == "new" for r in rows),
            "update": sum(r.kind == "update" for r in rows),
            "flagged": sum(bool(r.flags) for r in rows),
            "stale": sum(r.stale for r in rows),
            "out_of_scope": sum(r.out_of_scope for r in rows),
        }
        params = {k: v for k, v in qp.items() if k not in ("page", "sort", "desc", "done")}
        done = qp.get("done", "")
        pg = paginate(shown, qp, QUEUE_PAGE)
        return render(
            request,
            "queue.html",
            rows=pg["slice"],
            matched=pg["matched"],
            page=pg["page"],
            pages=pg["pages"],
            counts=counts,
            broken=broken,
            sort=sort,
            desc=qp.get("desc") == "1",
            q=qp.get("q", ""),
            params=params,
            urlencode=urlencode,
            done=done if re.match(r"^(accepted|rejected):[A-Za-z0-9._-]+$", done) else "",
        )

    # ---------------------------------------------------------------- proposal
    def load_pending(pid: str):  # type: ignore[no-untyped-def]
        try:
            p = state.proposal(valid_pid(pid))
        except DataError as e:
            raise NotFound(str(e)) from e
        if p is None:
            raise NotFound(f"no pending proposal {pid!r}: it may have been accepted or rejected")
        return p

    def proposal_page(request: Request, pid: str, status: int = 200, **extra: Any) -> HTMLResponse:
        p = load_pending(pid)
        current = state.entry(p.entry_id)
        stale = is_stale(p, current)
        diffs = diff_fields(p, current)
        data = p.entry.to_data()
        three_way = state.review.three_way(p) if stale else []
        return render(
            request,
            "proposal.html",
            status,
            p=p,
            diffs=diffs,
            data=data,
            current=current,
            stale=stale,
            three_way=three_way,
            version=proposal_hash(p),
            value_parts=value_parts,
            screening=as_dict(getattr(p, "screening", None)),
            has_pdf=bool(
                pdfpage.find_pdf(
                    settings.workspace,
                    settings.corpus_dir,
                    p.source.pdf_sha256,
                    p.source.arxiv_id,
                    p.source.path,
                )
            ),
            **extra,
        )

    async def proposal(request: Request) -> Response:
        return proposal_page(request, request.path_params["pid"])

    async def accept(request: Request) -> Response:
        pid = valid_pid(request.path_params["pid"])
        form = await checked_form(request)
        p = state.proposal(pid)  # None: decided meanwhile, which accept() explains
        who = str(form.get("reviewer", "")).strip()
        if not who:
            return proposal_page(request, pid, 422, error="a decision needs a reviewer's name")
        overrides = overrides_from_form(form, p.entry.to_data()) if p else {}
        try:
            entry = await run_in_threadpool(
                state.review.accept,
                pid,
                overrides,
                who,
                str(form.get("note", "")).strip() or None,
                str(form.get("version", "")) or None,
            )
        except StaleProposal as e:
            return proposal_page(request, pid, 409, error=str(e))
        except (NotPending, ProposalChanged) as e:
            return decision_conflict(request, pid, e)
        except (DataError, ValueError) as e:
            return proposal_page(request, pid, 422, error=str(e), overrides=overrides)
        return RedirectResponse(f"/queue?done=accepted:{entry.id}", 303)

    async def reject(request: Request) -> Response:
        pid = valid_pid(request.path_params["pid"])
        form = await checked_form(request)
        who = str(form.get("reviewer", "")).strip()
        reason = str(form.get("reason", "")).strip()
        if not who or not reason:
            return proposal_page(
                request, pid, 422, error="a rejection needs a reviewer's name and a reason"
            )
        try:
            rec = await run_in_threadpool(
                state.review.reject, pid, reason, who, str(form.get("version", "")) or None
            )
        except (NotPending, ProposalChanged) as e:
            return decision_conflict(request, pid, e)
        except (DataError, ValueError) as e:
            return proposal_page(request, pid, 422, error=str(e))
        return RedirectResponse(f"/queue?done=rejected:{rec['entry_id']}", 303)

    async def rebase(request: Request) -> Response:
        pid = valid_pid(request.path_params["pid"])
        form = await checked_form(request)
        try:
            await run_in_threadpool(state.review.rebase, pid, str(form.get("version", "")) or None)
        except (NotPending, ProposalChanged) as e:
            return decision_conflict(request, pid, e)
        except DataError as e:
            return proposal_page(request, pid, 422, error=str(e))
        return RedirectResponse(f"/proposal/{pid}?done=rebased", 303)

    def decision_conflict(request: Request, pid: str, e: Exception) -> HTMLResponse:
        return render(
            request,
            "error.html",
            409,
            title="already decided" if isinstance(e, NotPending) else "proposal changed",
            message=str(e),
            pid=pid if isinstance(e, ProposalChanged) else None,
        )

    async def edit(request: Request) -> Response:
        pid = valid_pid(request.path_params["pid"])
        p = load_pending(pid)
        if request.method == "GET":
            return render(
                request,
                "edit.html",
                p=p,
                values=form_values(p.entry),
                errors={},
                version=proposal_hash(p),
            )
        form = await checked_form(request)
        res = edit_from_form(form, p.entry)
        if res.entry is None:
            return render(
                request,
                "edit.html",
                422,
                p=p,
                values=res.values,
                errors=res.errors,
                version=str(form.get("version", "")),
            )
        try:
            await run_in_threadpool(
                state.review.save_edit, pid, res.entry, str(form.get("version", "")) or None
            )
        except (NotPending, ProposalChanged) as e:
            return decision_conflict(request, pid, e)
        return RedirectResponse(f"/proposal/{pid}?done=edited", 303)

    # ---------------------------------------------------------------- page images
    def evidence_quote(entry: Entry, qp: Any) -> tuple[str | None, int | None]:
        f = qp.get("field")
        if f is None:
            return None, None
        idx = qp.get("i", "0")
        quotes = entry.evidence.get(f, []) if f in entry.evidence else []
        if not idx.isdigit() or int(idx) >= len(quotes):
            raise NotFound(f"no quote {f}[{idx}]")
        ev = quotes[int(idx)]
        return ev.quote, ev.page

    async def image(
        request: Request, sha: str | None, arxiv_id: str | None, path: str | None, entry: Entry
    ) -> Response:
        page = request.path_params["page"]
        quote, qpage = evidence_quote(entry, request.query_params)
        if qpage is not None and qpage != page:
            raise NotFound(f"that quote is on page {qpage}, not {page}")
        if not sha:
            raise NotFound("no PDF is recorded for this source")
        out = pdfpage.cache_path(settings.cache_dir, sha, page, quote)
        headers = {"Cache-Control": "private, max-age=3600"}
        if out.exists():
            return Response(out.read_bytes(), media_type="image/png", headers=headers)
        pdf = pdfpage.find_pdf(settings.workspace, settings.corpus_dir, sha, arxiv_id, path)
        if pdf is None:
            raise NotFound("the paper's PDF is not in the corpus cache (run `curate add` again)")
        try:
            data, n = await run_in_threadpool(pdfpage.page_png, pdf, page, quote, out)
        except pdfpage.PageError as e:
            raise NotFound(str(e)) from e
        headers["X-Highlighted-Chars"] = str(n)
        return Response(data, media_type="image/png", headers=headers)

    async def proposal_image(request: Request) -> Response:
        p = load_pending(request.path_params["pid"])
        s = p.source
        return await image(request, s.pdf_sha256, s.arxiv_id, s.path, p.entry)

    async def entry_image(request: Request) -> Response:
        e = load_entry(request.path_params["eid"])
        path = await run_in_threadpool(logged_pdf_path, e)
        return await image(request, e.provenance.pdf_sha256, e.arxiv_id, path, e)

    # ---------------------------------------------------------------- registry
    def load_entry(eid: str) -> Entry:
        try:
            e = state.entry(valid_eid(eid))
        except DataError as err:
            raise NotFound(str(err)) from err
        if e is None:
            raise NotFound(f"no registry entry {eid!r}")
        return e

    def logged_pdf_path(e: Entry) -> str | None:
        return pdf_path_in(state.review.log(e.id), e)

    async def registry(request: Request) -> Response:
        qp = request.query_params
        entries, broken = state.all_entries()
        agentic = {"yes": True, "no": False}.get(qp.get("agentic", ""))
        shown = filter_entries(
            entries,
            qp.get("family") or None,
            qp.get("modality") or None,
            qp.get("task") or None,
            agentic,
        )
        needle = qp.get("q", "").strip().lower()
        rows = [row(e) for e in shown]
        if needle:
            rows = [r for r in rows if any(needle in v.lower() for v in r.values())]
        sort = qp.get("sort", "model")
        if sort not in TABLE_COLUMNS:
            sort = "model"

        def key(r: dict[str, str]) -> Any:
            v = r[sort]
            return (0, int(v), "") if v.isdigit() else (1, 0, v.lower())

        rows.sort(key=key, reverse=qp.get("desc") == "1")
        params = {k: v for k, v in qp.items() if k not in ("sort", "desc")}
        return render(
            request,
            "registry.html",
            rows=rows,
            total=len(entries),
            broken=broken,
            columns=TABLE_COLUMNS,
            sort=sort,
            desc=qp.get("desc") == "1",
            qp=qp,
            params=params,
            urlencode=urlencode,
        )

    async def entry_page(request: Request) -> Response:
        e = load_entry(request.path_params["eid"])
        history = await run_in_threadpool(state.review.log, e.id)
        has_pdf = bool(
            pdfpage.find_pdf(
                settings.workspace,
                settings.corpus_dir,
                e.provenance.pdf_sha256,
                e.arxiv_id,
                pdf_path_in(history, e),
            )
        )
        return render(
            request, "entry.html", e=e, data=e.to_data(), r=row(e), history=history, has_pdf=has_pdf
        )

    async def figure(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in FIGURES:
            raise NotFound(f"no figure {name!r}")
        entries, _ = state.all_entries()
        digest = hashlib.sha256("".join(e.content_hash() for e in entries).encode()).hexdigest()
        memo = state.memo.setdefault("figures", {})
        if (name, digest) not in memo:
            memo[(name, digest)] = await run_in_threadpool(draw_figure, name, entries)
        return Response(memo[(name, digest)], media_type="image/svg+xml")

    # ---------------------------------------------------------------- screening
    async def screening_page(request: Request) -> Response:
        qp = request.query_params
        show = qp.get("show", "todo")
        if show not in screening.SHOWS:
            show = "todo"
        items, counts = await run_in_threadpool(screening.worklist, state, show)
        pg = paginate(items, qp, SCREEN_PAGE)
        return render(
            request,
            "screening.html",
            items=pg["slice"],
            matched=pg["matched"],
            page=pg["page"],
            pages=pg["pages"],
            counts=counts,
            show=show,
            highlight=screening.highlight,
            shows=screening.SHOWS,
        )

    def decide(key: str, decision: str, who: str) -> None:
        ledger = Ledger.of(settings)  # one SQLite connection per call, in this thread
        try:
            decide_by_hand(ledger, key, decision, who, "on the review desk")
        finally:
            ledger.close()

    async def screening_decide(request: Request) -> Response:
        form = await checked_form(request)
        key = str(form.get("key", ""))
        decision = str(form.get("decision", ""))
        who = str(form.get("reviewer", "")).strip() or state.reviewer
        show = str(form.get("show", "todo"))
        page = str(form.get("page", "1"))
        if show not in screening.SHOWS or not page.isdigit():
            show, page = "todo", "1"
        if decision not in ("include", "exclude", "maybe"):
            return error_page(request, 422, "not decided", f"unknown decision {decision!r}")
        try:
            await run_in_threadpool(decide, key, decision, who)
        except InputError as e:  # the only one left: a key that is not in the ledger
            return error_page(request, 404, "not found", str(e))
        nxt = str(form.get("next", ""))
        anchor = f"#r-{hashlib.sha1(nxt.encode()).hexdigest()[:12]}" if nxt else ""
        return RedirectResponse(f"/screening?show={show}&page={page}{anchor}", 303)

    # ---------------------------------------------------------------- errors
    async def not_found(request: Request, exc: Exception) -> Response:
        return error_page(request, 404, "not found", str(exc))

    async def csrf_failed(request: Request, exc: Exception) -> Response:
        return error_page(request, 403, "forbidden", str(exc))

    async def home(request: Request) -> Response:
        return RedirectResponse("/queue", 303)

    env.globals["anchor"] = lambda key: "r-" + hashlib.sha1(key.encode()).hexdigest()[:12]
    routes = [
        Route("/", home),
        Route("/queue", queue),
        Route("/proposal/{pid}", proposal),
        Route("/proposal/{pid}/accept", accept, methods=["POST"]),
        Route("/proposal/{pid}/reject", reject, methods=["POST"]),
        Route("/proposal/{pid}/rebase", rebase, methods=["POST"]),
        Route("/proposal/{pid}/edit", edit, methods=["GET", "POST"]),
        Route("/proposal/{pid}/page/{page:int}.png", proposal_image),
        Route("/registry", registry),
        Route("/registry/{eid}", entry_page),
        Route("/registry/{eid}/page/{page:int}.png", entry_image),
        Route("/figures/{name}.svg", figure),
        Route("/screening", screening_page),
        Route("/screening/decide", screening_decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard, token=token, loopback_only=loopback_only and not token)],
        exception_handlers={NotFound: not_found, CsrfError: csrf_failed},
    )
    app.state.desk = state
    return app


def pdf_path_in(history: list[dict[str, Any]], e: Entry) -> str | None:
    """A local PDF's path as the accepted proposal recorded it (papers added with --pdf)."""
    for rec in reversed(history):
        src = rec.get("source") or {}
        if rec.get("action") == "accept" and src.get("pdf_sha256") == e.provenance.pdf_sha256:
            return src.get("path")
    return None


def as_dict(x: Any) -> dict[str, Any] | None:
    if x is None:
        return None
    return x.model_dump() if hasattr(x, "model_dump") else dict(x)


def draw_figure(name: str, entries: list[Entry]) -> bytes:
    from agent import figures

    with tempfile.TemporaryDirectory() as tmp:
        paths = getattr(figures, FIGURES[name])(entries, Path(tmp) / name)
        svg = next(p for p in paths if p.suffix == ".svg")
        return svg.read_bytes()
