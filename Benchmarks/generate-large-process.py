#!/usr/bin/env python3
"""One process with very many steps, to find where Graphviz stops laying out a process map.

    python3 Benchmarks/generate-large-process.py --shape SHAPE --steps N [--roles R] --out FILE

Writes one .engage file: an organisation, R roles, and a mega-process holding process `big`
with N steps (plus a start and an end event) in one of these shapes:

  linear     start -> s1 -> s2 -> ... -> sN -> end
  branching  a decision every 5 steps whose "yes" exit goes on and whose "no" exit skips the
             next two steps (so flows rejoin)
  decisions  every node after the start is a decision with two labelled exits: on to the next
             and back two nodes
  lanes      linear, each step performed by the next of R roles in turn (many swimlanes and a
             hand-over between lanes at every step)
  megaprocess  N small processes (start, one step, end) in one mega-process, each taking the
             previous one's output as its input: the mega-process map (`--collapse-above 0`)
             and the relations view get N process nodes and N - 1 links

Steps are performed by R roles in turn (R defaults to 4; `lanes` is meant for large R). The
model has no errors, so `engagemap render` lays it out (warnings aside). The same arguments
always give the same bytes. See docs/PERFORMANCE.md, "Map size limits".
"""

import argparse
import sys

KINDS = ["clinician", "staff", "patient", "manager", "facilitator", "family", "patient_partner", "external"]


def megaprocess_model(count, roles):
    lines = [
        'organisation org "Large map test" {',
        '  purpose "Find where layout stops"',
        '  goal g "One goal"',
        "}",
        'client patients "Patients" { kind external }',
    ]
    for index in range(roles):
        lines.append(f'role r{index} "Role {index}" {{ kind {KINDS[index % len(KINDS)]} }}')
    lines += ['megaprocess m "Mega" {', "  client patients", "  goals g"]
    for index in range(1, count + 1):
        role = f"r{(index - 1) % roles}"
        lines += [
            f'  process p{index} "Process {index} of the mega-process" {{',
            "    kind main",
            f"    owner {role}",
            '    purpose "One of many"',
        ]
        if index > 1:
            lines.append(f'    input i "Input" from p{index - 1}.o')
        lines += [
            f'    output o "Output {index}"' + (" to patients" if index == count else ""),
            '    start s "Start"',
            f'    step w "Work" by {role}',
            '    end e "End"',
            "    s -> w -> e",
            "  }",
        ]
    lines += ["}", ""]
    return "\n".join(lines)


def model(shape, steps, roles):
    if shape == "megaprocess":
        return megaprocess_model(steps, roles)
    lines = [
        'organisation org "Large map test" {',
        '  purpose "Find where layout stops"',
        '  goal g "One goal"',
        "}",
        'client patients "Patients" { kind external }',
    ]
    for index in range(roles):
        lines.append(f'role r{index} "Role {index}" {{ kind {KINDS[index % len(KINDS)]} }}')
    lines += [
        'megaprocess m "Mega" {',
        "  client patients",
        "  goals g",
        '  process big "Big process" {',
        "    kind main",
        "    owner r0",
        '    purpose "Many steps"',
        '    output out "Result" to patients',
        '    start s "Start"',
    ]
    names = []
    for index in range(1, steps + 1):
        role = f"r{(index - 1) % roles}"
        name = f"n{index}"
        names.append(name)
        decision = shape == "decisions" or (shape == "branching" and index % 5 == 0)
        keyword = "decision" if decision else "step"
        lines.append(f'    {keyword} {name} "{keyword.capitalize()} {index} of the process" by {role}')
    lines.append('    end e "End"')
    chain = ["s"] + names + ["e"]
    flows = []
    for position in range(len(chain) - 1):
        here, after = chain[position], chain[position + 1]
        index = position  # chain[position] is n<position> for position >= 1
        if shape == "decisions" and position >= 1:
            flows.append(f'    {here} -> {after} when "yes"')
            back = chain[max(1, position - 2)]
            flows.append(f'    {here} -> {back} when "no"')
        elif shape == "branching" and position >= 1 and index % 5 == 0:
            flows.append(f'    {here} -> {after} when "yes"')
            skip = chain[min(len(chain) - 1, position + 3)]
            flows.append(f'    {here} -> {skip} when "no"')
        else:
            flows.append(f"    {here} -> {after}")
    lines += flows
    lines += ["  }", "}", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=["linear", "branching", "decisions", "lanes", "megaprocess"], required=True)
    parser.add_argument("--steps", type=int, required=True)
    parser.add_argument("--roles", type=int, default=4)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    if arguments.steps < 1 or arguments.roles < 1:
        sys.exit("--steps and --roles must be at least 1")
    with open(arguments.out, "w", encoding="utf-8") as out:
        out.write(model(arguments.shape, arguments.steps, arguments.roles))


if __name__ == "__main__":
    main()
