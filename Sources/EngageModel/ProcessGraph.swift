import EngageLanguage

/// The resolved domain model of one organisation: every id resolved, every list in a
/// deterministic order (source order: files sorted by path, declarations by offset).
///
/// Elements keep their declaration's syntax (`syntax`) so that rules can point at the most
/// precise range. References that did not resolve were reported by the resolver and are `nil`
/// here; an unresolved model is never passed on to rules or views.
public struct ProcessGraph: Sendable {
  public var organisation: Organisation?
  public var goals: [Goal]
  public var clients: [Client]
  public var roles: [Role]
  public var megaprocesses: [Megaprocess]
  /// Every process, those inside mega-processes and those at top level.
  public var processes: [Process]
  public var relations: [Relation]
  /// Every measure, wherever it is declared.
  public var measures: [Measure]
  public var settings: [RuleSetting]
  /// Every `allow` statement, in source order, with the element whose block holds it.
  public var suppressions: [Suppression]
  /// The files that make up the model, sorted by path.
  public var files: [SourceFile]

  public init(
    organisation: Organisation? = nil, goals: [Goal] = [], clients: [Client] = [], roles: [Role] = [],
    megaprocesses: [Megaprocess] = [], processes: [Process] = [], relations: [Relation] = [],
    measures: [Measure] = [], settings: [RuleSetting] = [], suppressions: [Suppression] = [],
    files: [SourceFile] = []
  ) {
    self.organisation = organisation
    self.goals = goals
    self.clients = clients
    self.roles = roles
    self.megaprocesses = megaprocesses
    self.processes = processes
    self.relations = relations
    self.measures = measures
    self.settings = settings
    self.suppressions = suppressions
    self.files = files
  }
}

/// An `allow CODE "reason"` statement: findings of that rule about the element whose block holds
/// it are suppressed (the rule runner checks the rule's name and matches the findings).
public struct Suppression: Sendable {
  /// The rule as written: a code (`EM0301`) or a name (`two-patient-partners`).
  public var rule: String
  /// Why the findings do not apply.
  public var reason: String
  /// The element whose block holds the statement.
  public var element: SuppressedElement
  public var syntax: AllowDecl
  public init(rule: String, reason: String, element: SuppressedElement, syntax: AllowDecl) {
    self.rule = rule
    self.reason = reason
    self.element = element
    self.syntax = syntax
  }
}

/// An element that may hold `allow` statements, by id.
public enum SuppressedElement: Sendable, Hashable {
  case organisation(String)
  case role(String)
  case megaprocess(String)
  case process(String)
  /// A start, step, decision or end of a process.
  case node(process: String, node: String)
  case measure(String)
  case relation(String)
}

/// The organisation: its purpose and goals.
public struct Organisation: Sendable {
  public var id: String
  public var title: String
  public var purpose: String?
  public var description: String?
  public var outOfScope: [OrganisationLevel]
  public var syntax: OrganisationDecl
  public init(
    id: String, title: String, purpose: String?, description: String?,
    outOfScope: [OrganisationLevel], syntax: OrganisationDecl
  ) {
    self.id = id
    self.title = title
    self.purpose = purpose
    self.description = description
    self.outOfScope = outOfScope
    self.syntax = syntax
  }
}

/// A goal the organisation's purpose breaks into.
public struct Goal: Sendable {
  public var id: String
  public var title: String
  public var description: String?
  public var syntax: GoalDecl
  public init(id: String, title: String, description: String?, syntax: GoalDecl) {
    self.id = id
    self.title = title
    self.description = description
    self.syntax = syntax
  }
}

/// A category of client who receives value.
public struct Client: Sendable {
  public var id: String
  public var title: String
  public var kind: ClientKind
  public var description: String?
  public var syntax: ClientDecl
  public init(id: String, title: String, kind: ClientKind, description: String?, syntax: ClientDecl) {
    self.id = id
    self.title = title
    self.kind = kind
    self.description = description
    self.syntax = syntax
  }
}

/// A role that performs steps.
public struct Role: Sendable {
  public var id: String
  public var title: String
  /// `nil` when the declaration gave no kind.
  public var kind: RoleKind?
  public var description: String?
  public var syntax: RoleDecl
  public init(id: String, title: String, kind: RoleKind?, description: String?, syntax: RoleDecl) {
    self.id = id
    self.title = title
    self.kind = kind
    self.description = description
    self.syntax = syntax
  }
}

/// A top-level group of processes for one category of client.
public struct Megaprocess: Sendable {
  public var id: String
  public var title: String
  /// Client id.
  public var client: String?
  /// Goal ids.
  public var goals: [String]
  public var level: OrganisationLevel?
  public var description: String?
  /// Process ids, in source order.
  public var processes: [String]
  /// Measure ids declared directly in the mega-process.
  public var measures: [String]
  public var syntax: MegaprocessDecl
  public init(
    id: String, title: String, client: String?, goals: [String], level: OrganisationLevel?,
    description: String?, processes: [String], measures: [String], syntax: MegaprocessDecl
  ) {
    self.id = id
    self.title = title
    self.client = client
    self.goals = goals
    self.level = level
    self.description = description
    self.processes = processes
    self.measures = measures
    self.syntax = syntax
  }
}

/// A reference process: its map (nodes and flows), inputs, outputs and measures.
public struct Process: Sendable {
  public var id: String
  public var title: String
  public var kind: ProcessKind?
  /// The enclosing mega-process id, or `nil` for a top-level process.
  public var megaprocess: String?
  /// Role id.
  public var owner: String?
  public var purpose: String?
  public var engagement: EngagementLevel?
  public var tags: [Tag]
  public var description: String?
  public var inputs: [Input]
  public var outputs: [Output]
  /// Start events, steps, decisions and end events, in source order.
  public var nodes: [Node]
  /// Every edge of every flow chain, in source order.
  public var flows: [Flow]
  /// Measure ids declared in the process.
  public var measures: [String]
  public var syntax: ProcessDecl
  public init(
    id: String, title: String, kind: ProcessKind?, megaprocess: String?, owner: String?,
    purpose: String?, engagement: EngagementLevel?, tags: [Tag], description: String?,
    inputs: [Input], outputs: [Output], nodes: [Node], flows: [Flow], measures: [String],
    syntax: ProcessDecl
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.megaprocess = megaprocess
    self.owner = owner
    self.purpose = purpose
    self.engagement = engagement
    self.tags = tags
    self.description = description
    self.inputs = inputs
    self.outputs = outputs
    self.nodes = nodes
    self.flows = flows
    self.measures = measures
    self.syntax = syntax
  }

  /// The node with an id, if the process has one.
  public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}

/// Where an input comes from.
public enum Supplier: Sendable, Hashable {
  /// Another process's output: `from planning.plan`.
  case output(process: String, output: String)
  /// An external (or internal) client: `from patients`.
  case client(String)
}

/// An input a process takes.
public struct Input: Sendable {
  public var id: String
  public var title: String
  public var supplier: Supplier?
  public var description: String?
  public var syntax: InputDecl
  public init(id: String, title: String, supplier: Supplier?, description: String?, syntax: InputDecl) {
    self.id = id
    self.title = title
    self.supplier = supplier
    self.description = description
    self.syntax = syntax
  }
}

/// An output a process produces.
public struct Output: Sendable {
  public var id: String
  public var title: String
  /// Client id the output is delivered to, when it says `to`.
  public var client: String?
  public var description: String?
  public var syntax: OutputDecl
  public init(id: String, title: String, client: String?, description: String?, syntax: OutputDecl) {
    self.id = id
    self.title = title
    self.client = client
    self.description = description
    self.syntax = syntax
  }
}

/// A role taking part in a step, with a count.
public struct Participation: Sendable, Hashable {
  /// Role id.
  public var role: String
  public var count: Int
  public init(role: String, count: Int) {
    self.role = role
    self.count = count
  }
}

/// A duration in minutes, hours, days or weeks.
public struct StepDuration: Sendable, Hashable {
  public var amount: Double
  public var unit: DurationUnit
  public init(amount: Double, unit: DurationUnit) {
    self.amount = amount
    self.unit = unit
  }
}

/// A start event, step, decision or end event of a process map.
public struct Node: Sendable {
  public var id: String
  public var title: String
  public var kind: StepKind
  public var performers: [Participation]
  public var engagement: EngagementLevel?
  public var tags: [Tag]
  public var description: String?
  public var duration: StepDuration?
  public var syntax: StepDecl
  public init(
    id: String, title: String, kind: StepKind, performers: [Participation],
    engagement: EngagementLevel?, tags: [Tag], description: String?, duration: StepDuration?,
    syntax: StepDecl
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.performers = performers
    self.engagement = engagement
    self.tags = tags
    self.description = description
    self.duration = duration
    self.syntax = syntax
  }
}

/// Where a flow edge goes: a node of the same process, or a hand-over to another process.
public enum FlowTarget: Sendable, Hashable {
  case node(String)
  case process(String)
}

/// One edge of a flow chain.
public struct Flow: Sendable {
  /// Node id in the same process.
  public var from: String
  public var to: FlowTarget
  public var label: String?
  /// The range of the edge: from its source reference to its target reference.
  public var range: SourceRange
  public var syntax: FlowDecl
  public init(from: String, to: FlowTarget, label: String?, range: SourceRange, syntax: FlowDecl) {
    self.from = from
    self.to = to
    self.label = label
    self.range = range
    self.syntax = syntax
  }
}

/// Where a measure is declared.
public enum MeasureScope: Sendable, Hashable {
  case process(String)
  case megaprocess(String)
  case relation(String)
}

/// A target or warning threshold.
public enum Threshold: Sendable, Hashable {
  case compare(Comparator, Double)
  case between(Double, Double)

  /// Whether a value satisfies the threshold.
  public func isSatisfied(by value: Double) -> Bool {
    switch self {
    case .compare(.greaterOrEqual, let bound): value >= bound
    case .compare(.lessOrEqual, let bound): value <= bound
    case .compare(.greater, let bound): value > bound
    case .compare(.less, let bound): value < bound
    case .compare(.equal, let bound): value == bound
    case .between(let low, let high): value >= min(low, high) && value <= max(low, high)
    }
  }
}

/// A process measure: an indicator with its target.
public struct Measure: Sendable {
  public var id: String
  public var title: String
  public var scope: MeasureScope
  public var type: MeasureType?
  public var unit: MeasureUnit?
  public var target: Threshold?
  public var warning: Threshold?
  /// The declared direction, or the one the target implies (`Threshold.impliedDirection`).
  public var direction: Direction?
  public var frequency: Frequency?
  public var source: String?
  /// Role id.
  public var owner: String?
  public var patientDefined: Bool
  public var description: String?
  public var syntax: MeasureDecl
  public init(
    id: String, title: String, scope: MeasureScope, type: MeasureType?, unit: MeasureUnit?,
    target: Threshold?, warning: Threshold?, direction: Direction?, frequency: Frequency?,
    source: String?, owner: String?, patientDefined: Bool, description: String?, syntax: MeasureDecl
  ) {
    self.id = id
    self.title = title
    self.scope = scope
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
    self.syntax = syntax
  }
}

/// An internal-market relation: a supplier process's output consumed by a client process.
public struct Relation: Sendable {
  public var id: String
  public var title: String
  /// Supplier process id and its output id.
  public var supplierProcess: String?
  public var supplierOutput: String?
  /// Client process id.
  public var client: String?
  public var product: String?
  public var requirements: [String]
  public var description: String?
  public var measures: [String]
  public var syntax: RelationDecl
  public init(
    id: String, title: String, supplierProcess: String?, supplierOutput: String?, client: String?,
    product: String?, requirements: [String], description: String?, measures: [String],
    syntax: RelationDecl
  ) {
    self.id = id
    self.title = title
    self.supplierProcess = supplierProcess
    self.supplierOutput = supplierOutput
    self.client = client
    self.product = product
    self.requirements = requirements
    self.description = description
    self.measures = measures
    self.syntax = syntax
  }
}
