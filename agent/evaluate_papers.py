"""`curate eval papers`: run `add` on real PDFs in a scratch workspace and score what it
proposes against a gold file (title, name, scope, family, agentic, modalities, code_url), plus
checks on every quote (verifiable, no control characters, no page furniture)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from agent.evaluate import load_gold
from agent.fileio import DataError
from agent.reader import flat, locate_quote, read_paper
from agent.settings import Settings

FIELDS = ("title", "name", "scope", "family", "agentic", "modalities", "code_url")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ue000-\uf8ff\ufffd]")


class NullIndex:
    """The lexicon extractor retrieves nothing: an eval does not need to embed the papers."""

    def add_paper(self, *args: Any, **kwargs: Any) -> None:
        return None

    def retriever(self, key: str) -> Any:
        return lambda query, k: []


def _norm_text(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def _norm_url(u: str | None) -> str:
    u = (u or "").strip().lower().rstrip("/.")
    u = re.sub(r"^https?://(www\.)?", "", u)
    return re.sub(r"\.git$", "", u)


def score_paper(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool | None]:
    """Per-field agreement; None where the gold does not score the field."""
    out: dict[str, bool | None] = {}
    titles = [gold["title"], *(gold.get("title_ok") or [])]
    out["title"] = _norm_text(pred.get("title")) in {_norm_text(t) for t in titles}
    ok_names = gold.get("name_ok") or []
    if "?" in ok_names:
        out["name"] = None
    elif gold.get("name") is None:
        out["name"] = pred.get("name") is None
    else:
        names = {_norm_text(n) for n in [gold["name"], *ok_names]}
        out["name"] = _norm_text(pred.get("name")) in names
    out["scope"] = pred.get("scope") in (gold.get("scope") or [])
    if "family" in gold:
        fam = pred.get("family")
        out["family"] = fam == gold["family"] or fam in (gold.get("family_ok") or [])
    else:
        out["family"] = None
    out["agentic"] = None if gold.get("agentic") is None else pred.get("agentic") == gold["agentic"]
    mods = gold.get("modalities")
    if mods is None:
        out["modalities"] = None
    else:
        p = set(pred.get("modalities") or [])
        req, ok = set(mods.get("req", [])), set(mods.get("ok", []))
        out["modalities"] = req <= p <= req | ok
    code = gold.get("code_url", "?")
    if code == "?":
        out["code_url"] = None
    elif code is None:
        out["code_url"] = pred.get("code_url") is None
    else:
        out["code_url"] = _norm_url(pred.get("code_url")) == _norm_url(code)
    return out


def _quote_checks(proposal: Any, pages_flat: list[str], furniture: list[str]) -> dict[str, int]:
    quotes = [e.quote for fp in proposal.fields.values() for e in fp.evidence]
    furn = [flat(f) for f in furniture if len(f) > 15]
    return {
        "quotes": len(quotes),
        "verifiable": sum(locate_quote(q, pages_flat) is not None for q in quotes),
        "control_chars": sum(bool(CONTROL.search(q)) for q in quotes),
        "furniture": sum(any(f in flat(q) for f in furn) for q in quotes),
    }


def eval_papers(
    pdfs: Path, gold_path: Path, settings: Settings, extractor: str = "lexicon"
) -> dict[str, Any]:
    from agent.pipeline import add

    if not pdfs.is_dir():
        raise DataError(f"{pdfs}: no such folder of PDFs")
    gold = load_gold(gold_path)
    tallies = {f: [0, 0] for f in FIELDS}
    checks = {"quotes": 0, "verifiable": 0, "control_chars": 0, "furniture": 0}
    papers: dict[str, Any] = {}
    missing = sorted(f for f in gold if not (pdfs / f).exists())
    with tempfile.TemporaryDirectory(prefix="curate-eval-") as tmp:
        ws = Path(tmp)
        (ws / "registry" / "models").mkdir(parents=True)
        (ws / "registry" / "queue").mkdir()
        s = settings.model_copy(update={"workspace": ws})
        for fname in sorted(set(gold) - set(missing)):
            pdf = pdfs / fname
            index = NullIndex() if extractor == "lexicon" else None
            res = add(s, pdf=pdf, extractor=extractor, index=index)
            p = res.proposal
            read = read_paper(pdf)
            entry = p.entry
            pred = {
                "title": p.source.title,
                "name": p.fields["name"].value if "name" in p.fields else None,
                "scope": p.screening.decision if p.screening else None,
                "family": entry.family.value if entry.family else None,
                "agentic": entry.agentic,
                "modalities": [m.value for m in entry.modalities],
                "code_url": entry.code_url,
            }
            scores = score_paper(pred, gold[fname])
            for f, ok in scores.items():
                if ok is not None:
                    tallies[f][0] += int(ok)
                    tallies[f][1] += 1
            qc = _quote_checks(p, [flat(pg.text) for pg in read.pages], read.report.furniture)
            for k, v in qc.items():
                checks[k] += v
            papers[fname] = {
                "pred": pred,
                "scores": scores,
                "quotes": qc,
                "seconds": round(res.timings.get("total", 0.0), 2),
            }
    return {
        "n": len(papers),
        "fields": {
            f: {"score": round(c / n, 3) if n else None, "n": n} for f, (c, n) in tallies.items()
        },
        "quotes": checks,
        "quotes_verifiable": round(checks["verifiable"] / checks["quotes"], 3)
        if checks["quotes"]
        else None,
        "missing_pdfs": missing,
        "papers": papers,
    }
