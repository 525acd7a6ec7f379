import EngageLanguage
import EngageModel

/// EM0110: a process's map is small enough for Graphviz to lay out (`MapLimits.processMap`).
struct ProcessMapSize: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0110",
    name: "process-map-size",
    defaultSeverity: .warning,
    title: "A process's map is small enough to draw (at most \(MapLimits.processMap.nodes) boxes and "
      + "\(MapLimits.processMap.edges) lines)",
    explanation: """
      A reference process is drawn as one map with a swimlane per role. Graphviz lays such a map \
      out in time that grows with about the cube of its size: a hundred steps take seconds, five \
      hundred take minutes, and a few thousand make it fail or crash. So `engagemap render` \
      refuses a process map with more than \(MapLimits.processMap.nodes) boxes (steps, events, \
      inputs, outputs, processes handed over to, the legend and the measures table) or \
      \(MapLimits.processMap.edges) lines (flows, and a line from every input to every start \
      event and from every end event to every output), and this rule says so at `check`. A process that large \
      is also too large to read: the process approach keeps reference processes to what one \
      team owns, and links processes through hand-overs and the internal market. Split it into \
      processes that hand over to each other (a flow whose last node is another process).
      """,
    source: IntegritySources.bpmn
      + " Graphviz 2.43 layout times measured in docs/PERFORMANCE.md, \"Map size limits\".",
    violatingExample: ExampleModel.make(
      nodes: ProcessMapSize.steps(1...ProcessMapSize.stepsOverTheLimit, start: true, end: true),
      flows: ProcessMapSize.chain(["received"] + ProcessMapSize.names(1...ProcessMapSize.stepsOverTheLimit) + ["done"])),
    fixedExample: ExampleModel.make(
      processProperties: ExampleModel.processProperties + "\n    output handed \"Half-assessed request\"",
      nodes: ProcessMapSize.steps(1...ProcessMapSize.stepsOverTheLimit / 2, start: true, end: true),
      flows: ProcessMapSize.chain(["received"] + ProcessMapSize.names(1...ProcessMapSize.stepsOverTheLimit / 2) + ["done"])
        + "\n    check\(ProcessMapSize.stepsOverTheLimit / 2) -> follow_up",
      otherProcesses: ProcessMapSize.followUp)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let size = MapLimits.processMapSize(of: processes[p])
      guard let excess = size.excess(over: MapLimits.processMap) else { continue }
      findings.append(
        Finding(.tooLarge(processes[p].id, excess.quantity, count: excess.count, limit: excess.limit), at: processes[p].syntax.id.range))
    }
    return findings
  }

  /// Steps that give the example's `triage` map one box more than the limit: besides its steps it
  /// draws a start and an end event, an input, an output, the measures table and the legend.
  static let stepsOverTheLimit = MapLimits.processMap.nodes - 5

  static func names(_ range: ClosedRange<Int>) -> [String] { range.map { "check\($0)" } }

  /// One step per number in `range`, performed by the nurse and the patient in turn.
  static func steps(_ range: ClosedRange<Int>, start: Bool, end: Bool) -> String {
    var lines: [String] = []
    if start { lines.append("    start received \"Request received\"") }
    for index in range {
      lines.append("    step check\(index) \"Check \(index)\" by \(index % 2 == 0 ? "patient" : "nurse")")
    }
    if end { lines.append("    end done \"Triaged\"") }
    return lines.joined(separator: "\n")
  }

  static func chain(_ nodes: [String]) -> String { "    " + nodes.joined(separator: " -> ") }

  /// The second half of the steps, in a process the first half hands over to.
  static var followUp: String {
    let range = (stepsOverTheLimit / 2 + 1)...stepsOverTheLimit
    return """
        process follow_up "Triage follow-up" {
          kind main
          owner nurse
          purpose "Finish assessing what triage started"
          input handed "Half-assessed request" from triage.handed
          output followed "Assessment completed" to patients

          start arrived "Request handed over"
      \(steps(range, start: false, end: false))
          end completed "Assessment completed"

      \(chain(["arrived"] + names(range) + ["completed"]))

          measure completed_on_time "Assessments completed within two working days" {
            type process
            unit percent
            target >= 90
            frequency monthly
            source "Triage log"
            owner nurse
          }
        }
      """
  }
}

extension Finding.Message {
  fileprivate static func tooLarge(_ process: String, _ quantity: MapLimits.Quantity, count: Int, limit: Int) -> Finding.Message {
    let what: String
    switch quantity {
    case .nodes: what = "boxes"
    case .edges: what = "lines"
    }
    return Finding.Message(
      "the map of process '\(process)' would have \(count) \(what); EngageMap draws at most \(limit) per process map "
        + "(beyond that Graphviz takes minutes or fails), so `render` refuses it; split the process into smaller processes "
        + "that hand over to each other")
  }
}
