"""Benchmark: the HTTP API under concurrent readers — requests/s, p50 and p95 latency at 1 and at 20
concurrent connections, in the same run, against the same store and the same server process.

    .venv/bin/python bench/api.py [--db STORE.duckdb] [--requests 400] [--keep DIR]

The store is built from the VOA corpus (``../shared/corpus/voa/voa_stories.jsonl``, coded with
``eventwire code --db``) unless ``--db`` names one. The server is ``eventwire serve`` started as a child
process on 127.0.0.1. Each client connection is one thread
with its own keep-alive ``httpx.Client`` sending a fixed, deterministic mix of dashboard reads (event
pages with and without filters, one event, its evidence, the time series, the network, top actors,
health). Every phase first warms up, then sends ``--requests`` requests in total (bounded: the run also
stops after 120 s per phase). Issue 15 target: throughput at 20 connections >= 3x that at 1 connection,
p95 at 20 connections < 500 ms. Results are printed and written to bench/results/api.json.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
EVENTWIRE = [sys.executable, "-m", "eventwire"]
PHASE_SECONDS = 120


def build_store(path: Path) -> None:
    subprocess.run(EVENTWIRE + ["code", str(VOA), "--db", str(path), "--no-progress", "--out", os.devnull],
                   check=True, stderr=subprocess.DEVNULL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request_mix(base: str) -> list[str]:
    """The URLs one client cycles through (event ids read from the store through the API)."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        events = c.get("/events", params={"limit": 20}).json()["events"]
    ids = [e["id"] for e in events] or ["e-none"]
    mix = ["/events?limit=50", "/events?actor=USA&limit=25", "/events?event=ASSAULT,COERCE&limit=25",
           "/aggregates/timeseries?freq=month&by=event", "/aggregates/network", "/actors?limit=20", "/health"]
    for i in ids[:10]:
        mix += [f"/events/{i}", f"/events/{i}/evidence"]
    return mix


def phase(base: str, mix: list[str], connections: int, total: int) -> dict:
    """Send ``total`` requests over ``connections`` keep-alive connections; latencies in ms."""
    import httpx

    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + PHASE_SECONDS
    per = max(1, total // connections)

    def client(k: int) -> None:
        mine: list[float] = []
        with httpx.Client(base_url=base, timeout=30) as c:
            for j in range(3):  # warm-up: connection, server caches
                c.get(mix[(k + j) % len(mix)])
            start.wait()
            for j in range(per):
                if time.monotonic() > deadline:
                    break
                t = time.perf_counter()
                r = c.get(mix[(k * 7 + j) % len(mix)])
                mine.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    with lock:
                        errors[0] += 1
        with lock:
            lat.extend(mine)

    start = threading.Event()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(connections)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    t0 = time.perf_counter()
    start.set()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat.sort()
    return {"connections": connections, "requests": len(lat), "errors": errors[0], "seconds": round(wall, 2),
            "requests_per_s": round(len(lat) / wall, 1),
            "p50_ms": round(statistics.median(lat), 1),
            "p95_ms": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="existing store (default: build one from the VOA corpus)")
    ap.add_argument("--requests", type=int, default=400, help="requests per phase (default 400)")
    ap.add_argument("--keep", help="build the store in this folder and keep it")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(args.keep or tmp.name) / "voa.duckdb"
    if not db.exists():
        t = time.perf_counter()
        build_store(db)
        print(f"store built from {VOA.name} in {time.perf_counter() - t:.0f} s: {db}", file=sys.stderr)
    port = free_port()
    cmd = EVENTWIRE + ["serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    srv = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(300):  # up to 30 s for the server to listen
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if srv.poll() is not None:
                raise SystemExit(f"server exited with {srv.returncode}")
            time.sleep(0.1)
        mix = request_mix(base)
        one = phase(base, mix, 1, args.requests)
        twenty = phase(base, mix, 20, args.requests)
    finally:
        srv.terminate()
        try:
            srv.wait(timeout=10)
        except subprocess.TimeoutExpired:
            srv.kill()
            srv.wait()
        tmp.cleanup()
    ratio = twenty["requests_per_s"] / one["requests_per_s"]
    out = {"store": "VOA" if not args.db else str(args.db), "one": one, "twenty": twenty,
           "throughput_ratio_20_vs_1": round(ratio, 2),
           "targets": {"ratio>=3": ratio >= 3, "p95_20<500ms": twenty["p95_ms"] < 500}}
    for r in (one, twenty):
        print(f"{r['connections']:>2} connection(s): {r['requests_per_s']:7.1f} req/s  p50 {r['p50_ms']:7.1f} ms  "
              f"p95 {r['p95_ms']:7.1f} ms  ({r['requests']} requests, {r['errors']} errors)")
    print(f"20 vs 1 connection throughput: {ratio:.2f}x")
    res = ROOT / "bench" / "results"
    res.mkdir(exist_ok=True)
    (res / "api.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
