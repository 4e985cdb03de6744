"""Benchmark the review desk (`curate serve`) over real HTTP on 127.0.0.1.

A scratch workspace holds the 58-entry registry and 1,000 pending proposals (a third of them
updates of registry entries), made from the bundled example paper. Prints medians for: the
queue page (first request, which parses every proposal, and warm), a proposal page, and a PDF
page image with a highlighted quote (first render, and cached).
"""

from __future__ import annotations

import shutil
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from benchutil import scratch_workspace  # noqa: E402

N_PROPOSALS = 1000
TARGETS = {"queue": 0.300, "proposal": 0.200, "image first": 1.0, "image cached": 0.050}


class NullIndex:
    """The lexicon extractor retrieves nothing: no embedding model is needed to make proposals."""

    def add_paper(self, *args: Any, **kwargs: Any) -> None:
        pass

    def retriever(self, key: str):  # type: ignore[no-untyped-def]
        return lambda query, k: []


def make_queue(ws: Path, tmp: Path) -> list[str]:
    import os

    os.environ["CURATE_WORKSPACE"] = str(ws)
    from pdfgen import write_example

    from agent.pipeline import add
    from agent.proposal import Queue
    from agent.settings import load_settings
    from agent.store import Store

    settings = load_settings()
    pdf = write_example(tmp / "nichelm.pdf")
    seed = add(settings, pdf=pdf, index=NullIndex()).proposal  # type: ignore[arg-type]
    queue, store = Queue(settings.queue_dir), Store(settings.models_dir)
    entries = store.load_all()
    ids = []
    for i in range(N_PROPOSALS):
        p = seed.model_copy(deep=True)
        p.id = f"{seed.id}-{i:04d}"
        if i % 3 == 0:  # an update of an existing entry
            base = entries[i % len(entries)]
            p.kind, p.entry_id, p.base_entry, p.base_hash = (
                "update",
                base.id,
                base,
                base.content_hash(),
            )
            p.entry = p.entry.model_copy(update={"id": base.id, "name": base.name})
        else:
            p.entry_id = f"nichelm-{i}"
            p.entry = p.entry.model_copy(update={"id": p.entry_id, "name": f"NicheLM-{i}"})
        queue.save(p)
        ids.append(p.id)
    queue.path(seed.id).unlink()
    return ids


def timed(client, url: str) -> tuple[float, Any]:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    r = client.get(url)
    dt = time.perf_counter() - t
    r.raise_for_status()
    return dt, r


def main() -> None:
    import httpx
    import uvicorn

    from agent.settings import load_settings
    from agent.web.app import create_app

    tmp, ws = scratch_workspace("curate-bench-serve-")
    try:
        t = time.perf_counter()
        ids = make_queue(ws, tmp)
        print(
            f"workspace: 58 entries, {len(ids)} proposals ({time.perf_counter() - t:.1f}s to make)"
        )
        settings = load_settings()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings, "bench"), host="127.0.0.1", port=port, log_level="warning"
            )
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        results: dict[str, float] = {}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
            first, r = timed(c, "/queue")
            assert f"{N_PROPOSALS}" in r.text
            results["queue first ever (parses 1,000 proposals)"] = first
            results["queue"] = statistics.median(timed(c, "/queue")[0] for _ in range(15))
            results["queue sorted + filtered"] = statistics.median(
                timed(c, "/queue?sort=model&desc=1&kind=update")[0] for _ in range(10)
            )
            results["proposal"] = statistics.median(
                timed(c, f"/proposal/{pid}")[0] for pid in ids[:30]
            )
            shutil.rmtree(settings.cache_dir / "pages", ignore_errors=True)
            imgs = [
                f"/proposal/{pid}/page/1.png?field={f}&i=0"
                for pid, f in zip(
                    ids[1:6], ["family", "modalities", "tasks", "code_url", "name"], strict=True
                )
            ]
            results["image first"] = statistics.median(timed(c, u)[0] for u in imgs)
            results["image cached"] = statistics.median(timed(c, u)[0] for u in imgs * 4)
            results["registry (58 entries)"] = statistics.median(
                timed(c, "/registry")[0] for _ in range(10)
            )
        server.should_exit = True
        # a new server process over the same, unchanged queue: summaries come from the cache
        restarted = create_app(settings, "bench")
        t = time.perf_counter()
        restarted.state.desk.queue_rows()
        results["queue after a restart (summary cache)"] = time.perf_counter() - t
        print(f"{'what':40} {'median':>9}  target")
        for k, v in results.items():
            target = TARGETS.get(k)
            verdict = (
                ""
                if target is None
                else (f"<= {target * 1000:.0f} ms " + ("ok" if v <= target else "SLOW"))
            )
            print(f"{k:40} {v * 1000:7.1f} ms  {verdict}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
