"""Shared by the review-desk tests: an app on a temporary workspace and a CSRF-aware client."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from agent.settings import Settings
from agent.web.app import create_app

BASE = "http://127.0.0.1"


class Desk:
    def __init__(self, settings: Settings, reviewer: str = "desk-reviewer", **kw: Any):
        self.app = create_app(settings, reviewer, **kw)
        self.client = TestClient(self.app, base_url=BASE, follow_redirects=False)

    def get(self, url: str, **kw: Any):  # type: ignore[no-untyped-def]
        return self.client.get(url, **kw)

    def csrf(self) -> str:
        if "curate_csrf" not in self.client.cookies:
            self.client.get("/queue")
        return self.client.cookies["curate_csrf"]

    def post(self, url: str, data: dict[str, Any] | list[tuple[str, str]], csrf: bool = True):  # type: ignore[no-untyped-def]
        items = list(data.items()) if isinstance(data, dict) else list(data)
        if csrf:
            items.append(("csrf", self.csrf()))
        body = "&".join(f"{_q(k)}={_q(str(v))}" for k, v in items)  # repeated keys for checkboxes
        return self.client.post(
            url, content=body, headers={"content-type": "application/x-www-form-urlencoded"}
        )


def _q(s: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(s)
