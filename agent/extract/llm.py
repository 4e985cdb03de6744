"""The LLM extractor: langchain ChatOpenAI against any OpenAI-compatible endpoint, structured
output validated by pydantic, prompts from prompts/, responses cached on disk.

Paper text is data: instruction-like sentences are removed before the model sees a passage,
and a quote that overlaps one is never evidence.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from agent.errors import redact
from agent.extract.base import GROUPS, QUERIES, Extraction, FieldResult, PaperText, verify
from agent.extract.lexicon import FAMILY_TERMS, GROUNDING_TERMS, MODALITY_TERMS, TASK_TERMS
from agent.fileio import atomic_write_text
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


def make_chat_model(settings: Settings) -> Any:
    """langchain ChatOpenAI for OpenAI or any server speaking its protocol."""
    from langchain_openai import ChatOpenAI

    from agent.settings import ConfigError

    cfg = settings.llm
    if not cfg.model:
        raise ConfigError("the llm extractor/screener needs a model: set CURATE_LLM__MODEL")
    # langchain sends max_completion_tokens, which OpenAI-compatible servers such as llama.cpp
    # ignore (generation then runs to the context limit): send the classic field as well
    extra = {"max_tokens": cfg.max_tokens} if cfg.base_url else None
    return ChatOpenAI(
        model=cfg.model,
        base_url=cfg.base_url,
        api_key=cfg.api_key(),  # type: ignore[arg-type]
        temperature=cfg.temperature,
        max_tokens=cfg.max_tokens,  # type: ignore[call-arg]
        timeout=cfg.timeout_s,
        max_retries=2,
        extra_body=extra,
    )


def invoke_structured(
    runnable: Any, messages: list[tuple[str, str]], settings: Settings
) -> dict[str, Any] | None:
    """One structured call. A reply that breaks the schema is None (flagged by the caller,
    nothing made up); a server that is unreachable or refuses the request is an LLMError."""
    import openai
    from langchain_core.exceptions import OutputParserException

    from agent.settings import LLMError

    cfg = settings.llm
    try:
        return runnable.invoke(messages)  # type: ignore[no-any-return]
    except (
        ValidationError,
        OutputParserException,
        ValueError,
        openai.LengthFinishReasonError,
        openai.ContentFilterFinishReasonError,
    ):
        # output that breaks the schema or was cut off at max_tokens; some clients raise here
        # rather than returning parsing_error
        return None
    except openai.APIConnectionError as e:
        raise LLMError(
            redact(f"cannot reach the LLM server at {cfg.base_url or 'api.openai.com'}: {e}")
        ) from e
    except openai.APIStatusError as e:
        # the server's text is redacted: some echo the request, Authorization header included
        raise LLMError(
            redact(
                f"the LLM server refused the request (HTTP {e.status_code}): "
                f"{str(e.message)[:300]}. {status_hint(e.status_code, settings)}"
            ).strip()
        ) from e


def status_hint(status: int, settings: Settings) -> str:
    """What to do about an HTTP error from the LLM server."""
    cfg = settings.llm
    if status in (401, 403):
        return (
            f"The server did not accept the API key: check {cfg.api_key_env} "
            "(and CURATE_LLM__BASE_URL if it points at the wrong server)."
        )
    if status == 404:
        return f"Check the model name (CURATE_LLM__MODEL={cfg.model}) and CURATE_LLM__BASE_URL."
    if status == 429:
        return "The server is rate-limiting or out of quota: wait, or check the account."
    if status in (400, 422) and cfg.structured_method == "json_schema":
        return (
            "If this server does not support json_schema output, set "
            "CURATE_LLM__STRUCTURED_METHOD=json_mode (or function_calling)."
        )
    return ""


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

    def __init__(self, settings: Settings, chat_model: Any = None):
        self.settings = settings
        self.prompt: Prompt = load_prompt(settings.prompts_dir, "extract_fields")
        self._chat = chat_model
        self.cache_dir = settings.cache_dir / "llm"

    @property
    def prompt_versions(self) -> dict[str, str]:
        return {self.prompt.name: self.prompt.version}

    @property
    def model_name(self) -> str:
        return self.settings.llm.model or getattr(self._chat, "model_name", None) or "scripted"

    def chat(self) -> Any:
        if self._chat is None:
            self._chat = make_chat_model(self.settings)
        return self._chat

    # ---------------------------------------------------------------- one call, cached
    def ask(self, group: str, passages: str, tokens: dict[str, int]) -> dict[str, Any] | None:
        schema = SCHEMAS.get(group, SetAnswer)
        system, user = self.prompt.render(group=group, field_guide=GUIDE[group], passages=passages)
        key = hashlib.sha256(
            json.dumps(
                [
                    self.prompt.tag,
                    self.model_name,
                    self.settings.llm.structured_method,
                    system,
                    user,
                ]
            ).encode()
        ).hexdigest()
        cached = self.cache_dir / f"{key}.json"
        if cached.exists():
            hit = json.loads(cached.read_text())
            return hit["parsed"]

        runnable = self.chat().with_structured_output(
            schema, method=self.settings.llm.structured_method, include_raw=True
        )
        out = invoke_structured(runnable, [("system", system), ("human", user)], self.settings)
        if out is None:
            return None
        raw = out.get("raw")
        usage = getattr(raw, "usage_metadata", None) or {}
        for k in ("input_tokens", "output_tokens"):
            tokens[k] = tokens.get(k, 0) + int(usage.get(k, 0) or 0)
        parsed = out.get("parsed")
        result = parsed.model_dump() if isinstance(parsed, BaseModel) else None
        if result is None and raw is not None:  # e.g. JSON wrapped in prose or code fences
            result = self._salvage(getattr(raw, "content", "") or "", schema)
        if result is not None:
            atomic_write_text(cached, json.dumps({"parsed": result, "usage": usage}))
        return result

    @staticmethod
    def _salvage(content: str, schema: type[BaseModel]) -> dict[str, Any] | None:
        m = re.search(r"\{.*\}", content, re.S)
        if not m:
            return None
        try:
            return schema.model_validate_json(m.group(0)).model_dump()
        except ValidationError:
            return None

    # ---------------------------------------------------------------- the agent loop
    def passages(self, paper: PaperText, query: str, k: int) -> str:
        chunks: list[Chunk] = paper.retrieve(query, k) if paper.retrieve else []
        if not chunks:  # no index: the title, abstract and first page
            text = "\n".join(
                [paper.title, paper.abstract, paper.pages[0].text if paper.pages else ""]
            )
            return sanitise(text)
        return "\n\n".join(f"[page {c.page}] {sanitise(c.text)}" for c in chunks)

    def extract(self, paper: PaperText) -> Extraction:
        tokens: dict[str, int] = {}
        rejected: list[dict[str, Any]] = []
        fields: dict[str, FieldResult] = {}
        k = self.settings.retrieval.k
        for group, names in GROUPS.items():
            query = QUERIES[group]
            for round_ in range(self.settings.retrieval.retry_rounds + 1):
                answer = self.ask(group, self.passages(paper, query, k + 2 * round_), tokens)
                got = self.to_fields(group, answer, paper, rejected)
                for f, r in got.items():
                    if f not in fields or (r.evidence and not fields[f].evidence):
                        fields[f] = r
                missing = [f for f in names if not fields.get(f) or not fields[f].evidence]
                if not missing:
                    break
                # more targeted retrieval: the missing fields' own vocabulary
                query = " ".join(missing) + ": " + GUIDE[group]
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
            tokens=tokens,
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
