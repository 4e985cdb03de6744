"""The review desk over HTTP (Starlette's test client): every page and every action."""

from __future__ import annotations

import re

import pytest
from desk_fixtures import Desk

from agent.fileio import read_jsonl
from agent.pipeline import add
from agent.proposal import Queue
from agent.review import Review, proposal_hash
from agent.store import Store


@pytest.fixture
def desk(settings):
    return Desk(settings)


@pytest.fixture
def new_proposal(settings, example_pdf, fake_index):
    return add(settings, pdf=example_pdf, index=fake_index).proposal


@pytest.fixture
def update_proposal(settings, table7_registry, paper, fake_index):
    pdf = paper(
        "scGPT: a foundation model for single-cell multi-omics",
        "We present scGPT, a generative pretrained transformer pretrained on 33 million cells "
        "of single-cell RNA-seq data for cell type annotation and batch integration. Code: "
        "https://github.com/bowang-lab/scGPT",
    )
    return add(settings, pdf=pdf, index=fake_index).proposal


def accept_form(p, **extra):  # type: ignore[no-untyped-def]
    return {"reviewer": "Ada", "version": proposal_hash(p), **extra}


# ---------------------------------------------------------------- queue


def test_queue_lists_pending_proposals_with_counts(desk, new_proposal):
    r = desk.get("/queue")
    assert r.status_code == 200
    assert f'href="/proposal/{new_proposal.id}"' in r.text and "NicheLM" in r.text
    assert "new 1" in r.text and "pdf " + new_proposal.source.pdf_sha256[:8] in r.text


def test_queue_filters_and_sorts(desk, new_proposal, update_proposal):
    assert "scGPT" not in desk.get("/queue?q=niche").text
    assert "NicheLM" not in desk.get("/queue?kind=update").text
    text = desk.get("/queue?sort=model&desc=1").text
    assert text.index("scGPT") < text.index("NicheLM")
    assert desk.get("/queue?sort=nonsense").status_code == 200  # falls back to the default


def test_root_redirects_to_queue(desk):
    r = desk.get("/")
    assert r.status_code == 303 and r.headers["location"] == "/queue"


# ---------------------------------------------------------------- proposal


def test_proposal_page_shows_diff_quotes_pages_and_confidence(desk, new_proposal):
    r = desk.get(f"/proposal/{new_proposal.id}")
    assert r.status_code == 200
    ev = new_proposal.entry.evidence["modalities"][0]
    assert f"/proposal/{new_proposal.id}/page/{ev.page}.png?field=modalities&amp;i=0" in r.text
    assert "<cite>p1</cite>" in r.text
    assert 'class="item add">+spatial' in r.text
    assert "1.00" in r.text  # confidence


def test_update_proposal_marks_changed_values(desk, update_proposal):
    text = desk.get(f"/proposal/{update_proposal.id}").text
    row = text[text.index('id="f-code_url"') :]
    assert "<ins>https://github.com/bowang-lab/scGPT</ins>" in row[: row.index("</tr>")]


def test_page_image_highlights_the_quote_and_is_cached(desk, settings, new_proposal):
    ev = new_proposal.entry.evidence["modalities"][0]
    url = f"/proposal/{new_proposal.id}/page/{ev.page}.png?field=modalities&i=0"
    first = desk.get(url)
    assert first.status_code == 200 and first.headers["content-type"] == "image/png"
    assert int(first.headers["x-highlighted-chars"]) >= len(ev.quote.replace(" ", "")) - 2
    assert list((settings.cache_dir / "pages").glob("*.png"))
    again = desk.get(url)
    assert again.content == first.content and "x-highlighted-chars" not in again.headers


def test_highlight_is_drawn_in_the_image(desk, new_proposal):
    import io

    from PIL import Image

    base = f"/proposal/{new_proposal.id}/page/1.png"
    plain = Image.open(io.BytesIO(desk.get(base).content)).convert("RGB")
    marked = Image.open(io.BytesIO(desk.get(base + "?field=family&i=0").content)).convert("RGB")

    def yellow(img):  # type: ignore[no-untyped-def]
        colours = img.getcolors(maxcolors=1 << 24)
        return sum(n for n, (r, g, b) in colours if r > 200 and g > 180 and b < 150)

    assert yellow(marked) > 500 and yellow(plain) == 0


def test_page_image_rejects_unknown_quote_and_page(desk, new_proposal):
    base = f"/proposal/{new_proposal.id}/page"
    assert desk.get(f"{base}/1.png?field=family&i=99").status_code == 404
    assert desk.get(f"{base}/1.png?field=../../etc&i=0").status_code == 404
    assert desk.get(f"{base}/2.png?field=family&i=0").status_code == 404  # quote is on p1
    assert desk.get(f"{base}/40.png").status_code == 404


# ---------------------------------------------------------------- decisions


def test_accept_with_override_writes_entry_and_log(desk, settings, new_proposal):
    form = [
        *accept_form(new_proposal, note="checked").items(),
        ("present:tasks", "1"),
        ("set:tasks", "annotation"),
        ("set:tasks", "drug_response"),
        ("present:family", "1"),
        ("set:family", new_proposal.entry.family),
    ]
    r = desk.post(f"/proposal/{new_proposal.id}/accept", form)
    assert r.status_code == 303 and r.headers["location"] == "/queue?done=accepted:nichelm"
    e = Store(settings.models_dir).load("nichelm")
    assert e.tasks == ["annotation", "drug_response"] and e.provenance.reviewer == "Ada"
    (rec,) = read_jsonl(settings.decisions_log)
    assert rec["overrides"] == {"tasks": "annotation,drug_response"} and rec["note"] == "checked"
    assert "accepted: nichelm" in desk.get(r.headers["location"]).text


def test_accept_without_overrides_keeps_proposed_values(desk, settings, new_proposal):
    form = [*accept_form(new_proposal).items(), ("present:agentic", "1"), ("set:agentic", "false")]
    assert desk.post(f"/proposal/{new_proposal.id}/accept", form).status_code == 303
    (rec,) = read_jsonl(settings.decisions_log)
    assert rec["overrides"] == {}


def test_override_outside_vocabulary_is_refused(desk, settings, new_proposal):
    form = [
        *accept_form(new_proposal).items(),
        ("present:modalities", "1"),
        ("set:modalities", "smell"),
    ]
    r = desk.post(f"/proposal/{new_proposal.id}/accept", form)
    assert r.status_code == 422 and "modalities" in r.text
    assert not Store(settings.models_dir).exists("nichelm")
    assert Queue(settings.queue_dir).ids() == [new_proposal.id]


def test_accept_needs_a_reviewer(desk, settings, new_proposal):
    r = desk.post(f"/proposal/{new_proposal.id}/accept", accept_form(new_proposal, reviewer=" "))
    assert r.status_code == 422 and "needs a reviewer" in r.text
    assert Queue(settings.queue_dir).ids() == [new_proposal.id]


def test_reject_needs_a_reason_then_logs_it(desk, settings, new_proposal):
    url = f"/proposal/{new_proposal.id}/reject"
    assert desk.post(url, {"reviewer": "Bob", "reason": ""}).status_code == 422
    r = desk.post(url, {"reviewer": "Bob", "reason": "not single-cell"})
    assert r.status_code == 303
    (rec,) = read_jsonl(settings.decisions_log)
    assert (rec["action"], rec["reviewer"], rec["note"]) == ("reject", "Bob", "not single-cell")
    assert Queue(settings.queue_dir).ids() == []


def test_edit_form_shows_errors_next_to_fields(desk, settings, new_proposal):
    url = f"/proposal/{new_proposal.id}/edit"
    page = desk.get(url)
    assert page.status_code == 200 and 'name="family" value="foundation"' in page.text
    values = {k: v for k, v in form_values_of(new_proposal).items() if not isinstance(v, list)}
    values.update(family="wizardry", year="soon", version=proposal_hash(new_proposal))
    r = desk.post(url, values)
    assert r.status_code == 422
    assert re.search(r'id="err-family">[^<]*(foundation|Input should be)', r.text)
    assert 'id="err-year">expected an integer' in r.text
    assert Queue(settings.queue_dir).load(new_proposal.id).entry == new_proposal.entry


def test_edit_saves_a_valid_entry(desk, settings, new_proposal):
    values = list(form_values_of(new_proposal).items())
    items = [(k, x) for k, v in values for x in (v if isinstance(v, list) else [v])]
    items = [(k, "epigenomic" if k == "family" else v) for k, v in items]
    items.append(("version", proposal_hash(new_proposal)))
    r = desk.post(f"/proposal/{new_proposal.id}/edit", items)
    assert r.status_code == 303, r.text
    p = Queue(settings.queue_dir).load(new_proposal.id)
    assert p.entry.family == "epigenomic" and "edited by reviewer" in [
        f.message for f in p.fields["family"].flags
    ]
    assert p.entry.modalities == new_proposal.entry.modalities


def form_values_of(p):  # type: ignore[no-untyped-def]
    from agent.web.forms import form_values

    return form_values(p.entry)


def test_stale_proposal_shows_three_way_and_rebases(desk, settings, update_proposal):
    store = Store(settings.models_dir)
    cur = store.load("scgpt")
    cur.venue = "Nature Methods (2024)"
    store.save(cur)
    page = desk.get(f"/proposal/{update_proposal.id}")
    assert 'id="stale"' in page.text and "Nature Methods (2024)" in page.text
    r = desk.post(f"/proposal/{update_proposal.id}/accept", accept_form(update_proposal))
    assert r.status_code == 409 and "three-way" in r.text
    r = desk.post(
        f"/proposal/{update_proposal.id}/rebase", {"version": proposal_hash(update_proposal)}
    )
    assert r.status_code == 303
    p = Queue(settings.queue_dir).load(update_proposal.id)
    assert desk.post(f"/proposal/{p.id}/accept", accept_form(p)).status_code == 303
    e = store.load("scgpt")
    assert (
        e.venue == "Nature Methods (2024)" and e.code_url == "https://github.com/bowang-lab/scGPT"
    )


def test_decision_after_cli_decision_says_already_decided(desk, settings, new_proposal):
    Review(settings).accept(new_proposal.id, reviewer="cli-user")
    r = desk.post(f"/proposal/{new_proposal.id}/accept", accept_form(new_proposal))
    assert r.status_code == 409 and "already decided" in r.text and "cli-user" in r.text
    assert "no longer pending: it was accepted" in r.text
    assert len(list(read_jsonl(settings.decisions_log))) == 1


def test_decision_on_a_proposal_edited_since_loading_is_refused(desk, settings, new_proposal):
    e = new_proposal.entry.model_copy(update={"primary_task": "edited in the terminal"})
    Review(settings).save_edit(new_proposal.id, e)
    r = desk.post(f"/proposal/{new_proposal.id}/accept", accept_form(new_proposal))
    assert r.status_code == 409 and "changed" in r.text
    assert not Store(settings.models_dir).exists("nichelm")


def test_unknown_proposal_is_404(desk):
    assert desk.get("/proposal/nope").status_code == 404
    assert desk.get("/proposal/.hidden").status_code == 404
    assert desk.get("/proposal/a..b/page/1.png").status_code == 404
    assert desk.get("/proposal/%2e%2e%2f%2e%2e%2fsettings").status_code == 404


# ---------------------------------------------------------------- registry


def test_registry_table_filters_and_sorts(desk, table7_registry):
    r = desk.get("/registry")
    assert r.status_code == 200 and "58 of 58" in r.text
    for col in ("model", "venue", "category", "modality", "grounding", "agentic", "primary task"):
        assert f">{col}" in r.text
    assert "of 58" in (agentic := desk.get("/registry?agentic=yes").text)
    assert "scGPT" not in agentic
    years = re.findall(r"<td>(20\d\d)</td>", desk.get("/registry?sort=year&desc=1").text)
    assert years == sorted(years, reverse=True)


def test_entry_page_shows_evidence_and_history(desk, settings, new_proposal):
    Review(settings).accept(new_proposal.id, reviewer="Ada", note="fine")
    r = desk.get("/registry/nichelm")
    assert r.status_code == 200
    assert "/registry/nichelm/page/1.png?field=family&amp;i=0" in r.text
    hist = r.text[r.text.index('id="history"') :]
    assert "accept" in hist and "Ada" in hist and "fine" in hist
    img = desk.get("/registry/nichelm/page/1.png?field=family&i=0")
    assert img.status_code == 200 and img.headers["content-type"] == "image/png"


def test_figures_are_drawn_live(desk, table7_registry):
    for name in ("task-heatmap", "agentic-coverage"):
        r = desk.get(f"/figures/{name}.svg")
        assert r.status_code == 200 and r.text.lstrip().startswith("<?xml")
    assert desk.get("/figures/secret.svg").status_code == 404


def test_unknown_entry_is_404(desk):
    assert desk.get("/registry/NOPE").status_code == 404
    assert desk.get("/registry/nope").status_code == 404
