#!/usr/bin/env python3
"""Checks `engagemap export --format bpmn` against the OMG BPMN 2.0 schema and SpiffWorkflow.

Usage: check_bpmn.py ENGAGEMAP MODEL...

For every model: exports it as BPMN (the whole model, then each process with --process), then
  - validates every document against Tests/EngageBPMNTests/Fixtures/bpmn-2.0/BPMN20.xsd (lxml);
  - parses it with SpiffWorkflow's BpmnParser and builds every process spec and the specs of the
    processes it calls (get_spec, get_subprocess_specs).
Prints one line per check and "N passed, M failed" at the end; exits 1 when a check failed.
"""
import os
import subprocess
import sys
import tempfile

from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "EngageBPMNTests", "Fixtures", "bpmn-2.0", "BPMN20.xsd")
BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"


def export(engagemap, model, directory, process=None):
    name = os.path.basename(os.path.normpath(model)) + ("." + process if process else "") + ".bpmn"
    path = os.path.join(directory, name)
    command = [engagemap, "export", model, "--format", "bpmn", "-o", path]
    if process:
        command += ["--process", process]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr}")
    return path


def validate(schema, path):
    document = etree.parse(path)
    if not schema.validate(document):
        errors = "\n".join(f"  line {e.line}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"{path} is not valid BPMN 2.0:\n{errors}")
    return [p.get("id") for p in document.getroot().iter(BPMN + "process")]


def parse_with_spiff(path, process_ids):
    parser = BpmnParser()
    parser.add_bpmn_file(path)
    for process_id in process_ids:
        spec = parser.get_spec(process_id)
        if spec is None or not spec.task_specs:
            raise AssertionError(f"{path}: SpiffWorkflow built no spec for {process_id}")
        parser.get_subprocess_specs(process_id)


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    engagemap, models = arguments[0], arguments[1:]
    schema = etree.XMLSchema(etree.parse(SCHEMA))
    passed = failed = 0
    with tempfile.TemporaryDirectory() as directory:
        for model in models:
            try:
                whole = export(engagemap, model, directory)
                process_ids = validate(schema, whole)
                if not process_ids:
                    raise AssertionError(f"{whole} holds no process")
            except Exception as error:  # noqa: BLE001 - every failure is reported as a check
                print(f"FAIL {model}: {error}")
                failed += 1
                continue
            for check, target in [("schema", None), ("spiff", None)] + [("process", p) for p in process_ids]:
                label = f"{model} {check}" + (f" {target}" if target else "")
                try:
                    if check == "spiff":
                        parse_with_spiff(whole, process_ids)
                    elif check == "process":
                        single = export(engagemap, model, directory, target)
                        ids = validate(schema, single)
                        parse_with_spiff(single, ids)
                    print(f"ok   {label}")
                    passed += 1
                except Exception as error:  # noqa: BLE001
                    print(f"FAIL {label}: {error}")
                    failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
