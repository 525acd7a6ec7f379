import EngageLanguage
import EngageModel

/// A model's `allow CODE "reason"` statements, checked against the catalogue and indexed for the
/// rule runner: a finding is suppressed by the innermost element, among those holding an `allow`
/// of its rule, whose declaration contains the finding's range.
///
/// Look-ups cost a dictionary access by rule and file, a binary search among that rule's allows
/// in that file, and a walk out through the elements enclosing the candidate (at most a
/// mega-process, a process and a step): never a scan of every allow. A model without `allow`
/// pays one dictionary look-up per finding.
struct SuppressionIndex {
  /// One valid `allow`: where its element's declaration lies, and its position in
  /// `graph.suppressions`.
  private struct Scope {
    let start: Int
    let end: Int
    let suppression: Int
    /// The nearest scope that contains this one, in the same list; `nil` at the outermost.
    var parent: Int?
  }

  private struct Key: Hashable {
    let code: DiagnosticCode
    let path: String
  }

  private let suppressions: [Suppression]
  /// Each rule's scopes in each file, sorted by start (an enclosing scope before the scopes it
  /// contains).
  private var scopes: [Key: [Scope]] = [:]
  /// The rule each valid `allow` names, by position in `suppressions`; `nil` for an invalid one.
  private var codes: [DiagnosticCode?]
  /// Whether each `allow` suppressed a finding.
  private var used: [Bool]
  /// Errors about the `allow` statements themselves: unknown rules, codes no rule produces, an
  /// element allowing one rule twice.
  private(set) var diagnostics: [Diagnostic] = []

  init(_ graph: ProcessGraph, index: ProcessGraphIndex) {
    suppressions = graph.suppressions
    codes = Array(repeating: nil, count: suppressions.count)
    used = Array(repeating: false, count: suppressions.count)
    guard !suppressions.isEmpty else { return }
    var firstAllow: [SuppressedElementRule: Int] = [:]
    var lists: [Key: [Scope]] = [:]
    var nodeRanges: [String: [String: SourceRange]] = [:]
    for (position, suppression) in suppressions.enumerated() {
      let syntax = suppression.syntax
      guard let code = checkedCode(of: syntax) else { continue }
      let key = SuppressedElementRule(element: suppression.element, code: code)
      if let first = firstAllow[key] {
        diagnostics.append(
          Diagnostic(
            LanguageCode.duplicateProperty, .error,
            "\(code) is allowed twice in \(Self.describe(suppression.element)); give one `allow` per rule and element",
            at: syntax.range,
            notes: [DiagnosticNote("first allowed here", at: suppressions[first].syntax.range)]))
        continue
      }
      firstAllow[key] = position
      guard let range = Self.range(of: suppression.element, in: graph, index: index, nodeRanges: &nodeRanges) else {
        continue
      }
      codes[position] = code
      lists[Key(code: code, path: range.file.path), default: []].append(
        Scope(start: range.start, end: range.end, suppression: position, parent: nil))
    }
    for (key, list) in lists { scopes[key] = Self.nested(list) }
  }

  /// The suppression of a finding of `code` at `range`, if an `allow` covers it; marks that
  /// `allow` used.
  mutating func suppression(of code: DiagnosticCode, at range: SourceRange?) -> DiagnosticSuppression? {
    guard !scopes.isEmpty, let range, let list = scopes[Key(code: code, path: range.file.path)] else { return nil }
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if list[middle].start <= range.start { low = middle + 1 } else { high = middle }
    }
    var candidate = low > 0 ? low - 1 : nil
    while let position = candidate {
      let scope = list[position]
      if scope.start <= range.start && range.end <= scope.end {
        used[scope.suppression] = true
        let suppression = suppressions[scope.suppression]
        return DiagnosticSuppression(reason: suppression.reason, range: suppression.syntax.range)
      }
      candidate = scope.parent
    }
    return nil
  }

  /// A warning for each valid `allow` that suppressed nothing, with a fix-it that removes it;
  /// an `allow` of a rule that is off is not reported, as that rule did not run.
  func unusedDiagnostics(isRunning: (DiagnosticCode) -> Bool) -> [Diagnostic] {
    suppressions.indices.compactMap { position in
      guard let code = codes[position], !used[position], isRunning(code) else { return nil }
      let syntax = suppressions[position].syntax
      let element = Self.describe(suppressions[position].element)
      return Diagnostic(
        LanguageCode.unusedAllow, .warning,
        "'allow \(syntax.rule.name)' suppresses nothing: \(code) reports no finding about \(element); remove it",
        at: syntax.range,
        fixIts: [FixIt("remove the unused allow", range: syntax.range, replacement: "")])
    }
  }

  // MARK: - Checking the rule

  /// The code of the rule an `allow` names, or `nil` after reporting why it names none.
  private mutating func checkedCode(of syntax: AllowDecl) -> DiagnosticCode? {
    let name = syntax.rule.name
    if let reason = RuleSettings.notSuppressible(name) {
      diagnostics.append(Diagnostic(LanguageCode.unknownRule, .error, reason, at: syntax.rule.range))
      return nil
    }
    if let rule = RuleRegistry.rule(named: name) { return rule.descriptor.code }
    let suggestion = Suggestions.closest(to: RuleRegistry.kebabCase(name), among: RuleRegistry.allCodesAndNames)
    let fixIts = suggestion.map { [FixIt("replace with '\($0)'", range: syntax.rule.range, replacement: $0)] } ?? []
    let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; `engagemap rules` lists the rules"
    diagnostics.append(
      Diagnostic(
        LanguageCode.unknownRule, .error, "unknown rule '\(name)' in allow\(hint)", at: syntax.rule.range,
        fixIts: fixIts))
    return nil
  }

  // MARK: - Scopes

  /// An element and a rule, to find an `allow` given twice.
  private struct SuppressedElementRule: Hashable {
    let element: SuppressedElement
    let code: DiagnosticCode
  }

  /// The scopes sorted by start (the larger first at equal starts), each with its parent: the
  /// nearest earlier scope that contains it. Declarations nest or are disjoint.
  private static func nested(_ list: [Scope]) -> [Scope] {
    var sorted = list.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    var open: [Int] = []
    for position in sorted.indices {
      while let last = open.last, sorted[last].end < sorted[position].end { open.removeLast() }
      sorted[position].parent = open.last
      open.append(position)
    }
    return sorted
  }

  /// The declaration of an element: the range its findings lie in.
  private static func range(
    of element: SuppressedElement, in graph: ProcessGraph, index: ProcessGraphIndex,
    nodeRanges: inout [String: [String: SourceRange]]
  ) -> SourceRange? {
    switch element {
    case .organisation: return graph.organisation?.syntax.range
    case .role(let id): return index.roles[id].map { graph.roles[$0].syntax.range }
    case .megaprocess(let id): return index.megaprocesses[id].map { graph.megaprocesses[$0].syntax.range }
    case .process(let id): return index.processes[id].map { graph.processes[$0].syntax.range }
    case .measure(let id): return index.measures[id].map { graph.measures[$0].syntax.range }
    case .relation(let id): return index.relations[id].map { graph.relations[$0].syntax.range }
    case .node(let process, let node):
      if nodeRanges[process] == nil, let position = index.processes[process] {
        var ranges: [String: SourceRange] = [:]
        for step in graph.processes[position].nodes where ranges[step.id] == nil { ranges[step.id] = step.syntax.range }
        nodeRanges[process] = ranges
      }
      return nodeRanges[process]?[node]
    }
  }

  /// How messages name an element: `process 'stories'`, `step 'interview' of process 'stories'`.
  static func describe(_ element: SuppressedElement) -> String {
    switch element {
    case .organisation(let id): "organisation '\(id)'"
    case .role(let id): "role '\(id)'"
    case .megaprocess(let id): "megaprocess '\(id)'"
    case .process(let id): "process '\(id)'"
    case .node(let process, let node): "'\(node)' of process '\(process)'"
    case .measure(let id): "measure '\(id)'"
    case .relation(let id): "relation '\(id)'"
    }
  }
}
