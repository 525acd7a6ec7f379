import EngageLanguage
import EngageModel

/// EM0306: an incident or disclosure process discloses both initially and after the analysis.
struct TwoStageDisclosure: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0306",
    name: "two-stage-disclosure",
    defaultSeverity: .warning,
    title: "An incident or disclosure process has both an initial disclosure step and a post-analysis disclosure step",
    explanation: """
      Disclosure of harm is a process, not a single conversation. The initial disclosure tells the \
      patient and family promptly what is known, offers support and says what happens next; the \
      post-analysis disclosure comes back to them with what the analysis found and what will \
      change. A process with only the first leaves families waiting; one with only the second \
      leaves them uninformed for weeks. The disclosure steps are recognised by their `disclosure` \
      tag and their order; the analysis between them need not carry a tag of its own.

      Semantics: the rule applies to a process tagged `incident` or `disclosure`. Its disclosure \
      steps are its nodes tagged `disclosure`. When some of its nodes are tagged `incident` \
      (analysis steps: the analysis itself, or the step where its findings arrive from another \
      process), an initial disclosure step is a disclosure step, not itself tagged `incident`, \
      that the flows reach from a start event without passing an analysis step, and a \
      post-analysis disclosure step is one the flows reach from an analysis step. When no node \
      is tagged `incident`, the analysis is the work between the two stages: an initial \
      disclosure step is any disclosure step the flows reach from a start event, and a \
      post-analysis disclosure step is a disclosure step reached from an initial one through at \
      least one other step or decision (which may itself be tagged `disclosure`, as an analysis \
      held with the family may be).

      Fires, at the process's tag, when there is no initial disclosure step (with notes at the \
      disclosure steps there are) or no post-analysis disclosure step (with notes at the \
      analysis steps); a process with one disclosure step, or two directly one after the other \
      and nothing between them, has no post-analysis stage. Does not fire when both stages \
      exist, whether or not the analysis is tagged.
      """,
    source: """
      Canadian Patient Safety Institute, Canadian Disclosure Guidelines: Being Open with Patients \
      and Families (2011): initial disclosure as soon as reasonably possible after the harm is \
      recognised, and post-analysis disclosure of the findings and the actions taken once the \
      analysis is complete.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal openness "Openness after harm"
      }

      client harmed "Harmed patients and families" { kind external }

      role patient "Patient" { kind patient }
      role gp "General practitioner" { kind clinician }
      role lead "Patient safety lead" { kind manager }

      megaprocess after_harm "Openness after harm" {
        client harmed
        goals openness
        level direct_care

        process disclosure "Disclosure of harm" {
          kind main
          owner lead
          purpose "Be open with patients and families after harm"
          tags disclosure

          start harm "Harm recognised"
          step initial "Initial disclosure within 72 hours" by gp, patient { tags disclosure }
          step contact "Designate a contact person" by lead
          step analyse "Receive the incident analysis" by lead { tags incident }
          end closed "Disclosure closed"

          harm -> initial -> contact -> analyse -> closed
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal openness "Openness after harm"
      }

      client harmed "Harmed patients and families" { kind external }

      role patient "Patient" { kind patient }
      role gp "General practitioner" { kind clinician }
      role lead "Patient safety lead" { kind manager }

      megaprocess after_harm "Openness after harm" {
        client harmed
        goals openness
        level direct_care

        process disclosure "Disclosure of harm" {
          kind main
          owner lead
          purpose "Be open with patients and families after harm"
          tags disclosure

          start harm "Harm recognised"
          step initial "Initial disclosure within 72 hours" by gp, patient { tags disclosure }
          step contact "Designate a contact person" by lead
          step analyse "Receive the incident analysis" by lead { tags incident }
          step findings "Post-analysis disclosure of findings and actions" by gp, patient { tags disclosure }
          end closed "Disclosure closed"

          harm -> initial -> contact -> analyse -> findings -> closed
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices {
      let tags = processes[position].tags
      guard tags.contains(.incident) || tags.contains(.disclosure) else { continue }
      let map = context.maps[position]
      let nodes = processes[position].nodes
      let isAnalysis = nodes.indices.map { nodes[$0].tags.contains(.incident) }
      let isDisclosure = nodes.indices.map { nodes[$0].tags.contains(.disclosure) }
      let analyses = nodes.indices.filter { isAnalysis[$0] }
      let hasInitial: Bool
      let hasPostAnalysis: Bool
      if analyses.isEmpty {
        let fromStart = map.reached(from: map.starts)
        let initials = nodes.indices.filter { isDisclosure[$0] && fromStart[$0] }
        let between = initials.flatMap { map.successors(of: $0) }.filter {
          nodes[$0].kind == .step || nodes[$0].kind == .decision
        }
        let afterBetween = map.reached(from: between.flatMap { map.successors(of: $0) })
        hasInitial = !initials.isEmpty
        hasPostAnalysis = nodes.indices.contains { isDisclosure[$0] && afterBetween[$0] }
      } else {
        let beforeAnalysis = map.reached(from: map.starts, stoppingAt: { isAnalysis[$0] })
        let afterAnalysis = map.reached(from: analyses.flatMap { map.successors(of: $0) })
        hasInitial = nodes.indices.contains { isDisclosure[$0] && !isAnalysis[$0] && beforeAnalysis[$0] }
        hasPostAnalysis = nodes.indices.contains { isDisclosure[$0] && afterAnalysis[$0] }
      }
      if hasInitial && hasPostAnalysis { continue }
      let process = processes[position]
      let tag: Tag = tags.contains(.disclosure) ? .disclosure : .incident
      let range = process.tagRange(tag)
      if !hasInitial {
        let notes = nodes.indices.filter { isDisclosure[$0] }.map {
          DiagnosticNote("disclosure step '\(nodes[$0].id)' is here", at: nodes[$0].idRange)
        }
        findings.append(Finding(.noInitialDisclosure(process: process.id, tag: tag), at: range, notes: notes))
      }
      if !hasPostAnalysis {
        let notes = analyses.map {
          DiagnosticNote("analysis step '\(nodes[$0].id)' is here", at: nodes[$0].idRange)
        }
        findings.append(Finding(
          .noPostAnalysisDisclosure(process: process.id, tag: tag, hasAnalysis: !analyses.isEmpty),
          at: range,
          notes: notes
        ))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noInitialDisclosure(process: String, tag: Tag) -> Finding.Message {
    "\(tag.rawValue) process '\(process)' has no initial disclosure step; add a step tagged 'disclosure' between the start and the analysis that tells the patient and family promptly what is known"
  }

  fileprivate static func noPostAnalysisDisclosure(process: String, tag: Tag, hasAnalysis: Bool) -> Finding.Message {
    let how = hasAnalysis
      ? "add a step tagged 'disclosure' after the analysis that shares its findings and the actions taken"
      : "add a step tagged 'disclosure', after the analysis, that shares its findings and the actions taken"
    return "\(tag.rawValue) process '\(process)' has no post-analysis disclosure step; \(how)"
  }
}
