import EngageLanguage
import Foundation

/// What completion offers, by the block the cursor is in and the word before it.
enum Completion {
  /// The statements each block may hold (the top level is `""`), from docs/LANGUAGE.md §2.
  static let statements: [String: [String]] = [
    "": ["organisation", "client", "role", "megaprocess", "process", "relation", "include", "settings"],
    "organisation": ["purpose", "goal", "description", "out_of_scope", "allow"],
    "goal": ["description"],
    "client": ["kind", "description"],
    "role": ["kind", "description", "allow"],
    "megaprocess": ["client", "goals", "level", "description", "process", "measure", "allow"],
    "process": [
      "kind", "owner", "purpose", "engagement", "tags", "description", "input", "output", "start", "step",
      "decision", "end", "measure", "allow",
    ],
    "start": ["engagement", "tags", "description", "duration", "allow"],
    "step": ["engagement", "tags", "description", "duration", "allow"],
    "decision": ["engagement", "tags", "description", "duration", "allow"],
    "end": ["engagement", "tags", "description", "duration", "allow"],
    "input": ["from", "description"],
    "output": ["to", "description"],
    "measure": [
      "type", "unit", "target", "warning", "direction", "frequency", "source", "owner", "patient_defined",
      "description", "allow",
    ],
    "relation": ["supplier", "client", "product", "requirement", "description", "measure", "allow"],
    "settings": ["rule"],
  ]

  static let keywords: Set<String> = Set(statements.values.flatMap { $0 })

  /// The values a property takes, by property (and, for `kind`, by block).
  static func values(after property: String, in block: String) -> [String]? {
    switch (property, block) {
    case ("kind", "role"): RoleKind.allCases.map(\.rawValue)
    case ("kind", "client"): ClientKind.allCases.map(\.rawValue)
    case ("kind", _): ProcessKind.allCases.map(\.rawValue)
    case ("engagement", _): EngagementLevel.allCases.map(\.rawValue)
    case ("tags", _): Tag.allCases.map(\.rawValue)
    case ("unit", _): MeasureUnit.allCases.map(\.rawValue)
    case ("frequency", _): Frequency.allCases.map(\.rawValue)
    case ("type", _): MeasureType.allCases.map(\.rawValue)
    case ("level", _), ("out_of_scope", _): OrganisationLevel.allCases.map(\.rawValue)
    case ("direction", _): Direction.allCases.map(\.rawValue)
    case ("duration", _): DurationUnit.allCases.map(\.rawValue)
    default: nil
    }
  }

  static let vocabularyWords: Set<String> = Set(
    RoleKind.allCases.map(\.rawValue) + ClientKind.allCases.map(\.rawValue) + ProcessKind.allCases.map(\.rawValue)
      + EngagementLevel.allCases.map(\.rawValue) + Tag.allCases.map(\.rawValue) + MeasureUnit.allCases.map(\.rawValue)
      + Frequency.allCases.map(\.rawValue) + MeasureType.allCases.map(\.rawValue)
      + OrganisationLevel.allCases.map(\.rawValue) + Direction.allCases.map(\.rawValue)
      + DurationUnit.allCases.map(\.rawValue) + SeveritySetting.allCases.map(\.rawValue))

  /// The kinds of element an id after `word` may name (`nil`: `word` takes no id).
  static func idKinds(after word: String) -> Set<String>? {
    switch word {
    case "by", "owner": ["role"]
    case "client": ["client"]
    case "goals": ["goal"]
    case "supplier": ["process", "output"]
    case "from": ["output", "client"]
    case "to": ["client", "process", "input"]
    case "->": ["start", "step", "decision", "end", "process"]
    default: nil
    }
  }

  /// The keyword of the innermost block open at `offset` (`""` at top level), read from the
  /// text so that it works while the file does not parse.
  static func enclosingBlock(_ bytes: [UInt8], before offset: Int) -> (keyword: String, id: String?) {
    var depth = 0
    var index = min(offset, bytes.count) - 1
    var inString = false
    while index >= 0 {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") { inString.toggle() }
      if !inString {
        if byte == UInt8(ascii: "}") { depth += 1 }
        if byte == UInt8(ascii: "{") {
          if depth == 0 {
            var lineStart = index
            while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            let words = String(decoding: bytes[lineStart..<index], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" })
            return (words.first.map(String.init) ?? "", words.count > 1 ? String(words[1]) : nil)
          }
          depth -= 1
        }
      }
      index -= 1
    }
    return ("", nil)
  }

  /// The words of the current line before the cursor, and whether the cursor is inside a word.
  static func lineWords(_ bytes: [UInt8], before offset: Int) -> (words: [String], partial: String) {
    var lineStart = min(offset, bytes.count)
    while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
    let text = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
      .replacingOccurrences(of: "->", with: " -> ").replacingOccurrences(of: ",", with: " , ")
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
    let partial = text.last.map { $0 == " " || $0 == "\t" } ?? true ? "" : (words.popLast() ?? "")
    return (words, partial)
  }
}

extension LanguageServer {
  func completion(_ params: JSON) -> JSON {
    guard let target = target(params) else { return .null }
    let bytes = documents[target.uri]?.lines.bytes ?? target.session.syntax(at: target.path)?.file.bytes ?? []
    let block = Completion.enclosingBlock(bytes, before: target.offset)
    let line = Completion.lineWords(bytes, before: target.offset)
    var items: [JSON] = []
    func add(_ label: String, kind: Int, detail: String? = nil) {
      var item: [String: JSON] = ["label": .string(label), "kind": .int(kind)]
      if let detail { item["detail"] = .string(detail) }
      items.append(.object(item))
    }
    if line.words.isEmpty {
      for keyword in Completion.statements[block.keyword] ?? [] { add(keyword, kind: 14) }
      return .array(items)
    }
    let property = line.words[0]
    if let values = Completion.values(after: property, in: block.keyword),
      line.words.count == 1 || property == "tags" || property == "out_of_scope"
        || (property == "duration" && line.words.count == 2)
    {
      if property != "duration" || line.words.count == 2 {
        for value in values { add(value, kind: 20) }
        return .array(items)
      }
    }
    let effective = line.words.contains("->") ? "->" : (line.words.last { Completion.idKinds(after: $0) != nil } ?? property)
    guard let kinds = Completion.idKinds(after: effective) else { return .array(items) }
    let currentProcess = Self.currentProcess(bytes, before: target.offset)
    for (key, definition) in target.session.index.definitions.sorted(by: { $0.key < $1.key }) where kinds.contains(definition.kind) {
      var label = key
      if let dot = key.firstIndex(of: ".") {
        let owner = String(key[..<dot])
        if effective == "->" || (owner == currentProcess && definition.kind != "output") {
          guard owner == currentProcess else { continue }
          label = String(key[key.index(after: dot)...])
        }
      }
      add(label, kind: definition.kind == "role" ? 7 : 18, detail: [definition.kind, definition.title].compactMap { $0 }.joined(separator: " — "))
    }
    return .array(items)
  }

  /// The id of the process whose block holds `offset`, read from the text.
  static func currentProcess(_ bytes: [UInt8], before offset: Int) -> String? {
    var position = offset
    while true {
      let block = Completion.enclosingBlock(bytes, before: position)
      if block.keyword == "process" { return block.id }
      if block.keyword.isEmpty { return nil }
      // Move before the `{` of this block.
      var depth = 0
      var index = min(position, bytes.count) - 1
      while index >= 0 {
        if bytes[index] == UInt8(ascii: "}") { depth += 1 }
        if bytes[index] == UInt8(ascii: "{") {
          if depth == 0 { break }
          depth -= 1
        }
        index -= 1
      }
      guard index >= 0 else { return nil }
      position = index
    }
  }
}
