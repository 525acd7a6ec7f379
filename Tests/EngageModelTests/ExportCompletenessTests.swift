import EngageLanguage
import Foundation
import Testing

@testable import EngageModel

/// The JSON export holds everything the resolved graph holds: for every element of the small
/// fixture model, each stored property (found by reflection, so a property added later is checked
/// too) must be in the element's JSON object with the same value. A property that holds nothing
/// anywhere in the fixture fails as well, so that a new one comes with an example.
///
/// How a property maps to the export:
/// - an element (a struct of the graph) is a JSON object, and each of its stored properties the
///   member of the same name, unless `renamed` lists another (a dotted name is a member of a
///   member: `supplier.process`);
/// - `syntax` (the declaration an element was resolved from) and `range` are the member
///   `location`, the declaration's or range's `path:line:col`;
/// - strings, numbers and booleans are themselves; vocabulary words their raw value; `nil` is
///   `null`; lists are arrays, element by element; a source file is its path; an identifier its
///   name;
/// - an enum case with a payload is an object: a single value under the case's name
///   (`.client("patients")` is `{"client": "patients"}`), a labelled tuple by its labels
///   (`.output(process:output:)`), an unlabelled tuple by the members `payloadMembers` lists.
///
/// The export may hold more than the graph (`format`, `version`); it may not hold less.
@Suite struct ExportCompletenessTests {
  /// Graph properties exported under another name.
  static let renamed: [String: String] = [
    "Input.supplier": "from",
    "Output.client": "to",
    "Relation.supplierProcess": "supplier.process",
    "Relation.supplierOutput": "supplier.output",
  ]

  /// The members an enum case's unlabelled payload is exported as, in order.
  static let payloadMembers: [String: [String]] = [
    "Threshold.compare": ["comparator", "value"],
    "Threshold.between": ["low", "high"],
  ]

  /// Graph properties not expected in the export, and why.
  static let notExported: [String: String] = [
    "Flow.syntax": "the whole chain an edge belongs to; the edge's own `range` is its location",
  ]

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

  static func smallModel() throws -> ProcessGraph {
    let result = ModelLoader.load(path: "\(fixtures)/small", displayPathsRelativeTo: fixtures)
    #expect(result.diagnostics.map(summary) == [])
    return try #require(result.graph)
  }

  static func checker() -> ExportChecker {
    ExportChecker(renamed: renamed, payloadMembers: payloadMembers, notExported: notExported)
  }

  @Test func everyStoredPropertyOfEveryElementIsExported() throws {
    let graph = try Self.smallModel()
    var checker = Self.checker()
    checker.check(graph, exported: try JSONTree.parse(ModelExporter.json(graph)))
    #expect(checker.failures == [])
    let neverFilled = checker.filled.filter { !$0.value }.keys.sorted()
    #expect(neverFilled == [], "these properties hold nothing in Fixtures/small, so their export is not checked: extend the model")
    #expect(checker.filled.count >= 80, "the walk reached \(checker.filled.count) properties")
  }

  @Test func theCheckerFindsMissingAndWrongMembers() throws {
    let graph = try Self.smallModel()
    var tree = try JSONTree.parse(ModelExporter.json(graph))
    guard case .object(var document) = tree, case .array(var clients)? = document["clients"],
      case .object(var first)? = clients.first
    else {
      Issue.record("the export has no clients")
      return
    }
    first["kind"] = nil
    first["description"] = .string("not what the model says")
    clients[0] = .object(first)
    document["clients"] = .array(clients)
    tree = .object(document)
    var checker = Self.checker()
    checker.check(graph, exported: tree)
    #expect(
      checker.failures == [
        "Client.kind (clients[0].kind): no member 'kind'",
        "Client.description (clients[0].description): expected \"Patients registered with the clinic, and their families\", exported \"not what the model says\"",
      ])
  }
}

/// A JSON document as parsed, keeping booleans and numbers apart.
enum JSONTree: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONTree])
  case object([String: JSONTree])

  static func parse(_ text: String) throws -> JSONTree { try JSONDecoder().decode(JSONTree.self, from: Data(text.utf8)) }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONTree].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONTree].self))
    }
  }

  var shown: String {
    switch self {
    case .null: "null"
    case .bool(let value): "\(value)"
    case .number(let value): "\(value)"
    case .string(let value): "\"\(value)\""
    case .array(let values): "an array of \(values.count)"
    case .object: "an object"
    }
  }
}

/// Walks a graph by reflection beside its JSON export; see `ExportCompletenessTests`.
struct ExportChecker {
  let renamed: [String: String]
  let payloadMembers: [String: [String]]
  let notExported: [String: String]
  /// `Type.property (JSON path): problem`.
  private(set) var failures: [String] = []
  /// Every `Type.property` met, and whether it ever held something.
  private(set) var filled: [String: Bool] = [:]

  init(renamed: [String: String], payloadMembers: [String: [String]], notExported: [String: String]) {
    self.renamed = renamed
    self.payloadMembers = payloadMembers
    self.notExported = notExported
  }

  mutating func check(_ graph: ProcessGraph, exported: JSONTree) {
    element(graph, exported, path: "")
  }

  /// A struct of the graph and its JSON object: every stored property a member.
  private mutating func element(_ value: Any, _ json: JSONTree, path: String) {
    guard case .object(let object) = json else {
      let place = path.isEmpty ? "the document" : path
      failures.append("\(place): expected an object for \(Self.typeName(of: value)), exported \(json.shown)")
      return
    }
    let type = Self.typeName(of: value)
    for child in Mirror(reflecting: value).children {
      guard let label = child.label else { continue }
      let property = "\(type).\(label)"
      if notExported[property] != nil { continue }
      let member = label == "syntax" || label == "range" ? "location" : renamed[property] ?? label
      let memberPath = path.isEmpty ? member : "\(path).\(member)"
      guard let exported = Self.member(member, of: object) else {
        failures.append("\(property) (\(memberPath)): no member '\(member)'")
        filled[property] = filled[property] ?? false
        continue
      }
      let held: Bool
      if label == "syntax" || label == "range" {
        held = location(child.value, exported, property: property, path: memberPath)
      } else {
        held = self.value(child.value, exported, property: property, path: memberPath)
      }
      filled[property] = (filled[property] ?? false) || held
    }
  }

  /// `object[a][b]` for `a.b`; a `null` on the way reads as `null`.
  static func member(_ dotted: String, of object: [String: JSONTree]) -> JSONTree? {
    var current = JSONTree.object(object)
    for name in dotted.split(separator: ".") {
      switch current {
      case .object(let members):
        guard let next = members[String(name)] else { return nil }
        current = next
      case .null:
        return .null
      default:
        return nil
      }
    }
    return current
  }

  private mutating func location(_ value: Any, _ json: JSONTree, property: String, path: String) -> Bool {
    let range = (value as? SourceRange) ?? (value as? any SyntaxNode)?.range
    guard let range else {
      failures.append("\(property) (\(path)): \(type(of: value)) has no range to locate")
      return false
    }
    expect(json, .string(range.description), property: property, path: path)
    return true
  }

  /// Whether `value` holds something; fails when `json` is not its export.
  private mutating func value(_ value: Any, _ json: JSONTree, property: String, path: String) -> Bool {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      guard let wrapped = mirror.children.first?.value else {
        expect(json, .null, property: property, path: path)
        return false
      }
      return self.value(wrapped, json, property: property, path: path)
    case .collection:
      guard case .array(let elements) = json, elements.count == mirror.children.count else {
        failures.append("\(property) (\(path)): expected an array of \(mirror.children.count), exported \(json.shown)")
        return mirror.children.count > 0
      }
      for (index, element) in mirror.children.enumerated() {
        _ = self.value(element.value, elements[index], property: property, path: "\(path)[\(index)]")
      }
      return !elements.isEmpty
    default:
      break
    }
    switch value {
    case let file as SourceFile:
      expect(json, .string(file.path), property: property, path: path)
      return true
    case let identifier as Identifier:
      expect(json, .string(identifier.name), property: property, path: path)
      return true
    case let text as String:
      expect(json, .string(text), property: property, path: path)
      return !text.isEmpty
    case let flag as Bool:
      expect(json, .bool(flag), property: property, path: path)
      return flag
    case let number as Int:
      expect(json, .number(Double(number)), property: property, path: path)
      return true
    case let number as Double:
      expect(json, .number(number), property: property, path: path)
      return true
    default:
      break
    }
    if Self.typeName(of: value) == "Word", let word = mirror.children.first(where: { $0.label == "value" }) {
      return self.value(word.value, json, property: property, path: path)
    }
    if mirror.displayStyle == .enum, let payload = mirror.children.first, let caseName = payload.label {
      return enumCase(value, caseName: caseName, payload: payload.value, json, property: property, path: path)
    }
    if mirror.displayStyle == .enum, let raw = value as? any RawRepresentable {
      expect(json, .string(Self.rawText(raw)), property: property, path: path)
      return true
    }
    if mirror.displayStyle == .struct {
      element(value, json, path: path)
      return true
    }
    failures.append("\(property) (\(path)): a value of type \(type(of: value)) that this test does not know how to look for")
    return true
  }

  private mutating func enumCase(
    _ value: Any, caseName: String, payload: Any, _ json: JSONTree, property: String, path: String
  ) -> Bool {
    guard case .object(let object) = json else {
      failures.append("\(property) (\(path)): expected an object for .\(caseName), exported \(json.shown)")
      return true
    }
    let tuple = Mirror(reflecting: payload)
    let elements: [(member: String, value: Any)]
    if let members = payloadMembers["\(Self.typeName(of: value)).\(caseName)"] {
      let values = tuple.displayStyle == .tuple ? tuple.children.map(\.value) : [payload]
      elements = Array(zip(members, values))
    } else if tuple.displayStyle == .tuple, tuple.children.allSatisfy({ $0.label.map { !$0.hasPrefix(".") } ?? false }) {
      elements = tuple.children.map { ($0.label ?? "", $0.value) }
    } else {
      elements = [(caseName, payload)]
    }
    for (member, element) in elements {
      guard let exported = object[member] else {
        failures.append("\(property) (\(path)): no member '\(member)' for .\(caseName)")
        continue
      }
      _ = self.value(element, exported, property: property, path: "\(path).\(member)")
    }
    return true
  }

  private mutating func expect(_ json: JSONTree, _ expected: JSONTree, property: String, path: String) {
    if json != expected { failures.append("\(property) (\(path)): expected \(expected.shown), exported \(json.shown)") }
  }

  static func typeName(of value: Any) -> String {
    String(String(describing: type(of: value)).prefix { $0 != "<" })
  }

  static func rawText<Raw: RawRepresentable>(_ value: Raw) -> String { "\(value.rawValue)" }
}
