import Foundation
import Testing

/// Every bad input fails cleanly, and every shipped model checks clean.
@Suite("Corpora")
struct CorpusTests {
  static let malformedDirectory = "\(CLIRunner.packageRoot)/Tests/EngageLanguageTests/Malformed"
  static let modelsDirectory = "\(CLIRunner.packageRoot)/Models"

  static let malformedFiles: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: malformedDirectory)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()

  static let models: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: modelsDirectory)) ?? [])
    .filter { name in
      var isDirectory: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(atPath: "\(modelsDirectory)/\(name)", isDirectory: &isDirectory)
        && (isDirectory.boolValue || name.hasSuffix(".engage"))
    }.sorted()

  @Test func corporaAreThere() {
    #expect(Self.malformedFiles.count >= 30)
    #expect(Self.models.count >= 2)
  }

  @Test("malformed input fails with a located diagnostic and no crash", arguments: malformedFiles)
  func malformedInputFailsCleanly(file: String) throws {
    let result = try CLIRunner.run(["check", "Tests/EngageLanguageTests/Malformed/\(file)"], timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1 || result.status == 2, "exit \(result.status): \(result.standardError.prefix(2000))")
    #expect(containsLocatedError(result.standardError), "\(result.standardError.prefix(2000))")
  }

  @Test("every model in Models/ checks clean", arguments: models)
  func modelChecksClean(model: String) throws {
    let result = try CLIRunner.run(["check", "Models/\(model)"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("— 0 errors"))
  }

  @Test func fiftyThousandNestedBraces() throws {
    let scratch = try ScratchDirectory()
    let text =
      "process deep \"Deep\" " + String(repeating: "{\n", count: 50_000) + String(repeating: "}\n", count: 50_000)
    try scratch.write("deep.engage", text)
    let result = try CLIRunner.run(["check", "\(scratch.path)/deep.engage"], timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1)
    #expect(containsLocatedError(result.standardError))
  }

  @Test(
    "a 5 MB single line",
    arguments: [
      "role r \"" + String(repeating: "x", count: 5_000_000),
      String(repeating: "role r \"R\" ", count: 5_000_000 / 11),
      String(repeating: "@", count: 5_000_000),
    ])
  func fiveMegabyteLine(text: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("long.engage", text)
    let result = try CLIRunner.run(["check", "\(scratch.path)/long.engage"], timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1)
    #expect(containsLocatedError(result.standardError))
    #expect(result.standardError.utf8.count < 1_000_000)
  }
}
