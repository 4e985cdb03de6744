"""Import of the survey's Table 7 (LLM4Cell) into registry entries.

The mapping from the table's free text onto the vocabularies is the pattern tables below: one
place to read and correct it. Every cell is kept verbatim in `source_text`, the survey's row is
the evidence for each mapped value, and whatever the mapping had to guess lands in `guessed`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.errors import InputError
from agent.schema import Entry, Evidence, Provenance, slugify
from agent.store import Store
from agent.vocab import Family, Grounding, Modality, Task

SOURCE = "LLM4Cell Table 7"
COLUMNS = (
    "model",
    "citation",
    "year",
    "venue",
    "category",
    "modality",
    "grounding",
    "agentic",
    "primary_task",
    "domain_score",
)

# Patterns are case-insensitive and tried in order; for `category` a match consumes its text so a
# longer family name ("Spatial (Multi-modal Foundation Model)") is not counted twice.
FAMILY_PATTERNS: list[tuple[str, Family]] = [
    (r"spatial\s*\(multi-?modal foundation model\)", Family.spatial_multimodal),
    (r"epigenomic foundation model", Family.epigenomic),
    (r"agentic", Family.agentic),
    (r"text-bridge|text-augmented|annotation llm|\(instructional\)", Family.text_bridge),
    (r"spatial", Family.spatial_multimodal),
    (
        r"multi-?modal[ _]?(foundation model|fm)|multi-?modal|multi-omics integration",
        Family.spatial_multimodal,
    ),
    (r"epigenom|regulatory", Family.epigenomic),
    (r"benchmark|evaluation", Family.benchmark),
    (r"foundation|representation model|state-space", Family.foundation),
]

MODALITY_PATTERNS: list[tuple[str, Modality]] = [
    (r"scrna|\brna\b|transcript|expression|cell sentence", Modality.rna),
    (r"atac|chromatin accessibility|asap|epigenom", Modality.atac),
    (r"protein|proteomic|\bcite\b|\badt\b|mass cytometry", Modality.protein),
    (r"spatial|\bsrt\b", Modality.spatial),
    (r"histolog|image|h&e", Modality.histology),
    (r"\bdna\b", Modality.dna_sequence),
    (r"\btext|metadata|natural language|cell sentence", Modality.text),
]

GROUNDING_PATTERNS: list[tuple[str, Grounding]] = [
    (r"atlas|pretrain|pre-train|corpus|\d+(\.\d+)?\s*m\+?\s*cell", Grounding.atlas),
    (r"ontology|go-term|\bgo\b|knowledge|\bgrns?\b", Grounding.ontology),
    (r"marker|\bde\b", Grounding.marker),
    (r"literature|\bllm\b|\btext|article|description|\bgpt-", Grounding.literature),
    (r"spatial|niche|neighbo|adjacency|histology", Grounding.spatial),
    (r"\bdna\b|motif|\bpeak|ccre|^sequence|regulatory grammar", Grounding.sequence),
    (r"implicit|^none|rank-based", Grounding.implicit),
]

TASK_PATTERNS: list[tuple[str, Task]] = [
    (
        r"annotat|classif|label (transfer|prediction)|ontology mapping|cell discovery",
        Task.annotation,
    ),
    (r"perturb|trajector|lineage|dose-response|disease state", Task.trajectory_perturbation),
    (r"integration|integrates? (massive|multi)|batch|harmoni|cross-dataset", Task.integration),
    (r"spatial|deconvol|niche|tissue clustering|super-resolution", Task.spatial_mapping),
    (
        r"regulat|\bgrn\b|network|pathway|gene module|ligand|communication|transcription factor"
        r"|enhancer|\btf\b",
        Task.regulatory_inference,
    ),
    (r"cross-species|across species", Task.cross_species),
    (r"generat|simulat|synthes", Task.generation),
    (r"drug", Task.drug_response),
]

#: other names the maintainers know for a Table 7 model (the survey prints one of them)
KNOWN_ALIASES: dict[str, list[str]] = {"iSEEK": ["iSEEEK"]}

#: parenthetical remarks in a model cell that are not other names of the model
NOT_AN_ALIAS = re.compile(r"family|^\d{4}$")


@dataclass
class Mapped:
    """Values mapped from one cell, with what was guessed."""

    values: list[Any] = field(default_factory=list)
    guess: str | None = None


def _find_all(text: str, patterns: list[tuple[str, str]]) -> list[str]:
    found: list[str] = []
    for pat, value in patterns:
        if re.search(pat, text, re.I) and value not in found:
            found.append(value)
    return found


def map_family(category: str) -> tuple[Family, list[Family], str | None]:
    """Primary family = the earliest family named in the text; the others are secondary."""
    text = category
    hits: list[tuple[int, Family]] = []
    for pat, fam in FAMILY_PATTERNS:
        for m in re.finditer(pat, text, re.I):
            hits.append((m.start(), fam))
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if not hits:
        return Family.foundation, [], f"no family named in {category!r}; assumed foundation"
    hits.sort(key=lambda h: h[0])
    primary = hits[0][1]
    secondary = sorted({f for _, f in hits if f != primary}, key=str)
    return primary, secondary, None


def map_modalities(text: str) -> Mapped:
    found = _find_all(text, MODALITY_PATTERNS)  # type: ignore[arg-type]
    guess = None
    if re.search(r"multi-?omic|others|etc", text, re.I):
        guess = f"{text!r} names multi-omics without listing every modality"
    if not found:
        guess = f"no modality named in {text!r}; assumed rna"
        found = [Modality.rna]
    return Mapped(found, guess)


def map_grounding(text: str) -> Mapped:
    found = _find_all(text, GROUNDING_PATTERNS)  # type: ignore[arg-type]
    if not found:
        return Mapped([Grounding.implicit], f"no grounding source named in {text!r}; implicit")
    return Mapped(found)


def map_tasks(text: str) -> Mapped:
    found = _find_all(text, TASK_PATTERNS)  # type: ignore[arg-type]
    return Mapped(found, None if found else f"no survey task named in {text!r}")


def split_name(cell: str) -> tuple[str, list[str]]:
    """'UCE (Universal Cell Embeddings)' -> ('UCE', ['Universal Cell Embeddings'])."""
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", cell)
    name, aliases = cell.strip(), []
    if m:
        name = m.group(1).strip()
        if not NOT_AN_ALIAS.search(m.group(2).strip()):
            aliases.append(m.group(2).strip())
    return name, aliases + KNOWN_ALIASES.get(name, [])


def row_to_entry(row: dict[str, str], used_ids: set[str]) -> Entry:
    missing = [c for c in COLUMNS if c not in row]
    if missing:
        raise ValueError(f"missing column(s): {', '.join(missing)}")
    cells = {k: (row[k] or "").strip() for k in COLUMNS}
    name, aliases = split_name(cells["model"])
    entry_id = slugify(name)
    n = 2
    while entry_id in used_ids:
        entry_id, n = f"{slugify(name)}-{n}", n + 1
    used_ids.add(entry_id)

    guessed: dict[str, str] = {}
    family, secondary, fam_guess = map_family(cells["category"])
    if fam_guess:
        guessed["family"] = fam_guess
    mods = map_modalities(cells["modality"])
    grounding = map_grounding(cells["grounding"])
    tasks = map_tasks(cells["primary_task"])
    for fld, mapped in (("modalities", mods), ("grounding", grounding), ("tasks", tasks)):
        if mapped.guess:
            guessed[fld] = mapped.guess
    agentic_cell = cells["agentic"].lower()
    if agentic_cell not in ("yes", "no"):
        raise ValueError(f"agentic must be Yes or No, got {cells['agentic']!r}")

    score_cell = cells["domain_score"]
    score: int | None = None
    score_note: str | None = None
    if re.fullmatch(r"\d+", score_cell):
        score = int(score_cell)
    else:
        score_note = score_cell
        guessed["domain_score"] = f"printed as a range {score_cell!r}; kept as text"
    year = int(cells["year"]) if re.fullmatch(r"\d{4}", cells["year"]) else None

    def ev(column: str) -> list[Evidence]:
        return [Evidence(quote=cells[column], source=SOURCE)] if cells[column] else []

    evidence = {
        "name": ev("model"),
        "year": ev("year"),
        "venue": ev("venue"),
        "family": ev("category"),
        "modalities": ev("modality"),
        "grounding": ev("grounding"),
        "agentic": ev("agentic"),
        "tasks": ev("primary_task"),
        "primary_task": ev("primary_task"),
        "domain_score": ev("domain_score"),
    }
    if secondary:
        evidence["secondary_families"] = ev("category")
    return Entry(
        id=entry_id,
        name=name,
        aliases=aliases,
        year=year,
        venue=cells["venue"] or None,
        citation=cells["citation"] or None,
        family=family,
        secondary_families=secondary,
        modalities=mods.values,
        grounding=grounding.values,
        grounding_note=cells["grounding"],
        agentic=agentic_cell == "yes",
        tasks=tasks.values,
        primary_task=cells["primary_task"],
        domains=[],
        domain_score=score,
        domain_score_note=score_note,
        evidence={k: v for k, v in evidence.items() if v},
        provenance=Provenance(source=SOURCE, citation=cells["citation"] or None),
        guessed=guessed,
        source_text=cells,
    )


def read_table(path: Path) -> list[Entry]:
    """Map every row of the TSV; a bad row raises ValueError naming its line."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from e
    with fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames is None or set(COLUMNS) - set(reader.fieldnames):
            raise InputError(f"{path}: expected the Table 7 columns {', '.join(COLUMNS)}")
        used: set[str] = set()
        entries = []
        for lineno, row in enumerate(reader, start=2):
            try:
                entries.append(row_to_entry(row, used))
            except ValueError as e:
                raise InputError(f"{path}: line {lineno}: {e}") from e
    return entries


def import_table(path: Path, store: Store, replace: bool = False) -> list[Path]:
    """Map the whole table first (a bad row writes nothing), then write each entry atomically."""
    entries = read_table(path)
    with store.lock():
        clash = [e.id for e in entries if store.exists(e.id)]
        if clash and not replace:
            raise InputError(
                f"{len(clash)} entries already exist ({', '.join(clash[:5])}…); "
                "use --replace to overwrite them"
            )
        return [store.save(e) for e in entries]
