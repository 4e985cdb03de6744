"""Build evals/survey-models.{jsonl,gold.json} from the registry (run once; output committed).

Rows = the survey's 58 models with their half and `"from": "survey"`: the input text (Table 7's
primary-task cell + the survey's own clauses naming the model) is built from ../shared when
`curate eval` runs (agent.devsets.survey_texts), never copied here. Gold = the registry entry
(family, agentic, modalities, tasks, grounding), with the import's guesses and the table's
known defects left unscored (see evals/README.md). The split into tune / held-out halves is
made once, with seed SEED.

    python scripts/build_survey_devset.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_search_devset import write_devset  # noqa: E402

from agent.devsets import survey_entries  # noqa: E402

SEED = 10  # issue 10; never change: the halves must stay fixed

OMICS = ["rna", "atac", "protein"]
#: table defects the SPEC names: gold for these fields is not trustworthy, so it is not scored
DEFECTS = {
    "cell2text": {"tasks": "Table 7's task text for Cell2Text describes ChromFound"},
    "epiagent": {"agentic": "Table 7 says No while survey section 4.5 calls EpiAgent agentic"},
    "qust-llm": {"agentic": "Table 7 says Yes for a text-bridge tool; lint flags it"},
}


def gold_of(entry: dict) -> dict:
    guessed = {k: v for k, v in (entry.get("guessed") or {}).items() if k != "citation"}
    defects = DEFECTS.get(entry["id"], {})
    g: dict = {
        "name": entry["name"],
        "family": entry["family"],
        "family_ok": list(entry.get("secondary_families") or []),
        "agentic": None if "agentic" in defects else entry["agentic"],
    }
    mods = sorted(entry["modalities"])
    if "modalities" in guessed:  # "multi-omic" without the list: the other omics are allowed
        g["modalities"] = {
            "req": [m for m in mods if m == "rna"] or mods[:1],
            "ok": sorted(set(mods + OMICS) - {"rna"}),
        }
    else:
        g["modalities"] = {"req": mods, "ok": []}
    g["tasks"] = (
        None
        if "tasks" in guessed or "tasks" in defects
        else {"req": sorted(entry["tasks"]), "ok": []}
    )
    g["grounding"] = (
        None if "grounding" in guessed else {"req": sorted(entry["grounding"]), "ok": []}
    )
    notes = [f"{k}: {v}" for k, v in {**guessed, **defects}.items() if k != "model"]
    if notes:
        g["_unscored_or_relaxed"] = notes
    return g


def main() -> None:
    entries = survey_entries()
    ids = sorted(e["id"] for e in entries)
    order = ids[:]
    random.Random(SEED).shuffle(order)
    tune = set(order[: len(order) // 2])
    records, gold = (
        [],
        {
            "_about": (
                "Gold for the survey's 58 models = their registry entries (imported from "
                "LLM4Cell Table 7). Input text = Table 7 primary-task cell + the survey clauses "
                "naming the model, read from ../shared at eval time. "
                "null = not scored (an import guess or a known table defect). Built by "
                "scripts/build_survey_devset.py; split once with seed 10."
            )
        },
    )
    for e in entries:
        split = "tune" if e["id"] in tune else "heldout"
        records.append({"id": e["id"], "from": "survey", "split": split, "screen": "include"})
        gold[e["id"]] = gold_of(e)
    write_devset("survey-models", records, gold)
    print(f"{len(records)} records, {len(tune)} tune, {len(records) - len(tune)} held-out")


if __name__ == "__main__":
    main()
