import EngageLanguage
import EngageModel
import Foundation

/// Code actions from fix-its, document formatting, and document and workspace symbols.
extension LanguageServer {
  func codeActions(_ params: JSON) -> JSON {
    guard let target = target(params), let range = params["range"],
      let start = LSPPosition(range["start"]), let end = LSPPosition(range["end"])
    else { return .array([]) }
    let display = target.session.displayPath(target.path)
    guard let file = target.session.syntax(at: target.path)?.file else { return .array([]) }
    let lines = LineTable(file.bytes)
    let from = lines.offset(of: start, encoding: encoding)
    let to = lines.offset(of: end, encoding: encoding)
    var actions: [JSON] = []
    for diagnostic in target.session.diagnostics where !diagnostic.fixIts.isEmpty {
      guard let range = diagnostic.range, range.file.path == display, range.start <= to, from <= range.end else { continue }
      for fixIt in diagnostic.fixIts {
        let uri = Self.uri(of: target.session.absolutePath(fixIt.range.file.path))
        actions.append([
          "title": .string(fixIt.message),
          "kind": "quickfix",
          "isPreferred": .bool(diagnostic.fixIts.count == 1),
          "diagnostics": [["range": rangeJSON(range), "code": .string(diagnostic.code.rawValue), "message": .string(diagnostic.message)]],
          "edit": ["changes": .object([uri: [["range": rangeJSON(fixIt.range), "newText": .string(fixIt.replacement)]]])],
        ])
      }
    }
    return .array(actions)
  }

  /// One edit replacing the whole document with its formatted text; no edits when it is
  /// formatted already or does not parse (its diagnostics say why).
  func formatting(_ params: JSON) -> JSON {
    guard let uri = params["textDocument"]?["uri"]?.string, let path = Self.path(of: uri) else { return .array([]) }
    let bytes: [UInt8]
    if let document = documents[uri] {
      bytes = document.lines.bytes
    } else if let data = FileManager.default.contents(atPath: path) {
      bytes = Array(data)
    } else {
      return .array([])
    }
    guard case .success(let formatted) = SourceFormatter.format(SourceFile(path: path, bytes: bytes)), formatted.isChanged
    else { return .array([]) }
    return [["range": LineTable(bytes).wholeRange(encoding: encoding), "newText": .string(formatted.text)]]
  }

  func documentSymbols(_ params: JSON) -> JSON {
    guard let target = target(params), let syntax = target.session.syntax(at: target.path) else { return .array([]) }
    return .array(syntax.declarations.compactMap(symbol))
  }

  private func symbol(
    _ name: Identifier, _ title: StringLiteral?, kind: Int, detail: String, range: SourceRange, children: [JSON] = []
  ) -> JSON {
    var object: [String: JSON] = [
      "name": .string(name.name), "detail": .string([detail, title?.value].compactMap { $0 }.joined(separator: " — ")),
      "kind": .int(kind), "range": rangeJSON(range), "selectionRange": rangeJSON(name.range),
    ]
    if !children.isEmpty { object["children"] = .array(children) }
    return .object(object)
  }

  private func symbol(_ declaration: Declaration) -> JSON? {
    switch declaration {
    case .organisation(let d):
      return symbol(
        d.id, d.title, kind: 2, detail: "organisation", range: d.range,
        children: d.goals.map { symbol($0.id, $0.title, kind: 14, detail: "goal", range: $0.range) })
    case .client(let d): return symbol(d.id, d.title, kind: 19, detail: "client", range: d.range)
    case .role(let d): return symbol(d.id, d.title, kind: 5, detail: "role", range: d.range)
    case .megaprocess(let d):
      return symbol(
        d.id, d.title, kind: 3, detail: "megaprocess", range: d.range,
        children: d.processes.map(symbol) + d.measures.map(symbol))
    case .process(let d): return symbol(d)
    case .relation(let d):
      return symbol(d.id, d.title, kind: 23, detail: "relation", range: d.range, children: d.measures.map(symbol))
    case .include, .settings: return nil
    }
  }

  private func symbol(_ d: ProcessDecl) -> JSON {
    let members: [(Int, JSON)] =
      d.inputs.map { ($0.range.start, symbol($0.id, $0.title, kind: 8, detail: "input", range: $0.range)) }
      + d.outputs.map { ($0.range.start, symbol($0.id, $0.title, kind: 7, detail: "output", range: $0.range)) }
      + d.steps.map {
        ($0.range.start, symbol($0.id, $0.title, kind: $0.kind.value == .step ? 6 : 24, detail: $0.kind.value.rawValue, range: $0.range))
      }
      + d.measures.map { ($0.range.start, symbol($0)) }
    return symbol(d.id, d.title, kind: 12, detail: "process", range: d.range, children: members.sorted { $0.0 < $1.0 }.map(\.1))
  }

  private func symbol(_ d: MeasureDecl) -> JSON {
    symbol(d.id, d.title, kind: 16, detail: "measure", range: d.range)
  }

  func workspaceSymbols(_ params: JSON) -> JSON {
    let query = (params["query"]?.string ?? "").lowercased()
    var symbols: [JSON] = []
    for root in sessions.keys.sorted() {
      guard let session = sessions[root] else { continue }
      for (key, definition) in session.index.definitions.sorted(by: { $0.key < $1.key })
      where query.isEmpty || key.lowercased().contains(query) || (definition.title?.lowercased().contains(query) ?? false) {
        symbols.append([
          "name": .string(key), "kind": .int(definition.kind == "process" ? 12 : definition.kind == "role" ? 5 : 13),
          "location": location(definition.identifier.range, session: session),
          "containerName": .string(definition.kind),
        ])
      }
    }
    return .array(symbols)
  }
}
