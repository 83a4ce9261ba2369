#!/usr/bin/env python3
"""Kills the app with kill -9 while two producers post event batches, restarts it on the same data directory, and
checks that nothing acknowledged is lost or stored twice and that no batch is half-stored (docs/reliability.md).

Usage: docs/bench/kill-under-load.py JAR [KILLS=20] [DATA_DIR=/tmp/portalops-kill] [PORT=18095]
Needs java 21+ (JAVA env var, default the Temurin 25 of these machines), psql, and a fresh DATA_DIR.

A batch is one transaction (EventIngestion.ingestBatch), so "half-stored" means a batch of which some but not all
events are in the database. Each producer retries a batch that got no 200 with the same event ids until it gets one;
a 200 counts its events as acknowledged. Right after each kill, before the restart, the killed app's PostgreSQL (still
running: zonky starts it through pg_ctl) is asked, for every batch sent so far, how many of its events are stored: 0 or
all of them for a batch in flight, all of them for an acknowledged one. The restart then has to cope with that orphan.
"""
import json, os, random, signal, subprocess, sys, threading, time, urllib.request, datetime

JAR = sys.argv[1]
KILLS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
DATA = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else "/tmp/portalops-kill")
PORT = int(sys.argv[4]) if len(sys.argv) > 4 else 18095
JAVA = os.environ.get("JAVA", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
BASE = f"http://localhost:{PORT}"
BATCH = 50
CUSTOMERS = 50

lock = threading.Lock()
acknowledged = {}   # batch name -> number of events, once answered 200
sent = set()        # batch names posted at least once
stop = threading.Event()
figures = {"kills": 0, "retries": 0, "restart_seconds": [], "half_stored": 0, "acked_missing_after_kill": 0}


def log(message):
    print(f"{datetime.datetime.now():%H:%M:%S} {message}", flush=True)


def start_app(n):
    out = open(os.path.join(DATA, f"app-{n}.log"), "w")
    return subprocess.Popen([JAVA, "-jar", JAR, "--spring.profiles.active=demo", f"--server.port={PORT}",
                             f"--portalops.data-dir={DATA}", f"--portalops.demo.customers={CUSTOMERS}", "--portalops.demo.events=0",
                             "--portalops.api.rate-limit.per-minute=1000000"], stdout=out, stderr=subprocess.STDOUT)


def ready(app, timeout=900):
    started = time.time()
    while time.time() - started < timeout:
        if app.poll() is not None:
            raise SystemExit(f"the app exited with {app.returncode} during its start; see {DATA}/app-*.log")
        try:
            with urllib.request.urlopen(BASE + "/actuator/health/readiness", timeout=5) as r:
                if r.status == 200:
                    return time.time() - started
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit("the app did not become ready")


def batch_body(name):
    now = datetime.datetime.now(datetime.timezone.utc)
    return json.dumps([{"source": "kill-test", "eventId": f"{name}-{i}", "type": "usage.reported",
                        "occurredAt": (now - datetime.timedelta(minutes=i)).isoformat(),
                        "customerRef": "CUS-%08d" % (i % CUSTOMERS + 1), "payload": {"metric": "seats", "quantity": i + 1}}
                       for i in range(BATCH)]).encode()


def producer(name):
    number = 0
    while not stop.is_set():
        batch = f"{name}-{number:06d}"
        body = batch_body(batch)  # the same ids (and the same body) on every retry
        with lock:
            sent.add(batch)
        while True:
            try:
                request = urllib.request.Request(BASE + "/api/events/batch", data=body, method="POST",
                                                 headers={"X-API-Key": "demo-producer-key", "Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=30) as r:
                    answer = json.loads(r.read())
                    if r.status == 200 and answer["accepted"] + answer["duplicates"] == BATCH:
                        with lock:
                            acknowledged[batch] = BATCH
                        break
            except Exception:
                pass
            with lock:
                figures["retries"] += 1
            time.sleep(0.3)
        number += 1


def psql(sql):
    with open(os.path.join(DATA, "postgres", "postmaster.pid")) as f:
        port = f.read().splitlines()[3]
    result = subprocess.run(["psql", "-tA", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "postgres", "-c", sql],
                            capture_output=True, text=True, env={**os.environ, "PGPASSWORD": "postgres"}, check=True)
    return result.stdout


def stored_per_batch():
    rows = psql("select left(event_id, length(event_id) - position('-' in reverse(event_id))), count(*) "
                "from events where source = 'kill-test' group by 1")
    return {line.split("|")[0]: int(line.split("|")[1]) for line in rows.splitlines() if line}


def check_after_kill():
    with lock:
        acked, posted = dict(acknowledged), set(sent)
    stored = stored_per_batch()
    half = {b: n for b, n in stored.items() if n != BATCH}
    missing = [b for b in acked if stored.get(b, 0) != BATCH]
    figures["half_stored"] += len(half)
    figures["acked_missing_after_kill"] += len(missing)
    log(f"  after kill: {len(posted)} batches posted, {len(acked)} acknowledged, {len(stored)} stored whole, "
        f"half-stored {len(half)}, acknowledged but missing {len(missing)}")


def main():
    os.makedirs(DATA, exist_ok=True)
    app = start_app(0)
    log(f"first start (empty data directory, demo seeding): ready after {ready(app):.1f} s")
    producers = [threading.Thread(target=producer, args=(p,), daemon=True) for p in ("p1", "p2")]
    for p in producers:
        p.start()
    for kill in range(1, KILLS + 1):
        time.sleep(random.uniform(3, 8))
        os.kill(app.pid, signal.SIGKILL)
        app.wait()
        figures["kills"] += 1
        log(f"kill {kill}: kill -9 {app.pid}")
        time.sleep(1)  # let a request that was being answered finish dying
        check_after_kill()
        app = start_app(kill)
        seconds = ready(app)
        figures["restart_seconds"].append(seconds)
        log(f"  restarted, ready after {seconds:.1f} s")
    time.sleep(5)
    stop.set()
    for p in producers:
        p.join(timeout=120)
    with lock:
        acked = dict(acknowledged)
    duplicated = int(psql("select count(*) from (select event_id from events where source = 'kill-test' "
                          "group by event_id having count(*) > 1) d").strip())
    stored_ids = int(psql("select count(*) from events where source = 'kill-test'").strip())
    claims_without_event = int(psql("select count(*) from event_dedup d where d.source = 'kill-test' and not exists "
                                    "(select 1 from events e where e.source = d.source and e.event_id = d.event_id)").strip())
    stored = stored_per_batch()
    lost = sum(BATCH - stored.get(b, 0) for b in acked if stored.get(b, 0) < BATCH)
    app.send_signal(signal.SIGTERM)
    app.wait(timeout=120)
    times = sorted(figures["restart_seconds"])
    print(json.dumps({"kills": figures["kills"], "batches_acknowledged": len(acked), "events_acknowledged": sum(acked.values()),
                      "events_stored": stored_ids, "lost": lost, "duplicated": duplicated,
                      "half_stored_batches_seen_after_kills": figures["half_stored"],
                      "acknowledged_missing_after_kills": figures["acked_missing_after_kill"],
                      "dedup_claims_without_event": claims_without_event, "retried_posts": figures["retries"],
                      "restart_seconds_median": times[len(times) // 2] if times else None,
                      "restart_seconds_max": times[-1] if times else None}, indent=1))
    return 0 if lost == 0 and duplicated == 0 and figures["half_stored"] == 0 and claims_without_event == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
