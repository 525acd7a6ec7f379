#!/usr/bin/env python3
"""Time from `textDocument/didChange` to the `publishDiagnostics` of the changed file, for
`engagemap lsp`, with and without the parse cache (`--no-parse-cache`).

Usage: Benchmarks/lsp-latency.py ENGAGEMAP FILE_IN_MODEL [--edits N]  (the model is the file's directory)

Opens FILE, waits for the first diagnostics, then N times appends a comment line to the file
(a real edit that changes the text, so the file is parsed again) and measures the time until
the server publishes the file's diagnostics. The server's debounce (150 ms) is included in
each figure and also reported without it. Prints the median and the range.
"""

import argparse
import json
import os
import statistics
import subprocess
import threading
import time
import queue

DEBOUNCE_MS = 150


class Server:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        threading.Thread(target=self.read, daemon=True).start()
        self.next_id = 0

    def read(self):
        stream = self.process.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
            self.messages.put((time.perf_counter(), json.loads(stream.read(length))))

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            _, message = self.messages.get(timeout=600)
            if message.get("id") == self.next_id:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for_diagnostics(self, uri):
        while True:
            when, message = self.messages.get(timeout=600)
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return when

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=60)


def measure(engagemap, path, edits, cache):
    command = [engagemap, "lsp"] + ([] if cache else ["--no-parse-cache"])
    server = Server(command)
    server.request("initialize", {"capabilities": {}})
    server.notify("initialized", {})
    uri = "file://" + os.path.abspath(path)
    text = open(path, encoding="utf-8").read()
    started = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "engage", "version": 1, "text": text}})
    first = server.wait_for_diagnostics(uri) - started
    times = []
    for version in range(2, edits + 2):
        text += f"# edit {version}\n"
        sent = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})
        times.append((server.wait_for_diagnostics(uri) - sent) * 1000)
        # Let the rest of the model's publications arrive before the next edit.
        time.sleep(0.3)
        while not server.messages.empty():
            server.messages.get()
    server.close()
    return first * 1000, times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("engagemap")
    parser.add_argument("file")
    parser.add_argument("--edits", type=int, default=11)
    arguments = parser.parse_args()
    for cache in (True, False):
        first, times = measure(arguments.engagemap, arguments.file, arguments.edits, cache)
        median = statistics.median(times)
        print(f"{'with' if cache else 'without'} parse cache: first check {first:.0f} ms; "
              f"didChange -> publishDiagnostics median {median:.0f} ms (without the {DEBOUNCE_MS} ms debounce: "
              f"{median - DEBOUNCE_MS:.0f} ms), range {min(times):.0f}-{max(times):.0f} ms over {len(times)} edits")


if __name__ == "__main__":
    main()
