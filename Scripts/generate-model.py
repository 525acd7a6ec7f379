#!/usr/bin/env python3
"""Deterministic synthetic EngageMap model generator (for benchmarks and scale tests).

    python3 Scripts/generate-model.py --processes N --out DIR [--seed S] [--force]

Writes a directory model with the shape of a real organisation at any size N:
  organisation.engage   purpose and four goals
  clients.engage        external and internal clients
  roles.engage          20 roles covering every role kind
  mega-NNNN.engage      one mega-process each (10-25 processes, its level, an outcome measure),
                        followed by the relations between its processes

Each process has 6-15 nodes (start, steps, decisions with labelled exits, one or two ends),
performers on every step (patient partners as `partner x2`), inputs and outputs chained between
the processes of its mega-process (support processes feed main ones), one or two measures (one
patient-defined per mega-process) and, for every third link in a chain, a relation with a
requirement and a measure. Processes follow archetypes (shared care planning, concern reporting,
disclosure, incident analysis, co-design, committee, partner support, evaluation, consultation,
plain work) chosen so that the model checks clean against every rule: no errors and, from
N = 10 up, no warnings either; below 10 processes some mega-processes have a single process and a
few engagement warnings remain.

The same N and seed always give the same bytes. Randomness comes only from random.Random(seed).
"""

import argparse
import os
import random
import sys

LEVEL_CYCLE = ["direct_care", "organisation", "policy", "direct_care", "direct_care", "organisation"]

CLIENT_BY_LEVEL = {"direct_care": "patients", "organisation": "community", "policy": "public"}

GOALS = [
    ("partnership", "Partnership at the point of care"),
    ("openness", "Openness after harm"),
    ("codesigned", "Co-designed services"),
    ("accountability", "Accountability to the community"),
]

CLIENTS = [
    ("patients", "Patients and families", "external"),
    ("harmed", "Harmed patients and families", "external"),
    ("community", "Service-user community", "external"),
    ("public", "Municipality, regulator and public", "external"),
    ("care_teams", "Clinical teams", "internal"),
]

ROLES = [
    ("patient", "Patient", "patient"),
    ("resident", "Resident taking part in a consultation", "patient"),
    ("family", "Family member or carer", "family"),
    ("partner", "Patient partner", "patient_partner"),
    ("youth_partner", "Young patient partner", "patient_partner"),
    ("gp", "General practitioner", "clinician"),
    ("nurse", "Practice nurse", "clinician"),
    ("pharmacist", "Pharmacist", "clinician"),
    ("physio", "Physiotherapist", "clinician"),
    ("receptionist", "Receptionist", "staff"),
    ("analyst", "Quality analyst", "staff"),
    ("coordinator", "Engagement coordinator", "staff"),
    ("secretary", "Committee secretary", "staff"),
    ("facilitator", "Improvement facilitator", "facilitator"),
    ("internal_facilitator", "Internal facilitator", "facilitator"),
    ("manager", "Centre manager", "manager"),
    ("quality_lead", "Quality and safety lead", "manager"),
    ("service_lead", "Service lead", "manager"),
    ("municipality", "Municipal health committee", "external"),
    ("regulator", "County medical officer", "external"),
]

# Which archetype each slot of a mega-process gets, by level. Slot 0 is never a support process,
# so every support process has a process after or before it to feed.
ARCHETYPES = {
    "direct_care": ["concern", "care", "disclosure", "incident", "support", "care", "plain",
                    "empower", "care", "plain", "support"],
    "organisation": ["codesign", "partner_support", "committee", "codesign", "plain", "support",
                     "codesign", "committee"],
    "policy": ["evaluation", "consultation", "plain", "support", "consultation", "plain"],
}

PADDING_STEPS = [
    ("prepare", "Prepare the information needed"),
    ("check", "Check the record is complete"),
    ("book", "Book the follow-up"),
    ("document", "Document what was agreed"),
    ("notify", "Notify the people involved"),
    ("review", "Review progress against the plan"),
    ("escalate", "Escalate open questions"),
    ("summarise", "Summarise the outcome in plain language"),
    ("archive", "Archive the records"),
    ("schedule", "Schedule the next review"),
    ("collect", "Collect the data"),
    ("verify", "Verify the details with the team"),
]

PERFORMERS = {
    "direct_care": [["nurse"], ["gp"], ["receptionist"], ["pharmacist"], ["physio"], ["nurse", "patient"]],
    "organisation": [["coordinator"], ["facilitator", "partner x2"], ["analyst"], ["service_lead"],
                     ["internal_facilitator", "youth_partner x2"]],
    "policy": [["analyst"], ["manager"], ["quality_lead", "partner x2"], ["secretary"]],
}


class Step:
    def __init__(self, kind, ident, title, by, tags=None, engagement=None, duration=None):
        self.kind = kind
        self.ident = ident
        self.title = title
        self.by = by
        self.tags = tags or []
        self.engagement = engagement
        self.duration = duration

    def render(self, indent):
        line = f'{indent}{self.kind} {self.ident} "{self.title}"'
        if self.by:
            line += " by " + ", ".join(self.by)
        props = []
        if self.engagement:
            props.append(f"engagement {self.engagement}")
        if self.tags:
            props.append("tags " + ", ".join(self.tags))
        if self.duration:
            props.append(f"duration {self.duration}")
        if not props:
            return [line]
        return [line + " {"] + [f"{indent}  {p}" for p in props] + [f"{indent}}}"]


def archetype_core(archetype, rng):
    """Process-level properties and the characteristic steps of an archetype, in order."""
    s = Step
    if archetype == "care":
        return dict(kind="main", owner="gp", title="Shared care planning", engagement="collaborate", tags=[],
                    purpose="Agree a care plan that reflects what matters to the patient"), [
            s("step", "goals", "Elicit goals and preferences", ["gp", "patient"], engagement="collaborate",
              duration="30 minutes"),
            s("decision", "agreed", "Plan agreed with the patient?", ["gp", "patient"]),
            s("step", "share", "Give the patient the written plan and show where each goal is", ["nurse", "patient"],
              tags=["feedback"]),
        ]
    if archetype == "empower":
        return dict(kind="main", owner="nurse", title="Self-management support", engagement="empower", tags=[],
                    purpose="Support patients to manage their condition in the way they choose"), [
            s("step", "options", "Explain the self-management options", ["nurse", "patient"]),
            s("step", "tell", "Show how the patient's choices shaped the support offered", ["nurse"],
              tags=["feedback"]),
            s("decision", "choose", "Patient chooses a self-management option?", ["patient"]),
        ]
    if archetype == "concern":
        return dict(kind="main", owner="nurse", title="Concern and safety reporting", engagement=None,
                    tags=["concern_reporting"],
                    purpose="Let patients and families raise safety concerns and close the loop with them"), [
            s("step", "raise", "Patient or family raises a concern", ["patient", "family"]),
            s("step", "acknowledge", "Acknowledge the concern within 2 days", ["nurse"], duration="2 days"),
            s("step", "close", "Tell the patient what was done", ["nurse", "patient"]),
        ]
    if archetype == "disclosure":
        return dict(kind="main", owner="quality_lead", title="Disclosure after harm", engagement=None,
                    tags=["disclosure"], purpose="Be open with patients and families after harm"), [
            s("step", "initial", "Initial disclosure within 72 hours", ["gp", "patient"], tags=["disclosure"],
              duration="72 hours"),
            s("step", "contact", "Designate a contact person", ["quality_lead"]),
            s("step", "findings_in", "Receive the incident analysis findings", ["quality_lead"], tags=["incident"]),
            s("step", "post", "Post-analysis disclosure of findings and actions", ["gp", "patient", "family"],
              tags=["disclosure"]),
        ]
    if archetype == "incident":
        return dict(kind="main", owner="quality_lead", title="Incident analysis with the family", engagement=None,
                    tags=["incident"], purpose="Learn from harm together with the patient and family"), [
            s("step", "inform", "Tell the family an analysis is starting", ["quality_lead", "family"],
              tags=["disclosure"]),
            s("step", "account", "Invite the family's account of events", ["analyst", "family"]),
            s("step", "analyse", "Analyse contributing factors", ["analyst", "quality_lead"], tags=["incident"]),
            s("step", "family_review", "Family reviews the recommendations", ["quality_lead", "family"],
              tags=["disclosure"]),
        ]
    if archetype == "codesign":
        return dict(kind="main", owner="service_lead", title="Co-designed improvement project", engagement="involve",
                    tags=["codesign"], purpose="Improve a service together with patient partners"), [
            s("step", "charter", "Agree the project charter", ["service_lead", "facilitator", "partner x2"]),
            s("step", "survey_review", "Review experience survey results", ["facilitator", "partner x2"]),
            s("step", "codesign", "Co-design the change", ["facilitator", "nurse", "partner x2"],
              engagement="involve"),
            s("step", "feedback", "Tell partners how their input was used", ["facilitator"], tags=["feedback"]),
        ]
    if archetype == "committee":
        return dict(kind="management", owner="quality_lead", title="Quality and safety committee cycle",
                    engagement="consult", tags=["committee"],
                    purpose="Review safety data with patient partners and agree priorities"), [
            s("step", "agenda", "Set the agenda with patient partners", ["secretary", "partner x2"]),
            s("step", "meet", "Review safety reports", ["quality_lead", "partner x2"]),
            s("step", "minutes", "Send minutes showing how partners' advice was used", ["secretary"],
              tags=["feedback"]),
        ]
    if archetype == "partner_support":
        return dict(kind="support", owner="coordinator", title="Patient-partner recruitment and support",
                    engagement=None, tags=["partner_support", "recruitment"],
                    purpose="Recruit, orient, train and reimburse patient partners"), [
            s("step", "recruit", "Recruit at least two partners", ["coordinator"]),
            s("step", "orient", "Orientation and role agreement", ["coordinator", "partner x2"]),
            s("step", "expenses", "Reimburse expenses", ["coordinator"]),
        ]
    if archetype == "evaluation":
        return dict(kind="management", owner="manager", title="Engagement evaluation and annual report",
                    engagement="involve", tags=["evaluation"],
                    purpose="Evaluate whether engagement makes a difference and report it openly"), [
            s("step", "partner_review", "Review results with patient partners", ["quality_lead", "partner x2"]),
            s("step", "publish", "Publish the annual engagement report", ["manager"]),
            s("step", "tell_partners", "Tell partners how their review changed the report", ["quality_lead"],
              tags=["feedback"]),
        ]
    if archetype == "consultation":
        return dict(kind="main", owner="manager", title="Policy consultation with the community",
                    engagement="consult", tags=[],
                    purpose="Bring the community's views into municipal health policy"), [
            s("step", "consult", "Hold open meetings and an online survey", ["facilitator", "resident"],
              engagement="consult"),
            s("step", "submit", "Submit the response to the municipality", ["manager", "municipality"]),
            s("step", "report_back", "Report back to residents on what changed", ["facilitator", "partner x2"],
              tags=["feedback"]),
        ]
    if archetype == "support":
        return dict(kind="support", owner="coordinator", title="Records and scheduling support", engagement=None,
                    tags=[], purpose="Keep records, rooms and schedules ready for the care teams"), [
            s("step", "log_request", "Log the request", ["receptionist"]),
        ]
    return dict(kind="main", owner="manager", title="Service delivery", engagement=None, tags=[],
                purpose="Deliver the service reliably"), [
        s("step", "receive", "Receive the request", ["receptionist"]),
    ]


def build_map(core, archetype, level, rng):
    """Pads the core steps to 6-15 nodes; returns (body nodes, flow lines, uses the second end).

    Padding steps go after the first characteristic step, so the characteristic order (the
    partners' first step, disclosure before and after the analysis) is kept. Every decision's
    "yes" exit goes on; its "no" exit loops back to rework or, now and then, stops the process.
    """
    target_nodes = rng.randint(7, 15)
    body = list(core)
    used = {step.ident for step in body}
    performers = PERFORMERS[level]
    decisions = sum(1 for step in body if step.kind == "decision")
    add_check = decisions == 0 or (target_nodes >= 12 and archetype != "empower")
    fixed = 3 + (1 if add_check else 0)  # start, end, a possible second end, the check decision
    pad_index = 0
    while fixed + len(body) < target_nodes:
        ident, title = PADDING_STEPS[pad_index % len(PADDING_STEPS)]
        if pad_index >= len(PADDING_STEPS):
            ident = f"{ident}_{pad_index // len(PADDING_STEPS) + 1}"
        pad_index += 1
        if ident in used:
            continue
        used.add(ident)
        position = rng.randint(1, len(body))
        body.insert(position, Step("step", ident, title, performers[rng.randrange(len(performers))]))
    if add_check:
        body.append(Step("decision", "complete", "Complete and correct?",
                         performers[rng.randrange(len(performers))]))

    order = ["started"] + [step.ident for step in body] + ["done"]
    flows = []
    chain = ["started"]
    uses_stop = False
    for position, step in enumerate(body, start=1):
        chain.append(step.ident)
        if step.kind != "decision":
            continue
        if len(chain) > 1:
            flows.append(" -> ".join(chain))
        flows.append(f'{step.ident} -> {order[position + 1]} when "yes"')
        if position == 1 or rng.random() < 0.25:
            flows.append(f'{step.ident} -> stopped when "no"')
            uses_stop = True
        else:
            flows.append(f'{step.ident} -> {order[position - 1]} when "no, rework"')
        chain = []
    if chain:
        chain.append("done")
        flows.append(" -> ".join(chain))
    return body, flows, uses_stop


def measure_block(ident, title, kind, unit_kind, owner, patient_defined, indent, rng):
    if unit_kind == "percent":
        target = rng.choice([80, 85, 90, 95])
        lines = ["unit percent", f"target >= {target}", f"warning >= {target - 10}"]
    elif unit_kind == "days":
        target = rng.choice([2, 5, 14, 30])
        lines = ["unit days", f"target <= {target}", f"warning <= {target * 2}"]
    else:
        target = rng.choice([2, 3, 4])
        lines = ["unit count", f"target >= {target}", f"warning >= {target - 1}"]
    frequency = rng.choice(["monthly", "quarterly", "monthly", "yearly"])
    source = rng.choice(["EHR audit", "Incident reporting system", "Experience survey", "Committee minutes",
                         "Project log", "Concern log"])
    out = [f'{indent}measure {ident} "{title}" {{', f"{indent}  type {kind}"]
    out += [f"{indent}  {line}" for line in lines]
    out += [f"{indent}  frequency {frequency}", f'{indent}  source "{source}"', f"{indent}  owner {owner}"]
    if patient_defined:
        out.append(f"{indent}  patient_defined yes")
    out.append(f"{indent}}}")
    return out


def generate(process_count, seed):
    rng = random.Random(seed)
    if process_count < 30:
        mega_count = min(3, process_count)
        sizes = [process_count // mega_count + (1 if i < process_count % mega_count else 0)
                 for i in range(mega_count)]
    else:
        sizes = []
        remaining = process_count
        while remaining > 0:
            size = min(remaining, rng.randint(10, 25))
            sizes.append(size)
            remaining -= size
        if len(sizes) > 1 and sizes[-1] < 10:
            # Fold a short tail into the previous mega-processes so every one keeps 10-25.
            tail = sizes.pop()
            index = len(sizes) - 1
            while tail > 0:
                room = 25 - sizes[index]
                moved = min(room, tail)
                sizes[index] += moved
                tail -= moved
                index = index - 1 if index > 0 else len(sizes) - 1
                if all(size >= 25 for size in sizes) and tail > 0:
                    sizes.append(tail)
                    tail = 0
    if len(sizes) < 3 <= process_count:
        # Three mega-processes at least, so that every level of engagement is covered.
        sizes = [process_count // 3 + (1 if i < process_count % 3 else 0) for i in range(3)]
    mega_count = len(sizes)
    levels = [LEVEL_CYCLE[i % len(LEVEL_CYCLE)] for i in range(mega_count)]
    goal_count = min(len(GOALS), mega_count)
    out_of_scope = [level for level in ["direct_care", "organisation", "policy"] if level not in levels]

    files = {}
    org = [
        "# Synthetic model generated by Scripts/generate-model.py "
        f"(--processes {process_count} --seed {seed}); do not edit by hand.",
        "",
        'organisation synthetic "Synthetic Health Centre" {',
        '  purpose "Safe, people-centred care co-produced with patients, families and the community"',
    ]
    for ident, title in GOALS[:goal_count]:
        org.append(f'  goal {ident} "{title}"')
    if out_of_scope:
        org.append("  out_of_scope " + ", ".join(out_of_scope))
    org.append("}")
    files["organisation.engage"] = "\n".join(org) + "\n"

    clients = ["# Clients: who receives the value of each mega-process.", ""]
    for ident, title, kind in CLIENTS:
        clients.append(f'client {ident} "{title}" {{ kind {kind} }}')
    files["clients.engage"] = "\n".join(clients) + "\n"

    roles = ["# Roles: who performs the steps (the swimlanes).", ""]
    for ident, title, kind in ROLES:
        roles.append(f'role {ident} "{title}" {{ kind {kind} }}')
    files["roles.engage"] = "\n".join(roles) + "\n"

    process_number = 0
    for mega_index, size in enumerate(sizes):
        level = levels[mega_index]
        client = CLIENT_BY_LEVEL[level]
        if level == "direct_care" and mega_index % 2 == 1:
            client = "harmed"
        mega_id = f"mega_{mega_index + 1:04d}"
        goals = sorted({GOALS[mega_index % goal_count][0], GOALS[(mega_index + 1) % goal_count][0]})
        lines = [f"# Mega-process {mega_index + 1} of {mega_count} ({level.replace('_', ' ')}).", "",
                 f'megaprocess {mega_id} "Mega-process {mega_index + 1}" {{',
                 f"  client {client}", "  goals " + ", ".join(goals), f"  level {level}", ""]
        relations = []
        slots = []
        for slot in range(size):
            process_number += 1
            archetype = ARCHETYPES[level][slot % len(ARCHETYPES[level])]
            props, core = archetype_core(archetype, rng)
            slug = archetype if archetype not in ("care", "plain") else ("planning" if archetype == "care" else "service")
            slots.append(dict(id=f"p{process_number:05d}_{slug}", archetype=archetype, props=props, core=core,
                              inputs=[], outputs=[], handover=None))
        chain = [s for s in slots if s["props"]["kind"] != "support"]
        supports = [s for s in slots if s["props"]["kind"] == "support"]
        for position, proc in enumerate(chain):
            if position == 0:
                proc["inputs"].append(("request", "Request from the client", client))
            if position + 1 < len(chain):
                successor = chain[position + 1]
                proc["outputs"].append(("result", "Result handed on", None))
                successor["inputs"].append(("previous", "Result of the previous process", f"{proc['id']}.result"))
                if (process_number + position) % 3 == 0:
                    relations.append((proc["id"], "result", successor["id"]))
                if position % 5 == 4:
                    proc["handover"] = successor["id"]
            else:
                proc["outputs"].append(("result", "Result delivered to the client", client))
            if proc["archetype"] == "evaluation":
                proc["outputs"].append(("report", "Annual engagement report", "public"))
        for proc in supports:
            index = slots.index(proc)
            fed = next((s for s in slots[index + 1:] if s["props"]["kind"] != "support"), chain[0])
            proc["inputs"].append(("request", "Request for support", client))
            proc["outputs"].append(("support", "Support delivered", None))
            fed["inputs"].append((f"support_{proc['id']}", "Support from a support process", f"{proc['id']}.support"))

        for slot_index, proc in enumerate(slots):
            props = proc["props"]
            body, flows, uses_stop = build_map(proc["core"], proc["archetype"], level, rng)
            out = [f'  process {proc["id"]} "{props["title"]} {slot_index + 1}" {{',
                   f"    kind {props['kind']}", f"    owner {props['owner']}", f'    purpose "{props["purpose"]}"']
            if props["engagement"]:
                out.append(f"    engagement {props['engagement']}")
            if props["tags"]:
                out.append("    tags " + ", ".join(props["tags"]))
            for ident, title, supplier in proc["inputs"]:
                out.append(f'    input {ident} "{title}" from {supplier}')
            for ident, title, to in proc["outputs"]:
                out.append(f'    output {ident} "{title}"' + (f" to {to}" if to else ""))
            out.append("")
            out.append('    start started "Started"')
            for step in body:
                out += step.render("    ")
            out.append('    end done "Done"')
            if uses_stop:
                out.append('    end stopped "Stopped"')
            out.append("")
            out += [f"    {flow}" for flow in flows]
            if proc["handover"]:
                last_step = next((s for s in reversed(body) if s.kind == "step"), None)
                if last_step is not None:
                    out.append(f"    {last_step.ident} -> {proc['handover']}")
            out.append("")
            owner = props["owner"]
            out += measure_block(f"{proc['id']}_m1", "Cases completed to standard", "process", "percent", owner,
                                 slot_index == 0, "    ", rng)
            if rng.random() < 0.5:
                out += measure_block(f"{proc['id']}_m2", "Days to complete", "process", "days", owner, False,
                                     "    ", rng)
            out.append("  }")
            out.append("")
            lines += out
        lines += measure_block(f"{mega_id}_outcome", "Clients reporting the value they expected", "outcome",
                               "percent", "quality_lead", True, "  ", rng)
        lines.append("}")
        for supplier, output, consumer in relations:
            rel_id = f"rel_{supplier}_{consumer}"
            lines += ["", f'relation {rel_id} "Hand-over from {supplier} to {consumer}" {{',
                      f"  supplier {supplier}.{output}", f"  client {consumer}",
                      '  product "Completed case with the patient\'s goals"',
                      '  requirement "Handed over within 2 working days"']
            lines += measure_block(f"{rel_id}_m", "Hand-overs on time", "process", "percent", "quality_lead",
                                   False, "  ", rng)
            lines.append("}")
        files[f"mega-{mega_index + 1:04d}.engage"] = "\n".join(lines) + "\n"
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, required=True, help="number of processes (at least 1)")
    parser.add_argument("--out", required=True, help="directory to write the model into")
    parser.add_argument("--seed", type=int, default=20260101, help="random seed (default 20260101)")
    parser.add_argument("--force", action="store_true", help="replace .engage files already in --out")
    args = parser.parse_args()
    if args.processes < 1:
        print("error: --processes must be at least 1", file=sys.stderr)
        return 2
    try:
        os.makedirs(args.out, exist_ok=True)
        existing = sorted(name for name in os.listdir(args.out) if name.endswith(".engage"))
        if existing and not args.force:
            print(f"error: {args.out} already holds .engage files ({existing[0]}, ...); pass --force to replace them",
                  file=sys.stderr)
            return 2
        for name in existing:
            os.remove(os.path.join(args.out, name))
        files = generate(args.processes, args.seed)
        for name in sorted(files):
            with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as handle:
                handle.write(files[name])
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    total = sum(len(text.encode("utf-8")) for text in files.values())
    print(f"wrote {len(files)} files, {args.processes} processes, {total} bytes to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
