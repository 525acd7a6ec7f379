import EngageLanguage

/// What a reference denotes, before checking it is the kind the context needs.
enum ReferenceLookup {
  case symbol(Symbol)
  case member(process: String, Member)
  /// The first part names nothing.
  case unknownSymbol(Identifier)
  /// `process.id` where the process has no member `id`.
  case unknownMember(process: String, Identifier)
  /// `a.b` where `a` is not a process.
  case notAProcess(Symbol)
  /// More than two parts, or none.
  case malformed
}

extension ModelResolver {
  func lookup(_ reference: Reference) -> ReferenceLookup {
    guard let first = reference.parts.first, reference.parts.count <= 2 else { return .malformed }
    guard let symbol = table.symbol(first.name) else { return .unknownSymbol(first) }
    guard reference.parts.count == 2, let memberName = reference.parts.last else { return .symbol(symbol) }
    guard symbol.kind == .process else { return .notAProcess(symbol) }
    guard let member = table.member(memberName.name, of: first.name) else {
      return .unknownMember(process: first.name, memberName)
    }
    return .member(process: first.name, member)
  }

  /// Resolves a reference to a top-level element of `kind`; reports and returns `nil` otherwise.
  /// `usage` names the place in messages, e.g. "a process owner".
  mutating func resolve(_ reference: Reference, expecting kind: SymbolKind, usage: String) -> String? {
    let found = lookup(reference)
    if case .symbol(let symbol) = found, symbol.kind == kind { return symbol.identifier.name }
    report(found, for: reference, usage: usage, expected: kind.withArticle, candidates: table.ids(of: kind), noun: kind.noun)
    return nil
  }

  /// Resolves an input's `from`: a client, or `process.output`.
  mutating func resolveSupplier(_ reference: Reference) -> Supplier? {
    let found = lookup(reference)
    switch found {
    case .symbol(let symbol) where symbol.kind == .client:
      return .client(symbol.identifier.name)
    case .member(let process, let member) where member.kind == .output:
      return .output(process: process, output: member.identifier.name)
    case .symbol(let symbol) where symbol.kind == .process:
      reportProcessInsteadOfOutput(reference, process: symbol.identifier.name, usage: "an input's supplier", alsoClient: true)
    case .unknownMember(let process, let identifier):
      reportUnknownMember(identifier, of: process, noun: "output", accepting: { $0 == .output })
    default:
      report(
        found, for: reference, usage: "an input's supplier", expected: "a client or a process's output",
        candidates: table.ids(of: .client), noun: "client")
    }
    return nil
  }

  /// Resolves a relation's `supplier`: `process.output`.
  mutating func resolveOutput(_ reference: Reference, usage: String) -> (process: String, output: String)? {
    let found = lookup(reference)
    switch found {
    case .member(let process, let member) where member.kind == .output:
      return (process, member.identifier.name)
    case .symbol(let symbol) where symbol.kind == .process:
      reportProcessInsteadOfOutput(reference, process: symbol.identifier.name, usage: usage, alsoClient: false)
    case .unknownMember(let process, let identifier):
      reportUnknownMember(identifier, of: process, noun: "output", accepting: { $0 == .output })
    default:
      report(
        found, for: reference, usage: usage, expected: "a process's output (process.output)",
        candidates: table.ids(of: .process), noun: "process")
    }
    return nil
  }

  /// Resolves one node of a flow chain in `process`, whose own members are `members`.
  mutating func resolveFlowNode(_ reference: Reference, process: String, members: [String: Member]) -> FlowTarget? {
    let usage = "a flow"
    func expected() -> String { "a step, decision or event of process '\(process)', or a process to hand over to" }
    guard let first = reference.parts.first, reference.parts.count <= 2 else {
      report(.malformed, for: reference, usage: usage, expected: expected(), candidates: [], noun: "step")
      return nil
    }
    if reference.parts.count == 2, let memberName = reference.parts.last {
      if first.name == process {
        return resolveLocalNode(memberName, reference: reference, process: process, members: members)
      }
      if let symbol = table.symbol(first.name), symbol.kind == .process {
        diagnostics.append(
          Diagnostic(
            LanguageCode.wrongKind, .error,
            "'\(reference)' is inside process '\(first.name)'; a flow can hand over to another process, not into its steps",
            at: reference.range,
            fixIts: [FixIt("hand over to process '\(first.name)'", range: reference.range, replacement: first.name)]))
        return nil
      }
      report(lookup(reference), for: reference, usage: usage, expected: expected(), candidates: table.ids(of: .process), noun: "process")
      return nil
    }
    if let member = members[first.name] {
      if member.kind.isNode { return .node(member.identifier.name) }
      return resolveLocalNode(first, reference: reference, process: process, members: members)
    }
    switch table.symbol(first.name) {
    case .some(let symbol) where symbol.kind == .process:
      return .process(symbol.identifier.name)
    case .some(let symbol):
      diagnostics.append(
        Diagnostic(
          LanguageCode.wrongKind, .error, "'\(reference)' is \(symbol.kind.withArticle), but \(usage) needs \(expected())",
          at: reference.range))
    case .none:
      let suggestion =
        Suggestions.closest(to: first.name, among: Self.nodeIDs(in: members))
        ?? Suggestions.closest(to: first.name, among: table.ids(of: .process))
      reportUnknown(first, message: "unknown step '\(first.name)' in process '\(process)'", suggestion: suggestion)
    }
    return nil
  }

  private mutating func resolveLocalNode(
    _ identifier: Identifier, reference: Reference, process: String, members: [String: Member]
  ) -> FlowTarget? {
    guard let member = members[identifier.name] else {
      let suggestion = Suggestions.closest(to: identifier.name, among: Self.nodeIDs(in: members))
      reportUnknown(identifier, message: "process '\(process)' has no step '\(identifier.name)'", suggestion: suggestion)
      return nil
    }
    guard member.kind.isNode else {
      diagnostics.append(
        Diagnostic(
          LanguageCode.wrongKind, .error,
          "'\(reference)' is \(member.kind.withArticle) of process '\(process)', but a flow connects steps, decisions and events",
          at: reference.range))
      return nil
    }
    return .node(member.identifier.name)
  }

  /// The ids of a process's steps, decisions and events.
  private static func nodeIDs(in members: [String: Member]) -> [String] {
    members.filter { $0.value.kind.isNode }.keys.sorted()
  }

  // MARK: Reporting

  /// Reports a lookup that is not what the context needs.
  private mutating func report(
    _ found: ReferenceLookup, for reference: Reference, usage: String, expected: String,
    candidates: [String], noun: String
  ) {
    switch found {
    case .symbol(let symbol):
      diagnostics.append(
        Diagnostic(
          LanguageCode.wrongKind, .error,
          "'\(reference)' is \(symbol.kind.withArticle), but \(usage) must be \(expected)", at: reference.range))
    case .member(let process, let member):
      diagnostics.append(
        Diagnostic(
          LanguageCode.wrongKind, .error,
          "'\(reference)' is \(member.kind.withArticle) of process '\(process)', but \(usage) must be \(expected)",
          at: reference.range))
    case .unknownSymbol(let identifier):
      if reference.parts.count == 1 {
        reportUnknown(
          identifier, message: "unknown \(noun) '\(identifier.name)'",
          suggestion: Suggestions.closest(to: identifier.name, among: candidates))
      } else {
        reportUnknown(
          identifier, message: "unknown process '\(identifier.name)'",
          suggestion: Suggestions.closest(to: identifier.name, among: table.ids(of: .process)))
      }
    case .unknownMember(let process, let identifier):
      reportUnknownMember(identifier, of: process, noun: "member", accepting: { _ in true })
    case .notAProcess(let symbol):
      diagnostics.append(
        Diagnostic(
          LanguageCode.wrongKind, .error,
          "'\(symbol.identifier.name)' is \(symbol.kind.withArticle) and has no members; only a process has steps, inputs and outputs",
          at: reference.range))
    case .malformed:
      diagnostics.append(
        Diagnostic(
          LanguageCode.unknownReference, .error,
          "'\(reference)' is not a valid reference: write an id, or 'process.id' for a process's step, input or output",
          at: reference.range))
    }
  }

  private mutating func reportUnknownMember(
    _ identifier: Identifier, of process: String, noun: String, accepting: (MemberKind) -> Bool
  ) {
    let suggestion = Suggestions.closest(to: identifier.name, among: table.memberIDs(of: process, where: accepting))
    reportUnknown(identifier, message: "process '\(process)' has no \(noun) '\(identifier.name)'", suggestion: suggestion)
  }

  private mutating func reportProcessInsteadOfOutput(_ reference: Reference, process: String, usage: String, alsoClient: Bool) {
    let outputs = table.memberIDs(of: process, where: { $0 == .output })
    let expected = alsoClient ? "a client or a process's output ('\(process).output')" : "a process's output ('\(process).output')"
    var fixIts: [FixIt] = []
    var message = "'\(reference)' is a process, but \(usage) must be \(expected)"
    if outputs.count == 1, let output = outputs.first {
      message += "; did you mean '\(process).\(output)'?"
      fixIts.append(FixIt("name the output '\(process).\(output)'", range: reference.range, replacement: "\(process).\(output)"))
    }
    diagnostics.append(Diagnostic(LanguageCode.wrongKind, .error, message, at: reference.range, fixIts: fixIts))
  }

  /// An unknown id, with "did you mean" and a fix-it when a close id exists.
  private mutating func reportUnknown(_ identifier: Identifier, message: String, suggestion: String?) {
    guard let suggestion, suggestion != identifier.name else {
      diagnostics.append(Diagnostic(LanguageCode.unknownReference, .error, message, at: identifier.range))
      return
    }
    diagnostics.append(
      Diagnostic(
        LanguageCode.unknownReference, .error, "\(message); did you mean '\(suggestion)'?", at: identifier.range,
        fixIts: [FixIt("replace '\(identifier.name)' with '\(suggestion)'", range: identifier.range, replacement: suggestion)]))
  }
}
