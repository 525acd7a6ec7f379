import EngageTestSupport
import Foundation
import Testing

/// Every bad input fails cleanly, and every shipped model checks clean: `engagemap check` on each
/// prints exactly what its golden file `Golden/corpus/<malformed|model>-<name>.txt` holds.
@Suite("Corpora")
struct CorpusTests {
  static let malformedDirectory = "\(CLIRunner.packageRoot)/Tests/EngageLanguageTests/Malformed"
  static let modelsDirectory = "\(CLIRunner.packageRoot)/Models"
  static let golden = GoldenDirectory("Golden/corpus")

  static let malformedFiles: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: malformedDirectory)) ?? [])
    .filter { !$0.hasPrefix(".") && $0.hasSuffix(".engage") }.sorted()

  static let models: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: modelsDirectory)) ?? [])
    .filter { name in
      var isDirectory: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(atPath: "\(modelsDirectory)/\(name)", isDirectory: &isDirectory)
        && (isDirectory.boolValue || name.hasSuffix(".engage"))
    }.sorted()

  static func goldenName(malformed file: String) -> String { "malformed-\(file.dropLast(".engage".count)).txt" }
  static func goldenName(model: String) -> String { "model-\(model).txt" }

  /// Standard error longer than this is kept in a golden file by its diagnostic lines only.
  static let longOutput = 200

  /// A run as its golden file holds it: the command, exit status, standard output, and standard
  /// error, all of it or, when longer than `longOutput` lines, its diagnostic, note and fix-it
  /// lines (the source and caret lines under them are counted, not kept).
  static func transcript(_ arguments: [String], _ result: CLIResult) -> String {
    var text = "$ engagemap \(arguments.joined(separator: " "))\nexit status \(result.status)\n"
    text += "--- standard output\n\(result.standardOutput)"
    let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > longOutput else { return text + "--- standard error\n\(result.standardError)" }
    let kept = lines.filter(isDiagnosticLine)
    text += "--- standard error: \(lines.count - 1) lines; the \(lines.count - 1 - kept.count) source and caret lines are left out\n"
    return text + kept.map { "\($0)\n" }.joined()
  }

  /// `path:line:col: error: …`, `error: …`, notes and fix-its: the lines that say something,
  /// as opposed to the source line and caret shown under them.
  static func isDiagnosticLine(_ line: Substring) -> Bool {
    let severities = [": error: ", ": warning: ", ": info: ", ": note: "]
    return line.hasPrefix("Tests/") && severities.contains { line.contains($0) }
      || ["error: ", "warning: ", "note: ", "  fix-it: "].contains { line.hasPrefix($0) }
  }

  @Test func corporaAreThere() {
    #expect(Self.malformedFiles.count >= 30)
    #expect(Self.models.count >= 2)
  }

  @Test("malformed input fails with exactly its diagnostics and no crash", arguments: malformedFiles)
  func malformedInputFailsCleanly(file: String) throws {
    let arguments = ["check", "Tests/EngageLanguageTests/Malformed/\(file)"]
    let result = try CLIRunner.run(arguments, environment: ["NO_COLOR": "1"], timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1, "exit \(result.status): \(result.standardError.prefix(2000))")
    Self.golden.expect(Self.transcript(arguments, result), matches: Self.goldenName(malformed: file))
  }

  @Test("every model in Models/ checks clean", arguments: models)
  func modelChecksClean(model: String) throws {
    let arguments = ["check", "Models/\(model)"]
    let result = try CLIRunner.run(arguments, environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError == "")
    #expect(result.standardOutput.hasSuffix(" — 0 errors, 0 warnings\n"))
    Self.golden.expect(Self.transcript(arguments, result), matches: Self.goldenName(model: model))
  }

  @Test func everyGoldenBelongsToAMalformedFileOrAModel() {
    Self.golden.expectNoStaleFiles(
      claimed: Self.malformedFiles.map { Self.goldenName(malformed: $0) } + Self.models.map { Self.goldenName(model: $0) })
  }

  @Test func fiftyThousandNestedBraces() throws {
    let scratch = try ScratchDirectory()
    let text =
      "process deep \"Deep\" " + String(repeating: "{\n", count: 50_000) + String(repeating: "}\n", count: 50_000)
    try scratch.write("deep.engage", text)
    let result = try CLIRunner.run(["check", "deep.engage"], in: scratch.path, timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1)
    #expect(result.standardOutput == "deep: 1 file, 1 process — 2 errors, 0 warnings\n")
    #expect(
      result.standardError == """
        deep.engage:2:1: error: unexpected '{'; a block opens on the same line as its declaration, such as 'role gp "GP" {' [EM0001]
        {
        ^
        deep.engage:65:1: error: blocks are nested more than 64 deep; the rest of this block is skipped [EM0013]
        {
        ^

        """)
  }

  /// (the 5 MB line, standard error: a window of the line around the range)
  static let longLines: [(text: String, standardError: String)] = [
    (
      "role r \"" + String(repeating: "x", count: 5_000_000),
      "long.engage:1:8: error: unterminated string at end of file; add a closing '\"' [EM0002]\n"
        + "role r \"" + String(repeating: "x", count: 599) + "...\n"
        + String(repeating: " ", count: 7) + "^" + String(repeating: "~", count: 599) + "\n"
    ),
    (
      String(repeating: "role r \"R\" ", count: 5_000_000 / 11),
      "long.engage:1:12: error: unexpected 'role' in role 'r'; expected a title string, '{' or the end of the line [EM0001]\n"
        + String(String(repeating: "role r \"R\" ", count: 20).prefix(215)) + "...\n"
        + String(repeating: " ", count: 11) + "^~~~\n"
    ),
    (
      String(repeating: "@", count: 5_000_000),
      "long.engage:1:1: error: unexpected character '@' (U+0040) [EM0003]\n"
        + String(repeating: "@", count: 600) + "...\n"
        + "^" + String(repeating: "~", count: 599) + "\n"
    ),
  ]

  @Test("a 5 MB single line", arguments: longLines)
  func fiveMegabyteLine(text: String, standardError: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("long.engage", text)
    let result = try CLIRunner.run(["check", "long.engage"], in: scratch.path, timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1)
    #expect(result.standardOutput == "long: 1 file, 0 processes — 1 error, 0 warnings\n")
    #expect(result.standardError == standardError)
  }
}
