import Foundation
import Testing

/// `engagemap init`: a starter model that checks clean under `--strict`, renders every view, has
/// data `measures` evaluates, and is already formatted; never written into a directory that
/// holds anything.
@Suite("engagemap init")
struct InitCommandTests {
  @Test func starterModelChecksRendersMeasuresAndIsFormatted() throws {
    let scratch = try ScratchDirectory()
    let written = try CLIRunner.run(["init", "clinics/lakeside", "--name", "Lakeside Clinic"], in: scratch.path)
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardError == "")
    #expect(written.standardOutput.hasPrefix("clinics/lakeside: wrote model.engage and data/measures.csv\n"))
    #expect(scratch.read("clinics/lakeside/model.engage")?.contains("organisation lakeside_clinic \"Lakeside Clinic\" {") == true)
    #expect(
      try FileManager.default.subpathsOfDirectory(atPath: "\(scratch.path)/clinics/lakeside").sorted()
        == ["data", "data/measures.csv", "model.engage"])

    let check = try CLIRunner.run(["check", "clinics/lakeside", "--strict"], in: scratch.path)
    #expect(check.status == 0, "\(check.standardError)")
    #expect(check.standardError == "")
    #expect(check.standardOutput == "lakeside: 1 file, 2 processes — 0 errors, 0 warnings\n")

    let render = try CLIRunner.run(["render", "clinics/lakeside", "-o", "maps"], in: scratch.path)
    #expect(render.status == 0, "\(render.standardError)")
    #expect(
      try FileManager.default.subpathsOfDirectory(atPath: "\(scratch.path)/maps").sorted() == [
        "engagement.svg", "landscape.svg", "measures.svg", "process", "process/care_planning.svg",
        "process/engagement_review.svg", "relations.svg",
      ])

    let measures = try CLIRunner.run(
      ["measures", "clinics/lakeside", "--data", "clinics/lakeside/data/measures.csv"], in: scratch.path,
      environment: ["NO_COLOR": "1"])
    #expect(measures.status == 0, "\(measures.standardError)")
    #expect(measures.standardError == "")
    #expect(measures.standardOutput.contains("No measure missed its target."))
    for measure in ["plans_with_goals", "involved_in_decisions", "reviews_with_partners", "team_acts_on_reviews", "actions_acted_on"] {
      #expect(measures.standardOutput.contains(measure), "\(measure) has data")
    }
    #expect(!measures.standardOutput.contains("no data"))

    let format = try CLIRunner.run(["fmt", "--check", "clinics/lakeside"], in: scratch.path)
    #expect(format.status == 0)
    #expect(format.standardOutput == "")
  }

  @Test func withoutANameTheOrganisationHasTheDefaultOne() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["init", "m"], in: scratch.path)
    #expect(result.status == 0)
    #expect(scratch.read("m/model.engage")?.contains("organisation our_health_centre \"Our Health Centre\" {") == true)
  }

  @Test func anEmptyDirectoryIsUsed() throws {
    let scratch = try ScratchDirectory()
    try FileManager.default.createDirectory(atPath: "\(scratch.path)/empty", withIntermediateDirectories: true)
    let result = try CLIRunner.run(["init", "empty"], in: scratch.path)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(scratch.read("empty/model.engage") != nil)
  }

  @Test(arguments: [".hidden", "notes.txt", "sub/model.engage"])
  func aDirectoryThatHoldsAnythingIsRefusedAndLeftAsItWas(_ existing: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("taken/\(existing)", "mine\n")
    let result = try CLIRunner.run(["init", "taken"], in: scratch.path)
    #expect(result.status == 2)
    #expect(result.standardOutput == "")
    #expect(
      result.standardError
        == "error: 'taken' is not empty; init writes a starter model only into a new or empty directory, so that nothing of yours is replaced\n"
    )
    #expect(try FileManager.default.subpathsOfDirectory(atPath: "\(scratch.path)/taken").sorted().last == existing)
    #expect(scratch.read("taken/\(existing)") == "mine\n")
    #expect(scratch.read("taken/model.engage") == nil)
  }

  @Test(
    arguments: [
      (["init", "file.txt"], "error: 'file.txt' is a file; give a new or empty directory for the starter model"),
      (["init", "m", "--name", " "], "error: the organisation's name is empty; give one with --name"),
      (["init"], "Missing expected argument '<directory>'"),
    ])
  func usageFailuresExitTwoAndWriteNothing(_ arguments: [String], _ message: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("file.txt", "mine\n")
    let result = try CLIRunner.run(arguments, in: scratch.path)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["file.txt"])
    #expect(scratch.read("file.txt") == "mine\n")
  }
}
