/// A parsed `.engage` file: its top-level declarations in source order, and its comments.
public final class SourceFileSyntax: SyntaxNode {
  public let file: SourceFile
  public let declarations: [Declaration]
  public let comments: [Comment]
  public let range: SourceRange
  public init(file: SourceFile, declarations: [Declaration], comments: [Comment], range: SourceRange) {
    self.file = file
    self.declarations = declarations
    self.comments = comments
    self.range = range
  }
}

/// A top-level declaration.
public enum Declaration: SyntaxNode {
  case organisation(OrganisationDecl)
  case client(ClientDecl)
  case role(RoleDecl)
  case megaprocess(MegaprocessDecl)
  case process(ProcessDecl)
  case relation(RelationDecl)
  case include(IncludeDecl)
  case settings(SettingsDecl)

  public var range: SourceRange {
    switch self {
    case .organisation(let d): d.range
    case .client(let d): d.range
    case .role(let d): d.range
    case .megaprocess(let d): d.range
    case .process(let d): d.range
    case .relation(let d): d.range
    case .include(let d): d.range
    case .settings(let d): d.range
    }
  }
}

/// `organisation id "Title" { purpose, goal..., description, out_of_scope }`.
public final class OrganisationDecl: SyntaxNode {
  public let keyword: Identifier
  public let id: Identifier
  public let title: StringLiteral?
  public let purpose: Property<StringLiteral>?
  public let description: Property<StringLiteral>?
  public let goals: [GoalDecl]
  /// Engagement levels the model deliberately leaves out (`out_of_scope policy`).
  public let outOfScope: Property<[Word<OrganisationLevel>]>?
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    keyword: Identifier, id: Identifier, title: StringLiteral?, purpose: Property<StringLiteral>?,
    description: Property<StringLiteral>?, goals: [GoalDecl],
    outOfScope: Property<[Word<OrganisationLevel>]>?, range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.keyword = keyword
    self.id = id
    self.title = title
    self.purpose = purpose
    self.description = description
    self.goals = goals
    self.outOfScope = outOfScope
    self.range = range
    self.allows = allows
  }
}

/// `goal id "Title" { description }` inside an organisation.
public final class GoalDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let description: Property<StringLiteral>?
  public let range: SourceRange
  public init(id: Identifier, title: StringLiteral?, description: Property<StringLiteral>?, range: SourceRange) {
    self.id = id
    self.title = title
    self.description = description
    self.range = range
  }
}

/// `client id "Title" { kind, description }`: a category of client who receives value.
public final class ClientDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let kind: Property<Word<ClientKind>>?
  public let description: Property<StringLiteral>?
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, kind: Property<Word<ClientKind>>?,
    description: Property<StringLiteral>?, range: SourceRange
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.description = description
    self.range = range
  }
}

/// `role id "Title" { kind, description }`: who performs steps; a swimlane on maps.
public final class RoleDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let kind: Property<Word<RoleKind>>?
  public let description: Property<StringLiteral>?
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, kind: Property<Word<RoleKind>>?,
    description: Property<StringLiteral>?, range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.description = description
    self.range = range
    self.allows = allows
  }
}

/// `megaprocess id "Title" { client, goals, level, description, process..., measure... }`.
public final class MegaprocessDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let client: Property<Reference>?
  public let goals: Property<[Reference]>?
  public let level: Property<Word<OrganisationLevel>>?
  public let description: Property<StringLiteral>?
  public let processes: [ProcessDecl]
  public let measures: [MeasureDecl]
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, client: Property<Reference>?, goals: Property<[Reference]>?,
    level: Property<Word<OrganisationLevel>>?, description: Property<StringLiteral>?,
    processes: [ProcessDecl], measures: [MeasureDecl], range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.id = id
    self.title = title
    self.client = client
    self.goals = goals
    self.level = level
    self.description = description
    self.processes = processes
    self.measures = measures
    self.range = range
    self.allows = allows
  }
}

/// `process id "Title" { ... }`: a reference process, inside a mega-process or at top level.
public final class ProcessDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let kind: Property<Word<ProcessKind>>?
  public let owner: Property<Reference>?
  public let purpose: Property<StringLiteral>?
  public let engagement: Property<Word<EngagementLevel>>?
  public let tags: Property<[Word<Tag>]>?
  public let description: Property<StringLiteral>?
  public let inputs: [InputDecl]
  public let outputs: [OutputDecl]
  public let steps: [StepDecl]
  public let flows: [FlowDecl]
  public let measures: [MeasureDecl]
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, kind: Property<Word<ProcessKind>>?,
    owner: Property<Reference>?, purpose: Property<StringLiteral>?,
    engagement: Property<Word<EngagementLevel>>?, tags: Property<[Word<Tag>]>?,
    description: Property<StringLiteral>?, inputs: [InputDecl], outputs: [OutputDecl],
    steps: [StepDecl], flows: [FlowDecl], measures: [MeasureDecl], range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.owner = owner
    self.purpose = purpose
    self.engagement = engagement
    self.tags = tags
    self.description = description
    self.inputs = inputs
    self.outputs = outputs
    self.steps = steps
    self.flows = flows
    self.measures = measures
    self.range = range
    self.allows = allows
  }
}

/// `input id "Title" from supplier { description }`; the supplier is `process.output` or a client.
public final class InputDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let from: Property<Reference>?
  public let description: Property<StringLiteral>?
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, from: Property<Reference>?,
    description: Property<StringLiteral>?, range: SourceRange
  ) {
    self.id = id
    self.title = title
    self.from = from
    self.description = description
    self.range = range
  }
}

/// `output id "Title" to client { description }`; `to` is optional when a process consumes it.
public final class OutputDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let to: Property<Reference>?
  public let description: Property<StringLiteral>?
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, to: Property<Reference>?,
    description: Property<StringLiteral>?, range: SourceRange
  ) {
    self.id = id
    self.title = title
    self.to = to
    self.description = description
    self.range = range
  }
}

/// A role that performs a step, with how many take part: `partner x2`.
public struct Performer: SyntaxNode, Hashable {
  public let role: Reference
  /// The count written as `xN`; 1 when absent.
  public let count: Int
  public let range: SourceRange
  public init(role: Reference, count: Int, range: SourceRange) {
    self.role = role
    self.count = count
    self.range = range
  }
}

/// A step's duration: `duration 72 hours`.
public struct DurationValue: Sendable, Hashable {
  public let amount: NumberLiteral
  public let unit: Word<DurationUnit>
  public init(amount: NumberLiteral, unit: Word<DurationUnit>) {
    self.amount = amount
    self.unit = unit
  }
}

/// `start|step|decision|end id "Title" by role, role xN { engagement, tags, description, duration }`.
public final class StepDecl: SyntaxNode {
  public let kind: Word<StepKind>
  public let id: Identifier
  public let title: StringLiteral?
  public let performers: [Performer]
  /// The range of the `by` clause, when there is one.
  public let byRange: SourceRange?
  public let engagement: Property<Word<EngagementLevel>>?
  public let tags: Property<[Word<Tag>]>?
  public let description: Property<StringLiteral>?
  public let duration: Property<DurationValue>?
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    kind: Word<StepKind>, id: Identifier, title: StringLiteral?, performers: [Performer],
    byRange: SourceRange?, engagement: Property<Word<EngagementLevel>>?,
    tags: Property<[Word<Tag>]>?, description: Property<StringLiteral>?,
    duration: Property<DurationValue>?, range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.kind = kind
    self.id = id
    self.title = title
    self.performers = performers
    self.byRange = byRange
    self.engagement = engagement
    self.tags = tags
    self.description = description
    self.duration = duration
    self.range = range
    self.allows = allows
  }
}

/// `a -> b -> c when "label"`: a chain of flows. `when` labels the chain's first edge, the exit
/// from its first node (a decision's exit).
public final class FlowDecl: SyntaxNode {
  /// The nodes of the chain, at least two.
  public let nodes: [Reference]
  public let label: StringLiteral?
  public let range: SourceRange
  public init(nodes: [Reference], label: StringLiteral?, range: SourceRange) {
    self.nodes = nodes
    self.label = label
    self.range = range
  }
}

/// A target or warning band: `>= 80` or `between 2 and 5`.
public enum ThresholdValue: Sendable, Hashable {
  case compare(Comparator, NumberLiteral)
  case between(NumberLiteral, NumberLiteral)
}

/// `measure id "Title" { type, unit, target, warning, direction, frequency, source, owner, patient_defined, description }`.
public final class MeasureDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let type: Property<Word<MeasureType>>?
  public let unit: Property<Word<MeasureUnit>>?
  public let target: Property<ThresholdValue>?
  public let warning: Property<ThresholdValue>?
  public let direction: Property<Word<Direction>>?
  public let frequency: Property<Word<Frequency>>?
  public let source: Property<StringLiteral>?
  public let owner: Property<Reference>?
  public let patientDefined: Property<Bool>?
  public let description: Property<StringLiteral>?
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, type: Property<Word<MeasureType>>?,
    unit: Property<Word<MeasureUnit>>?, target: Property<ThresholdValue>?,
    warning: Property<ThresholdValue>?, direction: Property<Word<Direction>>?,
    frequency: Property<Word<Frequency>>?, source: Property<StringLiteral>?,
    owner: Property<Reference>?, patientDefined: Property<Bool>?,
    description: Property<StringLiteral>?, range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.id = id
    self.title = title
    self.type = type
    self.unit = unit
    self.target = target
    self.warning = warning
    self.direction = direction
    self.frequency = frequency
    self.source = source
    self.owner = owner
    self.patientDefined = patientDefined
    self.description = description
    self.range = range
    self.allows = allows
  }
}

/// `relation id "Title" { supplier process.output, client process, product, requirement..., description, measure... }`.
public final class RelationDecl: SyntaxNode {
  public let id: Identifier
  public let title: StringLiteral?
  public let supplier: Property<Reference>?
  public let client: Property<Reference>?
  public let product: Property<StringLiteral>?
  public let requirements: [Property<StringLiteral>]
  public let description: Property<StringLiteral>?
  public let measures: [MeasureDecl]
  /// `allow CODE "reason"` statements in the block: findings they suppress.
  public let allows: [AllowDecl]
  public let range: SourceRange
  public init(
    id: Identifier, title: StringLiteral?, supplier: Property<Reference>?, client: Property<Reference>?,
    product: Property<StringLiteral>?, requirements: [Property<StringLiteral>],
    description: Property<StringLiteral>?, measures: [MeasureDecl], range: SourceRange, allows: [AllowDecl] = []
  ) {
    self.id = id
    self.title = title
    self.supplier = supplier
    self.client = client
    self.product = product
    self.requirements = requirements
    self.description = description
    self.measures = measures
    self.range = range
    self.allows = allows
  }
}

/// `include "path.engage"`, relative to the including file.
public final class IncludeDecl: SyntaxNode {
  public let path: StringLiteral
  public let range: SourceRange
  public init(path: StringLiteral, range: SourceRange) {
    self.path = path
    self.range = range
  }
}

/// `rule EM0301 warning` (a code or a rule's name) inside `settings { }`.
public struct RuleSetting: SyntaxNode, Hashable {
  public let rule: Identifier
  public let severity: Word<SeveritySetting>
  public let range: SourceRange
  public init(rule: Identifier, severity: Word<SeveritySetting>, range: SourceRange) {
    self.rule = rule
    self.severity = severity
    self.range = range
  }
}

/// `settings { rule CODE severity ... }`: per-model configuration.
public final class SettingsDecl: SyntaxNode {
  public let rules: [RuleSetting]
  public let range: SourceRange
  public init(rules: [RuleSetting], range: SourceRange) {
    self.rules = rules
    self.range = range
  }
}

/// `allow EM0301 "one-to-one interview"` (a rule's code or name, and a reason that is required)
/// in the block of an element: findings of that rule about the element are suppressed.
public struct AllowDecl: SyntaxNode, Hashable {
  /// The rule as written: a code or a name.
  public let rule: Identifier
  /// Why the finding does not apply here; never empty.
  public let reason: StringLiteral
  public let range: SourceRange
  public init(rule: Identifier, reason: StringLiteral, range: SourceRange) {
    self.rule = rule
    self.reason = reason
    self.range = range
  }
}
