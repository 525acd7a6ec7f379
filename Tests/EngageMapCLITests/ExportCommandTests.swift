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
    #expect(result.standardError == "error: cannot write '\(scratch.path)/file/model.json': '\(scratch.path)/file' is not a directory\n")
  }

  /// (`-o` argument, run in a scratch directory holding the model `m/model.engage` and the
  /// directory `odir`; the exact error)
  static let refusedOutputs: [(String, String)] = [
    ("m/model.engage", "error: cannot write 'm/model.engage': it is a file of the model being read, which an output may not replace; give another path"),
    ("./m/../m/model.engage", "error: cannot write './m/../m/model.engage': it is the model's file 'm/model.engage', which an output may not replace; give another path"),
    ("link.engage", "error: cannot write 'link.engage': it is the model's file 'm/model.engage', which an output may not replace; give another path"),
    ("odir", "error: cannot write 'odir': 'odir' is a directory; give a file path"),
    ("m/model.engage/x.json", "error: cannot write 'm/model.engage/x.json': 'm/model.engage' is not a directory"),
  ]

  @Test(arguments: refusedOutputs)
  func outputThatWouldReplaceTheModelOrADirectoryIsRefused(output: String, message: String) throws {
    let scratch = try ScratchDirectory()
    let model = "role r \"R\" { kind staff }\n"
    try scratch.write("m/model.engage", model)
    try FileManager.default.createDirectory(atPath: "\(scratch.path)/odir", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/link.engage", withDestinationPath: "m/model.engage")
    let result = try CLIRunner.run(["export", "m", "-o", output], in: scratch.path)
    #expect(result.status == 2)
    #expect(result.standardError == message + "\n")
    let bytes = try #require(FileManager.default.contents(atPath: "\(scratch.path)/m/model.engage"))
    #expect(String(decoding: bytes, as: UTF8.self) == model)
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch.path)/odir") == [])
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch.path)/m") == ["model.engage"])
  }

  @Test(arguments: [["export"], ["export", "Models/riverside", "--format", "xml"], ["export", "missing-model"]])
  func usageAndIOFailuresExitTwo(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
  }
}
