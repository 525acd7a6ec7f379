import EngageLanguage
import EngageTestSupport
import Foundation
import Testing

/// Every construct of the language parses to the expected tree: each `Golden/*.engage` is
/// valid, and its dump equals the `.dump` file beside it.
@Suite struct GoldenDumpTests {
  static let golden = GoldenDirectory("Golden")
  static let inputs = Fixtures.names(in: Fixtures.golden, extension: "engage")

  static func dumpName(_ input: String) -> String { String(input.dropLast(".engage".count)) + ".dump" }

  @Test func everyConstructHasAGoldenInput() {
    let expected = [
      "allow", "bom", "client", "comments", "crlf", "empty", "escapes", "flows", "full_example", "include", "measure",
      "megaprocess", "organisation", "process", "relation", "role", "settings", "steps", "triple_quoted",
    ]
    #expect(Self.inputs == expected.map { "\($0).engage" })
  }

  @Test(arguments: inputs)
  func dumpMatchesGolden(_ name: String) throws {
    let file = try Fixtures.sourceFile("Golden", name)
    let result = Parser.parse(file)
    #expect(result.diagnostics.isEmpty, "\(DiagnosticTextFormatter(colour: false).format(result.diagnostics))")
    Self.golden.expect(ASTDumper.dump(result.syntax), matches: Self.dumpName(name))
  }

  @Test func everyDumpBelongsToAnInput() {
    Self.golden.expectNoStaleFiles(claimed: Self.inputs.map(Self.dumpName)) { $0.hasSuffix(".dump") }
  }
}
