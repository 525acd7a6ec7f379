import Foundation
import Testing

@Suite("engagemap check")
struct CheckCommandTests {
  static let unknownRole = "Tests/EngageMapCLITests/Fixtures/unknown-role.engage"

  @Test func modelWithAnErrorExitsOneWithLocatedDiagnosticAndSummary() throws {
    let result = try CLIRunner.run(["check", Self.unknownRole])
    #expect(result.status == 1)
    #expect(
      result.standardError == """
        \(Self.unknownRole):3:9: error: unknown role 'gq'; did you mean 'gp'? [EM0007]
          owner gq
                ^~
          fix-it: replace 'gq' with 'gp'

        """)
    #expect(result.standardOutput == "unknown-role: 1 file, 1 process — 1 error, 0 warnings\n")
  }

  @Test func cleanModelExitsZeroWithSummaryOnly() throws {
    let result = try CLIRunner.run(["check", "Models/riverside"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError == "")
    #expect(result.standardOutput.hasPrefix("riverside: "))
    #expect(result.standardOutput.hasSuffix(" processes — 0 errors, 0 warnings\n"))
  }

  @Test func jsonFormatWritesDiagnosticsToStandardOutput() throws {
    let result = try CLIRunner.run(["check", Self.unknownRole, "--format", "json"])
    #expect(result.status == 1)
    #expect(result.standardError == "")
    let records = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    #expect(records.count == 1)
    #expect(records.first?["code"] as? String == "EM0007")
    #expect(records.first?["file"] as? String == Self.unknownRole)
    #expect(records.first?["line"] as? Int == 3)
    #expect(records.first?["column"] as? Int == 9)
  }

  @Test func jsonFormatOfACleanModelIsAnEmptyArray() throws {
    let result = try CLIRunner.run(["check", "Models/riverside", "--format", "json"])
    #expect(result.status == 0)
    let records = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [Any]
    #expect(records?.isEmpty == true)
  }

  @Test func strictFailsOnWarningsOnly() throws {
    let scratch = try ScratchDirectory()
    let model = "\(scratch.path)/riverside"
    try FileManager.default.copyItem(atPath: "\(CLIRunner.packageRoot)/Models/riverside", toPath: model)
    // A management process with owner and purpose but no inputs, outputs or measures: warnings, no errors.
    let owner = try firstRoleID(in: model)
    try scratch.write(
      "riverside/zz-extra.engage",
      "process extra_review \"Extra review\" {\n  kind management\n  owner \(owner)\n  purpose \"Review\"\n}\n")
    let lenient = try CLIRunner.run(["check", model])
    #expect(lenient.status == 0, "\(lenient.standardError)")
    #expect(lenient.standardOutput.contains("— 0 errors, "))
    #expect(!lenient.standardOutput.contains(", 0 warnings"))
    #expect(lenient.standardError.contains(": warning: "))
    let strict = try CLIRunner.run(["check", model, "--strict"])
    #expect(strict.status == 1)
    #expect(strict.standardOutput == lenient.standardOutput)
  }

  @Test(
    "usage and I/O failures exit 2",
    arguments: [
      ["check"],
      ["check", "Models/riverside", "--format", "yaml"],
      ["check", "Models/riverside", "--no-such-flag"],
      ["check", "does/not/exist.engage"],
      ["check", "Tests/EngageMapCLITests/Fixtures/no-engage-files"],
      ["no-such-command"],
    ])
  func usageAndIOFailuresExitTwo(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2, "\(result.standardError)")
    #expect(!result.crashed)
    #expect(!result.standardError.isEmpty)
  }

  /// (a symbolic link `m/<name>` to a destination, exit status, the error line naming it)
  static let linkedMembers: [(String, String, Int32, String)] = [
    (
      "evil.engage", "/etc/passwd", 1,
      "error: 'm/evil.engage' is a symbolic link to '/etc/passwd', outside the model's root directory 'm'; a model may only read files inside its directory [EM0011]"
    ),
    (
      "x.engage", "/nope", 2,
      "error: 'm/x.engage' is a symbolic link to '/nope', which does not exist; remove the link or restore its target [EM0014]"
    ),
    (
      "lp.engage", "lp.engage", 2,
      "error: 'm/lp.engage' is a symbolic link that leads back to itself (a link loop); replace it with the file it should name [EM0014]"
    ),
  ]

  @Test(arguments: linkedMembers)
  func linkedMemberOfAModelDirectoryIsReportedNotReadOrSkipped(
    name: String, destination: String, status: Int32, line: String
  ) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("m/ok.engage", "role r \"R\" { kind staff }\n")
    try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/m/\(name)", withDestinationPath: destination)
    let result = try CLIRunner.run(["check", "m"], in: scratch.path, environment: ["NO_COLOR": "1"])
    #expect(result.status == status)
    #expect(result.standardError.split(separator: "\n").contains { $0 == line }, "\(result.standardError)")
    #expect(!result.standardError.contains("root:"))
  }

  @Test func missingModelSaysSo() throws {
    let result = try CLIRunner.run(["check", "does/not/exist.engage"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot read model 'does/not/exist.engage': no such file or directory"))
    #expect(result.standardOutput == "")
  }

  @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
    let binary = try CLIRunner.binary()
    let command = "\(binary) check \(Self.unknownRole)"
    let plain = try CLIRunner.run(["check", Self.unknownRole], environment: ["TERM": "xterm"], unsetting: ["NO_COLOR"])
    #expect(!plain.standardError.contains("\u{1B}["))
    let terminal = try CLIRunner.runExecutable(
      "/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm"], unsetting: ["NO_COLOR"])
    #expect(terminal.status == 1)
    #expect(terminal.standardOutput.contains("\u{1B}["))
    let noColour = try CLIRunner.runExecutable(
      "/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm", "NO_COLOR": "1"])
    #expect(noColour.status == 1)
    #expect(noColour.standardOutput.contains("error: unknown role 'gq'"))
    #expect(!noColour.standardOutput.contains("\u{1B}["))
  }

  /// The id of the first `role` declared in a model directory's files (sorted by name).
  private func firstRoleID(in directory: String) throws -> String {
    let files = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".engage") }.sorted()
    for file in files {
      let text = try String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("role ") {
        if let id = line.split(separator: " ").dropFirst().first { return String(id) }
      }
    }
    throw CLIRunnerError.fixture("no role declared in \(directory)")
  }
}
