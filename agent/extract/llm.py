"""The LLM extractor: a chat model (agent.llm: OpenAI or any OpenAI-compatible server) with
structured output validated by pydantic, prompts from prompts/, responses cached on disk.

A budget per paper: at most `llm.max_calls_per_paper` calls (default 4) and
`llm.max_prompt_tokens_per_paper` prompt tokens (default 10,000). The field groups (six)
are asked in two calls, half of them each; fields still without verified evidence get targeted
retrieval in the calls left (`retrieval.retry_rounds` at most). Passages are trimmed to the
budget before a call; every call's tokens and seconds are recorded.

Paper text is data: instruction-like sentences are removed before the model sees a passage,
and a quote that overlaps one is never evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field, create_model

from agent.extract.base import (
    GROUPS,
    QUERIES,
    Extraction,
    FieldResult,
    PaperText,
    add_derived,
    verify,
)
from agent.extract.lexicon import SYNONYMS
from agent.flags import Flag, FlagCode
from agent.llm import LLMClient, Usage, estimate_tokens, make_chat_model
from agent.promptfile import Prompt, load_prompt
from agent.reader import Chunk
from agent.schema import SPEC, VOCAB, Evidence
from agent.settings import Settings

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


class SetAnswer(BaseModel):
    values: list[Claim] = Field(default_factory=list)


#: the calls of a paper's first round: two, the field table's groups split between them in
#: order (a group added to the table joins a call; the budget's retry calls stay free)
_HALF = (len(GROUPS) + 1) // 2
CALLS: tuple[tuple[str, ...], ...] = (tuple(GROUPS)[:_HALF], tuple(GROUPS)[_HALF:])
#: share of the prompt-token budget each first-round call may use; retries share the rest
FIRST_ROUND_SHARE = 0.7 / len(CALLS)


def is_set_group(group: str) -> bool:
    """A group of one list field: its answer is a list of values."""
    names = GROUPS[group]
    return len(names) == 1 and SPEC[names[0]].is_list


@functools.cache
def group_schema(group: str) -> type[BaseModel]:
    """The answer object of one group, from the field table: a list of values for a group of one
    list field; else a key per field (a claim per scalar, claims per list, a yes/no per bool)."""
    if is_set_group(group):
        return SetAnswer
    keys: dict[str, Any] = {}
    for f in GROUPS[group]:
        spec = SPEC[f]
        if spec.is_list:
            keys[f] = (list[Claim], Field(default_factory=list))
        elif spec.base_type is bool:
            keys[f] = (BoolClaim, Field(default_factory=BoolClaim))
        else:
            keys[f] = (Claim | None, None)
    return create_model(group.title() + "Answer", **keys)  # type: ignore[call-overload,no-any-return]


def schema_for(groups: tuple[str, ...]) -> type[BaseModel]:
    """One answer object with a key per group."""
    return create_model(  # type: ignore[call-overload,no-any-return]
        "Answer_" + "_".join(groups),
        **{g: (group_schema(g) | None, None) for g in groups},
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
    """The extract stage with a chat model: field groups asked with retrieved passages, within a
    budget."""

    name = "llm"
    needs_index = True  # retrieves passages per field group

    def __init__(self, settings: Settings, chat_model: Any = None):
        self.settings = settings
        self.prompt: Prompt = load_prompt(settings.prompts_dir, "extract_fields")
        # each group's line of the prompt, its {field} placeholders filled with the vocabulary
        vocab = {f: str([v.value for v in enum]) for f, enum in VOCAB.items()}
        self.guides = {g: self.prompt.guide(g, **vocab) for g in GROUPS}
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
        guide = "\n".join(f"group: {g}: {self.guides[g]}" for g in groups)
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
            queries = [" ".join(GROUPS[g]) + ": " + self.guides[g] for g in missing]
            call(missing, queries, cap, depth)
        for names in GROUPS.values():
            for f in names:
                r = fields.setdefault(f, FieldResult())
                if not r.evidence:
                    msg = "no verified evidence after targeted retrieval; left for the reviewer"
                    r.flags = [*r.flags, Flag(code=FlagCode.no_evidence, field=f, message=msg)]
        add_derived(fields)
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
        """One group's answer as field results; quotes verified against the paper (None: an unusable
        answer, flagged)."""
        if answer is None:
            return {
                f: FieldResult(
                    flags=[
                        Flag(
                            code=FlagCode.model_output,
                            field=f,
                            message="model output was not valid for the schema",
                        )
                    ]
                )
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

        if is_set_group(group):
            fld = GROUPS[group][0]
            return {fld: self.set_field(fld, answer.get("values") or [], quotes_ok)}
        out: dict[str, FieldResult] = {}
        # a group's vocabulary value first: its list fields name the *other* values that apply
        primary: dict[str, str | None] = {}
        for fld in GROUPS[group]:
            spec = SPEC[fld]
            if spec.vocab is not None and not spec.is_list:
                c = answer.get(fld) or {}
                val, guessed = map_value(fld, c.get("value", "")) if c else (None, False)
                ev = quotes_ok(fld, c.get("quotes") or []) if val else []
                primary[fld] = val
                out[fld] = FieldResult(
                    value=val,
                    evidence=ev,
                    confidence=0.8 if ev else 0.2,
                    flags=[
                        Flag(
                            code=FlagCode.vocabulary,
                            field=fld,
                            message="vocabulary mapping guessed",
                        )
                    ]
                    if guessed and val
                    else [],
                )
        for fld in GROUPS[group]:
            spec = SPEC[fld]
            if spec.vocab is not None and not spec.is_list:
                continue
            if spec.is_list:
                out[fld] = self.also_field(fld, answer.get(fld) or [], primary, quotes_ok)
            elif spec.base_type is bool:
                c = answer.get(fld) or {}
                ev = quotes_ok(fld, c.get("quotes") or [])
                yes = bool(c.get("value")) and bool(ev)
                out[fld] = FieldResult(
                    value=yes, evidence=ev if yes else [], confidence=0.8 if ev else 0.5
                )
            else:  # free text: the model's words, with the quotes that say so
                c = answer.get(fld)
                if c and c.get("value"):
                    ev = quotes_ok(fld, c.get("quotes") or [])
                    out[fld] = FieldResult(
                        value=c["value"], evidence=ev, confidence=0.8 if ev else 0.2
                    )
        return {f: out[f] for f in GROUPS[group] if f in out}

    @staticmethod
    def also_field(
        fld: str,
        claims: list[dict[str, Any]],
        primary: dict[str, str | None],
        quotes_ok: Callable[[str, list[str]], list[Evidence]],
    ) -> FieldResult:
        """A list field beside its group's vocabulary value (secondary_families): the other
        values that apply, each with a verified quote."""
        values: list[str] = []
        evidence: list[Evidence] = []
        for c in claims:
            v, _ = map_value(fld, c.get("value", ""))
            e = quotes_ok(fld, c.get("quotes") or [])
            if v and e and v not in primary.values():
                values.append(v)
                evidence += e
        return FieldResult(
            value=sorted(set(values)), evidence=evidence, confidence=0.7 if values else 0.5
        )

    @staticmethod
    def set_field(
        fld: str,
        claims: list[dict[str, Any]],
        quotes_ok: Callable[[str, list[str]], list[Evidence]],
    ) -> FieldResult:
        """A group of one list field (modalities, tasks, ...): the vocabulary values with a
        verified quote; what was dropped, or guessed, is flagged."""
        values: list[str] = []
        evidence: list[Evidence] = []
        flags: list[Flag] = []

        def flag(code: FlagCode, message: str) -> None:
            flags.append(Flag(code=code, field=fld, message=message))

        for c in claims:
            v, guessed = map_value(fld, c.get("value", ""))
            if v is None:
                flag(FlagCode.vocabulary, f"value {c.get('value')!r} is not in the vocabulary")
                continue
            ev = quotes_ok(fld, c.get("quotes") or [])
            if not ev:
                flag(FlagCode.no_evidence, f"{v}: dropped, no verified quote")
                continue
            if guessed:
                flag(FlagCode.vocabulary, f"vocabulary mapping guessed: {c.get('value')!r} -> {v}")
            values.append(v)
            evidence += ev
        return FieldResult(
            value=sorted(set(values)),
            evidence=evidence,
            confidence=0.8 if values else 0.0,
            flags=flags,
        )
