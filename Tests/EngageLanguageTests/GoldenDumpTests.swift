import EngageLanguage
import Foundation
import Testing

/// Every construct of the language parses to the expected tree: each `Golden/*.engage` is
/// valid, and its dump equals the `.dump` file beside it.
@Suite struct GoldenDumpTests {
  static let inputs = Fixtures.names(in: Fixtures.golden, extension: "engage")

  @Test func everyConstructHasAGoldenInput() {
    let expected = [
      "bom", "client", "comments", "crlf", "escapes", "flows", "include", "measure", "megaprocess",
      "organisation", "process", "relation", "role", "settings", "steps", "triple_quoted",
    ]
    for name in expected { #expect(Self.inputs.contains("\(name).engage"), "no Golden/\(name).engage") }
  }

  @Test(arguments: inputs)
  func dumpMatchesGolden(_ name: String) throws {
    let file = try Fixtures.sourceFile("Golden", name)
    let result = Parser.parse(file)
    #expect(result.diagnostics.isEmpty, "\(DiagnosticTextFormatter(colour: false).format(result.diagnostics))")
    let dumpURL = Fixtures.golden.appendingPathComponent(name.replacingOccurrences(of: ".engage", with: ".dump"))
    try Fixtures.expectGolden(ASTDumper.dump(result.syntax), at: dumpURL)
  }
}
