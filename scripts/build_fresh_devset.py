"""Build evals/search-fresh.{jsonl,gold.json}: a fresh development set of records from
../shared/data/search-results-dev.jsonl that are NOT in evals/search-dev.jsonl, written by a second
person, blind (the extractor and screener were not run on a record before its gold was written).

Selection is reproducible, in two draws from the records not in search-dev:
  - CELL_OMICS: titles matching QUERY (cell- or omics-level biology: sequences, proteins,
    peptides, genomes, histopathology / whole slides, bioimages, tissues, wet-lab work), a seeded
    sample of N_CELL_OMICS (seed SEED) - models, methods, tools, benchmarks, agents and reviews;
  - OTHER_CELL: title + abstract say "cell(s)" / "cellular" / "cell-..." but QUERY finds nothing
    there (tables, networks, batteries, automata, grids, memory cells), a seeded sample of
    N_OTHER_CELL.
The shared file has no cell-level includes left outside search-dev (search-dev took every
labelled record), so this set measures the near-miss side: false includes and maybes, and the
extraction of family / agentic / modalities on work that is not single-cell.

Screening gold follows ../shared/data/search-results-dev.labels.tsv (unlisted = exclude; none of
these records is listed). Extraction gold (None = not scored) is written from the abstract against
the SPEC vocabularies, only where the vocabulary fits; `req` = must be predicted, `ok` = may be.
A second pass re-read every abstract against the definitions (changes marked "pass 2").
The split is the seeded hash of agent.evaluate (hashed_half, seed 10): the half each record already
had when the whole shared file was evaluated, so no record tuned on moves into a held-out half.

    python scripts/build_fresh_devset.py [../shared]          # write evals/search-fresh.*
    python scripts/build_fresh_devset.py [../shared] --show   # print the drawn records
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_search_devset import S, X, write_devset  # noqa: E402  (the same gold helpers)

from agent.evaluate import hashed_half  # noqa: E402

SEED = 10  # issue 10; never change: the draw and the halves must stay fixed
N_CELL_OMICS = 45
N_OTHER_CELL = 12
QUERY = re.compile(
    r"\b(proteins?|protein-\w+|proteom\w*|peptides?|antibod(?:y|ies)|enzym\w*|biomolecul\w*|DNA|RNA"
    r"|genom\w*|genes?|(?:multi-?|prote|transcript)omics?|histopatholog\w*"
    r"|(?:computational|digital) pathology|patholog(?:y|ical) (?:images?|slides?|vision)"
    r"|whole[- ]slide|bioimage\w*|microscop(?:e|y|ic) images?"
    r"|biolog(?:y|ical) (?:research|images?|questions?|structures?|discovery)|biocuration"
    r"|biomedical research|wet[- ]lab|dry[- ]lab|cellular|tissues?|organoids?)\b",
    re.I,
)
CELL_WORD = re.compile(r"\b(cells?|cellular|cell-\w+)\b", re.I)


GOLD: dict[str, tuple[str, dict | None]] = {
    # ---- protein / peptide / antibody sequence and structure models. The vocabulary has no value
    # for amino-acid sequences (`protein` is measured protein: ADT, proteomics, cytometry), so
    # `protein` is allowed, never required; a model that is not a pretrained / language model
    # (structure predictors, diffusion designers) has no family in the vocabulary: not scored.
    "2402.19095": ("exclude", None),  # protein secondary-structure CNN + supervised LM
    "2403.04395": ("exclude", None),  # symmetric protein complex folding
    "2403.06890": ("exclude", None),  # quantum tensor networks, protein localisation
    "2403.19762": (
        "exclude",
        X("foundation", [], False, S([], ["protein"]), S([]), None),
    ),
    "2404.09738": (
        "exclude",
        X("benchmark", [], False, S([], ["protein"]), S([]), None),
    ),
    "2405.12564": (
        "exclude",
        X("text_bridge", [], False, S(["text"], ["protein"]), S([]), S([], ["literature"])),
    ),
    "2405.17902": (
        "exclude",
        X("foundation", [], False, S([], ["protein"]), S([]), None),
    ),
    "2405.20313": (
        "exclude",
        None,
    ),  # pass 2: a structure flow model (with a PLM encoder), like D-Flow
    "2407.03154": ("exclude", None),  # RL sequence design with a PLM as reward
    "2407.09274": (
        "exclude",
        X("text_bridge", [], False, S(["text"], ["protein"]), S([], ["generation"]), None),
    ),  # pass 2: a protein-text bridge, not foundation (as ProtT3, EvoLlama)
    "2409.06090": (
        "exclude",
        X("foundation", [], False, S([], ["protein"]), S([], ["generation"]), None),
    ),
    "2410.03553": (
        "exclude",
        X("text_bridge", [], False, S(["text"], ["protein"]), S([]), None),
    ),  # pass 2: a protein-text bridge, not foundation (as ProtT3, EvoLlama)
    "2410.07919": (
        "exclude",
        X("text_bridge", [], False, S(["text"], ["protein"]), S([], ["generation"]), None),
    ),
    "2410.13782": (
        "exclude",
        X("foundation", [], False, S([], ["protein"]), S([], ["generation"]), None),
    ),
    "2410.15040": ("exclude", None),  # antibody diffusion design
    "2410.15592": ("exclude", None),  # protein structure origin classifier
    "2411.02142": (
        "exclude",
        X("foundation", ["benchmark"], False, S([], ["protein"]), S([], ["generation"]), None),
    ),
    "2411.05316": (
        "exclude",
        X("benchmark", ["text_bridge"], False, S([], ["protein", "text"]), S([]), None),
    ),
    "2411.05421": (
        "exclude",
        X("text_bridge", [], False, S(["text"], ["protein"]), S([]), S([], ["literature"])),
    ),
    "2411.10618": ("exclude", None),  # D-peptide flow matching
    "2411.13390": ("exclude", None),  # energy-based antibody models
    "2411.15208": ("exclude", None),  # peptide sequence + structure experts
    "2412.11618": (
        "exclude",
        X("text_bridge", [], False, S(["text"], ["protein"]), S([]), None),
    ),
    "2412.13223": ("exclude", None),  # protein ensembles from electron densities
    "2412.17780": ("exclude", None),  # peptide SMILES diffusion
    # ---- agents and LLM systems for protein engineering, curation, biomedical research
    "2408.15299": (
        "exclude",
        X(
            "text_bridge",
            ["agentic", "foundation"],
            None,
            S(["text"], ["protein"]),
            S([], ["generation"]),
            None,
        ),
    ),  # a protein LLM first; the agent is a second contribution: agentic not scored
    "2411.04440": (
        "exclude",
        X("agentic", [], True, S([], ["text", "protein"]), S([]), None),
    ),
    "2411.06024": (
        "exclude",
        X("agentic", [], True, S([], ["text", "protein"]), S([]), S([], ["literature"])),
    ),
    "2412.09429": (
        "exclude",
        X("agentic", [], True, S([], ["text"]), S([]), S([], ["literature"])),
    ),
    "2411.00046": (
        "exclude",
        X(
            "agentic",
            ["text_bridge"],
            True,
            S(["text"]),
            S([], ["annotation"]),
            S(["ontology", "literature"]),
        ),
    ),
    "2408.01107": (
        "exclude",
        X("text_bridge", ["agentic"], None, S(["text"]), S([]), S(["literature"], ["ontology"])),
    ),  # iterative retrieval with a search engine: agentic is borderline, not scored
    "2404.01063": ("exclude", None),  # LLM to 3D-modelling code for structural biologists
    "2404.14209": (
        "exclude",
        X("benchmark", [], False, S(["text"]), S([]), S([], ["literature", "ontology"])),
    ),
    "2407.10086": ("exclude", None),  # classifier of research-funding abstracts
    # ---- histopathology: vision(-language) models on tissue images. A pathology VLM is text-bridge
    # or spatial/multimodal by how one reads it (both accepted; foundation too where the paper
    # pretrains one); `text` is required where the model converses or writes (VQA, captions,
    # reports, knowledge-text pretraining), allowed where text only prompts a zero-shot classifier.
    "2403.07407": (
        "exclude",
        X("benchmark", ["text_bridge"], False, S(["histology"], ["text"]), S([]), None),
    ),
    "2403.15836": (
        "exclude",
        X("spatial_multimodal", ["text_bridge"], False, S(["histology"], ["text"]), S([]), None),
    ),
    "2404.09942": (
        "exclude",
        X(
            "text_bridge",
            ["spatial_multimodal", "foundation"],
            False,
            S(["histology", "text"]),
            S([]),
            S(["ontology"], ["literature"]),
        ),
    ),
    "2407.17734": (
        "exclude",
        X(
            "text_bridge",
            ["spatial_multimodal"],
            False,
            S(["histology", "text"]),
            S([]),
            S([], ["literature"]),
        ),
    ),
    "2408.07037": (
        "exclude",
        X("text_bridge", ["spatial_multimodal"], False, S(["histology", "text"]), S([]), None),
    ),
    "2408.09530": (
        "exclude",
        X(
            "text_bridge",
            ["spatial_multimodal", "foundation"],
            False,
            S(["histology", "text"]),
            S([]),
            None,
        ),
    ),
    "2409.01883": (
        "exclude",
        X("spatial_multimodal", ["text_bridge"], False, S(["histology"], ["text"]), S([]), None),
    ),
    "2411.14743": (
        "exclude",
        X("spatial_multimodal", ["text_bridge"], False, S(["histology"], ["text"]), S([]), None),
    ),
    "2411.18101": (
        "exclude",
        X(
            "spatial_multimodal",
            ["text_bridge"],
            False,
            S(["histology"], ["text"]),
            S([]),
            S(["literature"]),
        ),
    ),
    "2412.12077": (
        "exclude",
        X(
            "foundation",
            ["text_bridge", "spatial_multimodal"],
            False,
            S(["histology", "text"]),
            S([]),
            None,
        ),
    ),
    "2404.11901": ("exclude", None),  # optical imaging of living tissue, no model
    # ---- other senses of "cell": grid cells, cell-free MIMO, notebook / table / spreadsheet
    # cells, memory gain cells, array cells, standard-cell layouts
    "2403.19584": ("exclude", None),
    "2404.14092": ("exclude", None),
    "2405.02260": ("exclude", None),
    "2405.07765": ("exclude", None),
    "2406.10922": ("exclude", None),
    "2407.09025": ("exclude", None),
    "2409.19315": ("exclude", None),
    "2410.03576": ("exclude", None),
    "2410.21671": ("exclude", None),
    "2411.12972": ("exclude", None),
    "2412.05311": ("exclude", None),
    "2412.07629": ("exclude", None),
}


def draw(shared: Path) -> tuple[list[dict], list[dict]]:
    """The two seeded samples, in a fixed order (sorted ids, then shuffled by SEED)."""
    taken = {
        json.loads(line)["id"]
        for line in (ROOT / "evals" / "search-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    cell_omics, other_cell = [], []
    with (shared / "data" / "search-results-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["arxiv_id"] in taken:
                continue
            text = f"{r['title']} {r.get('abstract') or ''}"
            if QUERY.search(r["title"]):
                cell_omics.append(r)
            elif CELL_WORD.search(text) and not QUERY.search(text):
                other_cell.append(r)
    out = []
    for pool, n in ((cell_omics, N_CELL_OMICS), (other_cell, N_OTHER_CELL)):
        pool.sort(key=lambda r: r["arxiv_id"])
        random.Random(SEED).shuffle(pool)
        out.append(sorted(pool[:n], key=lambda r: r["arxiv_id"]))
    return out[0], out[1]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = Path(args[0]) if args else ROOT.parent / "shared"
    cell_omics, other_cell = draw(shared)
    if "--show" in sys.argv:
        for group, rows in (("cell/omics", cell_omics), ("other cell", other_cell)):
            for r in rows:
                print(f"===== [{group}] {r['arxiv_id']} | {r['title']}\n{r['abstract']}\n")
        return
    drawn = {r["arxiv_id"]: r for r in cell_omics + other_cell}
    if set(drawn) != set(GOLD):
        raise SystemExit(
            f"gold and draw differ: no gold for {sorted(set(drawn) - set(GOLD))}, "
            f"gold not drawn {sorted(set(GOLD) - set(drawn))}"
        )
    out = []
    gold: dict = {
        "_about": "Hand-written gold for the fresh search set (see scripts/build_fresh_devset.py): "
        "screen = include|maybe|exclude; extraction fields as in the shared gold; "
        "null = not scored. Split by the seeded hash (seed 10)."
    }
    for aid in sorted(GOLD):
        decision, ex = GOLD[aid]
        out.append(
            {
                "id": aid,
                "from": "search",  # the text is read from the shared file at eval time
                "split": hashed_half(aid),
                "screen": decision,
            }
        )
        if ex is not None:
            gold[aid] = ex
    write_devset("search-fresh", out, gold)
    tune = sum(x["split"] == "tune" for x in out)
    print(f"{len(out)} records ({len(gold) - 1} with extraction gold), {tune} tune")


if __name__ == "__main__":
    main()
