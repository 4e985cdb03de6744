"""Export the registry as CSV, Markdown, LaTeX (a longtable shaped like Table 7) or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from agent.schema import FIELDS, Entry
from agent.table7 import COLUMNS as TABLE7_COLUMNS
from agent.vocab import Family, Modality, Task

FAMILY_LABEL = {
    Family.foundation: "Foundation",
    Family.text_bridge: "Text-Bridge LLM",
    Family.spatial_multimodal: "Spatial / Multi-modal",
    Family.epigenomic: "Epigenomic",
    Family.agentic: "Agentic Framework",
    Family.benchmark: "Benchmark",
}
MODALITY_LABEL = {
    Modality.rna: "RNA",
    Modality.atac: "ATAC",
    Modality.protein: "Protein",
    Modality.spatial: "Spatial",
    Modality.histology: "Histology",
    Modality.dna_sequence: "DNA sequence",
    Modality.text: "Text",
}
TASK_LABEL = {
    Task.annotation: "Annotation",
    Task.trajectory_perturbation: "Trajectory/Perturbation",
    Task.integration: "Integration",
    Task.spatial_mapping: "Spatial mapping",
    Task.regulatory_inference: "GRN/Pathway",
    Task.cross_species: "Cross-species",
    Task.generation: "Generation",
    Task.drug_response: "Drug response",
}
#: the registry's own columns (the field table's exported fields), after Table 7's and the id
OWN_COLUMNS = tuple(f.name for f in FIELDS if f.export)
COLUMNS = (*TABLE7_COLUMNS, "id", *OWN_COLUMNS)


def cell(value: Any) -> str:
    """A registry value as one cell: lists joined by `;`, nothing as an empty cell."""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else str(value)


def row(e: Entry) -> dict[str, str]:
    """An entry as the export's cells (Table 7 columns, then the registry's own)."""
    category = " + ".join(FAMILY_LABEL[f] for f in (e.family, *e.secondary_families) if f)
    grounding = " + ".join(g.value for g in e.grounding)
    if e.grounding_note:
        grounding = f"{grounding} ({e.grounding_note})" if grounding else e.grounding_note
    return {
        "model": e.name,
        "citation": e.citation or "",
        "year": str(e.year or ""),
        "venue": e.venue or "",
        "category": category,
        "modality": " + ".join(MODALITY_LABEL[m] for m in e.modalities),
        "grounding": grounding,
        "agentic": "Yes" if e.agentic else "No",
        "primary_task": e.primary_task,
        "domain_score": str(e.domain_score)
        if e.domain_score is not None
        else (e.domain_score_note or ""),
        "id": e.id,
        **{f: cell(getattr(e, f)) for f in OWN_COLUMNS},
    }


def to_csv(entries: list[Entry]) -> str:
    """The entries as CSV."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(row(e) for e in entries)
    return buf.getvalue()


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def to_markdown(entries: list[Entry]) -> str:
    """The entries as a Markdown table (the Table 7 columns)."""
    cols = COLUMNS[:10]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(_md(row(e)[c]) for c in cols) + " |" for e in entries]
    return "\n".join(lines) + "\n"


LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_escape(s: str) -> str:
    return "".join(LATEX_SPECIAL.get(ch, ch) for ch in s)


def to_latex(entries: list[Entry]) -> str:
    """The entries as a LaTeX longtable shaped like Table 7."""
    head = (
        "Model & Venue & Category & Modality & Grounding & Agentic & Primary Task & "
        "Domain Score \\\\"
    )
    out = [
        "% requires \\usepackage{longtable}",
        "\\begin{longtable}{p{2.2cm}p{1.6cm}p{2cm}p{2cm}p{2.4cm}p{0.9cm}p{4cm}p{0.9cm}}",
        "\\caption{Registry of LLM, foundation and agentic models for single-cell biology "
        "(curate export).}\\\\",
        "\\hline",
        head,
        "\\hline",
        "\\endfirsthead",
        "\\hline",
        head,
        "\\hline",
        "\\endhead",
        "\\hline",
        "\\endfoot",
    ]
    for e in entries:
        r = row(e)
        model = f"{r['model']} ({r['citation']})" if r["citation"] else r["model"]
        cells = [
            model,
            r["venue"],
            r["category"],
            r["modality"],
            r["grounding"],
            r["agentic"],
            r["primary_task"],
            r["domain_score"],
        ]
        out.append(" & ".join(latex_escape(c) for c in cells) + " \\\\")
    out.append("\\end{longtable}")
    return "\n".join(out) + "\n"


def to_json(entries: list[Entry]) -> str:
    """The entries as JSON."""
    return json.dumps([e.to_data() for e in entries], indent=2, ensure_ascii=False) + "\n"


FORMATS: dict[str, Callable[[list[Entry]], str]] = {
    "csv": to_csv,
    "markdown": to_markdown,
    "latex": to_latex,
    "json": to_json,
}
