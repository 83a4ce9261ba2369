#!/usr/bin/env python3
"""API load through the balancer for docs/bench/two-nodes.sh: CLIENTS threads, each on its own keep-alive connection,
read one page of the Customers API until SECONDS have passed, and retry a failed request once (a new connection), as a
client of a load-balanced service would. Prints one JSON line: requests, ok, retried (failed once, then answered),
failed (still failing after the retry), the answers per node (HAProxy's X-PortalOps-Node header), p50/p95/max ms of
the answered requests (the retry's time included).

Usage: api-load.py BASE_URL TOKEN SECONDS [CLIENTS=4] [PATH=/api/customers?size=50&sort=name,asc]
"""
import http.client, json, sys, threading, time, urllib.parse

BASE, TOKEN, SECONDS = sys.argv[1], sys.argv[2], float(sys.argv[3])
CLIENTS = int(sys.argv[4]) if len(sys.argv) > 4 else 4
PATH = sys.argv[5] if len(sys.argv) > 5 else "/api/customers?size=50&sort=name,asc"
url = urllib.parse.urlparse(BASE)
lock = threading.Lock()
figures = {"requests": 0, "ok": 0, "retried": 0, "failed": 0, "per_node": {}, "errors_seen": {}}
times = []


def client():
    conn = None
    deadline = time.time() + SECONDS
    while time.time() < deadline:
        start = time.perf_counter()
        outcome = None
        for attempt in (1, 2):
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                conn.request("GET", PATH, headers={"Authorization": "Bearer " + TOKEN})
                answer = conn.getresponse()
                answer.read()
                if answer.status == 200:
                    outcome = (attempt, answer.getheader("X-PortalOps-Node", "?"))
                    break
                error = f"HTTP {answer.status}"
            except Exception as e:  # refused, reset, timeout: a new connection for the retry
                error = type(e).__name__
                conn = None
            with lock:
                figures["errors_seen"][error] = figures["errors_seen"].get(error, 0) + 1
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            figures["requests"] += 1
            if outcome is None:
                figures["failed"] += 1
            else:
                figures["ok"] += 1
                figures["retried"] += outcome[0] == 2
                figures["per_node"][outcome[1]] = figures["per_node"].get(outcome[1], 0) + 1
                times.append(elapsed)


threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
began = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
times.sort()
pick = lambda q: round(times[min(len(times) - 1, int(q * len(times)))], 1) if times else None
figures.update(seconds=round(time.time() - began, 1), per_second=round(figures["requests"] / (time.time() - began)),
               p50_ms=pick(0.50), p95_ms=pick(0.95), max_ms=round(times[-1], 1) if times else None)
print(json.dumps(figures))
