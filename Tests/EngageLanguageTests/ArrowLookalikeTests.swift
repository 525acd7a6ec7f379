import EngageLanguage
import Testing

/// Something written for a flow's `->` that is not one is reported once, at the look-alike, with
/// a fix-it to `->`; the flow is still read.
@Suite struct ArrowLookalikeTests {
  static let lookalikes = ["=>", "->>", "-->", "—>", "→", "- >", "==>", "⇒", "~>", "–>", "= >"]

  @Test(arguments: lookalikes)
  func lookalikeBetweenTwoSteps(_ arrow: String) throws {
    let text = "process p {\n  start a\n  end b\n  a \(arrow) b\n}\n"
    let result = Parser.parse(SourceFile(path: "a.engage", text: text))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == LanguageCode.syntax)
    #expect(diagnostic.message == "'\(arrow)' is not an arrow; connect steps with '->', as in 'a -> b'")
    #expect(diagnostic.range?.startLocation.description == "4:5")
    #expect(diagnostic.range.map { $0.file.text(of: $0) } == arrow)
    #expect(diagnostic.fixIts.map(\.replacement) == ["->"])
    #expect(flows(result) == [["a", "b"]])
  }

  /// A source line in process `p` and what it gives: messages and the flows read.
  static let lines: [(line: String, messages: [String], flows: [[String]])] = [
    ("a -> b", [], [["a", "b"]]),
    ("a -> b => c", ["'=>' is not an arrow; connect steps with '->', as in 'b -> c'"], [["a", "b", "c"]]),
    ("a => b -> c when \"yes\"", ["'=>' is not an arrow; connect steps with '->', as in 'a -> b'"], [["a", "b", "c"]]),
    ("x.out => b", ["'=>' is not an arrow; connect steps with '->', as in 'x.out -> b'"], [["x.out", "b"]]),
    ("a→b", ["'→' is not an arrow; connect steps with '->', as in 'a -> b'"], [["a", "b"]]),
    ("end => b", ["'=>' is not an arrow; connect steps with '->', as in 'end -> b'"], [["end", "b"]]),
    ("a => 5", ["unknown keyword 'a' in process 'p'; expected 'kind', 'owner', 'purpose', 'engagement', 'tags', 'description', 'input', 'output', 'start', 'step', 'decision', 'end', 'measure' or 'allow'"], []),
    ("kind => main", ["expected a process kind after 'kind' (main, support or management), found '='"], []),
  ]

  @Test(arguments: lines)
  func flowLine(_ line: String, _ messages: [String], _ expectedFlows: [[String]]) {
    let result = Parser.parse(SourceFile(path: "a.engage", text: "process p {\n  \(line)\n}\n"))
    #expect(result.diagnostics.map(\.message) == messages)
    #expect(flows(result) == expectedFlows)
  }

  private func flows(_ result: ParseResult) -> [[String]] {
    result.syntax.declarations.flatMap { declaration -> [[String]] in
      guard case .process(let process) = declaration else { return [] }
      return process.flows.map { $0.nodes.map(\.description) }
    }
  }
}
