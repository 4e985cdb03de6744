"""A loopback HTTP server standing in for arXiv, the bioRxiv API, Crossref, OpenAlex and PDF
hosts at once: routes map a path regex to a reply; scripted replies (a status, a Retry-After,
a hang past the client's timeout) can be queued per route before the normal one."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict | list = b""
    headers: dict[str, str] = field(default_factory=dict)
    sleep: float = 0.0  # hang this long before answering (a timeout)

    def payload(self) -> tuple[bytes, str]:
        if isinstance(self.body, dict | list):
            return json.dumps(self.body).encode(), "application/json"
        if isinstance(self.body, str):
            return self.body.encode(), "text/plain"
        return self.body, "application/octet-stream"


Handler = Callable[[str, dict[str, list[str]]], Reply]


class ApiServer:
    def __init__(self) -> None:
        self.routes: list[tuple[re.Pattern[str], Handler]] = []
        self.script: dict[str, list[Reply]] = {}
        self.hits: list[str] = []
        self.headers: list[dict[str, str]] = []
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                outer.hits.append(self.path)
                outer.headers.append(dict(self.headers))
                reply = outer.answer(self.path)
                if reply.sleep:
                    time.sleep(reply.sleep)
                body, ctype = reply.payload()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.headers.get("Content-Type", ctype))
                    for k, v in reply.headers.items():
                        if k != "Content-Type":
                            self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def route(self, pattern: str, reply: Reply | Handler) -> None:
        handler = reply if callable(reply) else (lambda _p, _q, r=reply: r)
        self.routes.insert(0, (re.compile(pattern), handler))  # later routes win

    def answer(self, raw: str) -> Reply:
        parts = urlsplit(raw)
        query = parse_qs(parts.query)
        for pattern, queue in self.script.items():
            if re.search(pattern, parts.path) and queue:
                return queue.pop(0)
        for pattern, handler in self.routes:
            if pattern.search(parts.path):
                return handler(parts.path, query)
        return Reply(404, "no route")

    def hits_for(self, pattern: str) -> list[str]:
        return [h for h in self.hits if re.search(pattern, h)]

    def __enter__(self) -> ApiServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def point_settings_at(monkeypatch: Any, url: str, **extra: str) -> Any:
    """Environment for every source on the one server; returns fresh settings."""
    env = {
        "CURATE_ARXIV__API_URL": f"{url}/arxiv/api/query",
        "CURATE_ARXIV__PDF_URL": f"{url}/arxiv/pdf",
        "CURATE_BIORXIV__API_URL": f"{url}/biorxiv-api",
        "CURATE_BIORXIV__BIORXIV_URL": f"{url}/biorxiv/content",
        "CURATE_BIORXIV__MEDRXIV_URL": f"{url}/medrxiv/content",
        "CURATE_CROSSREF__API_URL": f"{url}/crossref",
        "CURATE_OPENALEX__API_URL": f"{url}/openalex",
        "CURATE_FETCH__BACKOFF_S": "0.01",
        "CURATE_FETCH__TIMEOUT_S": "1",
        **extra,
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    from agent.settings import load_settings

    return load_settings()
