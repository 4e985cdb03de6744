"""Build evals/survey-models.{jsonl,gold.json} from the survey (run once; the output is committed).

Input text per model = Table 7's primary-task cell + the survey's own clauses that name the model
(body sections 1-8 and appendix C; never a Table 7 row, never the category, modality or grounding
columns, which are the gold). Gold = the registry entry (family, agentic, modalities, tasks,
grounding), with the import's guesses and the table's known defects left unscored (see
evals/README.md). The split into tune / held-out halves is made once, with seed SEED.

    python scripts/build_survey_devset.py [../shared]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = 10  # issue 10; never change: the halves must stay fixed
OUT = ROOT / "evals"

#: body of the survey: from "1 Introduction" to "References", and appendix C (model taxonomy)
BODY = (re.compile(r"^1 Introduction$"), re.compile(r"^References$"))
APPENDIX_C = (re.compile(r"^C Extended Details on Model Taxonomy$"), re.compile(r"^D Datasets$"))
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z*(])")
#: clause boundaries; ", and" only before a new lower-case subject ("..., and agentic systems
#: (scAgent) plan..."), never inside a list of model names ("scGPT, Geneformer, and scFoundation")
CLAUSE = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+|\s+while\s+|,\s+and\s+(?=[a-z]+\b)")
#: table defects the SPEC names: gold for these fields is not trustworthy, so it is not scored
DEFECTS = {
    "cell2text": {"tasks": "Table 7's task text for Cell2Text describes ChromFound"},
    "epiagent": {"agentic": "Table 7 says No while survey section 4.5 calls EpiAgent agentic"},
    "qust-llm": {"agentic": "Table 7 says Yes for a text-bridge tool; lint flags it"},
}
OMICS = ["rna", "atac", "protein"]


def body_lines(text: str) -> list[str]:
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
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    survey = (shared / "seed" / "000_e8430d0872201275.txt").read_text(encoding="utf-8")
    paragraphs = body_lines(survey)
    entries = [
        yaml.safe_load(p.read_text()) for p in sorted((ROOT / "registry" / "models").glob("*.yaml"))
    ]
    entries = [
        e for e in entries if (e.get("provenance") or {}).get("source") == "LLM4Cell Table 7"
    ]
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
                "naming the model. "
                "null = not scored (an import guess or a known table defect). Built by "
                "scripts/build_survey_devset.py; split once with seed 10."
            )
        },
    )
    for e in sorted(entries, key=lambda x: x["id"]):
        names = [e["name"], *e.get("aliases", [])]
        raw = (e.get("source_text") or {}).get("model", "")
        names += [
            n.strip()
            for n in re.findall(r"\(([^()]+)\)", raw)
            if len(n.strip()) > 2 and not re.search(r"et al|\d{4}|^family", n)
        ]
        rx = name_rx([n for n in names if n])
        sents = clauses_about(rx, paragraphs)
        task = clean(e["primary_task"])
        records.append(
            {
                "id": e["id"],
                "title": e["name"],
                # each clause a sentence of its own: capitalised, ending in a full stop
                "abstract": " ".join(
                    x[0].upper() + x[1:] + ("" if x[-1] in ".!?" else ".") for x in [task, *sents]
                ),
                "split": "tune" if e["id"] in tune else "heldout",
                "screen": "include",
            }
        )
        gold[e["id"]] = gold_of(e)
    OUT.mkdir(exist_ok=True)
    (OUT / "survey-models.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    (OUT / "survey-models.gold.json").write_text(
        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(records)} records, {len(tune)} tune, {len(records) - len(tune)} held-out")


if __name__ == "__main__":
    main()
