import EngageLanguage
import EngageModel

/// Diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), for code
/// scanning tools: one run whose driver lists every rule of the catalogue and every language code,
/// and one result per diagnostic with its location, related locations (the notes) and fixes. A
/// finding an `allow` suppresses has `suppressions: [{kind: inSource, justification, location}]`
/// (SARIF §3.27.23, §3.35); other results have no `suppressions` member (nothing is claimed).
///
/// Columns are counted in Unicode code points (`columnKind: unicodeCodePoints`); the output is
/// deterministic: the same diagnostics give the same bytes (the `JSONValue` convention).
public enum SARIFReport {
  /// The version `engagemap` reports itself as.
  public static let defaultToolVersion = "0.1.0"
  static let schemaURI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"

  public static func render(_ diagnostics: [Diagnostic], toolVersion: String = defaultToolVersion) -> String {
    let rules = ruleDescriptors()
    var ruleIndex: [String: Int] = [:]
    for (position, rule) in rules.enumerated() { ruleIndex[rule.id] = position }
    let results = diagnostics.map { result(for: $0, ruleIndex: ruleIndex[$0.code.rawValue]) }
    let log = JSONValue.fields([
      "$schema": .string(schemaURI),
      "version": .string("2.1.0"),
      "runs": .array([
        .fields([
          "tool": .fields([
            "driver": .fields([
              "name": .string("engagemap"),
              "version": .string(toolVersion),
              "rules": .array(rules.map(\.json)),
            ])
          ]),
          "columnKind": .string("unicodeCodePoints"),
          "results": .array(results),
        ])
      ]),
    ])
    return log.rendered()
  }

  /// A `reportingDescriptor` and the id it is found by.
  private struct RuleEntry {
    let id: String
    let json: JSONValue
  }

  private static func ruleDescriptors() -> [RuleEntry] {
    let language = LanguageCatalogue.entries.map { entry in
      RuleEntry(
        id: entry.code.rawValue,
        json: .fields([
          "id": .string(entry.code.rawValue),
          "name": .string(entry.name),
          "shortDescription": .fields(["text": .string(entry.title)]),
          "fullDescription": .fields(["text": .string(LanguageCatalogue.explanation)]),
          "defaultConfiguration": .fields(["level": .string(level(entry.severity))]),
          "properties": .fields(["group": .string("language"), "configurable": .bool(false)]),
        ]))
    }
    let rules = RuleRegistry.all.map { rule in
      let descriptor = rule.descriptor
      return RuleEntry(
        id: descriptor.code.rawValue,
        json: .fields([
          "id": .string(descriptor.code.rawValue),
          "name": .string(descriptor.name),
          "shortDescription": .fields(["text": .string(descriptor.title)]),
          "fullDescription": .fields(["text": .string(descriptor.explanation)]),
          "help": .fields(["text": .string(descriptor.explanation + "\n\nSource: " + descriptor.source)]),
          "defaultConfiguration": .fields(["level": .string(level(descriptor.defaultSeverity))]),
          "properties": .fields([
            "group": .string(RuleCatalogue.group(of: descriptor.code).name),
            "source": .string(descriptor.source),
          ]),
        ]))
    }
    return language + rules
  }

  private static func result(for diagnostic: Diagnostic, ruleIndex: Int?) -> JSONValue {
    let related = diagnostic.notes.enumerated().map { position, note in
      JSONValue.fields([
        "id": .int(position),
        "physicalLocation": note.range.map(physicalLocation),
        "message": .fields(["text": .string(note.message)]),
      ])
    }
    let fixes = diagnostic.fixIts.map { fixIt in
      JSONValue.fields([
        "description": .fields(["text": .string(fixIt.message)]),
        "artifactChanges": .array([
          .fields([
            "artifactLocation": .fields(["uri": .string(uri(fixIt.range.file.path))]),
            "replacements": .array([
              .fields([
                "deletedRegion": region(fixIt.range),
                "insertedContent": .fields(["text": .string(fixIt.replacement)]),
              ])
            ]),
          ])
        ]),
      ])
    }
    let suppressions = diagnostic.suppression.map { suppression in
      JSONValue.array([
        .fields([
          "kind": .string("inSource"),
          "justification": .string(suppression.reason),
          "location": .fields(["physicalLocation": physicalLocation(suppression.range)]),
        ])
      ])
    }
    return JSONValue.fields([
      "ruleId": .string(diagnostic.code.rawValue),
      "ruleIndex": ruleIndex.map(JSONValue.int),
      "level": .string(level(diagnostic.severity)),
      "message": .fields(["text": .string(diagnostic.message)]),
      "locations": diagnostic.range.map { .array([.fields(["physicalLocation": physicalLocation($0)])]) },
      "relatedLocations": related.isEmpty ? nil : .array(related),
      "fixes": fixes.isEmpty ? nil : .array(fixes),
      "suppressions": suppressions,
    ])
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  private static func physicalLocation(_ range: SourceRange) -> JSONValue {
    .fields([
      "artifactLocation": .fields(["uri": .string(uri(range.file.path))]),
      "region": region(range),
    ])
  }

  private static func region(_ range: SourceRange) -> JSONValue {
    let start = range.startLocation
    let end = range.endLocation
    return .fields([
      "startLine": .int(start.line),
      "startColumn": .int(codePointColumn(range.file, start)),
      "endLine": .int(end.line),
      "endColumn": .int(codePointColumn(range.file, end)),
    ])
  }

  /// The 1-based column of a location counted in Unicode code points rather than UTF-8 bytes.
  static func codePointColumn(_ file: SourceFile, _ location: SourceLocation) -> Int {
    let lineIndex = location.line - 1
    guard lineIndex >= 0, lineIndex < file.lineStarts.count else { return location.column }
    let lineStart = file.lineStarts[lineIndex]
    let end = max(lineStart, min(location.offset, file.bytes.count))
    return String(decoding: file.bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
  }

  /// A path as a URI reference: relative paths stay relative, absolute ones become `file://`
  /// URIs; everything outside the unreserved and path characters is percent-encoded.
  static func uri(_ path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      let character = Character(Unicode.Scalar(byte))
      if byte < 0x80 && (character.isLetter || character.isNumber || "-._~/!$&'()*+,;=:@".contains(character)) {
        encoded.append(character)
      } else {
        encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }
}
