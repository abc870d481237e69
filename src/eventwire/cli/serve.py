"""``eventwire serve --db FILE [--host 127.0.0.1] [--port 8000] [--allow-coding]``: the HTTP API and
dashboard (OpenAPI docs at ``/docs``)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and dashboard over a store",
                       description="Serve a DuckDB event store over HTTP: JSON API (OpenAPI docs at /docs) and a "
                                   "dashboard at /. Read-only unless --allow-coding.")
    p.add_argument("--db", required=True, help="DuckDB store (created if missing with --allow-coding)")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--allow-coding", action="store_true",
                   help="enable POST /code, which codes submitted text and writes it to the store")
    from .actors import add_actors_option

    add_actors_option(p)
    p.set_defaults(func=run)


def check_listen_address(host: str, port: int) -> None:
    """Fail early, with one clear error, when the API cannot listen on ``host``:``port`` -- a port outside
    0..65535, a host that is no address or name of this machine, a port already taken -- instead of the server's
    traceback or log line. Binds a socket once and closes it (``SO_REUSEADDR``, as uvicorn binds). Raises
    :class:`~eventwire.errors.InputError` (EW100)."""
    import socket

    from ..errors import InputError

    if not 0 <= port <= 65535:
        raise InputError(f"--port must be 0..65535, got {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError(f"--host {host!r} is no address this machine can listen on: {e}") from e
    family, stype, proto, _, addr = infos[0]
    sock = socket.socket(family, stype, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
    except OSError as e:
        raise InputError(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
    finally:
        sock.close()


def run(args) -> int:
    import uvicorn

    from ..api import create_app
    from ..errors import InputError
    from .actors import apply_actors_option

    if args.actors and not args.allow_coding:
        raise InputError("--actors is used when coding: give it with --allow-coding")
    check_listen_address(args.host, args.port)
    apply_actors_option(args)
    # one process: requests run concurrently on uvicorn's thread pool, each on its own cursor of one shared
    # open database (measured against uvicorn --workers in issue 15: see docs/store.md)
    app = create_app(args.db, allow_coding=args.allow_coding, bound_host=args.host, bound_port=args.port)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
