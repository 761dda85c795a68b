"""Summarises `jfr print --events jdk.ExecutionSample` output: where the CPU samples are.

Usage: python3 bench/jfr_top.py SAMPLES.txt
Prints the share of samples per thread group, per component (a sample counts for every
component anywhere on its stack, so shares overlap), and the top self frames.
"""
import collections
import re
import sys

COMPONENTS = [
    ("logging (logback)", ("ch.qos.logback.",)),
    ("JSON (jackson)", ("com.fasterxml.jackson.",)),
    ("Camel", ("org.apache.camel.",)),
    ("Tomcat / HTTP", ("org.apache.tomcat.", "org.apache.catalina.", "org.apache.coyote.")),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("MariaDB JDBC driver", ("org.mariadb.jdbc.",)),
    ("Hikari pool", ("com.zaxxer.hikari.",)),
    ("Spring JDBC", ("org.springframework.jdbc.",)),
    ("Spring tx / events", ("org.springframework.transaction.", "org.springframework.context.event.")),
    ("Hibernate / JPA", ("org.hibernate.",)),
    ("Mustache templates", ("com.samskivert.mustache.",)),
    ("Jakarta Mail", ("jakarta.mail.", "org.eclipse.angus.")),
    ("Micrometer", ("io.micrometer.",)),
    ("leadwire intake", ("com.leadwire.intake.",)),
    ("leadwire contacts", ("com.leadwire.contacts.",)),
    ("leadwire pipeline", ("com.leadwire.pipeline.",)),
    ("leadwire automation/mail", ("com.leadwire.automation.", "com.leadwire.mail.")),
    ("leadwire outbox", ("com.leadwire.outbox.",)),
    ("leadwire api", ("com.leadwire.api.",)),
]


def thread_group(name):
    name = re.sub(r"\d+", "N", name)
    return name


def main(path):
    samples = []
    thread, frames, in_stack = None, [], False
    for line in open(path, encoding="utf-8", errors="replace"):
        s = line.strip()
        if s.startswith("sampledThread"):
            m = re.search(r'"(.*)"', s)
            thread = m.group(1) if m else "?"
        elif s.startswith("stackTrace = ["):
            in_stack, frames = True, []
        elif in_stack and s == "]":
            in_stack = False
            samples.append((thread, frames))
        elif in_stack and s and s != "...":
            frames.append(re.sub(r"\s+line:.*$", "", s))
    total = len(samples)
    if not total:
        print("no samples")
        return
    print(f"{total} CPU samples")
    groups = collections.Counter(thread_group(t) for t, _ in samples)
    print("by thread:")
    for name, n in groups.most_common(8):
        print(f"  {100 * n / total:5.1f}%  {name}")
    print("by component (inclusive, overlapping):")
    comp = collections.Counter()
    for _, frames in samples:
        for label, prefixes in COMPONENTS:
            if any(f.startswith(prefixes) for f in frames):
                comp[label] += 1
    for label, n in comp.most_common():
        print(f"  {100 * n / total:5.1f}%  {label}")
    print("top self frames:")
    for frame, n in collections.Counter(f[0] for _, f in samples if f).most_common(15):
        print(f"  {100 * n / total:5.1f}%  {frame}")


main(sys.argv[1])
