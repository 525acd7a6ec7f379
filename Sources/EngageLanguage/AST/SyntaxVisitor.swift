/// Visits the declarations of a syntax tree; every method has an empty default, so a visitor
/// implements only what it needs. `SyntaxWalker` calls them in source order, parents before
/// their children.
public protocol SyntaxVisitor {
  mutating func visit(_ node: OrganisationDecl)
  mutating func visit(_ node: GoalDecl)
  mutating func visit(_ node: ClientDecl)
  mutating func visit(_ node: RoleDecl)
  mutating func visit(_ node: MegaprocessDecl)
  mutating func visit(_ node: ProcessDecl)
  mutating func visit(_ node: InputDecl)
  mutating func visit(_ node: OutputDecl)
  mutating func visit(_ node: StepDecl)
  mutating func visit(_ node: FlowDecl)
  mutating func visit(_ node: MeasureDecl)
  mutating func visit(_ node: RelationDecl)
  mutating func visit(_ node: IncludeDecl)
  mutating func visit(_ node: SettingsDecl)
  mutating func visit(_ node: RuleSetting)
  mutating func visit(_ node: AllowDecl)
  mutating func visit(_ node: Comment)
}

extension SyntaxVisitor {
  public mutating func visit(_ node: OrganisationDecl) {}
  public mutating func visit(_ node: GoalDecl) {}
  public mutating func visit(_ node: ClientDecl) {}
  public mutating func visit(_ node: RoleDecl) {}
  public mutating func visit(_ node: MegaprocessDecl) {}
  public mutating func visit(_ node: ProcessDecl) {}
  public mutating func visit(_ node: InputDecl) {}
  public mutating func visit(_ node: OutputDecl) {}
  public mutating func visit(_ node: StepDecl) {}
  public mutating func visit(_ node: FlowDecl) {}
  public mutating func visit(_ node: MeasureDecl) {}
  public mutating func visit(_ node: RelationDecl) {}
  public mutating func visit(_ node: IncludeDecl) {}
  public mutating func visit(_ node: SettingsDecl) {}
  public mutating func visit(_ node: RuleSetting) {}
  public mutating func visit(_ node: AllowDecl) {}
  public mutating func visit(_ node: Comment) {}
}

/// Walks a syntax tree, handing every declaration (nested ones included, and each `allow` after
/// the element whose block holds it) and every comment to a visitor: declarations first, depth
/// first in source order, then the comments in source order.
public enum SyntaxWalker {
  public static func walk<Visitor: SyntaxVisitor>(_ syntax: SourceFileSyntax, _ visitor: inout Visitor) {
    for declaration in syntax.declarations { walk(declaration, &visitor) }
    for comment in syntax.comments { visitor.visit(comment) }
  }

  public static func walk<Visitor: SyntaxVisitor>(_ declaration: Declaration, _ visitor: inout Visitor) {
    switch declaration {
    case .organisation(let node):
      visitor.visit(node)
      let members: [(start: Int, visit: (inout Visitor) -> Void)] =
        node.goals.map { goal in (goal.range.start, { $0.visit(goal) }) }
        + node.allows.map { allow in (allow.range.start, { $0.visit(allow) }) }
      for member in members.sorted(by: { $0.start < $1.start }) { member.visit(&visitor) }
    case .client(let node): visitor.visit(node)
    case .role(let node):
      visitor.visit(node)
      for allow in node.allows { visitor.visit(allow) }
    case .megaprocess(let node):
      visitor.visit(node)
      let members: [(start: Int, visit: (inout Visitor) -> Void)] =
        node.processes.map { process in (process.range.start, { walk(process, &$0) }) }
        + node.measures.map { measure in (measure.range.start, { walk(measure, &$0) }) }
        + node.allows.map { allow in (allow.range.start, { $0.visit(allow) }) }
      for member in members.sorted(by: { $0.start < $1.start }) { member.visit(&visitor) }
    case .process(let node): walk(node, &visitor)
    case .relation(let node):
      visitor.visit(node)
      let members: [(start: Int, visit: (inout Visitor) -> Void)] =
        node.measures.map { measure in (measure.range.start, { walk(measure, &$0) }) }
        + node.allows.map { allow in (allow.range.start, { $0.visit(allow) }) }
      for member in members.sorted(by: { $0.start < $1.start }) { member.visit(&visitor) }
    case .include(let node): visitor.visit(node)
    case .settings(let node):
      visitor.visit(node)
      for rule in node.rules { visitor.visit(rule) }
    }
  }

  /// A process, then its inputs, outputs, steps, flows and measures in source order.
  public static func walk<Visitor: SyntaxVisitor>(_ process: ProcessDecl, _ visitor: inout Visitor) {
    visitor.visit(process)
    var members: [(start: Int, visit: (inout Visitor) -> Void)] = []
    members += process.inputs.map { input in (input.range.start, { $0.visit(input) }) }
    members += process.outputs.map { output in (output.range.start, { $0.visit(output) }) }
    members += process.steps.map { step in
      (
        step.range.start,
        {
          $0.visit(step)
          for allow in step.allows { $0.visit(allow) }
        }
      )
    }
    members += process.flows.map { flow in (flow.range.start, { $0.visit(flow) }) }
    members += process.measures.map { measure in (measure.range.start, { walk(measure, &$0) }) }
    members += process.allows.map { allow in (allow.range.start, { $0.visit(allow) }) }
    for member in members.sorted(by: { $0.start < $1.start }) { member.visit(&visitor) }
  }

  /// A measure, then its `allow` statements.
  public static func walk<Visitor: SyntaxVisitor>(_ measure: MeasureDecl, _ visitor: inout Visitor) {
    visitor.visit(measure)
    for allow in measure.allows { visitor.visit(allow) }
  }
}

extension SourceFileSyntax {
  /// Walks this tree with `visitor` (see `SyntaxWalker`).
  public func walk<Visitor: SyntaxVisitor>(_ visitor: inout Visitor) {
    SyntaxWalker.walk(self, &visitor)
  }
}
