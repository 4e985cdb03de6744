"""The texts of the committed development sets, read from the shared data at eval time.

`evals/` holds what is ours: which records a set has, their half (tune / held-out), their
screening decision and the extraction gold. The titles and abstracts are not ours (arXiv
records' authors, the survey's authors) and the shared data may not be copied into the project,
so a set's rows name where their text comes from and it is read here when `curate eval` runs:

- `"from": "search"`: the record of that arXiv id in `data/search-results-dev.jsonl`;
- `"from": "survey"`: the model's Table 7 primary-task cell (the committed Table 7,
  `registry/source/`) and the survey's own clauses naming the model (`seed/`, body sections 1-8 and
  appendix C; never a Table 7 row, never the category, modality or grounding columns, which are
  the gold). A sentence naming several models is cut at `;`, `while`, `whereas`, `but` to the
  clause that names this one.

Without the shared folder beside the repository (a newcomer's clone) these sets are skipped with
a message saying so; `SharedDataMissing` carries it.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from agent.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEARCH_FILE = Path("data") / "search-results-dev.jsonl"
SURVEY_FILE = Path("seed") / "000_e8430d0872201275.txt"

#: body of the survey: from "1 Introduction" to "References", and appendix C (model taxonomy)
BODY = (re.compile(r"^1 Introduction$"), re.compile(r"^References$"))
APPENDIX_C = (re.compile(r"^C Extended Details on Model Taxonomy$"), re.compile(r"^D Datasets$"))
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z*(])")
#: clause boundaries; ", and" only before a new lower-case subject ("..., and agentic systems
#: (scAgent) plan..."), never inside a list of model names ("scGPT, Geneformer, and scFoundation")
CLAUSE = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+|\s+while\s+|,\s+and\s+(?=[a-z]+\b)")


class SharedDataMissing(InputError):
    """A development set's texts live in the shared data, which is not there."""


def shared_root(explicit: Path | None = None) -> Path | None:
    """The shared data folder: `explicit` (--shared-dir, or the `shared_dir` setting), else a
    `shared/` folder beside the repository or beside a folder above it (a git worktree); None
    when there is none."""
    if explicit is not None:
        return explicit
    return next((d / "shared" for d in ROOT.parents if (d / "shared" / "data").is_dir()), None)


def _need(shared: Path | None, rel: Path, what: str) -> Path:
    path = shared / rel if shared is not None else None
    if path is None or not path.exists():
        where = str(path) if path is not None else f"../shared/{rel}"
        raise SharedDataMissing(
            f"{what} come from {where}, which is not here (the shared development data is not "
            "part of a clone; give --shared-dir or set CURATE_SHARED_DIR)"
        )
    return path


def fill_texts(rows: list[dict[str, Any]], shared: Path | None) -> None:
    """Give every row naming a source (`from`) its title and abstract, in place."""
    wanted = {r["from"] for r in rows if r.get("from") and not r.get("abstract")}
    if "search" in wanted:
        path = _need(shared, SEARCH_FILE, "the search records' titles and abstracts")
        ids = {r["id"] for r in rows if r.get("from") == "search"}
        found = _search_records(path, frozenset(ids))
        for r in rows:
            if r.get("from") == "search":
                if r["id"] not in found:
                    raise SharedDataMissing(f"{path}: no record {r['id']}")
                r["title"], r["abstract"] = found[r["id"]]
    if "survey" in wanted:
        path = _need(shared, SURVEY_FILE, "the survey models' texts")
        texts = survey_texts(path)
        for r in rows:
            if r.get("from") == "survey":
                if r["id"] not in texts:
                    raise InputError(f"{r['id']}: not a model of the survey's Table 7")
                r["title"], r["abstract"] = texts[r["id"]]
    unknown = wanted - {"search", "survey"}
    if unknown:
        raise InputError(f"unknown text source {sorted(unknown)} (search | survey)")


@functools.cache
def _search_records(path: Path, ids: frozenset[str]) -> dict[str, tuple[str, str]]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                if r.get("arxiv_id") in ids:
                    out[r["arxiv_id"]] = (r.get("title") or "", r.get("abstract") or "")
    return out


def body_lines(text: str) -> list[str]:
    """The survey's body and appendix C as paragraphs (headings dropped, broken lines joined)."""
    lines = text.splitlines()
    out: list[str] = []
    for start, end in (BODY, APPENDIX_C):
        on = False
        for ln in lines:
            if start.match(ln.strip()):
                on = True
                continue
            if on and end.match(ln.strip()):
                break
            if on and ln.strip() and not re.match(r"^\d+(\.\d+)* [A-Z]", ln.strip()):
                out.append(ln.strip())
    # a paragraph broken by a page or a figure continues in lower case: join it back
    joined: list[str] = []
    for ln in out:
        if joined and ln[0].islower() and joined[-1][-1] not in ".!?:":
            prev = joined[-1]
            joined[-1] = prev[:-1] + ln if prev.endswith("-") else f"{prev} {ln}"
        else:
            joined.append(ln)
    return joined


def clean(s: str) -> str:
    s = s.replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip()


def name_rx(names: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def clauses_about(rx: re.Pattern[str], paragraphs: list[str]) -> list[str]:
    """The clauses of the survey that name a model (a sentence about several: this one's part)."""
    out: list[str] = []
    for para in paragraphs:
        for sent in SENT.split(clean(para)):
            if not rx.search(sent):
                continue
            parts = [p for p in CLAUSE.split(sent) if rx.search(p)]
            for p in parts or [sent]:
                p = p.strip()
                if p and p not in out:
                    out.append(p)
    return out


TABLE7 = ROOT / "registry" / "source" / "llm4cell-table7.tsv"


def survey_entries(table: Path = TABLE7) -> list[dict]:
    """The survey's 58 models as the import of the committed Table 7 makes them (not the live
    registry: an entry re-curated from its paper must not change or drop its eval text), by id."""
    from agent.table7 import read_table

    return sorted((e.to_data() for e in read_table(table)), key=lambda e: e["id"])


@functools.cache
def survey_texts(survey: Path) -> dict[str, tuple[str, str]]:
    """id -> (title, text) for each survey model: the primary-task cell, then each clause naming
    the model, each a sentence of its own (capitalised, ending in a full stop)."""
    paragraphs = body_lines(survey.read_text(encoding="utf-8"))
    out = {}
    for e in survey_entries():
        names = [e["name"], *e.get("aliases", [])]
        raw = (e.get("source_text") or {}).get("model", "")
        names += [
            n.strip()
            for n in re.findall(r"\(([^()]+)\)", raw)
            if len(n.strip()) > 2 and not re.search(r"et al|\d{4}|^family", n)
        ]
        sents = clauses_about(name_rx([n for n in names if n]), paragraphs)
        parts = [clean(e["primary_task"]), *sents]
        out[e["id"]] = (
            e["name"],
            " ".join(x[0].upper() + x[1:] + ("" if x[-1] in ".!?" else ".") for x in parts),
        )
    return out
