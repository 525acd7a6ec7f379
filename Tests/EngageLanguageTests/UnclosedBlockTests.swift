import EngageLanguage
import Testing

/// A block left open before a top-level declaration keyword at the start of a line: the keyword
/// closes the block(s) that cannot contain it, the missing '}' is reported once, and the
/// declaration is parsed at the level where it belongs, so its own errors are reported too.
@Suite struct UnclosedBlockTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let source: String
    /// `line:col message` for every diagnostic.
    let diagnostics: [String]
    /// The top-level declarations, with the processes of a megaprocess in parentheses.
    let outline: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "role left open before the next role",
      source: "role c \"C\" { kind staff\nrole d \"D\" { kind staff }\nprocess p \"P\" {\n  kind mian\n}\n",
      diagnostics: [
        "1:24 expected '}' to close role 'c' before 'role'",
        "4:8 unknown process kind 'mian'; did you mean 'main'?",
      ],
      outline: ["role c", "role d", "process p"]),
    Case(
      name: "every top-level keyword closes a role",
      source: """
        role a {
        organisation o
        role b {
        client c
        role d {
        megaprocess m
        role e {
        relation r
        role f {
        include "x.engage"
        role g {
        settings { rule EM0301 off }
        role h {
        process p
        """,
      diagnostics: [
        "1:9 expected '}' to close role 'a' before 'organisation'",
        "3:9 expected '}' to close role 'b' before 'client'",
        "5:9 expected '}' to close role 'd' before 'megaprocess'",
        "7:9 expected '}' to close role 'e' before 'relation'",
        "9:9 expected '}' to close role 'f' before 'include'",
        "11:9 expected '}' to close role 'g' before 'settings'",
        "13:9 expected '}' to close role 'h' before 'process'",
      ],
      outline: [
        "role a", "organisation o", "role b", "client c", "role d", "megaprocess m ()", "role e", "relation r",
        "role f", "include", "role g", "settings", "role h", "process p",
      ]),
    Case(
      name: "nested blocks are closed together",
      source: "megaprocess m {\n  process p {\n    step s {\n      duration 2 hours\nrole r { kind staf }\n",
      diagnostics: [
        "4:23 expected '}' to close step 's', '}' to close process 'p' and '}' to close megaprocess 'm' before 'role'",
        "5:15 unknown role kind 'staf'; did you mean 'staff'?",
      ],
      outline: ["megaprocess m (p)", "role r"]),
    Case(
      name: "process closes a process but stays in its megaprocess",
      source: "megaprocess m {\n  process p {\n    kind main\nprocess q { kind mian }\n}\nrole r\n",
      diagnostics: [
        "3:14 expected '}' to close process 'p' before 'process'",
        "4:18 unknown process kind 'mian'; did you mean 'main'?",
      ],
      outline: ["megaprocess m (p, q)", "role r"]),
    Case(
      name: "process at column 1 inside a megaprocess is nested",
      source: "megaprocess m {\nprocess p { kind main }\nmeasure x { unit percent }\n}\n",
      diagnostics: [],
      outline: ["megaprocess m (p)"]),
    Case(
      name: "measure at column 1 inside a process or relation is nested",
      source: "process p {\nmeasure x { unit percent }\n}\nrelation r {\nmeasure y { unit count }\n}\n",
      diagnostics: [],
      outline: ["process p", "relation r"]),
    Case(
      name: "client property at column 1 inside a megaprocess",
      source: "megaprocess m {\nclient patients\n}\n",
      diagnostics: [],
      outline: ["megaprocess m ()"]),
    Case(
      name: "client declaration closes a megaprocess",
      source: "megaprocess m {\n  level direct_care\nclient patients \"Patients\" { kind external }\n",
      diagnostics: ["2:20 expected '}' to close megaprocess 'm' before 'client'"],
      outline: ["megaprocess m ()", "client patients"]),
    Case(
      name: "a flow from a step named like a keyword stays a flow",
      source: "process p {\n  start role\n  end done\nrole -> done\n}\n",
      diagnostics: [],
      outline: ["process p"]),
    Case(
      name: "indented keyword is still misplaced",
      source: "role c {\n  role d\n}\n",
      diagnostics: ["2:3 'role' is not allowed in role 'c' (it belongs at top level)"],
      outline: ["role c"]),
    Case(
      name: "settings left open",
      source: "settings {\n  rule EM0301 off\nrole r\n",
      diagnostics: ["2:18 expected '}' to close settings before 'role'"],
      outline: ["settings", "role r"]),
    Case(
      name: "block opened on the keyword's line, empty",
      source: "role c {\nrole d\n",
      diagnostics: ["1:9 expected '}' to close role 'c' before 'role'"],
      outline: ["role c", "role d"]),
  ]

  @Test(arguments: cases)
  func unclosedBlock(_ testCase: Case) {
    let result = Parser.parse(SourceFile(path: "u.engage", text: testCase.source))
    #expect(result.diagnostics.map { "\($0.range?.startLocation.description ?? "-") \($0.message)" } == testCase.diagnostics)
    #expect(result.syntax.declarations.map(Self.outline) == testCase.outline)
  }

  static func outline(_ declaration: Declaration) -> String {
    switch declaration {
    case .organisation(let d): "organisation \(d.id.name)"
    case .client(let d): "client \(d.id.name)"
    case .role(let d): "role \(d.id.name)"
    case .megaprocess(let d): "megaprocess \(d.id.name) (\(d.processes.map(\.id.name).joined(separator: ", ")))"
    case .process(let d): "process \(d.id.name)"
    case .relation(let d): "relation \(d.id.name)"
    case .include: "include"
    case .settings: "settings"
    }
  }
}
