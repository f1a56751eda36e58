#!/usr/bin/env python3
"""Latency and memory of `fclint lsp`, driven over stdio like an editor (standard library only).

    scripts/lsp-bench.py FCLINT_BIN [CORPUS_DIR] [--edits N]

1. didChange -> publishDiagnostics on the largest corpus file and on a generated 2,000-line
   s.yaml: each edit (one incremental change of a value, as a keystroke sends it) waits for
   the diagnostics of its version before the next is sent; median and p95 in ms. The server's
   debounce, if any, is inside these numbers.
2. hover and completion on the 2,000-line file: median and p95.
3. idle memory: resident set size (VmRSS) after 50 documents are open, checked, and asked for
   hover, completion and inlay hints.
Prints a table; asserts nothing (speed is measured, not tested).
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


class Server:
    def __init__(self, binary: str, cwd: pathlib.Path):
        self.p = subprocess.Popen(
            [binary, "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
        )
        self.next_id = 0
        self.seen: set[tuple[str, int | None]] = set()
        self.request("initialize", {"processId": None, "rootUri": cwd.as_uri(), "capabilities": {}})
        self.notify("initialized", {})

    def send(self, msg: dict):
        body = json.dumps(msg).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self) -> dict:
        length = None
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.p.stdout.read(length))

    def notify(self, method: str, params: dict):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == rid and "method" not in m:
                return m.get("result")

    def wait_diagnostics(self, uri: str, version: int):
        while (uri, version) not in self.seen:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics":
                p = m["params"]
                self.seen.add((p["uri"], p.get("version")))
        return True

    def rss_kb(self) -> tuple[int, int]:
        status = pathlib.Path(f"/proc/{self.p.pid}/status").read_text()
        vals = {l.split(":")[0]: int(l.split()[1]) for l in status.splitlines() if l.startswith(("VmRSS", "VmHWM"))}
        return vals["VmRSS"], vals["VmHWM"]

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.p.wait(timeout=10)
        except Exception:
            self.p.kill()


def open_doc(s: Server, path: pathlib.Path, text: str) -> str:
    uri = path.as_uri()
    s.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
    )
    return uri


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(q * (len(xs) - 1)))))
    return xs[k]


def generated(lines: int) -> str:
    """An edition 3 file of Kafka-triggered functions, about `lines` lines long."""
    head = "edition: 3.0.0\nname: bench\naccess: default\nvars:\n  region: cn-hangzhou\nresources:\n"
    block = """  fn{i}:
    component: fc3
    props:
      region: ${{vars.region}}
      functionName: fn{i}
      runtime: custom.debian10
      code: ./code
      handler: index.handler
      memorySize: 512
      timeout: 60
      instanceConcurrency: 5
      environmentVariables:
        STAGE: prod
        TOPIC: orders{i}
      triggers:
        - triggerName: kafka
          triggerType: eventbridge
          triggerConfig:
            triggerEnable: true
            asyncInvocationType: false
            eventRuleFilterPattern: '{{}}'
            eventSourceConfig:
              eventSourceType: Kafka
              eventSourceParameters:
                sourceKafkaParameters:
                  RegionId: cn-hangzhou
                  InstanceId: alikafka-cn-{i}
                  Topic: orders{i}
                  ConsumerGroup: fc-{i}
                  OffsetReset: latest
                  Network: Default
            eventSinkConfig:
              deliveryOption:
                concurrency: 26
                eventSchema: CloudEvents
            runOptions:
              mode: event-streaming
              maximumTasks: 12
              errorsTolerance: ALL
              retryStrategy:
                PushRetryStrategy: EXPONENTIAL_DECAY_RETRY
              deadLetterQueue:
                Arn: acs:mns:cn-hangzhou:123456789:/queues/dlq{i}
              batchWindow:
                CountBasedWindow: 100
                TimeBasedWindow: 3
"""
    per = block.count("\n")
    n = max(1, (lines - head.count("\n")) // per)
    return head + "".join(block.format(i=i) for i in range(n))


def edit_latency(s: Server, path: pathlib.Path, text: str, edits: int) -> tuple[list[float], int]:
    """Toggle `timeout: 60` <-> `timeout: 61` on the first line that has one."""
    uri = open_doc(s, path, text)
    s.wait_diagnostics(uri, 1)
    lines = text.split("\n")
    idx = next((i for i, l in enumerate(lines) if "timeout:" in l), 0)
    col = lines[idx].find("timeout:") + len("timeout: ")
    value_len = len(lines[idx]) - col
    times = []
    for v in range(2, edits + 2):
        new = "61" if v % 2 else "60"
        change = {
            "range": {"start": {"line": idx, "character": col}, "end": {"line": idx, "character": col + value_len}},
            "text": new,
        }
        value_len = len(new)
        t0 = time.perf_counter()
        s.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": v}, "contentChanges": [change]},
        )
        s.wait_diagnostics(uri, v)
        times.append((time.perf_counter() - t0) * 1000)
    return times, len(lines)


def request_latency(s: Server, method: str, params: dict, n: int) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        s.request(method, params)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def row(name: str, xs: list[float]):
    print(f"{name:<58} {statistics.median(xs):>9.2f} {percentile(xs, 0.95):>9.2f}")


def main():
    args = sys.argv[1:]
    edits = 100
    if "--edits" in args:
        i = args.index("--edits")
        edits = int(args[i + 1])
        del args[i : i + 2]
    binary = str(pathlib.Path(args[0]).resolve())
    corpus = pathlib.Path(args[1]) if len(args) > 1 else None
    tmp = pathlib.Path(tempfile.mkdtemp())
    try:
        print(f"{'fclint lsp: ' + str(edits) + ' edits each':<58} {'median ms':>9} {'p95 ms':>9}")
        s = Server(binary, tmp)
        files = sorted((corpus / "files").glob("*.yaml"), key=lambda p: p.stat().st_size, reverse=True) if corpus and (corpus / "files").is_dir() else []
        if files:
            largest = files[0]
            d = tmp / "largest"
            d.mkdir()
            times, n = edit_latency(s, d / "s.yaml", largest.read_text(encoding="utf-8"), edits)
            row(f"didChange -> diagnostics, largest corpus file ({n} lines)", times)
        d = tmp / "generated"
        d.mkdir()
        big = generated(2000)
        times, n = edit_latency(s, d / "s.yaml", big, edits)
        row(f"didChange -> diagnostics, generated s.yaml ({n} lines)", times)
        uri = (d / "s.yaml").as_uri()
        line = next(i for i, l in enumerate(big.split("\n")) if "concurrency: 26" in l)
        pos = {"line": line, "character": 18}
        row("hover on a knob, same file", request_latency(s, "textDocument/hover", {"textDocument": {"uri": uri}, "position": pos}, edits))
        run_line = next(i for i, l in enumerate(big.split("\n")) if "mode: event-streaming" in l)
        cpos = {"line": run_line, "character": 14}
        row("completion in runOptions, same file", request_latency(s, "textDocument/completion", {"textDocument": {"uri": uri}, "position": cpos}, edits))
        row(
            "inlay hints, whole file",
            request_latency(s, "textDocument/inlayHint", {"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99999, "character": 0}}}, edits),
        )
        s.close()

        # Idle memory with 50 documents open (the 50 largest corpus files, else generated ones).
        s = Server(binary, tmp)
        docs = []
        for i in range(50):
            d = tmp / f"doc{i}"
            d.mkdir(exist_ok=True)
            text = files[i].read_text(encoding="utf-8") if i < len(files) else generated(300)
            docs.append(open_doc(s, d / "s.yaml", text))
        for uri in docs:
            s.wait_diagnostics(uri, 1)
        # As an editor would: hover, completion and inlay hints on each (the editor schema is
        # built then), before going idle.
        for uri in docs:
            at = {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 3}}
            s.request("textDocument/hover", at)
            s.request("textDocument/completion", at)
            s.request(
                "textDocument/inlayHint",
                {"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9999, "character": 0}}},
            )
        time.sleep(1.0)
        rss, hwm = s.rss_kb()
        print()
        print(f"idle memory with 50 open documents: {rss / 1024:.1f} MiB resident (peak {hwm / 1024:.1f} MiB)")
        s.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
