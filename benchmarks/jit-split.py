#!/usr/bin/env python3
"""Whose code the JIT compiled in one javac run, from HotSpot's compilation log.

Run javac with
  -J-XX:+UnlockDiagnosticVMOptions -J-XX:+LogCompilation -J-XX:LogFile=<run>.jitlog
then:  benchmarks/jit-split.py floor.jitlog cookieledger.jitlog ...

For each log it prints the compiler-thread time per tier (C1, C2) and per owner of the compiled
method: cookieledger (any io.github.cookieledger class: the processor, its shaded libraries, the
annotations jar; the floor processor's few methods too), javac, method handles and ASM
(what lambdas and indy string concatenation cost), and the rest of the JDK. It also counts C2
compilations of a method already compiled by C2 once: recompiles after a deoptimisation.
Times are the log's wall-clock stamps around each task, so a descheduled compiler thread counts.
"""
import collections
import re
import sys

TASK = re.compile(r"<task .*?method='([^']*)'.*?stamp='([\d.]+)'")
LEVEL = re.compile(r"level='(\d)'")
DONE = re.compile(r"<task_done .*?stamp='([\d.]+)'")


def owner(method):
    if "cookieledger" in method:
        return "cookieledger"
    if method.startswith(("com.sun.tools.javac", "com.sun.source")):
        return "javac"
    if "java.lang.invoke" in method or "objectweb" in method:
        return "invoke+asm"
    return "jdk"


def split(path):
    seconds = collections.Counter()
    c2_compiles = collections.Counter()
    task = None
    with open(path, errors="replace") as log:
        for line in log:
            started = TASK.match(line)
            if started:
                level = LEVEL.search(line)
                tier = "C2" if level is None or level.group(1) == "4" else "C1"
                task = (started.group(1).split(" (")[0], float(started.group(2)), tier)
                continue
            done = DONE.match(line)
            if done and task:
                method, start, tier = task
                seconds[(owner(method), tier)] += float(done.group(1)) - start
                if tier == "C2":
                    c2_compiles[method] += 1
                task = None
    return seconds, c2_compiles


def main(paths):
    for path in paths:
        seconds, c2_compiles = split(path)
        recompiles = sum(n - 1 for n in c2_compiles.values() if n > 1)
        parts = ", ".join(f"{who} {tier} {s:.2f}" for (who, tier), s in sorted(seconds.items()))
        print(f"{path}: C2 tasks {sum(c2_compiles.values())}, C2 recompiles {recompiles}; "
              f"seconds: {parts}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
