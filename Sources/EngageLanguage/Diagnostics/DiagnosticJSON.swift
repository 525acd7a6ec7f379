import Foundation

/// Diagnostics as JSON for tools: an array of objects with sorted keys, pretty printed.
///
/// Each object has `code`, `severity`, `message`, `file`, `line`, `column`, `endLine`,
/// `endColumn` (location fields are `null` for a diagnostic without a location), `notes`
/// (`message` and a location) and `fixIts` (`message`, `replacement` and a location).
public enum DiagnosticJSON {
  public static func encode(_ diagnostics: [Diagnostic]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let records = diagnostics.map(DiagnosticRecord.init)
    guard let data = try? encoder.encode(records) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// A location as JSON writes it: 1-based lines, UTF-8 byte columns.
private struct LocationRecord {
  let file: String?
  let line: Int?
  let column: Int?
  let endLine: Int?
  let endColumn: Int?

  init(_ range: SourceRange?) {
    let start = range?.startLocation
    let end = range?.endLocation
    file = range?.file.path
    line = start?.line
    column = start?.column
    endLine = end?.line
    endColumn = end?.column
  }

  func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, keys: (String) -> Key) throws {
    try container.encode(file, forKey: keys("file"))
    try container.encode(line, forKey: keys("line"))
    try container.encode(column, forKey: keys("column"))
    try container.encode(endLine, forKey: keys("endLine"))
    try container.encode(endColumn, forKey: keys("endColumn"))
  }
}

private struct AnyKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

private struct DiagnosticRecord: Encodable {
  let diagnostic: Diagnostic

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: AnyKey.self)
    try container.encode(diagnostic.code.rawValue, forKey: AnyKey("code"))
    try container.encode(diagnostic.severity.rawValue, forKey: AnyKey("severity"))
    try container.encode(diagnostic.message, forKey: AnyKey("message"))
    try LocationRecord(diagnostic.range).encode(into: &container, keys: AnyKey.init)
    try container.encode(diagnostic.notes.map(NoteRecord.init), forKey: AnyKey("notes"))
    try container.encode(diagnostic.fixIts.map(FixItRecord.init), forKey: AnyKey("fixIts"))
  }
}

private struct NoteRecord: Encodable {
  let note: DiagnosticNote

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: AnyKey.self)
    try container.encode(note.message, forKey: AnyKey("message"))
    try LocationRecord(note.range).encode(into: &container, keys: AnyKey.init)
  }
}

private struct FixItRecord: Encodable {
  let fixIt: FixIt

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: AnyKey.self)
    try container.encode(fixIt.message, forKey: AnyKey("message"))
    try container.encode(fixIt.replacement, forKey: AnyKey("replacement"))
    try LocationRecord(fixIt.range).encode(into: &container, keys: AnyKey.init)
  }
}
