"""Scoring runs against gold sets: extraction (per-field agreement, with a confusion summary) and
screening (recall, specificity, precision, WSS@95, recall@k). Every set is split once, by a
fixed seed, into a *tune* half (rules may be changed looking at it) and a *held-out* half (they
may not); both are reported. Evals report quality numbers; they are not tests."""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

from agent.devsets import fill_texts, shared_root
from agent.extract.base import PaperText
from agent.fileio import DataError
from agent.reader import Page, flat, locate_quote
from agent.schema import CHECKED, SPEC
from agent.screen.records import Record, arxiv_from, doi_from, pmid_from, read_records
from agent.screen.screeners import Screener

#: the fields scored against gold (the field table's checked ones): sets, and single values
SET_FIELDS = tuple(f for f in CHECKED if SPEC[f].is_list)
FIELDS = (*(f for f in CHECKED if not SPEC[f].is_list), *SET_FIELDS)
HALVES = ("tune", "heldout")
SEED = 10  # the split is made once; changing it would leak the held-out halves into tuning
EVALS_DIR = Path(__file__).resolve().parents[1] / "evals"
#: committed development sets: name -> (texts, extraction gold)
DEV_SETS = {
    "survey-models": ("survey-models.jsonl", "survey-models.gold.json"),
    "search-dev": ("search-dev.jsonl", "search-dev.gold.json"),
    "search-fresh": ("search-fresh.jsonl", "search-fresh.gold.json"),
    "probe-abstracts": ("probe-abstracts.jsonl", "probe-abstracts.gold.json"),
    "probe2-abstracts": ("probe2-abstracts.jsonl", "probe2-abstracts.gold.json"),
}
#: sets whose rows carry their own title and abstract: texts written for this project (no `from`)
OWN_TEXT_SETS = frozenset({"probe-abstracts", "probe2-abstracts"})
RECALL_AT = (50, 100, 500)


def split_of(key: str) -> str:
    """The half a record belongs to: its stored split in a committed development set (so one
    record is in the same half everywhere), else a seeded hash (stable, ~50/50)."""
    return committed_splits().get(key) or hashed_half(key)


def hashed_half(key: str) -> str:
    """The seeded-hash half of a key (what `split_of` gives a record no set has stored)."""
    h = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return HALVES[h[0] & 1]


@functools.cache
def committed_splits() -> dict[str, str]:
    out: dict[str, str] = {}
    for texts, _ in DEV_SETS.values():
        path = EVALS_DIR / texts
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    if r.get("split") in HALVES:
                        out[str(r.get("id"))] = r["split"]
    return out


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise DataError(f"{path}: cannot read gold: {e}") from e
    if not isinstance(data, dict):
        raise DataError(f"{path}: gold must be a JSON object of record id -> entry")
    gold = {}
    for key, entry in data.items():
        if key.startswith("_") or entry is None:  # a note, or a record not scored
            continue
        if not isinstance(entry, dict):
            raise DataError(f"{path}: {key}: a gold entry must be an object or null")
        gold[key] = entry
    return gold


def load_texts(path: Path, shared: Path | None = None) -> list[dict[str, Any]]:
    """`read_rows`, each with its title and abstract (a development set's are read from the
    shared data, see agent.devsets). Raises `SharedDataMissing` when they are not there."""
    rows = read_rows(path)
    fill_texts(rows, shared_root(shared))
    return rows


def read_rows(path: Path) -> list[dict[str, Any]]:
    """JSONL rows with `id` (or `arxiv_id`, `doi`, `pmid`), `title` and `abstract` or `from`
    (where a development set's text is read from), optional `split`, `screen`. A row's `ids`
    are all its ids in the forms `label_id` gives (a gold file names a record by any of them);
    its `id` is its arXiv id where it has one (as `eval screen` keys a record), else the first,
    and its half is drawn from that form ("2401.00001v2" and "arXiv:2401.00001" fall in the
    same half)."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataError(f"{path}: cannot read records: {e.strerror}") from e
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(f"{path}: line {n}: {e}") from e
        ids = [label_id(str(r[k])) for k in ("id", "arxiv_id", "doi", "pmid") if r.get(k)]
        if not ids:
            raise DataError(f"{path}: line {n}: no id, arxiv_id, doi or pmid")
        key = next((i for i in ids if arxiv_from(i)), ids[0])
        if r.get("split") and r["split"] not in HALVES:
            raise DataError(f"{path}: line {n}: split {r['split']!r}: expected tune or heldout")
        rows.append(
            {
                "id": key,
                "ids": list(dict.fromkeys(ids)),
                "title": r.get("title") or "",
                "abstract": r.get("abstract") or "",
                "split": r.get("split") or split_of(key),
                "screen": r.get("screen"),
                "from": r.get("from"),
            }
        )
    return rows


def score_extraction(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool | None]:
    out: dict[str, bool | None] = {}
    fam = pred.get("family")
    if gold.get("family") is None:  # no family fits: scored only against its alternatives
        out["family"] = fam in gold["family_ok"] if gold.get("family_ok") else None
    else:
        out["family"] = fam == gold["family"] or fam in (gold.get("family_ok") or [])
    out["agentic"] = None if gold.get("agentic") is None else pred.get("agentic") == gold["agentic"]
    for f in SET_FIELDS:
        g = gold.get(f)
        out[f] = None if g is None else set_agrees(g, set(map(str, pred.get(f) or [])))
    return out


def set_agrees(gold: dict[str, Any], pred: set[str]) -> bool:
    """A set field is right when every required value is predicted and nothing outside the
    required and allowed ones is."""
    req, ok = set(gold.get("req", [])), set(gold.get("ok", []))
    return req <= pred <= req | ok


def wrong_values(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, list[str]]:
    """What was wrong, per field: `gold->pred` for single values, `+extra` / `-missing` for sets."""
    out: dict[str, list[str]] = {}
    fam = pred.get("family")
    if (
        (gold.get("family") is not None or gold.get("family_ok"))
        and fam != gold.get("family")
        and fam not in (gold.get("family_ok") or [])
    ):
        out["family"] = [f"{gold['family']}->{fam}"]
    if gold.get("agentic") is not None and pred.get("agentic") != gold["agentic"]:
        out["agentic"] = [f"{gold['agentic']}->{pred.get('agentic')}"]
    for f in SET_FIELDS:
        g = gold.get(f)
        if g is None:
            continue
        p = set(map(str, pred.get(f) or []))
        req, ok = set(g.get("req", [])), set(g.get("ok", []))
        bad = [f"+{v}" for v in sorted(p - req - ok)] + [f"-{v}" for v in sorted(req - p)]
        if bad:
            out[f] = bad
    return out


def _paper(key: str, title: str, abstract: str) -> tuple[PaperText, str]:
    # the title ends a sentence of its own (a title has no full stop to split it off)
    text = f"{title}.\n{abstract}" if title and title[-1] not in ".?!" else f"{title}\n{abstract}"
    return (
        PaperText(title=title, pages=[Page(number=1, text=text)], source=f"eval:{key}"),
        text,
    )


def _tally(rows: list[tuple[dict[str, bool | None], dict[str, list[str]]]]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    confusion: dict[str, list[tuple[str, int]]] = {}
    for f in FIELDS:
        scored = [s[f] for s, _ in rows if s.get(f) is not None]
        fields[f] = {
            "score": round(sum(map(bool, scored)) / len(scored), 3) if scored else None,
            "n": len(scored),
        }
        c = Counter(v for _, w in rows for v in w.get(f, []))
        if c:
            confusion[f] = c.most_common(5)
    return {"n": len(rows), "fields": fields, "confusion": confusion}


def eval_extract(
    records: Path, gold_path: Path, extractor: Any, shared: Path | None = None
) -> dict[str, Any]:
    """Per-field agreement over every gold record, and per half (tune / held-out). A gold
    entry names its record by id, arXiv id, DOI or PMID, in any of the forms `label_id` reads
    (a versioned arXiv id, an `arXiv:` reference, a DOI URL). A gold file none of whose
    entries names a record is an error: nothing would be scored. The entries that name no
    record are listed (`missing_records`, as written)."""
    written = load_gold(gold_path)
    if not written:
        raise DataError(f"{gold_path}: no gold entries")
    gold: dict[str, dict[str, Any]] = {}
    written_as: dict[str, str] = {}
    for k, v in written.items():
        key = label_id(k)
        if key in gold:
            raise DataError(f"{gold_path}: entries {written_as[key]!r} and {k!r} name one record")
        gold[key], written_as[key] = v, k
    rows: list[dict[str, Any]] = []
    scored_by: dict[str, str] = {}
    for r in load_texts(records, shared):
        named = next((i for i in r["ids"] if i in gold), None)
        if named is None:
            continue
        if named in scored_by:
            raise DataError(
                f"{records}: records {scored_by[named]!r} and {r['id']!r} are both named by gold "
                f"entry {written_as[named]!r} (a duplicate record; keep one)"
            )
        scored_by[named] = r["id"]
        rows.append({**r, "id": named})
    missing = sorted(k for k in written if label_id(k) not in scored_by)
    if not rows:
        raise DataError(
            f"{gold_path}: none of its {len(written)} entries names a record of {records} by "
            f"id, arXiv id, DOI or PMID (first: {missing[0]!r}); check the gold file's keys"
        )
    scored: dict[str, list] = {h: [] for h in HALVES}
    per_paper = {}
    quotes = [0, 0]
    for r in sorted(rows, key=lambda x: x["id"]):
        paper, text = _paper(r["id"], r["title"], r["abstract"])
        ex = extractor.extract(paper)
        pred = {k: v.value for k, v in ex.fields.items()}
        s, w = score_extraction(pred, gold[r["id"]]), wrong_values(pred, gold[r["id"]])
        scored[r["split"]].append((s, w))
        flat_pages = [flat(text)]
        for fr in ex.fields.values():
            for e in fr.evidence:
                quotes[1] += 1
                quotes[0] += int(locate_quote(e.quote, flat_pages) is not None)
        per_paper[r["id"]] = {
            "split": r["split"],
            "pred": {f: pred.get(f) for f in FIELDS},
            "scores": s,
            "wrong": w,
        }
    every = _tally(scored["tune"] + scored["heldout"])
    return {
        "n": every["n"],
        "fields": every["fields"],
        "halves": {h: _tally(scored[h]) for h in HALVES},
        "evidence_verifiable": round(quotes[0] / quotes[1], 3) if quotes[1] else None,
        "missing_records": missing,
        "papers": per_paper,
    }


def half_view(res: dict[str, Any], half: str) -> dict[str, Any]:
    """An extraction result restricted to one half (`tune` / `heldout`), or as it is (`all`):
    the aggregate numbers of that half and, for the tune half only, its records."""
    if half == "all":
        return res
    if half not in HALVES:
        raise DataError(f"unknown half {half!r}: tune, heldout or all")
    part = res["halves"][half]
    return {
        "n": part["n"],
        "fields": part["fields"],
        "halves": {half: part},
        "evidence_verifiable": res["evidence_verifiable"],
        "missing_records": res["missing_records"],
        "papers": tune_errors(res) if half == "tune" else {},
    }


def tune_errors(res: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The tune half's records that got a field wrong: id -> {wrong, pred}. Held-out records are
    never listed one by one (rules are changed looking at the tune half only)."""
    return {
        key: {"wrong": p["wrong"], "pred": p["pred"]}
        for key, p in res["papers"].items()
        if p["split"] == "tune" and p["wrong"]
    }


def load_labels(path: Path) -> dict[str, str]:
    """A labels TSV (a header line, then id<TAB>decision[<TAB>criterion<TAB>note]) as
    {id as written: decision}; blank lines are skipped."""
    labels = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataError(f"{path}: cannot read labels: {e.strerror}") from e
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 2 or parts[1] not in ("include", "exclude", "maybe"):
            raise DataError(
                f"{path}: line {n}: expected id (arXiv id, DOI or PMID)<TAB>include|exclude|maybe"
            )
        labels[parts[0]] = parts[1]
    if not labels:
        raise DataError(f"{path}: no labels (a header line, then id<TAB>decision per record)")
    return labels


DECISION_SCORE = {"include": 1.0, "maybe": 0.5, "exclude": 0.0}


def screen_metrics(items: list[tuple[str, str, str, Any]]) -> dict[str, Any]:
    """items: (key, gold, predicted decision, relevance score). Gold maybes are left out. A
    predicted maybe goes to a human: positive for recall, against specificity and precision.
    Ranking metrics order by the relevance score (ties: decision, then input order)."""
    items = [x for x in items if x[1] != "maybe"]
    tp = fp = tn = fn = strict_tp = pred_maybe = 0
    missed, false_inc, false_maybe = [], [], []
    for key, gold, d, _ in items:
        pos = d in ("include", "maybe")
        pred_maybe += d == "maybe"
        if gold == "include":
            tp += pos
            fn += not pos
            strict_tp += d == "include"
            if not pos:
                missed.append(key)
        else:
            fp += pos
            tn += not pos
            if d == "include":
                false_inc.append(key)
            elif d == "maybe":
                false_maybe.append(key)
    n = tp + fp + tn + fn
    recall = tp / (tp + fn) if tp + fn else None
    ranked = sorted(range(len(items)), key=lambda i: (-items[i][3], i))
    hits = [items[i][1] == "include" for i in ranked]
    n_pos = sum(hits)
    at = {}
    for k in RECALL_AT:
        at[f"recall@{k}"] = round(sum(hits[:k]) / n_pos, 4) if n_pos else None
    wss95 = None
    if n_pos and n:
        need, seen = math.ceil(0.95 * n_pos), 0
        for rank, h in enumerate(hits, start=1):
            seen += h
            if seen >= need:
                wss95 = round((n - rank) / n - 0.05, 4)
                break
    return {
        "n": n,
        "positives": tp + fn,
        "recall": recall,
        "specificity": tn / (tn + fp) if tn + fp else None,
        "precision": tp / (tp + fp) if tp + fp else None,
        "wss": round((tn + fn) / n - (1 - recall), 4) if n and recall is not None else None,
        "wss@95": wss95,
        **at,
        "recall_include_only": strict_tp / (tp + fn) if tp + fn else None,
        "false_includes": len(false_inc),
        "false_include_rate": len(false_inc) / max(1, tn + fp),
        "confusion": {"tp": tp, "fp": fp, "tn": tn, "fn": fn},
        "predicted_maybe": pred_maybe,
        "missed": missed,
        "false_include_ids": false_inc,
        "false_maybe_ids": false_maybe,
    }


def _screen_items(
    rows: list[tuple[str, str, str, Record]], screener: Screener
) -> dict[str, list[tuple[str, str, str, Any]]]:
    """rows: (key, split, gold, record) -> items per half."""
    out: dict[str, list] = {h: [] for h in HALVES}
    profile = getattr(screener, "profile", None) or getattr(
        getattr(screener, "lexicon", None), "profile", None
    )
    for key, half, gold, rec in rows:
        if gold == "maybe":
            continue
        if profile is not None:  # leave the record's own registry entry out
            profile.leave_out = profile.entries_of(key, rec.title)
        d = screener.screen(rec)
        score = d.score if getattr(d, "score", None) is not None else DECISION_SCORE[d.decision]
        out[half].append((key, gold, d.decision, score))
    if profile is not None:
        profile.leave_out = frozenset()
    return out


def _screen_report(per_half: dict[str, list], screener: Screener) -> dict[str, Any]:
    res = screen_metrics(per_half["tune"] + per_half["heldout"])
    res["halves"] = {h: screen_metrics(per_half[h]) for h in HALVES}
    res["screener"] = getattr(screener, "version", "?")
    return res


def label_id(key: str) -> str:
    """A labels file's id as records name themselves (`agent.screen.records`): an arXiv id
    without its version (from an `arXiv:` reference, URL or DOI), a DOI lowercased without its
    resolver, a PMID without its prefix; anything else as written."""
    return arxiv_from(key) or doi_from(key) or pmid_from(key) or key


def eval_screen(records: Path, labels_path: Path, screener: Screener) -> dict[str, Any]:
    """A search export against a labels TSV: a record is named by its arXiv id, DOI or PMID
    (in any of the forms `label_id` reads); unlisted records are excludes; halves by seeded
    hash of the arXiv id (or the record key). A labels file that names none of the records is
    an error (its ids are of another kind, or of another export): none of its labels would be
    scored. The labels that name no record of the export are listed in the result
    (`labels_unmatched`, as written): an include among them is a paper the export lacks."""
    written = load_labels(labels_path)
    labels = {label_id(k): v for k, v in written.items()}
    rows, named = [], set()
    for r in read_records(records).records:
        key = r.arxiv_id or r.key
        ids = [i for i in (r.arxiv_id, r.doi, r.pmid) if i and i in labels]
        named.update(ids)
        rows.append((key, split_of(key), labels[ids[0]] if ids else "exclude", r))
    unmatched = sorted(k for k in written if label_id(k) not in named)
    if len(unmatched) == len(written):
        raise DataError(
            f"{labels_path}: none of its {len(written)} labels names a record of {records} by "
            f"arXiv id, DOI or PMID (first: {unmatched[0]!r}); check the first column"
        )
    res = _screen_report(_screen_items(rows, screener), screener)
    res["labels_unmatched"] = unmatched
    return res


def eval_screen_devset(
    records: Path, screener: Screener, shared: Path | None = None
) -> dict[str, Any]:
    """A committed development set: JSONL rows carrying their own `screen` gold and `split`."""
    rows = []
    for r in load_texts(records, shared):
        if r["screen"] not in DECISION_SCORE:
            raise DataError(f"{records}: {r['id']}: no screen gold (include|maybe|exclude)")
        rec = Record(title=r["title"], abstract=r["abstract"], arxiv_id=None, origin=r["id"])
        rows.append((r["id"], r["split"], r["screen"], rec))
    return _screen_report(_screen_items(rows, screener), screener)


def dev_set_paths(name: str) -> tuple[Path, Path]:
    texts, gold = DEV_SETS[name]
    return EVALS_DIR / texts, EVALS_DIR / gold
