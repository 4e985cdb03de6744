"""The one LLM client: every part of curate that asks a model (the extractor, the screener)
goes through `LLMClient`.

- model construction by `provider` (CURATE_LLM__PROVIDER): `openai` is langchain's ChatOpenAI for
  OpenAI or any OpenAI-compatible server; another langchain chat model plugs in by adding a
  factory to PROVIDERS (it needs `with_structured_output` and usage metadata, as all do);
- structured calls validated by pydantic, with a salvage of JSON wrapped in prose;
- the response cache on disk: the same prompt to the same model costs nothing the second time;
- accounting: every call's prompt/completion tokens and seconds (`Usage`);
- retries on rate limits (429, honouring Retry-After) and 5xx, with backoff;
- provider-neutral errors: a server that cannot be reached or refuses is an LLMError with the
  setting to change; an answer that breaks the schema is None (the caller flags it).
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from agent.errors import redact
from agent.fileio import atomic_write_text
from agent.settings import ConfigError, LLMError, Settings

Messages = list[tuple[str, str]]


def _openai(settings: Settings) -> Any:
    from langchain_openai import ChatOpenAI

    cfg = settings.llm
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
        max_retries=0,  # retries are ours (LLMClient.invoke): Retry-After, accounting
        extra_body=extra,
    )


#: provider name -> factory(settings) -> a langchain chat model
PROVIDERS: dict[str, Callable[[Settings], Any]] = {"openai": _openai}


def make_chat_model(settings: Settings) -> Any:
    cfg = settings.llm
    if not cfg.model:
        raise ConfigError("the llm extractor/screener needs a model: set CURATE_LLM__MODEL")
    factory = PROVIDERS.get(cfg.provider)
    if factory is None:
        raise ConfigError(
            f"CURATE_LLM__PROVIDER={cfg.provider!r} is not known: use one of {', '.join(PROVIDERS)}"
        )
    return factory(settings)


class LLMCall(BaseModel):
    """One request: what it cost. `cached` calls cost nothing and sent nothing."""

    label: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    cached: bool = False


@dataclass
class Usage:
    """Calls made for one paper (or one screening run); thread-safe."""

    calls: list[LLMCall] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, call: LLMCall) -> None:
        with self._lock:
            self.calls.append(call)

    @property
    def sent(self) -> list[LLMCall]:
        return [c for c in self.calls if not c.cached]

    @property
    def prompt_tokens(self) -> int:
        return sum(c.prompt_tokens for c in self.sent)

    @property
    def completion_tokens(self) -> int:
        return sum(c.completion_tokens for c in self.sent)

    @property
    def seconds(self) -> float:
        return round(sum(c.seconds for c in self.sent), 3)

    def tokens(self) -> dict[str, int]:
        """The run record's token totals (langchain's usage names)."""
        if not self.sent:
            return {}
        return {"input_tokens": self.prompt_tokens, "output_tokens": self.completion_tokens}


def estimate_tokens(text: str) -> int:
    """A conservative token count for budgeting before a call (~3 characters a token for
    English prose; real tokenizers give 4+). The real count comes back in the usage."""
    return len(text) // 3 + 1


@dataclass
class Answer:
    parsed: dict[str, Any] | None
    cached: bool


def _retry_after(e: Exception) -> float | None:
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None) or {}
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time()) if when else None


def _status(e: Exception) -> int | None:
    code = getattr(e, "status_code", None)
    return code if isinstance(code, int) else None


class LLMClient:
    """Structured, cached, accounted calls to the configured chat model.

    `cache_dir` holds one JSON file per distinct request; `key_parts` (prompt tag, model,
    method, ...) go into the cache key together with the messages."""

    def __init__(
        self,
        settings: Settings,
        cache_dir: Path,
        chat_model: Any = None,
        factory: Callable[[Settings], Any] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.settings = settings
        self.cache_dir = cache_dir
        self._chat = chat_model
        self.factory = factory or make_chat_model
        self._lock = threading.Lock()
        self.sleep = sleep

    @property
    def model_name(self) -> str:
        return self.settings.llm.model or getattr(self._chat, "model_name", None) or "scripted"

    def chat(self) -> Any:
        with self._lock:
            if self._chat is None:
                self._chat = self.factory(self.settings)
            return self._chat

    def cache_path(self, key_parts: list[Any], messages: Messages) -> Path:
        key = hashlib.sha256(
            json.dumps([*key_parts, *(text for _, text in messages)]).encode()
        ).hexdigest()
        return self.cache_dir / f"{key}.json"

    def structured(
        self,
        schema: type[BaseModel],
        messages: Messages,
        key_parts: list[Any],
        usage: Usage | None = None,
        label: str = "",
        salvage: bool = True,
    ) -> Answer:
        """The model's answer as a dict valid for `schema`, or parsed=None when it is not;
        from the cache when this exact request was answered before."""
        path = self.cache_path(key_parts, messages)
        if path.exists():
            hit = json.loads(path.read_text())
            if usage is not None:
                usage.add(LLMCall(label=label, cached=True))
            return Answer(hit.get("parsed", hit), True)
        method = self.settings.llm.structured_method
        runnable = self.chat().with_structured_output(schema, method=method, include_raw=True)
        t = time.perf_counter()
        out = self.invoke(runnable, messages)
        seconds = time.perf_counter() - t
        raw = (out or {}).get("raw")
        u = getattr(raw, "usage_metadata", None) or {}
        if usage is not None:
            usage.add(
                LLMCall(
                    label=label,
                    prompt_tokens=int(u.get("input_tokens", 0) or 0),
                    completion_tokens=int(u.get("output_tokens", 0) or 0),
                    seconds=round(seconds, 3),
                )
            )
        if out is None:
            return Answer(None, False)
        parsed = out.get("parsed")
        result = parsed.model_dump() if isinstance(parsed, BaseModel) else None
        if result is None and raw is not None and salvage:  # JSON wrapped in prose or fences
            result = _salvage(getattr(raw, "content", "") or "", schema)
        if result is not None:
            atomic_write_text(path, json.dumps({"parsed": result, "usage": dict(u)}))
        return Answer(result, False)

    def invoke(self, runnable: Any, messages: Messages) -> dict[str, Any] | None:
        """One structured call with retries. A reply that breaks the schema is None; a server
        that is unreachable or refuses the request is an LLMError."""
        import openai
        from langchain_core.exceptions import OutputParserException

        cfg = self.settings.llm
        attempt = 0
        while True:
            try:
                return runnable.invoke(messages)  # type: ignore[no-any-return]
            except (
                ValidationError,
                OutputParserException,
                ValueError,
                openai.LengthFinishReasonError,
                openai.ContentFilterFinishReasonError,
            ):
                # output that breaks the schema or was cut off at max_tokens; some clients raise
                # here rather than returning parsing_error
                return None
            except openai.APIConnectionError as e:
                if attempt >= min(2, cfg.retries):
                    where = cfg.base_url or "api.openai.com"
                    raise LLMError(redact(f"cannot reach the LLM server at {where}: {e}")) from e
                wait = 0.5 * 2**attempt
            except openai.APIStatusError as e:
                code = _status(e) or 0
                if (code == 429 or code >= 500) and attempt < cfg.retries:
                    after = _retry_after(e)
                    wait = min(after if after is not None else 2.0**attempt, 120.0)
                else:
                    # the server's text is redacted: some echo the request, Authorization too
                    raise LLMError(
                        redact(
                            f"the LLM server refused the request (HTTP {code}): "
                            f"{str(e.message)[:300]}. {status_hint(code, self.settings)}"
                        ).strip()
                    ) from e
            attempt += 1
            self.sleep(wait)


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
        return (
            "The server is rate-limiting or out of quota: wait, lower --concurrency "
            "(CURATE_LLM__CONCURRENCY), or check the account."
        )
    if status in (400, 422) and cfg.structured_method == "json_schema":
        return (
            "If this server does not support json_schema output, set "
            "CURATE_LLM__STRUCTURED_METHOD=json_mode (or function_calling)."
        )
    return ""


def _salvage(content: str, schema: type[BaseModel]) -> dict[str, Any] | None:
    m = re.search(r"\{.*\}", content, re.S)
    if not m:
        return None
    try:
        return schema.model_validate_json(m.group(0)).model_dump()
    except ValidationError:
        return None
