import EngageLanguage
import EngageModel

/// Writes what BPMN has no element for (durations, engagement levels, tags, performers,
/// measures, suppliers) as `extensionElements` in EngageMap's namespace (`engagemap:`, schema
/// in docs/BPMN.md). Writes nothing for an element that has none of it.
struct ExtensionWriter {
  let lookup: ModelIndex

  func writeProcess(_ process: Process, to writer: inout XMLWriter) {
    let attributes: [(String, String?)] = [
      ("kind", process.kind?.rawValue), ("megaprocess", process.megaprocess), ("owner", process.owner),
      ("engagement", process.engagement?.rawValue),
    ]
    let measures = process.measures.compactMap { lookup.measures[$0] }
    guard attributes.contains(where: { $0.1 != nil }) || !process.tags.isEmpty || !measures.isEmpty else { return }
    writer.open("bpmn:extensionElements")
    writer.open("engagemap:process", attributes)
    writeTags(process.tags, to: &writer)
    for measure in measures {
      writer.empty("engagemap:measure", [
        ("id", measure.id), ("title", measure.title), ("type", measure.type?.rawValue), ("unit", measure.unit?.rawValue),
        ("target", measure.target.map { MeasureText.threshold($0) }),
        ("warning", measure.warning.map { MeasureText.threshold($0) }),
        ("direction", measure.direction?.rawValue), ("frequency", measure.frequency?.rawValue),
        ("source", measure.source), ("owner", measure.owner), ("patientDefined", measure.patientDefined ? "true" : "false"),
      ])
    }
    writer.close()
    writer.close()
  }

  func writeNode(_ node: Node, to writer: inout XMLWriter) {
    guard node.engagement != nil || node.duration != nil || !node.tags.isEmpty || !node.performers.isEmpty else { return }
    writer.open("bpmn:extensionElements")
    writer.open("engagemap:node", [("kind", node.kind.rawValue), ("engagement", node.engagement?.rawValue)])
    for performer in node.performers {
      writer.empty("engagemap:performer", [
        ("role", performer.role), ("title", lookup.roleTitle(performer.role)),
        ("kind", lookup.roles[performer.role]?.kind?.rawValue), ("count", String(performer.count)),
      ])
    }
    if let duration = node.duration {
      writer.empty("engagemap:duration", [("amount", MeasureText.number(duration.amount)), ("unit", duration.unit.rawValue)])
    }
    writeTags(node.tags, to: &writer)
    writer.close()
    writer.close()
  }

  func writeInput(_ input: Input, to writer: inout XMLWriter) {
    guard let supplier = input.supplier else { return }
    writer.open("bpmn:extensionElements")
    switch supplier {
    case .output(let process, let output):
      writer.empty("engagemap:supplier", [("process", process), ("output", output)])
    case .client(let client):
      writer.empty("engagemap:supplier", [("client", client)])
    }
    writer.close()
  }

  func writeOutput(_ output: Output, to writer: inout XMLWriter) {
    guard let client = output.client else { return }
    writer.open("bpmn:extensionElements")
    writer.empty("engagemap:recipient", [("client", client)])
    writer.close()
  }

  private func writeTags(_ tags: [Tag], to writer: inout XMLWriter) {
    for tag in tags { writer.empty("engagemap:tag", [("name", tag.rawValue)]) }
  }
}
