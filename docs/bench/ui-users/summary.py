#!/usr/bin/env python3
"""Prints p50/p95/max per page (Gatling group) from a Gatling HTML report, and the CPU/heap samples of ui-users.sh.
Usage: summary.py REPORT_DIR CPU_FILE CORES
A group's time is the sum of its requests' response times (Gatling's cumulated time, pauses excluded)."""
import html, re, sys

report, cpu_file, cores = sys.argv[1], sys.argv[2], int(sys.argv[3])
page = open(report + "/index.html", encoding="utf-8").read()
rows = re.findall(r'<tr id="(group_[^"]+|ROOT)"[^>]*>(.*?)</tr>', page, re.S)
print(f"{'page':<22}{'count':>8}{'KO':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
for row_id, body in rows:
    name = re.search(r'class="ellipsed-name">([^<]*)<', body)
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body))
    label = "all requests" if row_id == "ROOT" else html.unescape(name.group(1) if name else row_id)
    if cols:
        print(f"{label:<22}{cols.get('2', '-'):>8}{cols.get('4', '-'):>6}{cols.get('8', '-'):>9}{cols.get('10', '-'):>9}{cols.get('12', '-'):>9}")

samples = []
for line in open(cpu_file):
    parts = line.split()
    if len(parts) == 3:
        samples.append((float(parts[1]), int(parts[2] or 0)))
if not samples:
    print("no CPU samples")
    sys.exit(0)
busy = sorted(s[0] for s in samples)
heap = [s[1] for s in samples]
p95 = busy[min(len(busy) - 1, int(0.95 * len(busy)))]
mean = sum(busy) / len(busy)
print(f"\napp JVM CPU over {len(samples)} samples of 5 s, in cores busy (of {cores}):"
      f" mean {mean:.2f} ({100 * mean / cores:.0f}% of the machine), p95 {p95:.2f}, max {busy[-1]:.2f}")
print(f"app JVM heap used: max {max(heap) // 1024} MB, last {heap[-1] // 1024} MB")
