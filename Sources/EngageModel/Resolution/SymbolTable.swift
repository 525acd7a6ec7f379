import EngageLanguage

/// The kinds of element in the model-wide namespace.
enum SymbolKind: String, Sendable, CaseIterable {
  case organisation, goal, client, role, megaprocess, process, measure, relation

  /// The kind with an indefinite article, as messages use it: "a role", "an organisation".
  var withArticle: String {
    switch self {
    case .organisation: "an organisation"
    case .goal: "a goal"
    case .client: "a client"
    case .role: "a role"
    case .megaprocess: "a mega-process"
    case .process: "a process"
    case .measure: "a measure"
    case .relation: "a relation"
    }
  }

  var noun: String {
    switch self {
    case .megaprocess: "mega-process"
    default: rawValue
    }
  }
}

/// The kinds of element scoped to a process: its nodes, inputs and outputs.
enum MemberKind: Sendable, Equatable {
  case node(StepKind)
  case input
  case output

  var withArticle: String {
    switch self {
    case .node(.start): "a start event"
    case .node(.end): "an end event"
    case .node(.decision): "a decision"
    case .node(.step): "a step"
    case .input: "an input"
    case .output: "an output"
    }
  }

  var isNode: Bool {
    if case .node = self { return true }
    return false
  }
}

/// A declared element: its kind and the identifier that declared it.
struct Symbol: Sendable {
  let kind: SymbolKind
  let identifier: Identifier
}

/// A declared process member.
struct Member: Sendable {
  let kind: MemberKind
  let identifier: Identifier
}

/// Every id of the model: one namespace for top-level elements, one per process for its members.
struct SymbolTable: Sendable {
  private(set) var symbols: [String: Symbol] = [:]
  private(set) var members: [String: [String: Member]] = [:]
  /// Ids per kind in declaration order, for suggestions.
  private(set) var idsByKind: [SymbolKind: [String]] = [:]

  mutating func reserveCapacity(symbols symbolCount: Int, scopes scopeCount: Int) {
    symbols.reserveCapacity(symbolCount)
    members.reserveCapacity(scopeCount)
  }

  /// Declares a top-level id; returns the earlier symbol when the id is taken.
  mutating func declare(_ identifier: Identifier, as kind: SymbolKind) -> Symbol? {
    if let existing = symbols[identifier.name] { return existing }
    symbols[identifier.name] = Symbol(kind: kind, identifier: identifier)
    idsByKind[kind, default: []].append(identifier.name)
    return nil
  }

  /// The members declared so far in a process's scope.
  func members(of scope: String) -> [String: Member] { members[scope] ?? [:] }

  /// Replaces the members of a process's scope (declared in bulk by the resolver).
  mutating func setMembers(_ scopeMembers: [String: Member], of scope: String) {
    members[scope] = scopeMembers
  }

  func symbol(_ id: String) -> Symbol? { symbols[id] }

  func member(_ id: String, of process: String) -> Member? { members[process]?[id] }

  func ids(of kind: SymbolKind) -> [String] { idsByKind[kind] ?? [] }

  /// The ids of a process's members of the kinds `include` accepts.
  func memberIDs(of process: String, where include: (MemberKind) -> Bool) -> [String] {
    (members[process] ?? [:]).filter { include($0.value.kind) }.keys.sorted()
  }
}
