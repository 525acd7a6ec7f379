/// Diagnostics as JSON for tools: an array of objects, written by the `JSONValue` convention.
///
/// Each object has `code`, `severity`, `message`, `file`, `line`, `column`, `endLine`,
/// `endColumn` (location fields are `null` for a diagnostic without a location), `notes`
/// (`message` and a location) and `fixIts` (`message`, `replacement` and a location). A finding
/// an `allow` suppresses also has `suppressed`: `{"reason": ..., "location": {file, line,
/// column, endLine, endColumn}}` (the `allow` statement); other diagnostics have no such member.
public enum DiagnosticJSON {
  public static func encode(_ diagnostics: [Diagnostic]) -> String {
    JSONValue.array(diagnostics.map(record)).rendered()
  }

  private static func record(_ diagnostic: Diagnostic) -> JSONValue {
    var members = location(diagnostic.range)
    members["code"] = .string(diagnostic.code.rawValue)
    members["severity"] = .string(diagnostic.severity.rawValue)
    members["message"] = .string(diagnostic.message)
    members["notes"] = .array(
      diagnostic.notes.map { note in
        var members = location(note.range)
        members["message"] = .string(note.message)
        return .object(members)
      })
    members["fixIts"] = .array(
      diagnostic.fixIts.map { fixIt in
        var members = location(fixIt.range)
        members["message"] = .string(fixIt.message)
        members["replacement"] = .string(fixIt.replacement)
        return .object(members)
      })
    if let suppression = diagnostic.suppression {
      members["suppressed"] = .object([
        "reason": .string(suppression.reason), "location": .object(location(suppression.range)),
      ])
    }
    return .object(members)
  }

  /// A location's members: 1-based lines, UTF-8 byte columns, each `null` without a range.
  private static func location(_ range: SourceRange?) -> [String: JSONValue] {
    let start = range?.startLocation
    let end = range?.endLocation
    return [
      "file": .optional(range?.file.path),
      "line": start.map { .int($0.line) } ?? .null,
      "column": start.map { .int($0.column) } ?? .null,
      "endLine": end.map { .int($0.line) } ?? .null,
      "endColumn": end.map { .int($0.column) } ?? .null,
    ]
  }
}
