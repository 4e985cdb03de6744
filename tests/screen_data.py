"""Small search exports written by the tests: the same records as JSONL, CSV, RIS and BibTeX."""

from __future__ import annotations

import csv
import json
from pathlib import Path

RECORDS = [
    {
        "arxiv_id": "2501.00001",
        "title": "CellPLM-X: a foundation model for single-cell transcriptomics",
        "abstract": "We pretrain a transformer foundation model on 30 million "
        "single-cell RNA-seq profiles for cell type annotation.",
        "year": 2025,
    },
    {
        "arxiv_id": "2501.00002",
        "title": "Predicting Perturb-seq outcomes with language models",
        "abstract": "We use a large language model to predict genetic perturbation effects from "
        "CRISPR screens on gene expression.",
        "year": 2025,
    },
    {
        "arxiv_id": "2501.00003",
        "title": "Scaling laws for code generation",
        "abstract": "We study large language models that write Python code.",
        "year": 2025,
    },
    {
        "arxiv_id": "2501.00004",
        "title": "Single-cell foundation models: a survey",
        "abstract": "This survey reviews single-cell language models.",
        "year": 2025,
    },
    {
        "arxiv_id": "2501.00005",
        "title": "Solving Sudoku with transformers",
        "abstract": "The model must fill a single cell of the puzzle at each step.",
        "year": 2024,
    },
]


def write_jsonl(path: Path, records=RECORDS) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def write_csv(path: Path, records=RECORDS) -> Path:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Title", "Abstract", "Publication Year", "URL"])
        for r in records:
            w.writerow(
                [r["title"], r["abstract"], r["year"], f"https://arxiv.org/abs/{r['arxiv_id']}v1"]
            )
    return path


def write_ris(path: Path, records=RECORDS) -> Path:
    import rispy

    entries = [
        {
            "type_of_reference": "JOUR",
            "title": r["title"],
            "abstract": r["abstract"],
            "year": str(r["year"]),
            "doi": f"10.48550/arXiv.{r['arxiv_id']}",
        }
        for r in records
    ]
    path.write_text(rispy.dumps(entries))
    return path


def write_bibtex(path: Path, records=RECORDS) -> Path:
    parts = []
    for i, r in enumerate(records):
        parts.append(
            f"@article{{r{i},\n  title = {{{r['title']}}},\n  abstract = "
            f"{{{r['abstract']}}},\n  year = {{{r['year']}}},\n  eprint = "
            f"{{{r['arxiv_id']}}},\n  archivePrefix = {{arXiv}}\n}}\n"
        )
    path.write_text("\n".join(parts))
    return path
