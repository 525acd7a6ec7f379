import Foundation
import Testing

/// `check -` and `export -` read one model file from standard input: diagnostics name it
/// `<stdin>`, and its includes are relative to the working directory, which they may not leave.
@Suite("A model on standard input")
struct StandardInputTests {
  static let model = Array("role gp \"GP\" { kind clinician }\nrole patient \"Patient\" { kind patient }\n".utf8)

  @Test func checkNamesStandardInputInDiagnosticsAndTheSummary() throws {
    let result = try CLIRunner.run(
      ["check", "-"], environment: ["NO_COLOR": "1"], standardInput: Array("role gp { kind clinican }\n".utf8))
    #expect(result.status == 1)
    #expect(
      result.standardError.hasPrefix(
        """
        <stdin>:1:16: error: unknown role kind 'clinican'; did you mean 'clinician'? [EM0005]
        role gp { kind clinican }
                       ^~~~~~~~
          fix-it: replace 'clinican' with 'clinician'

        """))
    #expect(result.standardOutput == "<stdin>: 1 file, 0 processes — 1 error, 0 warnings\n")
  }

  @Test func checkOfAWholeModelOnStandardInputIsClean() throws {
    let scratch = try ScratchDirectory()
    let binary = try CLIRunner.binary()
    let initialised = try CLIRunner.runExecutable(binary, ["init", "starter"], in: scratch.path)
    #expect(initialised.status == 0)
    let text = try Data(contentsOf: URL(fileURLWithPath: "\(scratch.path)/starter/model.engage"))
    let result = try CLIRunner.run(["check", "-", "--strict"], standardInput: Array(text))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "<stdin>: 1 file, 2 processes — 0 errors, 0 warnings\n")
    let json = try CLIRunner.run(["check", "-", "--format", "json"], standardInput: Array(text))
    #expect(json.standardOutput == "[]\n")
  }

  @Test func includesAreRelativeToTheWorkingDirectory() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("shared/roles.engage", "role gp \"GP\" { kind clinician }\n")
    let result = try CLIRunner.run(
      ["check", "-"], in: scratch.path, environment: ["NO_COLOR": "1"],
      standardInput: Array("include \"shared/roles.engage\"\nprocess p \"P\" {\n  owner gp\n}\n".utf8))
    #expect(!result.standardError.contains("EM0009"), "\(result.standardError)")
    #expect(!result.standardError.contains("EM0007"), "the included role is found")
    #expect(result.standardOutput.hasPrefix("<stdin>: 2 files, 1 process — "))
  }

  @Test func anIncludeLeavingTheWorkingDirectoryIsRefused() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("outside.engage", "role gp \"GP\"\n")
    try scratch.write("work/.keep", "")
    let result = try CLIRunner.run(
      ["check", "-"], in: "\(scratch.path)/work", environment: ["NO_COLOR": "1"],
      standardInput: Array("include \"../outside.engage\"\n".utf8))
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("<stdin>:1:9: error: include '../outside.engage' leaves the model's root directory"))
    #expect(result.standardError.contains("[EM0011]"))
  }

  @Test func exportWritesTheModelFromStandardInput() throws {
    let result = try CLIRunner.run(["export", "-"], standardInput: Self.model)
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(json["files"] as? [String] == ["<stdin>"])
    let roles = try #require(json["roles"] as? [[String: Any]])
    #expect(roles.compactMap { $0["id"] as? String } == ["gp", "patient"])
    #expect(roles.first?["location"] as? String == "<stdin>:1:1")
  }

  @Test func emptyStandardInputIsAnEmptyModel() throws {
    let result = try CLIRunner.run(["check", "-"], standardInput: [])
    #expect(!result.crashed)
    #expect(result.status == 1, "a model needs an organisation")
    #expect(result.standardOutput.hasPrefix("<stdin>: 1 file, 0 processes — 1 error"))
  }
}
