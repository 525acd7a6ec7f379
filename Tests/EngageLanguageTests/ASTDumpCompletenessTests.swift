import Foundation
import Testing

@testable import EngageLanguage

/// The tree dump shows everything a syntax tree holds: for every node of every `Golden/*.engage`
/// model, each stored property (found by reflection, so a property added later is checked too)
/// must appear in that node's part of the dump. A property that never holds anything in those
/// models fails as well, so that a new one comes with an example.
///
/// How a value appears in the dump:
/// - a syntax node (anything with a `range`) is the line with its range `@line:col-line:col`
///   inside its parent's lines; the node's own properties are then looked for under that line;
/// - a range is its `@line:col-line:col`;
/// - a string is quoted as the dump quotes it, or a whole word (identifiers, reference paths);
/// - a vocabulary word or comparator is its raw value, a whole word;
/// - a number is a word that reads as that number, after a letter prefix (`x2`) if any;
/// - `true` is the word `yes`, or the property's name without `is` (`isMultiline`: `multiline`);
///   `false`, `nil`, empty strings and lists hold nothing;
/// - an enum case with a payload is its case name, a word of its line (any letter case);
/// - other structures (a duration, a source file) are their stored properties, each as above.
@Suite struct ASTDumpCompletenessTests {
  /// Stored properties not expected in the dump, and why.
  static let notDumped: [String: String] = [
    "SourceFile.bytes": "the source text itself: the input the dump describes",
    "SourceFile.lineStarts": "a line table computed from the bytes",
  ]

  /// Nodes whose own range has no line in the dump; their content is looked for in their
  /// parent's lines.
  static let rangeNotDumped: [String: String] = [
    "Property.keyword": "a property's line starts at its keyword and names it",
  ]

  @Test func everyStoredPropertyOfEveryNodeIsInTheDump() throws {
    let inputs = Fixtures.names(in: Fixtures.golden, extension: "engage")
    #expect(inputs.count >= 16)
    var checker = DumpChecker(notDumped: Self.notDumped, rangeNotDumped: Self.rangeNotDumped)
    for name in inputs {
      let result = Parser.parse(try Fixtures.sourceFile("Golden", name))
      #expect(result.diagnostics.isEmpty, "Golden/\(name) has errors")
      checker.check(result.syntax, dump: ASTDumper.dump(result.syntax), file: "Golden/\(name)")
    }
    #expect(checker.failures == [])
    let neverFilled = checker.filled.filter { !$0.value }.keys.sorted()
    #expect(
      neverFilled == [],
      "these properties hold nothing in any Golden/*.engage model, so their dump is not checked: add one that fills them")
    #expect(
      checker.declarationKinds.sorted() == Keywords.topLevel.words.sorted(),
      "a kind of declaration is missing from Golden/*.engage")
  }

  @Test func theCheckerFindsAPropertyMissingFromADump() throws {
    let file = SourceFile(path: "t.engage", text: "role gp \"GP\" {\n  kind clinician\n  description \"Sees patients\"\n}\n")
    let result = Parser.parse(file)
    let dump = ASTDumper.dump(result.syntax)
    var complete = DumpChecker(notDumped: Self.notDumped, rangeNotDumped: Self.rangeNotDumped)
    complete.check(result.syntax, dump: dump, file: "t.engage")
    #expect(complete.failures == [])
    let withoutDescription = dump.split(separator: "\n").filter { !$0.contains("description") && !$0.contains("Sees patients") }
      .map { $0 + "\n" }.joined()
    var incomplete = DumpChecker(notDumped: Self.notDumped, rangeNotDumped: Self.rangeNotDumped)
    incomplete.check(result.syntax, dump: withoutDescription, file: "t.engage")
    #expect(
      incomplete.failures == [
        "t.engage: RoleDecl.description (SourceFileSyntax.declarations[0].role.description): Property at @3:3-3:30 is not in the dump of 'Role gp'"
      ])
    let withoutKind = dump.replacingOccurrences(of: "Word clinician", with: "Word")
    var wrongWord = DumpChecker(notDumped: Self.notDumped, rangeNotDumped: Self.rangeNotDumped)
    wrongWord.check(result.syntax, dump: withoutKind, file: "t.engage")
    #expect(
      wrongWord.failures == [
        "t.engage: Word.value (SourceFileSyntax.declarations[0].role.kind.value.value): 'clinician' is not in the dump of 'Word'"
      ])
  }
}

/// Walks a syntax tree by reflection beside its dump; see `ASTDumpCompletenessTests`.
struct DumpChecker {
  let notDumped: [String: String]
  let rangeNotDumped: [String: String]
  /// `file: Type.property (path): problem`.
  private(set) var failures: [String] = []
  /// Every `Type.property` met, and whether it ever held something.
  private(set) var filled: [String: Bool] = [:]
  /// The cases of `Declaration` met.
  private(set) var declarationKinds: Set<String> = []
  private var file = ""

  init(notDumped: [String: String], rangeNotDumped: [String: String]) {
    self.notDumped = notDumped
    self.rangeNotDumped = rangeNotDumped
  }

  mutating func check(_ syntax: SourceFileSyntax, dump: String, file: String) {
    self.file = file
    let lines = DumpLines(dump)
    guard let root = lines.subtree(at: 0) else {
      failures.append("\(file): the dump is empty")
      return
    }
    walk(syntax, in: root, path: "SourceFileSyntax", range: .onItsLine)
  }

  /// Where a walked value's own `range` is.
  enum OwnRange {
    /// On the first line of the subtree: the value is a node with a line of its own.
    case onItsLine
    /// Nowhere: the value is a node listed in `rangeNotDumped`.
    case notDumped
    /// The value is not a node: a `range` property is checked like any other.
    case none
  }

  /// Checks a node's or structure's stored properties within `tree`: the node's line and the
  /// lines under it.
  private mutating func walk(_ value: Any, in tree: DumpSubtree, path: String, range ownRange: OwnRange) {
    let type = Self.typeName(of: value)
    for child in Self.storedProperties(of: value) {
      let property = "\(type).\(child.label)"
      if notDumped[property] != nil { continue }
      if child.label == "range", ownRange != .none, let range = child.value as? SourceRange {
        filled[property] = true
        if ownRange == .onItsLine, tree.rootRange != Self.text(range) {
          fail(property, path, "its range @\(Self.text(range)) is not on the line '\(tree.rootLabel)'")
        }
        continue
      }
      let held = check(child.value, property: property, in: tree, path: "\(path).\(child.label)")
      filled[property] = (filled[property] ?? false) || held
    }
  }

  /// Whether `value` holds something; fails when what it holds is not in `tree`.
  private mutating func check(_ value: Any, property: String, in tree: DumpSubtree, path: String) -> Bool {
    let mirror = Mirror(reflecting: value)
    let name = String(property.split(separator: ".").last ?? "")
    switch mirror.displayStyle {
    case .optional:
      guard let wrapped = mirror.children.first?.value else { return false }
      return check(wrapped, property: property, in: tree, path: path)
    case .collection:
      var held = false
      for (index, element) in mirror.children.enumerated() {
        held = check(element.value, property: property, in: tree, path: "\(path)[\(index)]") || held
      }
      return held
    default:
      break
    }
    if let range = value as? SourceRange {
      if !tree.ranges.contains(Self.text(range)) {
        fail(property, path, "@\(Self.text(range)) is not in the dump of '\(tree.rootLabel)'")
      }
      return true
    }
    if mirror.displayStyle == .enum, let payload = mirror.children.first, let caseName = payload.label {
      if property == "SourceFileSyntax.declarations" { declarationKinds.insert(caseName) }
      var caseTree = tree
      if let node = payload.value as? any SyntaxNode, let line = tree.line(withRange: Self.text(node.range)) {
        caseTree = tree.subtree(at: line)
      }
      if !caseTree.rootWords.contains(caseName.lowercased()) && !caseTree.words.contains(caseName.lowercased()) {
        fail(property, path, "the case '\(caseName)' is not in the dump of '\(tree.rootLabel)'")
      }
      _ = check(payload.value, property: property, in: caseTree, path: "\(path).\(caseName)")
      return true
    }
    if let node = value as? any SyntaxNode {
      let range = Self.text(node.range)
      if let line = tree.line(withRange: range) {
        walk(value, in: tree.subtree(at: line), path: path, range: .onItsLine)
      } else if rangeNotDumped[property] != nil {
        walk(value, in: tree, path: path, range: .notDumped)
      } else {
        fail(property, path, "\(Self.typeName(of: value)) at @\(range) is not in the dump of '\(tree.rootLabel)'")
      }
      return true
    }
    if mirror.displayStyle == .enum, let raw = value as? any RawRepresentable {
      let word = Self.rawText(raw)
      if !tree.words.contains(word.lowercased()) { fail(property, path, "'\(word)' is not in the dump of '\(tree.rootLabel)'") }
      return true
    }
    switch value {
    case let text as String:
      guard !text.isEmpty else { return false }
      if !tree.labels.contains(where: { $0.contains(ASTDumper.quote(text)) }) && !tree.exactWords.contains(text) {
        fail(property, path, "\(ASTDumper.quote(text)) is not in the dump of '\(tree.rootLabel)'")
      }
      return true
    case let flag as Bool:
      guard flag else { return false }
      let shown = name.hasPrefix("is") ? String(name.dropFirst(2)).lowercased() : name.lowercased()
      if !tree.words.contains("yes") && !tree.words.contains(shown) {
        fail(property, path, "true (as 'yes' or '\(shown)') is not in the dump of '\(tree.rootLabel)'")
      }
      return true
    case let number as Int:
      if !tree.numbers.contains(Double(number)) { fail(property, path, "\(number) is not in the dump of '\(tree.rootLabel)'") }
      return true
    case let number as Double:
      if !tree.numbers.contains(number) { fail(property, path, "\(number) is not in the dump of '\(tree.rootLabel)'") }
      return true
    default:
      break
    }
    if mirror.displayStyle == .tuple {
      var held = false
      for element in mirror.children { held = check(element.value, property: property, in: tree, path: path) || held }
      return held
    }
    if mirror.displayStyle == .struct || mirror.displayStyle == .class {
      walk(value, in: tree, path: path, range: .none)
      return true
    }
    fail(property, path, "a value of type \(type(of: value)) that this test does not know how to look for")
    return true
  }

  private mutating func fail(_ property: String, _ path: String, _ problem: String) {
    failures.append("\(file): \(property) (\(path)): \(problem)")
  }

  /// The stored properties of a value, a class's inherited ones included.
  static func storedProperties(of value: Any) -> [(label: String, value: Any)] {
    var result: [(label: String, value: Any)] = []
    var mirror: Mirror? = Mirror(reflecting: value)
    while let current = mirror {
      result += current.children.compactMap { child in child.label.map { ($0, child.value) } }
      mirror = current.superclassMirror
    }
    return result
  }

  /// A type's name without its generic arguments: `Property`, `ProcessDecl`.
  static func typeName(of value: Any) -> String {
    String(String(describing: type(of: value)).prefix { $0 != "<" })
  }

  static func text(_ range: SourceRange) -> String { "\(range.startLocation)-\(range.endLocation)" }

  static func rawText<Raw: RawRepresentable>(_ value: Raw) -> String { "\(value.rawValue)" }
}

/// A dump's lines: depth (two spaces a level), label, and range.
struct DumpLines {
  struct Line {
    let depth: Int
    let label: String
    let range: String?
  }

  let lines: [Line]

  init(_ dump: String) {
    lines = dump.split(separator: "\n").map { text in
      let indent = text.prefix { $0 == " " }.count
      var label = String(text.dropFirst(indent))
      var range: String?
      if let at = label.range(of: " @", options: .backwards),
        label[at.upperBound...].allSatisfy({ $0.isNumber || $0 == ":" || $0 == "-" })
      {
        range = String(label[at.upperBound...])
        label = String(label[..<at.lowerBound])
      }
      return Line(depth: indent / 2, label: label, range: range)
    }
  }

  func subtree(at index: Int) -> DumpSubtree? {
    guard lines.indices.contains(index) else { return nil }
    var end = index + 1
    while end < lines.count, lines[end].depth > lines[index].depth { end += 1 }
    return DumpSubtree(all: self, bounds: index..<end)
  }
}

/// One line of a dump and the lines under it.
struct DumpSubtree {
  let all: DumpLines
  let bounds: Range<Int>

  var lines: ArraySlice<DumpLines.Line> { all.lines[bounds] }
  var rootLabel: String { all.lines[bounds.lowerBound].label }
  var rootRange: String? { all.lines[bounds.lowerBound].range }
  var rootWords: Set<String> { Set(rootLabel.split(separator: " ").map { $0.lowercased() }) }
  var labels: [String] { lines.map(\.label) }
  var ranges: Set<String> { Set(lines.compactMap(\.range)) }
  var exactWords: Set<String> { Set(labels.flatMap { $0.split(separator: " ").map(String.init) }) }
  /// Words in lower case.
  var words: Set<String> { Set(exactWords.map { $0.lowercased() }) }
  /// The numbers words read as, after a letter prefix (`x2` reads as 2).
  var numbers: Set<Double> { Set(exactWords.compactMap { Double(String($0.drop { $0.isLetter })) }) }

  /// The first line (this one or one under it) with a range.
  func line(withRange range: String) -> Int? {
    bounds.first { all.lines[$0].range == range }
  }

  func subtree(at index: Int) -> DumpSubtree {
    all.subtree(at: index) ?? self
  }
}
