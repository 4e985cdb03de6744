"""The desk's guard: loopback-only Host check (against DNS rebinding), an access token for any
other bind address, a CSRF token on every state-changing request, and strict headers."""

from __future__ import annotations

import hmac
import re
import secrets
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
TOKEN_COOKIE = "curate_token"
CSRF_COOKIE = "curate_csrf"
CSRF_FIELD = "csrf"
_TOKENISH = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self'; script-src 'self'; "
    "style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _host_name(header: str) -> str:
    if header.startswith("["):  # [::1]:8765
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard(BaseHTTPMiddleware):
    def __init__(self, app, token: str | None, loopback_only: bool):  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.token = token
        self.loopback_only = loopback_only

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        host = _host_name(request.headers.get("host", ""))
        if self.loopback_only and not is_loopback(host):
            # a page on another site resolving its name to 127.0.0.1 must not reach the desk
            return PlainTextResponse(f"bad Host {host!r}: the desk answers on loopback only", 400)
        if self.token:
            given = request.query_params.get("token")
            auth = request.headers.get("authorization", "")
            supplied = (
                given
                or request.cookies.get(TOKEN_COOKIE)
                or (auth[7:] if auth.startswith("Bearer ") else None)
            )
            if not supplied or not hmac.compare_digest(supplied.encode(), self.token.encode()):
                return PlainTextResponse(
                    "access token required: open the URL that `curate serve` printed", 401
                )
            if given:  # move the token from the URL into a cookie, out of history and logs
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                url = request.url.path + ("?" + urlencode(rest) if rest else "")
                resp: Response = RedirectResponse(url, 303)
                resp.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                return resp
        csrf = request.cookies.get(CSRF_COOKIE, "")
        fresh = None
        if not _TOKENISH.match(csrf):
            csrf = fresh = new_token()
        request.state.csrf = csrf
        response = await call_next(request)
        if fresh:
            response.set_cookie(CSRF_COOKIE, fresh, httponly=True, samesite="strict")
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        return response


class CsrfError(Exception):
    pass


async def checked_form(request: Request) -> FormData:
    """The POSTed form, if its CSRF field matches this browser's CSRF cookie."""
    form = await request.form()
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = form.get(CSRF_FIELD, "")
    if (
        not isinstance(sent, str)
        or not _TOKENISH.match(cookie)
        or not hmac.compare_digest(sent.encode(), cookie.encode())
    ):
        raise CsrfError("missing or wrong CSRF token: reload the page and try again")
    return form
