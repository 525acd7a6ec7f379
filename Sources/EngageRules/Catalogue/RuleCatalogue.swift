import EngageLanguage
import EngageModel

/// The rule catalogue as people read it: the `engagemap rules` table (text, JSON, Markdown), the
/// generated `docs/RULES.md`, and the `engagemap explain` page of one rule. Besides the rules it
/// lists the codes no rule produces: language (`EM00xx`) diagnostics, and the measure-data
/// (`EM04xx`) diagnostics that EngageMeasures describes and the caller passes in as `data`.
public enum RuleCatalogue {
  /// A group of codes: `EM01xx` process-map integrity, and so on.
  public struct Group: Sendable, Hashable {
    public let prefix: String
    public let name: String
    public let title: String
  }

  public static let groups: [Group] = [
    Group(prefix: "EM00", name: "language", title: "Language and references (errors, except the EM0016 warning; not configurable or suppressible)"),
    Group(prefix: "EM01", name: "integrity", title: "Process map integrity"),
    Group(prefix: "EM02", name: "completeness", title: "Completeness of the process approach"),
    Group(prefix: "EM03", name: "engagement", title: "Patient engagement"),
    Group(prefix: "EM04", name: "data", title: "Measure data (the CSV file given with `--data`; not configurable)"),
  ]

  /// The group a code belongs to (by its first four characters).
  public static func group(of code: DiagnosticCode) -> Group {
    groups.first { code.rawValue.hasPrefix($0.prefix) }
      ?? Group(prefix: String(code.rawValue.prefix(4)), name: "other", title: "Other")
  }

  // MARK: - The table

  /// An aligned table: code, default severity, name, title; the language codes on one line and
  /// the measure-data codes on another.
  public static func text(data: DiagnosticCodeFamily) -> String {
    var rows: [[String]] = [["CODE", "SEVERITY", "NAME", "TITLE"]]
    rows.append([
      LanguageCatalogue.codeSpan, "error", "language",
      "Language and reference errors (not configurable; \(LanguageCode.unusedAllow), an allow that suppresses nothing, a warning)",
    ])
    for rule in RuleRegistry.all {
      let descriptor = rule.descriptor
      rows.append([descriptor.code.rawValue, descriptor.defaultSeverity.rawValue, descriptor.name, descriptor.title])
    }
    let dataWarnings = data.entries.filter { $0.severity == .warning }.map(\.code.rawValue)
    let warningNote = dataWarnings.isEmpty ? "" : "; \(dataWarnings.joined(separator: ", ")) a warning"
    rows.append([
      data.codeSpan, "error", "data",
      "Measure-data problems in a --data CSV file (not configurable\(warningNote))",
    ])
    var widths = [Int](repeating: 0, count: 3)
    for row in rows {
      for column in 0..<3 { widths[column] = max(widths[column], row[column].count) }
    }
    return rows.map { row in
      (0..<3).map { row[$0].padding(to: widths[$0]) }.joined(separator: "  ") + "  " + row[3]
    }.joined(separator: "\n") + "\n"
  }

  /// Every rule, language and measure-data code as a JSON array, in code order.
  public static func json(data: DiagnosticCodeFamily) -> String {
    let language = LanguageCatalogue.entries.map { entry in
      JSONValue.fields([
        "code": .string(entry.code.rawValue),
        "name": .string(entry.name),
        "group": .string("language"),
        "defaultSeverity": .string(entry.severity.rawValue),
        "configurable": .bool(false),
        "title": .string(entry.title),
      ])
    }
    let rules = RuleRegistry.all.map { rule in
      let descriptor = rule.descriptor
      return JSONValue.fields([
        "code": .string(descriptor.code.rawValue),
        "name": .string(descriptor.name),
        "group": .string(group(of: descriptor.code).name),
        "defaultSeverity": .string(descriptor.defaultSeverity.rawValue),
        "configurable": .bool(true),
        "title": .string(descriptor.title),
        "explanation": .string(descriptor.explanation),
        "source": .string(descriptor.source),
        "violatingExample": .string(descriptor.violatingExample),
        "fixedExample": .string(descriptor.fixedExample),
      ])
    }
    let dataCodes = data.entries.map { entry in
      JSONValue.fields([
        "code": .string(entry.code.rawValue),
        "name": .string(entry.name),
        "group": .string("data"),
        "defaultSeverity": .string(entry.severity.rawValue),
        "configurable": .bool(false),
        "title": .string(entry.title),
        "explanation": .string(entry.detail),
      ])
    }
    return JSONValue.array(language + rules + dataCodes).rendered()
  }

  // MARK: - docs/RULES.md

  /// The catalogue as Markdown: `docs/RULES.md`, generated from the registry.
  public static func markdown(data: DiagnosticCodeFamily) -> String {
    var text = """
      # EngageMap rule catalogue

      <!-- Generated from the rule registry by `engagemap rules --format markdown`; do not edit by hand. -->

      `engagemap check` runs every rule below on a resolved model. Each rule has a stable code, a \
      kebab-case name, a default severity, and an explanation with its source. A model changes a \
      rule's severity in its `settings` block, by code or by name (`step_performer` is accepted \
      for `step-performer`):

      ```
      settings {
        rule EM0301 off            # error | warning | info | off
        rule step-performer error
      }
      ```

      `info` findings are reported but never fail a run, even under `--strict`. Language and \
      reference diagnostics (`EM00xx`) cannot be configured, nor can measure-data diagnostics \
      (`EM04xx`), which are about a data file rather than the model.
      `engagemap explain CODE` prints a rule's page below, with what `check` reports on its \
      violating example.

      ## Suppressing one finding

      Where a rule's intent is met in a way the rule cannot see, suppress that one finding where \
      it arises, with the reason, instead of turning the rule off for the whole model: write \
      `allow CODE "reason"` (the code or the rule's name) in the block of the element the finding \
      points into — an `organisation`, `role`, `megaprocess`, `process`, `relation` or `measure`, \
      or a `start`, `step`, `decision` or `end`:

      ```
      step interview "Hear the patient's story" by facilitator, storyteller {
        allow EM0301 "one-to-one interview: the storyteller speaks for themselves"
      }
      ```

      The `allow` suppresses every finding of that rule whose location lies inside the element's \
      declaration (a process's `allow` covers its steps, flows, inputs, outputs and measures; a \
      mega-process's covers its processes); where `allow`s of one rule are nested, the innermost \
      takes the finding. The reason is required and may not be blank. A suppressed finding does \
      not count for the exit status, even under `--strict`; `check` leaves it out of its text \
      output (`--show-suppressed` prints it, marked `(suppressed)` with a note at its `allow`) and \
      counts it in the summary line (`2 suppressed`); JSON gives it a member \
      `"suppressed": {"reason", "location"}`, and SARIF `suppressions: [{"kind": "inSource", \
      "justification"}]`. An `allow` naming no rule, or a language (`EM00xx`) or measure-data \
      (`EM04xx`) code, is an error (EM0015); one rule allowed twice in one element is an error \
      (EM0012); an `allow` that suppresses nothing is a warning (EM0016), with a fix-it that \
      removes it, except for a rule that `settings` turn off, which does not run. \
      `settings { rule CODE off }` still turns a rule off for the whole model.


      """
    for group in groups {
      text += "## \(group.prefix)xx — \(group.title)\n\n"
      if group.name == "language" {
        text += LanguageCatalogue.explanation + "\n\n"
        text += "| code | name | title |\n| --- | --- | --- |\n"
        for entry in LanguageCatalogue.entries {
          text += "| \(entry.code) | `\(entry.name)` | \(escapeTableCell(entry.title)) |\n"
        }
        text += "\n"
        continue
      }
      if group.name == "data" {
        text += data.explanation + "\n\n"
        text += "| code | name | severity | meaning |\n| --- | --- | --- | --- |\n"
        for entry in data.entries {
          text += "| \(entry.code) | `\(entry.name)` | \(entry.severity.rawValue) | \(escapeTableCell(entry.detail)) |\n"
        }
        text += "\n"
        continue
      }
      let rules = RuleRegistry.all.filter { Self.group(of: $0.descriptor.code) == group }
      text += "| code | name | default | title |\n| --- | --- | --- | --- |\n"
      for rule in rules {
        let descriptor = rule.descriptor
        text += "| [\(descriptor.code)](#\(descriptor.code.rawValue.lowercased())) | `\(descriptor.name)` | "
          + "\(descriptor.defaultSeverity.rawValue) | \(escapeTableCell(descriptor.title)) |\n"
      }
      text += "\n"
      for rule in rules {
        text += section(rule.descriptor)
      }
    }
    return text
  }

  private static func section(_ descriptor: RuleDescriptor) -> String {
    """
    ### \(descriptor.code)

    **\(descriptor.title)** — `\(descriptor.name)`, default severity **\(descriptor.defaultSeverity.rawValue)**.

    \(descriptor.explanation)

    *Source:* \(descriptor.source)

    <details><summary>A model that violates it</summary>

    ```
    \(descriptor.violatingExample.trimmingTrailingNewlines())
    ```

    </details>

    <details><summary>The same model, fixed</summary>

    ```
    \(descriptor.fixedExample.trimmingTrailingNewlines())
    ```

    </details>


    """
  }

  private static func escapeTableCell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }

  // MARK: - explain

  /// The rule, language or measure-data entry for a code or name, or a "did you mean"
  /// suggestion.
  public enum Lookup: Sendable {
    case rule(any Rule)
    case language(LanguageCatalogue.Entry)
    case data(DiagnosticCodeFamily.Entry)
    case unknown(suggestion: String?)
  }

  public static func lookup(_ codeOrName: String, data: DiagnosticCodeFamily) -> Lookup {
    if let rule = RuleRegistry.rule(named: codeOrName) { return .rule(rule) }
    if let entry = LanguageCatalogue.entry(codeOrName) { return .language(entry) }
    if let entry = data.entry(codeOrName) { return .data(entry) }
    let candidates =
      RuleRegistry.allCodesAndNames + LanguageCatalogue.entries.map(\.code.rawValue)
      + data.entries.flatMap { [$0.code.rawValue, $0.name] }
    return .unknown(suggestion: Suggestions.closest(to: codeOrName, among: candidates))
  }

  /// The `engagemap explain` page of a rule: title, code, default severity, explanation, source,
  /// the violating example, what `check` reports on it (actually run), and the fixed example.
  public static func explanation(of descriptor: RuleDescriptor, colour: Bool = false) -> String {
    let path = "\(descriptor.code.rawValue.lowercased())-example.engage"
    let report = RuleRunner.check(source: descriptor.violatingExample, path: path)
    let shown = report.filter { $0.code == descriptor.code || group(of: $0.code).name == "language" }
    var formatted = shown.isEmpty ? "(no diagnostics)\n" : DiagnosticTextFormatter(colour: colour).format(shown)
    let others = Dictionary(grouping: report.filter { !shown.contains($0) }, by: \.code)
    if !others.isEmpty {
      let listed = others.keys.sorted().map { "\($0) (\(others[$0]?.count ?? 0))" }.joined(separator: ", ")
      formatted += "(the example is kept small, so other rules also report on it: \(listed))\n"
    }
    return """
      \(descriptor.title)

      Code:      \(descriptor.code) (\(descriptor.name))
      Severity:  \(descriptor.defaultSeverity.rawValue) by default; change it with `settings { rule \(descriptor.code) error|warning|info|off }`
      Suppress:  one finding, where the intent is met in a way the rule cannot see: write
                 `allow \(descriptor.code) "reason"` in the block of the element it points into

      Why it matters
      \(indent(descriptor.explanation))

      Source
      \(indent(descriptor.source))

      A model that violates it (\(path))
      \(indent(descriptor.violatingExample))

      What `engagemap check` reports on it
      \(indent(formatted))

      The same model, fixed
      \(indent(descriptor.fixedExample))

      """
  }

  /// The `engagemap explain` page of a language code.
  public static func explanation(of entry: LanguageCatalogue.Entry) -> String {
    """
    \(entry.title)

    Code:      \(entry.code) (\(entry.name))
    Severity:  \(entry.severity.rawValue) (language diagnostics cannot be configured or suppressed)

    Why it matters
    \(indent(LanguageCatalogue.explanation))

    """
  }

  /// The `engagemap explain` page of a measure-data code of `data`.
  public static func explanation(of entry: DiagnosticCodeFamily.Entry, in data: DiagnosticCodeFamily) -> String {
    """
    \(entry.title)

    Code:      \(entry.code) (\(entry.name))
    Severity:  \(entry.severity.rawValue) (measure-data diagnostics cannot be configured)

    What it means
    \(indent(entry.detail))

    About measure-data diagnostics
    \(indent(data.explanation))

    """
  }

  private static func indent(_ text: String) -> String {
    text.trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func trimmingTrailingNewlines() -> String {
    var text = self
    while text.last == "\n" { text.removeLast() }
    return text
  }
}
