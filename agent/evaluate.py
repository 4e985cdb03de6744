"""Scoring runs against gold sets: extraction (per-field agreement) and screening (recall,
specificity, precision, WSS). Evals report quality numbers; they are not tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agent.extract.base import PaperText
from agent.fileio import DataError
from agent.reader import Page, flat, locate_quote
from agent.screen.records import read_records
from agent.screen.screeners import Screener

SET_FIELDS = ("modalities", "tasks", "grounding")


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise DataError(f"{path}: cannot read gold: {e}") from e
    return {k: v for k, v in data.items() if not k.startswith("_")}


def score_extraction(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool | None]:
    out: dict[str, bool | None] = {}
    fam = pred.get("family")
    out["family"] = fam == gold["family"] or fam in (gold.get("family_ok") or [])
    out["agentic"] = None if gold.get("agentic") is None else pred.get("agentic") == gold["agentic"]
    for f in SET_FIELDS:
        g = gold.get(f)
        if g is None:
            out[f] = None
            continue
        p = set(map(str, pred.get(f) or []))
        req, ok = set(g.get("req", [])), set(g.get("ok", []))
        out[f] = req <= p and p <= req | ok
    return out


def eval_extract(records: Path, gold_path: Path, extractor: Any) -> dict[str, Any]:
    gold = load_gold(gold_path)
    read = read_records(records, "jsonl")
    by_id = {r.arxiv_id: r for r in read.records if r.arxiv_id in gold}
    missing = sorted(set(gold) - set(by_id))
    fields = ("family", "agentic", *SET_FIELDS)
    tallies = {f: [0, 0] for f in fields}
    per_paper = {}
    quotes = [0, 0]
    for aid, rec in sorted(by_id.items()):
        text = f"{rec.title}\n{rec.abstract}"
        paper = PaperText(
            title=rec.title, pages=[Page(number=1, text=text)], source=f"arXiv:{aid}", arxiv_id=aid
        )
        ex = extractor.extract(paper)
        pred = {k: v.value for k, v in ex.fields.items()}
        scores = score_extraction(pred, gold[aid])
        for f, ok in scores.items():
            if ok is not None:
                tallies[f][0] += int(ok)
                tallies[f][1] += 1
        flat_pages = [flat(text)]
        for fr in ex.fields.values():
            for e in fr.evidence:
                quotes[1] += 1
                quotes[0] += int(locate_quote(e.quote, flat_pages) is not None)
        per_paper[aid] = {"pred": {f: pred.get(f) for f in fields}, "scores": scores}
    return {
        "n": len(by_id),
        "fields": {
            f: {"score": round(c / n, 3) if n else None, "n": n} for f, (c, n) in tallies.items()
        },
        "evidence_verifiable": round(quotes[0] / quotes[1], 3) if quotes[1] else None,
        "missing_records": missing,
        "papers": per_paper,
    }


def load_labels(path: Path) -> dict[str, str]:
    labels = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataError(f"{path}: cannot read labels: {e.strerror}") from e
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in ("include", "exclude", "maybe"):
            raise DataError(f"{path}: line {n}: expected arxiv_id<TAB>include|exclude|maybe")
        labels[parts[0].strip()] = parts[1].strip()
    return labels


def eval_screen(records: Path, labels_path: Path, screener: Screener) -> dict[str, Any]:
    """Unlisted records are excludes; gold maybes are left out. A predicted maybe goes to a
    human, so it counts as positive for recall and against specificity."""
    labels = load_labels(labels_path)
    read = read_records(records)
    tp = fp = tn = fn = 0
    strict_tp = 0
    pred_maybe = 0
    missed, false_inc = [], []
    for r in read.records:
        gold = labels.get(r.arxiv_id or "", "exclude")
        if gold == "maybe":
            continue
        d = screener.screen(r).decision
        pos = d in ("include", "maybe")
        pred_maybe += d == "maybe"
        if gold == "include":
            tp += pos
            fn += not pos
            strict_tp += d == "include"
            if not pos:
                missed.append(r.arxiv_id)
        else:
            fp += pos
            tn += not pos
            if d == "include":
                false_inc.append(r.arxiv_id)
    n = tp + fp + tn + fn
    recall = tp / (tp + fn) if tp + fn else None
    return {
        "n": n,
        "recall": recall,
        "specificity": tn / (tn + fp) if tn + fp else None,
        "precision": tp / (tp + fp) if tp + fp else None,
        "wss": round((tn + fn) / n - (1 - recall), 4) if n and recall is not None else None,
        "recall_include_only": strict_tp / (tp + fn) if tp + fn else None,
        "false_includes": len(false_inc),
        "false_include_rate": len(false_inc) / max(1, tn + fp),
        "confusion": {"tp": tp, "fp": fp, "tn": tn, "fn": fn},
        "predicted_maybe": pred_maybe,
        "missed": missed,
        "false_include_ids": false_inc,
        "screener": getattr(screener, "version", "?"),
    }
