"""The LLM extractor: a chat model (agent.llm: OpenAI or any OpenAI-compatible server) with
structured output validated by pydantic, prompts from prompts/, responses cached on disk.

A budget per paper: at most `llm.max_calls_per_paper` calls (default 4) and
`llm.max_prompt_tokens_per_paper` prompt tokens (default 10,000). The six field groups are
asked in two calls of three groups each; fields still without verified evidence get targeted
retrieval in the calls left (`retrieval.retry_rounds` at most). Passages are trimmed to the
budget before a call; every call's tokens and seconds are recorded.

Paper text is data: instruction-like sentences are removed before the model sees a passage,
and a quote that overlaps one is never evidence.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field, create_model

from agent.extract.base import GROUPS, QUERIES, Extraction, FieldResult, PaperText, verify
from agent.extract.lexicon import FAMILY_TERMS, GROUNDING_TERMS, MODALITY_TERMS, TASK_TERMS
from agent.llm import LLMClient, Usage, estimate_tokens, make_chat_model
from agent.prompts import Prompt, load_prompt
from agent.reader import Chunk
from agent.settings import Settings
from agent.vocab import Domain, Family, Grounding, Modality, Task

INJECTION = re.compile(
    r"(ignore|disregard|forget|override)\b[^.]{0,40}\b(instruction|prompt|rule|above|previous)"
    r"|\byou (are|must|should) (now )?(an?|the)?\s*(ai|assistant|model|language model)\b"
    r"|\b(system prompt|as an ai|assistant:|###\s*instruction)"
    r"|\b(mark|classify|label|set|report)\b[^.]{0,40}\b(this|the) (model|paper)\b[^.]{0,30}\bas\b",
    re.I,
)


class Claim(BaseModel):
    value: str
    quotes: list[str] = Field(default_factory=list)


class BoolClaim(BaseModel):
    value: bool | None = None
    quotes: list[str] = Field(default_factory=list)


class IdentityAnswer(BaseModel):
    name: Claim | None = None
    primary_task: Claim | None = None
    code_url: Claim | None = None


class FamilyAnswer(BaseModel):
    family: Claim | None = None
    secondary_families: list[Claim] = Field(default_factory=list)
    agentic: BoolClaim = Field(default_factory=BoolClaim)


class SetAnswer(BaseModel):
    values: list[Claim] = Field(default_factory=list)


VOCAB = {
    "modalities": Modality,
    "grounding": Grounding,
    "tasks": Task,
    "domains": Domain,
    "family": Family,
    "secondary_families": Family,
}
SYNONYMS = {
    "modalities": MODALITY_TERMS,
    "grounding": GROUNDING_TERMS,
    "tasks": TASK_TERMS,
    "family": FAMILY_TERMS,
    "secondary_families": FAMILY_TERMS,
}
SCHEMAS: dict[str, type[BaseModel]] = {"identity": IdentityAnswer, "family": FamilyAnswer}
GUIDE = {
    "identity": "name: the paper's own model name; primary_task: one sentence (quote) saying "
    "what the model does; code_url: a code repository URL if given.",
    "family": f"family: one of {[f.value for f in Family]} (agentic = an LLM controller plans "
    "multi-step work and calls tools; benchmark = the paper evaluates models rather "
    "than introducing one); secondary_families: others that also apply; agentic: "
    "true/false.",
    "modalities": f"values: data the model consumes, from {[m.value for m in Modality]}.",
    "grounding": f"values: where its biological meaning comes from, from "
    f"{[g.value for g in Grounding]}.",
    "tasks": f"values: the survey tasks the model addresses, from {[t.value for t in Task]}.",
    "domains": f"values: evidence dimensions shown, from {[d.value for d in Domain]}.",
}


#: the calls of a paper's first round: three groups each
CALLS: tuple[tuple[str, ...], ...] = (
    ("identity", "family", "modalities"),
    ("grounding", "tasks", "domains"),
)
#: share of the prompt-token budget each first-round call may use; retries share the rest
FIRST_ROUND_SHARE = 0.35


def schema_for(groups: tuple[str, ...]) -> type[BaseModel]:
    """One answer object with a key per group."""
    return create_model(  # type: ignore[call-overload,no-any-return]
        "Answer_" + "_".join(groups),
        **{g: (SCHEMAS.get(g, SetAnswer) | None, None) for g in groups},
    )


def sanitise(text: str) -> str:
    """Drop sentences that address a model: paper text is data, never instructions."""
    parts = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(p for p in parts if not INJECTION.search(p))


def map_value(fld: str, raw: str) -> tuple[str | None, bool]:
    """A vocabulary value for what the model said; (value, guessed)."""
    enum = VOCAB[fld]
    v = raw.strip().lower().replace("-", "_").replace(" ", "_")
    if v in {e.value for e in enum}:
        return v, False
    for value, pattern in SYNONYMS.get(fld, {}).items():
        if re.search(pattern, raw, re.I):
            return str(value), True
    return None, True


class LLMExtractor:
    name = "llm"
    needs_index = True  # retrieves passages per field group

    def __init__(self, settings: Settings, chat_model: Any = None):
        self.settings = settings
        self.prompt: Prompt = load_prompt(settings.prompts_dir, "extract_fields")
        # the factory is looked up when first needed, so tests can script the model
        self.client = LLMClient(
            settings, settings.cache_dir / "llm", chat_model, factory=lambda s: make_chat_model(s)
        )

    @property
    def prompt_versions(self) -> dict[str, str]:
        return {self.prompt.name: self.prompt.version}

    @property
    def model_name(self) -> str:
        return self.client.model_name

    def chat(self) -> Any:
        return self.client.chat()

    # ---------------------------------------------------------------- one call, cached
    def messages(self, groups: tuple[str, ...], passages: str) -> list[tuple[str, str]]:
        guide = "\n".join(f"group: {g}: {GUIDE[g]}" for g in groups)
        system, user = self.prompt.render(
            group=", ".join(groups), field_guide=guide, passages=passages
        )
        return [("system", system), ("human", user)]

    def ask(self, groups: tuple[str, ...], passages: str, usage: Usage) -> dict[str, Any] | None:
        """The model's answers for these groups ({group: answer}), or None if unusable."""
        answer = self.client.structured(
            schema_for(groups),
            self.messages(groups, passages),
            [self.prompt.tag, self.model_name, self.settings.llm.structured_method],
            usage,
            label="+".join(groups),
        )
        return answer.parsed

    # ---------------------------------------------------------------- retrieval
    def passages(self, paper: PaperText, queries: list[str], k: int, max_tokens: int) -> str:
        """The best chunks for the queries taken in turn (k in all, at least one per query),
        de-duplicated, up to max_tokens: a call covering three groups costs what one did."""
        lists: list[list[Chunk]] = [paper.retrieve(q, k) for q in queries] if paper.retrieve else []
        parts: list[str] = []
        used, seen = 0, set()
        total = max(k, len(queries))
        for rank in range(max((len(x) for x in lists), default=0)):
            for hits in lists:
                if len(parts) >= total or rank >= len(hits) or hits[rank].index in seen:
                    continue
                c = hits[rank]
                seen.add(c.index)
                text = f"[page {c.page}] {sanitise(c.text)}"
                cost = estimate_tokens(text) + 1
                if used + cost <= max_tokens:
                    parts.append(text)
                    used += cost
        if not parts:  # no index (or nothing fits): the title, abstract and first page
            text = sanitise(
                "\n".join([paper.title, paper.abstract, paper.pages[0].text if paper.pages else ""])
            )
            return text[: max(0, max_tokens) * 3]
        return "\n\n".join(parts)

    # ---------------------------------------------------------------- the agent loop
    def extract(self, paper: PaperText) -> Extraction:
        cfg = self.settings.llm
        usage = Usage()
        rejected: list[dict[str, Any]] = []
        fields: dict[str, FieldResult] = {}
        k = self.settings.retrieval.k
        budget = cfg.max_prompt_tokens_per_paper
        spent = 0  # estimated prompt tokens (deterministic, so a re-run asks the same, cached)
        calls = 0

        def call(groups: tuple[str, ...], queries: list[str], cap: int, depth: int) -> None:
            nonlocal spent, calls
            overhead = sum(estimate_tokens(t) for _, t in self.messages(groups, ""))
            text = self.passages(paper, queries, k + 2 * depth, cap - overhead)
            spent += sum(estimate_tokens(t) for _, t in self.messages(groups, text))
            calls += 1
            answer = self.ask(groups, text, usage)
            if answer is not None and all(answer.get(g) is None for g in groups):
                answer = None  # valid JSON, but none of the requested groups: not an answer
            for g in groups:
                sub = answer.get(g) if answer is not None else None
                if answer is not None and sub is None:
                    sub = {}  # the model answered, but not this group
                got = self.to_fields(g, sub, paper, rejected)
                for f, r in got.items():
                    if f not in fields or (r.evidence and not fields[f].evidence):
                        fields[f] = r

        first_cap = int(budget * FIRST_ROUND_SHARE)
        for groups in CALLS[: cfg.max_calls_per_paper]:
            call(groups, [QUERIES[g] for g in groups], first_cap, 0)
        for depth in range(1, self.settings.retrieval.retry_rounds + 1):
            missing = tuple(
                g
                for g, names in GROUPS.items()
                if any(not fields.get(f) or not fields[f].evidence for f in names)
            )
            calls_left = cfg.max_calls_per_paper - calls
            if not missing or calls_left <= 0:
                break
            rounds_left = min(calls_left, self.settings.retrieval.retry_rounds - depth + 1)
            cap = (budget - spent) // rounds_left
            if cap < 600:
                break
            # more targeted retrieval: the missing fields' own vocabulary
            queries = [" ".join(GROUPS[g]) + ": " + GUIDE[g] for g in missing]
            call(missing, queries, cap, depth)
        for names in GROUPS.values():
            for f in names:
                r = fields.setdefault(f, FieldResult())
                if not r.evidence:
                    r.flags.append(
                        "no verified evidence after targeted retrieval; left for the reviewer"
                    )
        if "domains" in fields:
            fields["domain_score"] = FieldResult(
                value=len(fields["domains"].value or []),
                evidence=fields["domains"].evidence,
                confidence=fields["domains"].confidence,
            )
        return Extraction(
            extractor=self.name,
            model=self.model_name,
            prompt_versions=self.prompt_versions,
            fields=fields,
            tokens=usage.tokens(),
            calls=usage.calls,
            rejected_quotes=rejected,
        )

    def to_fields(
        self,
        group: str,
        answer: dict[str, Any] | None,
        paper: PaperText,
        rejected: list[dict[str, Any]],
    ) -> dict[str, FieldResult]:
        if answer is None:
            return {
                f: FieldResult(flags=["model output was not valid for the schema"])
                for f in GROUPS[group]
            }

        def quotes_ok(fld: str, quotes: list[str]) -> list[Any]:
            clean = []
            for q in quotes:
                if INJECTION.search(q):
                    rejected.append(
                        {
                            "field": fld,
                            "quote": q[:300],
                            "reason": "quotes an instruction aimed at the model",
                        }
                    )
                else:
                    clean.append(q)
            return verify(clean, paper, fld, rejected)

        out: dict[str, FieldResult] = {}
        if group == "identity":
            for fld in GROUPS[group]:
                c = answer.get(fld)
                if c and c.get("value"):
                    ev = quotes_ok(fld, c.get("quotes") or [])
                    out[fld] = FieldResult(
                        value=c["value"], evidence=ev, confidence=0.8 if ev else 0.2
                    )
            return out
        if group == "family":
            fam = answer.get("family") or {}
            val, guessed = map_value("family", fam.get("value", "")) if fam else (None, False)
            ev = quotes_ok("family", fam.get("quotes") or []) if val else []
            out["family"] = FieldResult(
                value=val,
                evidence=ev,
                confidence=0.8 if ev else 0.2,
                flags=["vocabulary mapping guessed"] if guessed and val else [],
            )
            secs, sec_ev = [], []
            for c in answer.get("secondary_families") or []:
                v, _ = map_value("secondary_families", c.get("value", ""))
                e = quotes_ok("secondary_families", c.get("quotes") or [])
                if v and e and v != val:
                    secs.append(v)
                    sec_ev += e
            out["secondary_families"] = FieldResult(
                value=sorted(set(secs)), evidence=sec_ev, confidence=0.7 if secs else 0.5
            )
            ag = answer.get("agentic") or {}
            ag_ev = quotes_ok("agentic", ag.get("quotes") or [])
            agentic = bool(ag.get("value")) and bool(ag_ev)
            out["agentic"] = FieldResult(
                value=agentic, evidence=ag_ev if agentic else [], confidence=0.8 if ag_ev else 0.5
            )
            return out
        fld = GROUPS[group][0]
        values, evidence, flags = [], [], []
        for c in answer.get("values") or []:
            v, guessed = map_value(fld, c.get("value", ""))
            if v is None:
                flags.append(f"value {c.get('value')!r} is not in the vocabulary")
                continue
            ev = quotes_ok(fld, c.get("quotes") or [])
            if not ev:
                flags.append(f"{v}: dropped, no verified quote")
                continue
            if guessed:
                flags.append(f"vocabulary mapping guessed: {c.get('value')!r} -> {v}")
            values.append(v)
            evidence += ev
        out[fld] = FieldResult(
            value=sorted(set(values)),
            evidence=evidence,
            confidence=0.8 if values else 0.0,
            flags=flags,
        )
        return out
