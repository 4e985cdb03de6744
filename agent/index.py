"""The chunk index: a persistent chromadb collection (or a chroma server) with an offline
sentence-transformers embedding model loaded from an installed package, never a hub.

Only chunks retrieval can use are embedded (`useful_chunks`), in batches; papers are indexed
when something needs them (`IndexQueue`), not on `curate add`'s critical path."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent.fileio import atomic_write_text, lock_for
from agent.reader import Chunk, Document, Page, chunk
from agent.settings import ConfigError, Settings


class Index:
    """The chunk index: a chromadb collection of every indexed paper's useful chunks."""

    def __init__(self, settings: Settings, embedder: Any = None):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.settings = settings
        from agent.embedding import Embedder

        self.embedder = embedder or Embedder(settings)
        chroma_cfg = ChromaSettings(anonymized_telemetry=False)
        cfg = settings.index
        if cfg.mode == "http":
            self.client = chromadb.HttpClient(host=cfg.host, port=cfg.port, settings=chroma_cfg)
        elif cfg.mode == "local":
            path = settings.corpus_dir / ".index"
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=chroma_cfg)
        else:
            raise ConfigError(f"CURATE_INDEX__MODE must be local or http, not {cfg.mode!r}")
        self.col = self.client.get_or_create_collection(
            cfg.collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )

    def has_paper(self, key: str, sha: str) -> bool:
        got = self.col.get(where={"paper": key}, limit=1, include=["metadatas"])
        metas = got.get("metadatas") or []
        return bool(metas) and metas[0].get("sha256") == sha

    def add_paper(self, key: str, sha: str, chunks: list[Chunk], vectors: Any = None) -> int:
        """Replace the paper's chunks: re-adding never duplicates them. `vectors` may be
        embeddings computed already (or a Future of them)."""
        if self.has_paper(key, sha):
            return 0
        self.col.delete(where={"paper": key})
        if not chunks:
            return 0
        if vectors is None:
            vecs = self.embedder.encode([c.text for c in chunks])
        else:
            vecs = vectors.result() if hasattr(vectors, "result") else vectors
        self.col.upsert(
            ids=[f"{key}:{c.index}" for c in chunks],
            embeddings=vecs,  # type: ignore[arg-type]
            documents=[c.text for c in chunks],
            metadatas=[
                {
                    "paper": key,
                    "sha256": sha,
                    "page": c.page,
                    "start": c.start,
                    "end": c.end,
                    "section": c.section,
                    "index": c.index,
                }
                for c in chunks
            ],
        )
        return len(chunks)

    def search(
        self, query: str, k: int = 5, paper: str | None = None
    ) -> list[tuple[str, Chunk, float]]:
        """The k chunks most similar to `query` (in one paper, when given), with paper key and
        score."""
        if self.col.count() == 0:
            return []
        res = self.col.query(
            query_embeddings=self.embedder.encode([query]),  # type: ignore[arg-type]
            n_results=k,
            where={"paper": paper} if paper else None,
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        assert res["documents"] is not None and res["distances"] is not None
        for doc, meta, dist in zip(
            res["documents"][0],
            res["metadatas"][0],  # type: ignore[index]
            res["distances"][0],
            strict=True,
        ):  # type: ignore[index]
            c = Chunk(
                index=int(meta["index"]),
                page=int(meta["page"]),
                start=int(meta["start"]),
                end=int(meta["end"]),
                section=str(meta["section"]),
                text=doc,
            )
            hits.append((str(meta["paper"]), c, 1.0 - float(dist)))
        return hits

    def retriever(self, key: str):  # type: ignore[no-untyped-def]
        """A retriever over one paper's chunks: (query, k) -> chunks."""

        def retrieve(query: str, k: int) -> list[Chunk]:
            return [c for _, c, _ in self.search(query, k, paper=key)]

        return retrieve


# ---------------------------------------------------------------- what is worth embedding

MIN_CHUNK_CHARS = 80


def useful_chunks(chunks: list[Chunk]) -> list[Chunk]:
    """Chunks retrieval can use: not the references (or acknowledgements), not repeated
    boilerplate (running heads, licence lines: the same text again), not fragments."""
    seen: set[str] = set()
    out = []
    for c in chunks:
        norm = " ".join(c.text.lower().split())
        if c.section == "references" or len(norm) < MIN_CHUNK_CHARS or norm in seen:
            continue
        seen.add(norm)
        out.append(c)
    return out


# ---------------------------------------------------------------- indexing later, never twice


class IndexQueue:
    """Papers queued for indexing (`corpus/.index-queue/`, one JSON file each) and those
    indexed (`corpus/.indexed/` markers, per index mode and collection). `curate add` with the
    lexicon extractor queues its paper and returns; `curate search`, `curate index` and the
    LLM extractor index what is queued. An entry leaves the queue only after its marker is
    written, so an interrupted indexing is redone, and a marked paper is never embedded again."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.dir = settings.corpus_dir / ".index-queue"
        self.marks = settings.corpus_dir / ".indexed"

    def marker(self, key: str, sha: str) -> Path:
        cfg = self.settings.index
        return self.marks / f"{cfg.mode}-{cfg.collection}-{key}-{sha[:16]}"

    def is_indexed(self, key: str, sha: str) -> bool:
        return self.marker(key, sha).exists()

    def put(self, key: str, sha: str, pages: list[Page]) -> None:
        if self.is_indexed(key, sha):
            return
        data = {"key": key, "sha256": sha, "pages": [p.model_dump() for p in pages]}
        atomic_write_text(self.dir / f"{key}-{sha[:16]}.json", json.dumps(data))

    def pending(self) -> list[Path]:
        return sorted(self.dir.glob("*.json")) if self.dir.exists() else []

    def done(self, key: str, sha: str) -> None:
        m = self.marker(key, sha)
        m.parent.mkdir(parents=True, exist_ok=True)
        m.touch()
        (self.dir / f"{key}-{sha[:16]}.json").unlink(missing_ok=True)

    def drain(self, index: Index | None = None) -> int:
        """Index every queued paper, all chunks in one batched encode; returns papers indexed."""
        files = self.pending()
        if not files:
            return 0
        with lock_for(self.dir, ".lock"):
            papers = []
            for f in self.pending():
                try:
                    data = json.loads(f.read_text())
                except (OSError, ValueError):
                    continue  # removed by another process meanwhile, or torn: skipped
                pages = [Page.model_validate(p) for p in data["pages"]]
                papers.append((data["key"], data["sha256"], pages))
            if not papers:
                return 0
            index = index or Index(self.settings)
            todo = []
            for key, sha, pages in papers:
                if index.has_paper(key, sha):  # indexed, but the marker was not written
                    self.done(key, sha)
                    continue
                cfg = self.settings.index
                todo.append(
                    (
                        key,
                        sha,
                        useful_chunks(chunk(Document(pages), cfg.chunk_chars, cfg.chunk_overlap)),
                    )
                )
            vecs = index.embedder.encode([c.text for _, _, cs in todo for c in cs]) if todo else []
            at = 0
            for key, sha, cs in todo:
                index.add_paper(key, sha, cs, vectors=vecs[at : at + len(cs)])
                at += len(cs)
                self.done(key, sha)
            return len(papers)


# ---------------------------------------------------------------- the index stage of `curate add`


class LazyIndex:
    """Stands in for an Index whose paper is already indexed; opens it on first retrieval."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._index: Any = None

    def retriever(self, key: str) -> Callable[[str, int], Any]:
        def retrieve(query: str, k: int) -> Any:
            if self._index is None:
                self._index = Index(self.settings)
            return self._index.retriever(key)(query, k)

        return retrieve


class PaperIndexer:
    """The index stage of `curate add`. An extractor that retrieves (llm) waits for the paper's
    chunks to be indexed, the embedding model loading on a thread (`preload`) while the paper is
    fetched and read; a paper indexed before is not embedded again, nor is the model loaded.
    Otherwise (lexicon) the paper is queued for indexing (`defer`) and indexed when something
    needs it (search, index, llm)."""

    def __init__(self, settings: Settings, needs_index: bool, index: Any = None):
        self.settings = settings
        self.needs_index = needs_index
        self.index = index
        self.queue = IndexQueue(settings)
        self.embedder: Any = None

    def preload(self, key: str | None, sha: str | None) -> None:
        """Start loading the embedding model, unless nothing will be embedded."""
        if not self.needs_index or self.index is not None or self.embedder is not None:
            return
        if key and sha and self.queue.is_indexed(key, sha):
            return
        from agent.embedding import Embedder

        self.embedder = Embedder(self.settings)
        self.embedder.preload()

    def retriever(
        self, key: str, sha: str, pages: list[Page], say: Callable[[str], None]
    ) -> Callable[[str, int], list[Chunk]] | None:
        """Index the paper if it is not yet, and a retriever over its chunks (None when the
        extractors do not retrieve)."""
        if not self.needs_index:
            return None
        index = self.index
        if index is None and self.queue.is_indexed(key, sha):
            index = LazyIndex(self.settings)  # chromadb is opened only if retrieval runs
        else:
            cfg = self.settings.index
            chunks = useful_chunks(chunk(Document(pages), cfg.chunk_chars, cfg.chunk_overlap))
            say(f"indexing {len(chunks)} chunks")
            vectors = None
            if index is None:
                self.preload(None, None)
                vectors = self.embedder.encode_async([c.text for c in chunks])
                index = Index(self.settings, embedder=self.embedder)  # imports while encoding
            index.add_paper(key, sha, chunks, vectors=vectors)
            self.queue.done(key, sha)
        return index.retriever(key)  # type: ignore[no-any-return]

    def defer(self, key: str, sha: str, pages: list[Page]) -> None:
        """Queue the paper for indexing later, when the extractors did not index it now."""
        if not self.needs_index:
            self.queue.put(key, sha, pages)
