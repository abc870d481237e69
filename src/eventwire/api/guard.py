"""Request guards of the HTTP API: where requests may come from, and what an error message may say.

Cross-site request forgery and DNS rebinding (issue 15): a page from another website can make the visitor's
browser send requests to ``http://127.0.0.1:8000``. Without a guard, ``fetch(url, {method: "POST", mode:
"no-cors", headers: {"Content-Type": "text/plain"}})`` wrote an article into the store. The rules (OWASP
CSRF Prevention Cheat Sheet: "verifying origin with standard headers"; Starlette's TrustedHostMiddleware
for the Host check):

* **Host**: when the server is bound to a loopback address (``127.0.0.1``, ``::1``, ``localhost``, the
  default), every request must name a loopback host (``127.0.0.1``, ``localhost``, ``[::1]``) with the
  bound port in its ``Host`` header; anything else (a rebound DNS name such as ``attacker.example``) is
  refused with 403, code EW112. A server bound to another address cannot know its public names and does
  not check the Host.
* **Origin**: a state-changing request (``POST``, ``PUT``, ``PATCH``, ``DELETE``) that carries an
  ``Origin`` header must come from the server's own origin (``http://`` + the request's ``Host``), and one
  whose ``Sec-Fetch-Site`` is ``cross-site`` is refused whatever its Origin: 403, code EW112.
* **Content type**: ``POST /code`` only takes ``application/json`` (415, code EW113), a type that a page of
  another origin can only send after a CORS preflight, which this server never grants.

Error messages never carry a server path (:func:`scrub_paths`).
"""
from __future__ import annotations

import json
import re

#: Host names that mean "this machine" for the Host check.
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_ABS_PATH = re.compile(r"(?<![\w.:/])(?:/[^\s/'\"(),;:]+){2,}/?")


def scrub_paths(message: str, *known: str) -> str:
    """``message`` with the given paths (the store file, ...) and any absolute path of two or more
    components replaced by ``<path>``, so an error answer never tells a client where files live on
    the server. Never raises."""
    for p in sorted({k for k in known if k and len(k) > 1}, key=len, reverse=True):
        message = message.replace(p, "<store>")
    return _ABS_PATH.sub("<path>", message)


def is_loopback(host: str | None) -> bool:
    """True for a loopback host name or address (127.0.0.0/8, ::1, localhost)."""
    h = (host or "").strip().lower().strip("[]")
    return h in LOOPBACK_NAMES or h.startswith("127.") or h == "::1"


def _split_host(value: str) -> tuple[str, str | None]:
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8000
        host, _, rest = value[1:].partition("]")
        return host, rest[1:] if rest.startswith(":") else None
    host, sep, port = value.rpartition(":")
    return (host, port) if sep and port.isdigit() else (value, None)


class RequestGuard:
    """Pure ASGI middleware applying the Host and Origin rules of the module doc. ``bound_host`` /
    ``bound_port``: the address the server listens on (None: unknown, e.g. under a test client; then
    only the Origin rule applies). Refusals use the API's JSON error envelope."""

    def __init__(self, app, bound_host: str | None = None, bound_port: int | None = None) -> None:
        self.app = app
        self.check_host = bound_host is not None and is_loopback(bound_host)
        self.port = str(bound_port) if bound_port is not None else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        why = None
        if self.check_host:
            name, port = _split_host(host)
            if not is_loopback(name) or (self.port and port not in (self.port, None)) or (
                    self.port and self.port != "80" and port is None):
                why = (f"Host header {host[:100]!r} is not this server's address: it is bound to a loopback "
                       f"address and answers only requests naming it (DNS rebinding guard)")
        if why is None and scope.get("method", "GET").upper() in UNSAFE_METHODS:
            origin = headers.get("origin")
            if headers.get("sec-fetch-site", "").lower() == "cross-site":
                why = "cross-site request refused (Sec-Fetch-Site: cross-site)"
            elif origin is not None and origin.lower().rstrip("/") != f"http://{host}".lower():
                why = (f"cross-origin request refused: Origin {origin[:100]!r} is not this server "
                       f"(http://{host[:100]})")
        if why is None:
            return await self.app(scope, receive, send)
        body = json.dumps({"error": {"code": "EW112", "message": why}}).encode()
        await send({"type": "http.response.start", "status": 403,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
