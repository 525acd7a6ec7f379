import EngageLanguage
import EngageModel
import EngageRules
import Foundation

/// Hover, go to definition, find references and rename.
extension LanguageServer {
  func hover(_ params: JSON) -> JSON {
    guard let target = target(params) else { return .null }
    let display = target.session.displayPath(target.path)
    var sections: [String] = []
    if let occurrence = target.session.index.occurrence(in: display, at: target.offset),
      let definition = target.session.index.definition(occurrence.key)
    {
      var text = "**\(definition.kind)** `\(definition.key)`"
      if let title = definition.title { text += " — \(title)" }
      if let detail = definition.detail { text += "\n\n\(detail)" }
      sections.append(text)
    }
    for diagnostic in target.session.diagnostics {
      guard let range = diagnostic.range, range.file.path == display, range.start <= target.offset,
        target.offset <= range.end
      else { continue }
      sections.append(Self.explanation(of: diagnostic.code))
    }
    guard !sections.isEmpty else { return .null }
    return ["contents": ["kind": "markdown", "value": .string(sections.joined(separator: "\n\n---\n\n"))]]
  }

  /// A rule's or language error's title and why it matters, for a hover on its diagnostic.
  static func explanation(of code: DiagnosticCode) -> String {
    if let rule = RuleRegistry.rule(named: code.rawValue) {
      let descriptor = rule.descriptor
      return "**\(descriptor.code.rawValue) \(descriptor.title)** (`\(descriptor.name)`)\n\n\(descriptor.explanation)"
    }
    if let entry = LanguageCatalogue.entry(code.rawValue) {
      return "**\(entry.code.rawValue) \(entry.title)**"
    }
    return "**\(code.rawValue)**"
  }

  func definition(_ params: JSON) -> JSON {
    guard let target = target(params) else { return .null }
    let session = target.session
    let display = session.displayPath(target.path)
    if let include = session.index.includes(in: display).first(where: { $0.range.start <= target.offset && target.offset <= $0.range.end }) {
      let directory = ModelPath.directory(of: target.path)
      let included = ModelPath.normalise(directory + "/" + include.path)
      return ["uri": .string(Self.uri(of: included)), "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]]
    }
    guard let occurrence = session.index.occurrence(in: display, at: target.offset),
      let definition = session.index.definition(occurrence.key)
    else { return .null }
    return location(definition.identifier.range, session: session)
  }

  func references(_ params: JSON) -> JSON {
    guard let target = target(params),
      let occurrence = target.session.index.occurrence(in: target.session.displayPath(target.path), at: target.offset)
    else { return .null }
    let includeDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
    return .array(
      target.session.index.occurrences(of: occurrence.key)
        .filter { includeDeclaration || !$0.isDefinition }
        .map { location($0.identifier.range, session: target.session) })
  }

  func prepareRename(_ params: JSON) -> JSON {
    guard let target = target(params),
      let occurrence = target.session.index.occurrence(in: target.session.displayPath(target.path), at: target.offset),
      target.session.index.definition(occurrence.key) != nil
    else { return .null }
    return ["range": rangeJSON(occurrence.identifier.range), "placeholder": .string(occurrence.identifier.name)]
  }

  /// Why a rename was refused.
  struct RenameFailure: Error {
    let message: String
  }

  func rename(_ params: JSON) -> Result<JSON, RenameFailure> {
    guard let newName = params["newName"]?.string else { return .failure(RenameFailure(message: "no new name given")) }
    guard let target = target(params),
      let occurrence = target.session.index.occurrence(in: target.session.displayPath(target.path), at: target.offset),
      target.session.index.definition(occurrence.key) != nil
    else { return .failure(RenameFailure(message: "there is no id to rename here")) }
    if let problem = Self.problemWithID(newName) { return .failure(RenameFailure(message: problem)) }
    var changes: [String: [JSON]] = [:]
    for place in target.session.index.occurrences(of: occurrence.key) {
      let uri = Self.uri(of: target.session.absolutePath(place.identifier.range.file.path))
      changes[uri, default: []].append(["range": rangeJSON(place.identifier.range), "newText": .string(newName)])
    }
    return .success(["changes": .object(changes.mapValues { .array($0) })])
  }

  /// Why `name` may not be the new id, or `nil` when it may: an id is an ASCII letter, then
  /// ASCII letters, digits and `_` (docs/LANGUAGE.md §1). Keywords and vocabulary words, which
  /// the language would accept, are refused too: an id `end` or `monthly` reads as the word.
  static func problemWithID(_ name: String) -> String? {
    guard IdentifierSuggestion.isValidIdentifier(name) else {
      let suggestion = IdentifierSuggestion.replacingHyphens(in: name)
      return "'\(name)' is not a valid id: an id is an ASCII letter followed by letters, digits and '_'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
    if Completion.keywords.contains(name) { return "'\(name)' is a keyword of the language; choose an id that is not" }
    if Completion.vocabularyWords.contains(name) { return "'\(name)' is a vocabulary word of the language; choose an id that is not" }
    return nil
  }
}
