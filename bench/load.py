"""A small closed-loop load generator, run as its own process: N threads, each with a keep-alive
connection, send the same request for a fixed time and count the answers. Bounded in time; talks
only to the loopback URL it is given.

    python bench/load.py URL --method GET --seconds 3 --threads 4 [--header k:v] [--json BODY]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from urllib.parse import urlsplit

import httpx


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--method", default="GET")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("--json")
    args = parser.parse_args()
    host = urlsplit(args.url).hostname or ""
    if not (host == "localhost" or host.startswith("127.")):
        raise SystemExit("load.py only targets loopback addresses")
    headers = dict(h.split(":", 1) for h in args.header)
    body = json.loads(args.json) if args.json else None
    counts = [0] * args.threads
    errors = [0] * args.threads
    deadline = time.monotonic() + args.seconds

    def worker(i: int) -> None:
        with httpx.Client(headers=headers, timeout=10) as client:
            while time.monotonic() < deadline:
                response = client.request(args.method, args.url, json=body)
                if response.status_code < 400:
                    counts[i] += 1
                else:
                    errors[i] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    print(json.dumps({"requests": sum(counts), "errors": sum(errors), "seconds": elapsed}))


if __name__ == "__main__":
    main()
