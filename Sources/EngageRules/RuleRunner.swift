import EngageLanguage
import EngageModel
import Foundation

/// Runs the rule catalogue over a resolved model.
public enum RuleRunner {
  /// Every rule's findings with the model's `settings` applied and its `allow` statements
  /// matched (a suppressed finding carries its `suppression`), plus diagnostics about the
  /// settings and the `allow` statements themselves (unknown rules, an `allow` that suppresses
  /// nothing), in output order.
  ///
  /// A rule set to `off` is not run. Each rule is linear in the model, so the whole check is.
  /// Rules run on every core unless `concurrently` is false, for a caller that checks in the
  /// background while its own thread does the main work.
  public static func check(_ graph: ProcessGraph, concurrently: Bool = true) -> [Diagnostic] {
    let settings = RuleSettings(graph.settings)
    let context = RuleContext(graph: graph)
    let active = RuleRegistry.all.compactMap { rule -> (rule: any Rule, severity: Severity)? in
      settings.severity(of: rule.descriptor).map { (rule, $0) }
    }
    let findings =
      concurrently
      ? findingsOfEachRule(active.map(\.rule), in: context) : active.map { $0.rule.check(context) }
    var suppressions = SuppressionIndex(graph, index: context.index)
    var diagnostics = settings.diagnostics + suppressions.diagnostics
    var anchor: SourceRange??
    for (position, entry) in active.enumerated() {
      let code = entry.rule.descriptor.code
      for finding in findings[position] {
        var range = finding.range
        if range == nil {
          if anchor == nil { anchor = .some(modelAnchor(graph)) }
          range = anchor ?? nil
        }
        diagnostics.append(
          Diagnostic(
            code, entry.severity, finding.message, at: range, notes: finding.notes, fixIts: finding.fixIts,
            suppression: suppressions.suppression(of: code, at: range)))
      }
    }
    let running = Set(active.map(\.rule.descriptor.code))
    diagnostics += suppressions.unusedDiagnostics { running.contains($0) }
    return diagnostics.sortedForOutput()
  }

  /// Each rule's findings, in the order of `rules`. Rules only read the shared, immutable
  /// context, so they run on every core; the result does not depend on which finishes first.
  static func findingsOfEachRule(_ rules: [any Rule], in context: RuleContext) -> [[Finding]] {
    let results = FindingSlots(count: rules.count)
    DispatchQueue.concurrentPerform(iterations: rules.count) { position in
      results.store(rules[position].check(context), at: position)
    }
    return results.all
  }

  /// Where a finding about the whole model points when its rule gives no range: the model's
  /// first declaration (from its start to the end of its id: `organisation riverside`), or the
  /// first byte of its first file when it declares nothing (an empty file).
  ///
  /// Model-wide findings (no organisation, no engagement level covered, no evaluation process)
  /// have no element to point at when the element is missing. Without a range they print as a
  /// bare `warning: …` with no `file:line:col`, sort before every located diagnostic, and are
  /// lost by editors and SARIF viewers that need a location. The rules that make them belong to
  /// several groups (and owners), so the runner gives every such finding this one place instead
  /// of each rule choosing its own.
  static func modelAnchor(_ graph: ProcessGraph) -> SourceRange? {
    var best: SourceRange?
    func consider(_ start: SourceRange, through end: SourceRange) {
      let candidate = SourceRange(file: start.file, start: start.start, end: end.end)
      guard let current = best else {
        best = candidate
        return
      }
      let path = candidate.file.path
      if path < current.file.path || (path == current.file.path && candidate.start < current.start) {
        best = candidate
      }
    }
    if let organisation = graph.organisation { consider(organisation.syntax.range, through: organisation.syntax.id.range) }
    for client in graph.clients { consider(client.syntax.range, through: client.syntax.id.range) }
    for role in graph.roles { consider(role.syntax.range, through: role.syntax.id.range) }
    for megaprocess in graph.megaprocesses { consider(megaprocess.syntax.range, through: megaprocess.syntax.id.range) }
    for process in graph.processes where process.megaprocess == nil {
      consider(process.syntax.range, through: process.syntax.id.range)
    }
    for relation in graph.relations { consider(relation.syntax.range, through: relation.syntax.id.range) }
    for setting in graph.settings { consider(setting.range, through: setting.rule.range) }
    if let best { return best }
    return graph.files.first.map { SourceRange(file: $0, start: 0, end: 0) }
  }

  /// Whether diagnostics fail a run: any error, or under `strict` any warning. `info` never
  /// fails, nor does a finding an `allow` suppresses.
  public static func fails(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
    diagnostics.contains { !$0.isSuppressed && ($0.severity == .error || (strict && $0.severity == .warning)) }
  }
}

extension RuleRunner {
  /// Loads a one-file model from text (parse and resolve) and, when it has no errors, runs the
  /// rules on it: every diagnostic `engagemap check` would print, in output order.
  public static func check(source text: String, path: String = "model.engage") -> [Diagnostic] {
    let loaded = ModelLoader.load(files: [SourceFile(path: path, text: text)], root: ".")
    guard let graph = loaded.graph else { return loaded.diagnostics }
    return (loaded.diagnostics + check(graph)).sortedForOutput()
  }
}

/// One slot per rule for findings written from `concurrentPerform`; each slot is written by one
/// iteration and read only after all of them have finished.
private final class FindingSlots: @unchecked Sendable {
  private var slots: [[Finding]]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func store(_ findings: [Finding], at position: Int) {
    lock.lock()
    slots[position] = findings
    lock.unlock()
  }

  var all: [[Finding]] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
