/// Prints a syntax tree as an indented outline, one node per line with its kind, its id or
/// value and its range `@line:col-line:col` (columns are UTF-8 byte columns; the end is
/// exclusive). Children are listed in source order. Used for golden tests and debugging.
public enum ASTDumper {
  public static func dump(_ syntax: SourceFileSyntax) -> String {
    var root = DumpNode("SourceFile \(quote(syntax.file.path))", syntax.range)
    root.children = syntax.declarations.map(Self.node) + syntax.comments.map { DumpNode("Comment \(quote($0.text))", $0.range) }
    var lines: [String] = []
    root.render(depth: 0, into: &lines)
    return lines.map { $0 + "\n" }.joined()
  }

  // MARK: - Declarations

  static func node(_ declaration: Declaration) -> DumpNode {
    switch declaration {
    case .organisation(let d): node(d)
    case .client(let d): node(d)
    case .role(let d): node(d)
    case .megaprocess(let d): node(d)
    case .process(let d): node(d)
    case .relation(let d): node(d)
    case .include(let d): node(d)
    case .settings(let d): node(d)
    }
  }

  static func node(_ d: OrganisationDecl) -> DumpNode {
    var node = DumpNode("Organisation \(d.id.name)", d.range)
    node.children = [DumpNode("Keyword \(d.keyword.name)", d.keyword.range)] + header(d.id, d.title)
    node.add(d.purpose, string)
    node.add(d.description, string)
    node.add(d.outOfScope) { $0.map(word) }
    node.children += d.goals.map(Self.node)
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: GoalDecl) -> DumpNode {
    var node = DumpNode("Goal \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.description, string)
    return node
  }

  static func node(_ d: ClientDecl) -> DumpNode {
    var node = DumpNode("Client \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.kind, word)
    node.add(d.description, string)
    return node
  }

  static func node(_ d: RoleDecl) -> DumpNode {
    var node = DumpNode("Role \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.kind, word)
    node.add(d.description, string)
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: MegaprocessDecl) -> DumpNode {
    var node = DumpNode("Megaprocess \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.client, reference)
    node.add(d.goals) { $0.map(reference) }
    node.add(d.level, word)
    node.add(d.description, string)
    node.children += d.processes.map(Self.node) + d.measures.map(Self.node)
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: ProcessDecl) -> DumpNode {
    var node = DumpNode("Process \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.kind, word)
    node.add(d.owner, reference)
    node.add(d.purpose, string)
    node.add(d.engagement, word)
    node.add(d.tags) { $0.map(word) }
    node.add(d.description, string)
    node.children += d.inputs.map(Self.node) + d.outputs.map(Self.node) + d.steps.map(Self.node)
    node.children += d.flows.map(Self.node) + d.measures.map(Self.node)
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: InputDecl) -> DumpNode {
    var node = DumpNode("Input \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.from, reference)
    node.add(d.description, string)
    return node
  }

  static func node(_ d: OutputDecl) -> DumpNode {
    var node = DumpNode("Output \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.to, reference)
    node.add(d.description, string)
    return node
  }

  static func node(_ d: StepDecl) -> DumpNode {
    var node = DumpNode("Step \(d.kind.value.rawValue) \(d.id.name)", d.range)
    node.children = [DumpNode("Kind \(d.kind.value.rawValue)", d.kind.range)] + header(d.id, d.title)
    if let byRange = d.byRange {
      var by = DumpNode("By", byRange)
      by.children = d.performers.map { performer in
        var child = DumpNode("Performer \(performer.role) x\(performer.count)", performer.range)
        child.children = [reference(performer.role)]
        return child
      }
      node.children.append(by)
    }
    node.add(d.engagement, word)
    node.add(d.tags) { $0.map(word) }
    node.add(d.description, string)
    node.add(d.duration) { duration in
      [number(duration.amount), word(duration.unit)]
    }
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: FlowDecl) -> DumpNode {
    var node = DumpNode("Flow \(d.nodes.map(\.description).joined(separator: " -> "))", d.range)
    node.children = d.nodes.map(reference)
    if let label = d.label { node.children.append(DumpNode("When \(quote(label.value))", label.range)) }
    return node
  }

  static func node(_ d: MeasureDecl) -> DumpNode {
    var node = DumpNode("Measure \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.type, word)
    node.add(d.unit, word)
    node.add(d.target, threshold)
    node.add(d.warning, threshold)
    node.add(d.direction, word)
    node.add(d.frequency, word)
    node.add(d.source, string)
    node.add(d.owner, reference)
    if let property = d.patientDefined {
      node.children.append(DumpNode("Property \(property.keyword.name) = \(property.value ? "yes" : "no")", property.range))
    }
    node.add(d.description, string)
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: RelationDecl) -> DumpNode {
    var node = DumpNode("Relation \(d.id.name)", d.range)
    node.children = header(d.id, d.title)
    node.add(d.supplier, reference)
    node.add(d.client, reference)
    node.add(d.product, string)
    for requirement in d.requirements { node.add(requirement, string) }
    node.add(d.description, string)
    node.children += d.measures.map(Self.node)
    node.children += d.allows.map(allow)
    return node
  }

  static func node(_ d: IncludeDecl) -> DumpNode {
    var node = DumpNode("Include", d.range)
    node.children = [string(d.path)]
    return node
  }

  static func node(_ d: SettingsDecl) -> DumpNode {
    var node = DumpNode("Settings", d.range)
    node.children = d.rules.map { rule in
      var child = DumpNode("Rule \(rule.rule.name) \(rule.severity.value.rawValue)", rule.range)
      child.children = [DumpNode("Identifier \(rule.rule.name)", rule.rule.range), word(rule.severity)]
      return child
    }
    return node
  }

  static func allow(_ d: AllowDecl) -> DumpNode {
    var node = DumpNode("Allow \(d.rule.name)", d.range)
    node.children = [DumpNode("Identifier \(d.rule.name)", d.rule.range), DumpNode("Reason \(quote(d.reason.value))\(d.reason.isMultiline ? " multiline" : "")", d.reason.range)]
    return node
  }

  // MARK: - Leaves

  static func header(_ id: Identifier, _ title: StringLiteral?) -> [DumpNode] {
    var nodes = [DumpNode("Identifier \(id.name)", id.range)]
    if let title { nodes.append(DumpNode("Title \(quote(title.value))\(title.isMultiline ? " multiline" : "")", title.range)) }
    return nodes
  }

  static func string(_ literal: StringLiteral) -> DumpNode {
    DumpNode("String \(quote(literal.value))\(literal.isMultiline ? " multiline" : "")", literal.range)
  }

  static func word<V: Vocabulary>(_ word: Word<V>) -> DumpNode {
    DumpNode("Word \(word.value.rawValue)", word.range)
  }

  static func number(_ literal: NumberLiteral) -> DumpNode {
    DumpNode("Number \(literal.text)", literal.range)
  }

  static func reference(_ reference: Reference) -> DumpNode {
    var node = DumpNode("Reference \(reference)", reference.range)
    if reference.parts.count > 1 {
      node.children = reference.parts.map { DumpNode("Identifier \($0.name)", $0.range) }
    }
    return node
  }

  static func threshold(_ value: ThresholdValue) -> DumpNode {
    switch value {
    case .compare(let comparator, let literal):
      var node = DumpNode("Compare \(comparator.rawValue) \(literal.text)", nil)
      node.children = [number(literal)]
      return node
    case .between(let low, let high):
      var node = DumpNode("Between \(low.text) and \(high.text)", nil)
      node.children = [number(low), number(high)]
      return node
    }
  }

  /// A string in double quotes with `"`, `\` and control characters escaped.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

/// One line of a dump and the nodes under it.
struct DumpNode {
  let label: String
  let range: SourceRange?
  var children: [DumpNode] = []

  init(_ label: String, _ range: SourceRange?) {
    self.label = label
    self.range = range
  }

  /// Adds a property: its keyword line, with its value's nodes under it.
  mutating func add<Value>(_ property: Property<Value>?, _ values: (Value) -> [DumpNode]) {
    guard let property else { return }
    var node = DumpNode("Property \(property.keyword.name)", property.range)
    node.children = values(property.value)
    children.append(node)
  }

  mutating func add<Value>(_ property: Property<Value>?, _ value: (Value) -> DumpNode) {
    add(property) { [value($0)] }
  }

  func render(depth: Int, into lines: inout [String]) {
    var line = String(repeating: "  ", count: depth) + label
    if let range {
      let start = range.startLocation
      let end = range.endLocation
      line += " @\(start.line):\(start.column)-\(end.line):\(end.column)"
    }
    lines.append(line)
    let ordered = children.enumerated().sorted { lhs, rhs in
      let left = lhs.element.range?.start ?? -1
      let right = rhs.element.range?.start ?? -1
      return left != right ? left < right : lhs.offset < rhs.offset
    }
    for child in ordered { child.element.render(depth: depth + 1, into: &lines) }
  }
}
