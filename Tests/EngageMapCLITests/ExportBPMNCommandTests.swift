import Foundation
import Testing

@Suite("engagemap export --format bpmn")
struct ExportBPMNCommandTests {
  @Test func bpmnIsPrintedTheSameTwiceAndWrittenAtomically() throws {
    let first = try CLIRunner.run(["export", "Models/northshore", "--format", "bpmn"])
    let second = try CLIRunner.run(["export", "Models/northshore", "--format", "bpmn"])
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardError == "")
    #expect(first.standardOutput == second.standardOutput)
    #expect(first.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions "))
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/out/northshore.bpmn"
    let written = try CLIRunner.run(["export", "Models/northshore", "--format", "bpmn", "-o", target])
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardOutput == "")
    let bytes = try #require(FileManager.default.contents(atPath: target))
    #expect(String(decoding: bytes, as: UTF8.self) == first.standardOutput)
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch.path)/out") == ["northshore.bpmn"])
  }

  @Test func oneProcessIsExportedWithTheProcessesItHandsOverTo() throws {
    let result = try CLIRunner.run(["export", "Models/riverside", "--format", "bpmn", "--process", "shared_care_planning"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("<bpmn:process id=\"shared_care_planning\" "))
    #expect(result.standardOutput.contains("<bpmn:process id=\"self_management\" "))
    #expect(!result.standardOutput.contains("<bpmn:process id=\"medicine_reconciliation\" "))
  }

  @Test func modelWithErrorsIsNotExported() throws {
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/model.bpmn"
    let result = try CLIRunner.run(["export", CheckCommandTests.unknownRole, "--format", "bpmn", "-o", target])
    #expect(result.status == 1)
    #expect(containsLocatedError(result.standardError))
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test(arguments: [
    (["--format", "bpmn", "--process", "nowhere"], "error: the model has no process 'nowhere'\n"),
    (["--process", "shared_care_planning"], "error: --process shared_care_planning applies to --format bpmn only\n"),
  ])
  func unknownProcessOrProcessWithoutBPMNExitsTwo(arguments: [String], message: String) throws {
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/model.bpmn"
    let result = try CLIRunner.run(["export", "Models/riverside", "-o", target] + arguments)
    #expect(result.status == 2)
    #expect(result.standardError == message)
    #expect(!FileManager.default.fileExists(atPath: target))
  }
}
