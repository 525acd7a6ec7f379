import Foundation
import Testing

/// Writing standard output never traps: a full device, a closed descriptor or a pipe nobody
/// reads ends every command with exit status 2 and a message on standard error, never a crash
/// or a signal. Standard error failing does not change the status a command would have had.
@Suite("standard output and error that cannot be written")
struct StandardStreamFailureTests {
  static let clinic = "Tests/EngageMeasuresTests/Fixtures/clinic"

  /// Every subcommand, ArgumentParser's own output (help, version), and each command's
  /// outputs to standard output. `OUT` stands for a scratch directory.
  static let commands: [[String]] = [
    ["--help"],
    ["--version"],
    ["help", "render"],
    ["render", "--help"],
    ["check", "Models/riverside"],
    ["check", CheckCommandTests.unknownRole],
    ["check", "Models/riverside", "--format", "json"],
    ["check", "Models/riverside", "--format", "sarif"],
    ["render", "Models/riverside", "--process", "shared_care_planning", "--format", "dot", "-o", "OUT"],
    ["measures", "\(clinic)/model.engage", "--data", "\(clinic)/data.csv"],
    ["measures", "\(clinic)/model.engage", "--data", "\(clinic)/data.csv", "--format", "html"],
    ["export", "Models/northshore"],
    ["rules"],
    ["rules", "--format", "json"],
    ["explain", "EM0103"],
    ["explain", "EM0401"],
  ]

  static let failingTargets: [StreamTarget] = [.deviceFull, .closed, .brokenPipe]

  @Test(arguments: commands, failingTargets)
  func standardOutputThatCannotBeWrittenExitsTwo(arguments: [String], target: StreamTarget) throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.spawn(arguments.map { $0 == "OUT" ? scratch.path : $0 }, standardOutput: target)
    #expect(!result.crashed, "ended by signal \(result.status - 128)")
    #expect(result.status == 2, "\(result.standardError)")
    let reason = try #require(target.failureReason)
    #expect(result.standardError.hasSuffix("error: cannot write to standard output: \(reason)\n"), "\(result.standardError)")
  }

  @Test func theSameCommandsSucceedWithAStandardOutputThatCanBeWritten() throws {
    for arguments in Self.commands {
      let scratch = try ScratchDirectory()
      let result = try CLIRunner.spawn(arguments.map { $0 == "OUT" ? scratch.path : $0 })
      #expect(!result.crashed)
      #expect(result.status == 0 || result.status == 1, "\(arguments): \(result.standardError)")
      #expect(!result.standardOutput.isEmpty, "\(arguments) writes to standard output")
    }
  }

  /// Standard error failing is ignored: the diagnostics are lost, but the summary is written
  /// and the status is the model's (1 for errors).
  @Test(arguments: failingTargets)
  func standardErrorThatCannotBeWrittenKeepsTheStatus(target: StreamTarget) throws {
    let result = try CLIRunner.spawn(["check", CheckCommandTests.unknownRole], standardError: target)
    #expect(!result.crashed)
    #expect(result.status == 1)
    #expect(result.standardOutput == "unknown-role: 1 file, 1 process — 1 error, 0 warnings\n")
    let usage = try CLIRunner.spawn(["check", "--no-such-flag"], standardError: target)
    #expect(!usage.crashed)
    #expect(usage.status == 2)
  }

  @Test(arguments: failingTargets)
  func bothStreamsFailingStillEndsWithTwo(target: StreamTarget) throws {
    let result = try CLIRunner.spawn(["check", "Models/riverside"], standardOutput: target, standardError: target)
    #expect(!result.crashed)
    #expect(result.status == 2)
  }

  @Test func aClosedStandardOutputDoesNotStopACommandThatWritesToAFile() throws {
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/model.json"
    let result = try CLIRunner.spawn(["export", "Models/northshore", "-o", target], standardOutput: .closed)
    #expect(result.status == 0, "\(result.standardError)")
    let written = String(decoding: try #require(FileManager.default.contents(atPath: target)), as: UTF8.self)
    let printed = try CLIRunner.run(["export", "Models/northshore"])
    #expect(written == printed.standardOutput)
  }
}
