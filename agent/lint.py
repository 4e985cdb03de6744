"""Consistency checks on the registry: per-entry (`validate`) and cross-entry (`lint`)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from itertools import combinations

from rapidfuzz import fuzz

from agent.schema import Entry, derive
from agent.table7 import MODALITY_PATTERNS, SOURCE
from agent.vocab import Family

#: texts that describe an agent (an LLM controller planning and calling tools)
AGENT_TEXT = re.compile(
    r"\bagent(s|ic)?\b|agent\b|planning module|tool (use|calling|modules)|autonomous", re.I
)
#: descriptive fields compared across entries
TEXT_FIELDS = ("primary_task", "grounding_note")
#: shorter texts are labels ("Annotation & Ontology Mapping"), not descriptions
MIN_TEXT_LEN = 40
NEAR_IDENTICAL = 90.0


@dataclass(frozen=True)
class Finding:
    check: str
    severity: str  # "error" | "warning"
    entries: tuple[str, ...]
    fields: tuple[str, ...]
    message: str

    def to_json(self) -> dict[str, object]:
        d = asdict(self)
        d["entries"], d["fields"] = list(self.entries), list(self.fields)
        return d


def _norm_name(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def check_entry(e: Entry) -> list[Finding]:
    """Consistency warnings within one entry."""
    out: list[Finding] = []

    def warn(check: str, fields: tuple[str, ...], msg: str) -> None:
        out.append(Finding(check, "warning", (e.id,), fields, msg))

    from_table = e.provenance.source == SOURCE
    curated = e.domains or not from_table  # Table 7 rows keep the survey's score until re-curated
    rule = derive(e.to_data())["domain_score"]
    if curated and e.domain_score is not None and e.domain_score != rule:
        warn(
            "domain-score",
            ("domain_score", "domains"),
            f"domain_score {e.domain_score} but {len(e.domains)} domains listed",
        )
    if e.family in e.secondary_families:
        warn(
            "family-twice",
            ("family", "secondary_families"),
            f"primary family {e.family} is also listed as secondary",
        )
    is_agentic_family = Family.agentic in (e.family, *e.secondary_families)
    if is_agentic_family and not e.agentic:
        warn("agentic-flag", ("family", "agentic"), "agentic family but agentic: false")
    if e.agentic and not is_agentic_family:
        warn(
            "agentic-flag",
            ("family", "agentic"),
            f"agentic: true but family is {e.family} with no agentic secondary family",
        )
    if not e.agentic:
        texts = {
            "name": e.name,
            "aliases": " ".join(e.aliases),
            "primary_task": e.primary_task,
            "grounding_note": e.grounding_note,
        }
        hits = [f for f, t in texts.items() if AGENT_TEXT.search(t)]
        if hits:
            warn(
                "agentic-text",
                ("agentic", *hits),
                f"agentic: false but its {', '.join(hits)} describe(s) an agent",
            )
    if e.primary_task:
        named = {m for pat, m in MODALITY_PATTERNS if re.search(pat, e.primary_task, re.I)}
        foreign = sorted(str(m) for m in named - set(e.modalities) - {"rna", "text"})
        if foreign:
            warn(
                "task-modality",
                ("primary_task", "modalities"),
                f"primary_task describes {', '.join(foreign)} data the entry's modalities "
                f"({', '.join(map(str, e.modalities)) or 'none'}) do not include",
            )
    for fld, reason in e.guessed.items():
        out.append(Finding("guessed", "info", (e.id,), (fld,), f"mapping guessed: {reason}"))
    return out


def same_model(entries: list[Entry]) -> list[Finding]:
    """One model under several ids: a shared name, alias, arXiv id or DOI."""
    out: list[Finding] = []
    owners: dict[str, list[tuple[str, str]]] = {}
    for e in entries:
        for n in {e.name, *e.aliases}:
            owners.setdefault(_norm_name(n), []).append((e.id, n))
        for key, val in (("arxiv_id", e.arxiv_id), ("doi", e.doi)):
            if val:
                owners.setdefault(f"{key}:{val.lower()}", []).append((e.id, val))
    for key, who in owners.items():
        ids = sorted({i for i, _ in who})
        if len(ids) > 1:
            names = ", ".join(sorted({n for _, n in who}))
            out.append(
                Finding(
                    "same-model",
                    "warning",
                    tuple(ids),
                    ("name", "aliases"),
                    f"the same model under several ids: {', '.join(ids)} share {names!r}"
                    if not key.startswith(("arxiv_id:", "doi:"))
                    else f"{', '.join(ids)} share {key.split(':')[0]} {names}",
                )
            )
    return out


def validate_warnings(entries: list[Entry]) -> list[Finding]:
    """What `registry validate` warns about: each entry's own checks and one model under
    several ids (a new id for a known model must not pass silently)."""
    own = [f for e in entries for f in check_entry(e) if f.severity == "warning"]
    return same_model(entries) + own


def lint(entries: list[Entry]) -> list[Finding]:
    """Cross-entry checks, then each entry's own checks."""
    out = same_model(entries)
    for a, b in combinations(entries, 2):
        same = [
            f
            for f in TEXT_FIELDS
            if len(getattr(a, f)) >= MIN_TEXT_LEN and getattr(a, f) == getattr(b, f)
        ]
        if same:
            out.append(
                Finding(
                    "identical-text",
                    "warning",
                    (a.id, b.id),
                    tuple(same),
                    f"{a.id} and {b.id} have identical {', '.join(same)}",
                )
            )
            continue
        for f in TEXT_FIELDS:
            ta, tb = getattr(a, f), getattr(b, f)
            if min(len(ta), len(tb)) < MIN_TEXT_LEN:
                continue
            score = fuzz.token_set_ratio(ta.lower(), tb.lower())
            if score >= NEAR_IDENTICAL:
                out.append(
                    Finding(
                        "near-identical-text",
                        "warning",
                        (a.id, b.id),
                        (f,),
                        f"{a.id} and {b.id} have near-identical {f} "
                        f"({score:.0f}% similar): one may describe the other",
                    )
                )
    for e in entries:
        out.extend(check_entry(e))
    return out
