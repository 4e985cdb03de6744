"""The chunk index: a persistent chromadb collection (or a chroma server) with an offline
sentence-transformers embedding model loaded from an installed package, never a hub."""

from __future__ import annotations

from typing import Any

from agent.reader import Chunk
from agent.settings import ConfigError, Settings


class Index:
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
        def retrieve(query: str, k: int) -> list[Chunk]:
            return [c for _, c, _ in self.search(query, k, paper=key)]

        return retrieve
