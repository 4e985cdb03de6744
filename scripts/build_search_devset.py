"""Build evals/search-dev.{jsonl,gold.json}: 53 records of ../shared/data/search-results-dev.jsonl
about cell- or omics-level models, methods or benchmarks (includes, maybes and near misses), plus
other senses of "cell" (networks, batteries, puzzles, tables, spreadsheets, automata).

Gold was written by hand from each abstract against the SPEC vocabularies (first pass), then every
abstract was re-read against the vocabulary definitions (second pass; changes are marked
"pass 2"). Screening gold follows ../shared/data/search-results-dev.labels.tsv where a record is
labelled there (unlisted = exclude). Extraction gold (None = not scored) only where the vocabulary
fits. The split into tune / held-out halves is made once, with seed SEED.

Third pass (independent; a second person, who had seen this table before labelling): all 53
abstracts labelled from the text and the SPEC definitions, then compared. Agreement on the 31
extraction golds: family 29/31 (primary 31/31), agentic 29/31, modalities 29/31, tasks 25/31,
grounding 28/31; screening 53/53. The differences, none a label wrong by the definitions, so no
change: 2406.14307 (text required? rna only allowed? spatial_mapping allowed not required?
agentic False vs unscored - this gold is the shared file's, kept as is), 2407.08216 and
2411.02534 (spatial_mapping allowed vs required; spatial grounding required vs allowed),
2412.15790 (dna_sequence allowed vs required), 2408.12373 / 2412.10347 / 2412.15790 /
2409.09825 (one extra value allowed), 2403.14801 / 2407.14030 (an extra accepted family),
2407.14030 (agentic False vs unscored). On screening, 2411.03743 (PROTEUS, an LLM system that
plans and runs proteomics analyses, single-cell among them) reads like a maybe under A.2
criterion 3; the labels file leaves it out (= exclude) and the gold follows the labels file.

    python scripts/build_search_devset.py [../shared]
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 10  # issue 10; never change: the halves must stay fixed


def S(req=(), ok=()):  # noqa: N802 - a set field's gold: required and allowed values
    return {"req": sorted(req), "ok": sorted(ok)}


def X(family, family_ok=(), agentic=False, mod=None, tasks=None, ground=None):  # noqa: N802
    return {
        "family": family,
        "family_ok": list(family_ok),
        "agentic": agentic,
        "modalities": mod,
        "tasks": tasks,
        "grounding": ground,
    }


GOLD = {
    # ---- labelled includes (extraction gold as in ../shared/data/extraction-dev.gold.json)
    "2406.14307": (
        "include",
        X(
            "text_bridge",
            ["spatial_multimodal"],
            None,
            S(["spatial", "rna"], ["histology", "text"]),
            S(["spatial_mapping"], ["annotation"]),
            S(["ontology"], ["literature"]),
        ),
    ),
    "2408.12373": (
        "include",
        X(
            "foundation",
            [],
            False,
            S(["rna"]),
            S(["annotation"], ["integration", "trajectory_perturbation", "drug_response"]),
            S(["ontology", "atlas"]),
        ),
    ),  # pass 2: marker-gene prediction is a task here, not grounding
    "2410.15828": (
        "include",
        X(
            "text_bridge",
            [],
            False,
            S(["rna"], ["text"]),
            S(["regulatory_inference"], ["generation"]),
            S(["literature"]),
        ),
    ),
    "2412.02915": (
        "include",
        X(
            "benchmark",
            [],
            False,
            S(["rna"], ["atac", "protein", "text"]),
            S(["annotation"], ["integration", "cross_species"]),
            S(["marker"], ["literature"]),
        ),
    ),
    # ---- labelled maybes
    "2406.15534": (
        "maybe",
        X(
            "text_bridge",
            [],
            False,
            S(["text"], ["spatial", "rna", "protein"]),
            S([], ["annotation", "spatial_mapping"]),
            S([], ["literature", "marker"]),
        ),
    ),
    "2407.08216": (
        "maybe",
        X(
            "spatial_multimodal",
            [],
            False,
            S(["histology", "spatial", "rna"]),
            S(["spatial_mapping"], ["generation", "annotation"]),
            S([], ["spatial", "implicit"]),
        ),
    ),
    "2407.09089": (
        "maybe",
        X(
            "text_bridge",
            [],
            False,
            S(["text"], ["rna"]),
            S(["regulatory_inference"]),
            S(["literature"], ["ontology"]),
        ),
    ),
    "2406.15341": (
        "maybe",
        X(
            "benchmark",
            ["agentic"],
            None,
            S([], ["rna", "text"]),  # pass 2: bulk expression, rna allowed not required
            S([], ["regulatory_inference"]),
            S([], ["literature", "implicit"]),
        ),
    ),
    "2405.16205": (
        "maybe",
        X(
            "agentic",
            [],
            True,
            S([], ["text", "rna"]),
            S([], ["regulatory_inference"]),
            S([], ["ontology", "literature"]),
        ),
    ),
    "2405.17631": (
        "maybe",
        X(
            "agentic",
            [],
            True,
            S([], ["rna", "text"]),
            S(["trajectory_perturbation"]),
            S([], ["literature"]),
        ),
    ),
    "2412.04075": (
        "maybe",
        X(
            "benchmark",
            [],
            False,
            S([], ["rna", "text", "dna_sequence", "protein"]),
            S([], ["regulatory_inference"]),
            None,
        ),
    ),
    "2410.11468": ("maybe", None),
    # ---- labelled excludes
    "2407.13205": ("exclude", None),  # survey
    "2412.10347": (
        "exclude",
        X(
            "benchmark",
            [],
            False,
            S(["dna_sequence"], ["rna", "protein"]),
            S([], ["integration", "regulatory_inference"]),
            None,
        ),
    ),
    # ---- near misses: omics- or cell-level, not single-cell LLM/foundation work (exclude)
    "2411.02534": (
        "exclude",
        X(
            "spatial_multimodal",
            [],
            False,
            S(["spatial", "histology", "rna"]),
            S(["spatial_mapping"], ["integration"]),
            S([], ["spatial", "implicit"]),
        ),
    ),
    "2407.10785": (
        "exclude",
        X(
            "spatial_multimodal",
            ["foundation", "benchmark"],
            False,
            S(["histology"], ["spatial", "rna"]),
            S([], ["spatial_mapping"]),
            None,
        ),
    ),
    "2411.03522": (
        "exclude",
        X(
            "benchmark",
            ["foundation"],
            False,
            S(["dna_sequence"], ["rna"]),
            S(["regulatory_inference"]),
            S([], ["sequence"]),
        ),
    ),
    "2411.03743": (
        "exclude",
        X("agentic", [], True, S(["protein"], ["text"]), S([]), S([], ["literature"])),
    ),
    "2404.18021": (
        "exclude",
        X(
            "agentic",
            [],
            True,
            S([], ["text", "dna_sequence"]),
            S([], ["trajectory_perturbation"]),
            S([], ["literature"]),
        ),
    ),
    "2412.15790": (
        "exclude",
        X(
            "spatial_multimodal",
            ["foundation"],
            False,
            S(["dna_sequence"], ["rna", "protein"]),
            S(["integration"], ["regulatory_inference"]),
            S([], ["sequence", "ontology"]),
        ),
    ),
    "2412.19191": (
        "exclude",
        X(
            "benchmark",
            ["text_bridge"],
            False,
            S(["dna_sequence", "text"], ["rna", "protein"]),
            S([]),
            None,
        ),
    ),
    "2410.01784": ("exclude", X("benchmark", [], False, S(["dna_sequence"], ["rna"]), S([]), None)),
    "2409.15697": (
        "exclude",
        X("foundation", [], False, S(["dna_sequence"]), S([]), S([], ["sequence"])),
    ),
    "2406.00164": (
        "exclude",
        X("foundation", [], False, S(["dna_sequence"], ["rna"]), S([]), S([], ["sequence"])),
    ),
    "2409.09825": (
        "exclude",
        X("text_bridge", [], False, S(["text"]), S([]), S([], ["literature"])),
    ),
    "2403.14801": (
        "exclude",
        X(
            "benchmark",
            ["text_bridge"],
            False,
            S(["text"]),
            S([]),
            S([], ["literature", "ontology"]),
        ),
    ),
    "2403.15076": ("exclude", None),
    "2407.11435": ("exclude", None),  # review
    "2412.17349": ("exclude", None),  # review
    "2409.02864": (
        "exclude",
        X(
            "agentic",
            [],
            True,
            S([], ["text", "rna"]),
            S([], ["regulatory_inference"]),
            S([], ["literature"]),
        ),
    ),
    "2407.14030": (
        "exclude",
        X(
            "text_bridge",
            ["agentic"],
            None,
            S(["text"]),
            S([], ["drug_response"]),
            S(["ontology"], ["literature"]),
        ),
    ),
    "2410.16700": ("exclude", None),
    "2411.08900": (
        "exclude",
        X(
            "text_bridge",
            [],
            False,
            S(["text"], ["rna", "dna_sequence"]),
            S([]),
            S([], ["literature"]),
        ),
    ),
    "2410.16212": (
        "exclude",
        X("benchmark", [], False, S([], ["rna", "dna_sequence"]), S([]), None),
    ),
    "2411.01422": ("exclude", None),
    "2412.07136": ("exclude", None),
    "2407.10362": (
        "exclude",
        X("benchmark", [], None, S(["text"], ["dna_sequence", "protein"]), S([]), None),
    ),
    "2406.06316": (
        "exclude",
        X(
            "text_bridge",
            [],
            False,
            S(["text"], ["protein", "dna_sequence"]),
            S([], ["drug_response"]),
            S([], ["literature"]),
        ),
    ),
    "2407.15888": (
        "exclude",
        X(
            "benchmark",
            [],
            False,
            S(["dna_sequence", "text"]),
            S([]),
            S([], ["literature", "sequence"]),
        ),
    ),
    "2412.07201": ("exclude", None),  # review
    "2404.02831": ("exclude", None),  # perspective
    "2405.12971": ("exclude", None),
    "2403.15274": ("exclude", None),  # review
    # ---- other senses of "cell": networks, batteries, puzzles, tables, spreadsheets, automata
    "2407.13742": ("exclude", None),
    "2411.07345": ("exclude", None),
    "2411.17625": ("exclude", None),
    "2409.10502": ("exclude", None),
    "2404.13268": ("exclude", None),
    "2406.14991": ("exclude", None),
    "2410.02536": ("exclude", None),
    "2412.17799": ("exclude", None),
    "2406.11785": ("exclude", None),
    "2412.16322": ("exclude", None),
}


def write_devset(name: str, rows: list[dict], gold: dict) -> None:
    """evals/NAME.jsonl (one row per record: id, from, split, screen) and evals/NAME.gold.json;
    the dev-set builders share it."""
    out = ROOT / "evals"
    out.mkdir(exist_ok=True)
    (out / f"{name}.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8"
    )
    (out / f"{name}.gold.json").write_text(
        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    recs = {}
    with (shared / "data" / "search-results-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["arxiv_id"] in GOLD:
                recs[r["arxiv_id"]] = r
    order = sorted(GOLD)
    random.Random(SEED).shuffle(order)
    tune = set(order[: len(order) // 2])
    out, gold = (
        [],
        {
            "_about": "Hand-written gold for 53 search records "
            "(see scripts/build_search_devset.py). "
            "screen = include|maybe|exclude; extraction fields as in the shared gold; "
            "null = not scored. Split once with seed 10."
        },
    )
    for aid in sorted(GOLD):
        decision, ex = GOLD[aid]
        if aid not in recs:
            raise SystemExit(f"{aid}: not in the shared search file")
        out.append(
            {
                "id": aid,
                "from": "search",  # the text is read from the shared file at eval time
                "split": "tune" if aid in tune else "heldout",
                "screen": decision,
            }
        )
        if ex is not None:
            gold[aid] = ex
    write_devset("search-dev", out, gold)
    print(f"{len(out)} records ({len(gold) - 1} with extraction gold), {len(tune)} tune")


if __name__ == "__main__":
    main()
