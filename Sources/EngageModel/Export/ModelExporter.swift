import EngageLanguage

/// Writes a resolved model as JSON: every element in source order, object keys sorted, absent
/// values as `null`, each element's declaration as `"location": "file:line:col"`. The same model
/// gives the same bytes on every run.
public enum ModelExporter {
  /// The version of the export's shape; raised when a field changes meaning or disappears.
  public static let formatVersion = 1

  /// The model as pretty-printed JSON text ending in a newline.
  public static func json(_ graph: ProcessGraph) -> String {
    document(graph).rendered()
  }

  /// The model as a JSON value, for callers that embed it in a larger document.
  public static func document(_ graph: ProcessGraph) -> JSONValue {
    .object([
      "format": .string("engagemap-model"),
      "version": .int(formatVersion),
      "files": .array(graph.files.map { .string($0.path) }),
      "organisation": graph.organisation.map(organisation) ?? .null,
      "goals": .array(graph.goals.map(goal)),
      "clients": .array(graph.clients.map(client)),
      "roles": .array(graph.roles.map(role)),
      "megaprocesses": .array(graph.megaprocesses.map(megaprocess)),
      "processes": .array(graph.processes.map(process)),
      "relations": .array(graph.relations.map(relation)),
      "measures": .array(graph.measures.map(measure)),
      "settings": .array(graph.settings.map(setting)),
      "suppressions": .array(graph.suppressions.map(suppression)),
    ])
  }

  /// `file:line:col` of a range's start.
  static func location(_ range: SourceRange) -> JSONValue {
    .string(range.description)
  }

  private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

  private static func organisation(_ value: Organisation) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "purpose": .optional(value.purpose),
      "description": .optional(value.description), "outOfScope": strings(value.outOfScope.map(\.rawValue)),
      "location": location(value.syntax.range),
    ])
  }

  private static func goal(_ value: Goal) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "description": .optional(value.description),
      "location": location(value.syntax.range),
    ])
  }

  private static func client(_ value: Client) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "kind": .string(value.kind.rawValue),
      "description": .optional(value.description), "location": location(value.syntax.range),
    ])
  }

  private static func role(_ value: Role) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "kind": .optional(value.kind?.rawValue),
      "description": .optional(value.description), "location": location(value.syntax.range),
    ])
  }

  private static func megaprocess(_ value: Megaprocess) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "client": .optional(value.client),
      "goals": strings(value.goals), "level": .optional(value.level?.rawValue),
      "description": .optional(value.description), "processes": strings(value.processes),
      "measures": strings(value.measures), "location": location(value.syntax.range),
    ])
  }

  private static func process(_ value: Process) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "kind": .optional(value.kind?.rawValue),
      "megaprocess": .optional(value.megaprocess), "owner": .optional(value.owner),
      "purpose": .optional(value.purpose), "engagement": .optional(value.engagement?.rawValue),
      "tags": strings(value.tags.map(\.rawValue)), "description": .optional(value.description),
      "inputs": .array(value.inputs.map(input)), "outputs": .array(value.outputs.map(output)),
      "nodes": .array(value.nodes.map(node)), "flows": .array(value.flows.map(flow)),
      "measures": strings(value.measures), "location": location(value.syntax.range),
    ])
  }

  private static func input(_ value: Input) -> JSONValue {
    let supplier: JSONValue =
      switch value.supplier {
      case .output(let process, let output): .object(["process": .string(process), "output": .string(output)])
      case .client(let client): .object(["client": .string(client)])
      case nil: .null
      }
    return .object([
      "id": .string(value.id), "title": .string(value.title), "from": supplier,
      "description": .optional(value.description), "location": location(value.syntax.range),
    ])
  }

  private static func output(_ value: Output) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "to": .optional(value.client),
      "description": .optional(value.description), "location": location(value.syntax.range),
    ])
  }

  private static func node(_ value: Node) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title), "kind": .string(value.kind.rawValue),
      "performers": .array(
        value.performers.map { .object(["role": .string($0.role), "count": .int($0.count)]) }),
      "engagement": .optional(value.engagement?.rawValue), "tags": strings(value.tags.map(\.rawValue)),
      "description": .optional(value.description),
      "duration": value.duration.map {
        .object(["amount": .number($0.amount), "unit": .string($0.unit.rawValue)])
      } ?? .null,
      "location": location(value.syntax.range),
    ])
  }

  private static func flow(_ value: Flow) -> JSONValue {
    let target: JSONValue =
      switch value.to {
      case .node(let id): .object(["node": .string(id)])
      case .process(let id): .object(["process": .string(id)])
      }
    return .object([
      "from": .string(value.from), "to": target, "label": .optional(value.label),
      "location": location(value.range),
    ])
  }

  private static func relation(_ value: Relation) -> JSONValue {
    .object([
      "id": .string(value.id), "title": .string(value.title),
      "supplier": value.supplierProcess.map { process in
        .object(["process": .string(process), "output": .optional(value.supplierOutput)])
      } ?? .null,
      "client": .optional(value.client), "product": .optional(value.product),
      "requirements": strings(value.requirements), "description": .optional(value.description),
      "measures": strings(value.measures), "location": location(value.syntax.range),
    ])
  }

  private static func measure(_ value: Measure) -> JSONValue {
    let scope: JSONValue =
      switch value.scope {
      case .process(let id): .object(["process": .string(id)])
      case .megaprocess(let id): .object(["megaprocess": .string(id)])
      case .relation(let id): .object(["relation": .string(id)])
      }
    return .object([
      "id": .string(value.id), "title": .string(value.title), "scope": scope,
      "type": .optional(value.type?.rawValue), "unit": .optional(value.unit?.rawValue),
      "target": value.target.map(threshold) ?? .null, "warning": value.warning.map(threshold) ?? .null,
      "direction": .optional(value.direction?.rawValue), "frequency": .optional(value.frequency?.rawValue),
      "source": .optional(value.source), "owner": .optional(value.owner),
      "patientDefined": .bool(value.patientDefined), "description": .optional(value.description),
      "location": location(value.syntax.range),
    ])
  }

  private static func threshold(_ value: Threshold) -> JSONValue {
    switch value {
    case .compare(let comparator, let bound):
      .object(["comparator": .string(comparator.rawValue), "value": .number(bound)])
    case .between(let low, let high):
      .object(["comparator": .string("between"), "low": .number(low), "high": .number(high)])
    }
  }

  private static func suppression(_ value: Suppression) -> JSONValue {
    let element: JSONValue =
      switch value.element {
      case .organisation(let id): .object(["organisation": .string(id)])
      case .role(let id): .object(["role": .string(id)])
      case .megaprocess(let id): .object(["megaprocess": .string(id)])
      case .process(let id): .object(["process": .string(id)])
      case .node(let process, let node): .object(["process": .string(process), "node": .string(node)])
      case .measure(let id): .object(["measure": .string(id)])
      case .relation(let id): .object(["relation": .string(id)])
      }
    return .object([
      "rule": .string(value.rule), "reason": .string(value.reason), "element": element,
      "location": location(value.syntax.range),
    ])
  }

  private static func setting(_ value: RuleSetting) -> JSONValue {
    .object([
      "rule": .string(value.rule.name), "severity": .string(value.severity.value.rawValue),
      "location": location(value.range),
    ])
  }
}
