import Foundation
import Testing

@Suite("engagemap export")
struct ExportCommandTests {
  @Test func exportIsByteIdenticalAcrossRuns() throws {
    let first = try CLIRunner.run(["export", "Models/riverside", "--format", "json"])
    let second = try CLIRunner.run(["export", "Models/riverside"])
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardError == "")
    #expect(first.standardOutput == second.standardOutput)
    let object = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
    #expect(object?["format"] as? String == "engagemap-model")
    #expect((object?["processes"] as? [Any])?.isEmpty == false)
  }

  @Test func outputFileHoldsTheSameBytesAndNothingElseIsLeft() throws {
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/out/model.json"
    let written = try CLIRunner.run(["export", "Models/northshore", "-o", target])
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardOutput == "")
    let printed = try CLIRunner.run(["export", "Models/northshore"])
    let bytes = try #require(FileManager.default.contents(atPath: target))
    #expect(String(decoding: bytes, as: UTF8.self) == printed.standardOutput)
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch.path)/out") == ["model.json"])
  }

  @Test func modelWithErrorsIsNotExported() throws {
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/model.json"
    let result = try CLIRunner.run(["export", CheckCommandTests.unknownRole, "-o", target])
    #expect(result.status == 1)
    #expect(containsLocatedError(result.standardError))
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func unwritableOutputExitsTwo() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("file", "a file, not a directory")
    let result = try CLIRunner.run(["export", "Models/northshore", "-o", "\(scratch.path)/file/model.json"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot write"))
  }

  @Test(arguments: [["export"], ["export", "Models/riverside", "--format", "xml"], ["export", "missing-model"]])
  func usageAndIOFailuresExitTwo(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
  }
}
