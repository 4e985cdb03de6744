"""The review desk (`curate serve`): a local web app over the same queue, registry, locks and
journal as the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from agent.settings import Settings


@dataclass
class ServeConfig:
    host: str
    port: int
    reviewer: str
    token: str | None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        base = f"http://{host}:{self.port}/"
        return base + (f"?token={self.token}" if self.token else "")


def configure(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 8765,
    reviewer: str | None = None,
    token: str | None = None,
) -> ServeConfig:
    """Decide reviewer and access token: any address other than loopback needs a token
    (generated here unless given)."""
    from agent.errors import UsageError
    from agent.review import default_reviewer
    from agent.web.security import is_loopback, new_token

    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: not a TCP port")
    if token is not None and len(token) < 16:
        raise UsageError("--token: use at least 16 characters (letters, digits, - and _)")
    if token is None and not is_loopback(host):
        token = new_token()
    return ServeConfig(host, port, reviewer or default_reviewer(settings), token)


def serve(settings: Settings, cfg: ServeConfig, open_browser: bool = False) -> None:
    import threading
    import webbrowser

    import uvicorn

    from agent.web.app import create_app

    app = create_app(settings, cfg.reviewer, cfg.token)
    # summarise the queue while the server starts, so the first page does not wait for it
    threading.Thread(target=app.state.desk.queue_rows, daemon=True).start()
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(cfg.url,)).start()
    uvicorn.run(app, host=cfg.host, port=cfg.port, log_level="warning")
