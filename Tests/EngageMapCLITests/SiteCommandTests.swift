import Foundation
import Testing

/// `engagemap site`: parses its options, generates the site in memory, writes it as a set.
@Suite("engagemap site")
struct SiteCommandTests {
  /// Every entry under `directory` (files and directories, hidden ones included), sorted.
  static func tree(_ directory: String) -> [String] {
    (FileManager.default.subpaths(atPath: directory) ?? []).sorted()
  }

  static func copyModel(_ name: String, into scratch: ScratchDirectory) throws -> String {
    let target = "\(scratch.path)/\(name)"
    try FileManager.default.copyItem(atPath: "\(CLIRunner.packageRoot)/Models/\(name)", toPath: target)
    return target
  }

  @Test func writesTheWholeSiteIntoTheDirectory() throws {
    let scratch = try ScratchDirectory()
    let output = "\(scratch.path)/site"
    let result = try CLIRunner.run(["site", "Models/riverside", "--data", "Models/riverside/data/measures.csv", "-o", output])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "riverside: wrote 43 pages (46 files) to \(output)\n")
    #expect(result.standardError.isEmpty)
    let files = Self.tree(output).filter { !$0.hasSuffix("process") && !$0.hasSuffix("role") && $0 != "assets" && $0 != "megaprocess" }
    #expect(files.count == 46)
    for path in ["index.html", "process/disclosure.html", "megaprocess/care_partnership.html", "role/partner.html", "assets/site.css", "assets/search-index.js"] {
      #expect(files.contains(path), "\(path)")
    }
    let home = try String(contentsOfFile: "\(output)/index.html", encoding: .utf8)
    #expect(home.contains("with measure data from <strong>measures.csv</strong> for 2026-11"))
    #expect(!files.contains { $0.hasPrefix(".engagemap-") }, "no staging left behind")
  }

  @Test func theDefaultDirectoryIsBesideTheMapsOfTheModel() throws {
    let scratch = try ScratchDirectory()
    let model = try Self.copyModel("northshore", into: scratch)
    let result = try CLIRunner.run(["site", model], in: scratch.path)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "northshore: wrote 36 pages (39 files) to Diagrams/northshore/site\n")
    #expect(FileManager.default.fileExists(atPath: "\(scratch.path)/Diagrams/northshore/site/index.html"))
  }

  @Test func aModelWithErrorsPrintsItsDiagnosticsAndWritesNothing() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["site", "Tests/EngageMapCLITests/Fixtures/unknown-role.engage", "-o", "\(scratch.path)/site"])
    #expect(result.status == 1)
    #expect(containsLocatedError(result.standardError), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    #expect(Self.tree(scratch.path) == [])
  }

  @Test func refusesToWriteOverAFileOfTheModel() throws {
    let scratch = try ScratchDirectory()
    let model = try Self.copyModel("northshore", into: scratch)
    let file = "\(model)/roles.engage"
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let result = try CLIRunner.run(["site", model, "-o", file])
    #expect(result.status == 2)
    #expect(result.standardError.contains("it is a file of the model being read, which an output may not replace"), "\(result.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    #expect(!Self.tree(model).contains { $0.contains(".engagemap-") })
  }

  @Test func refusesToWriteOverTheMeasureData() throws {
    let scratch = try ScratchDirectory()
    let data = "\(scratch.path)/measures.csv"
    try FileManager.default.copyItem(atPath: "\(CLIRunner.packageRoot)/Models/riverside/data/measures.csv", toPath: data)
    let before = try Data(contentsOf: URL(fileURLWithPath: data))
    let result = try CLIRunner.run(["site", "Models/riverside", "--data", data, "-o", data])
    #expect(result.status == 2)
    #expect(result.standardError.contains("it is the measure data file being read"), "\(result.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
    #expect(Self.tree(scratch.path) == ["measures.csv"])
  }

  /// A directory where a page goes refuses the whole set before anything is written: the site
  /// already there stays as it was, with nothing half-written beside it.
  @Test func aSiteThatCannotBeWrittenLeavesTheDirectoryAsItWas() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("site/old.html", "keep me")
    try FileManager.default.createDirectory(atPath: "\(scratch.path)/site/process/disclosure.html", withIntermediateDirectories: true)
    let result = try CLIRunner.run(["site", "Models/riverside", "-o", "\(scratch.path)/site"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("is a directory, where the output is a file"), "\(result.standardError)")
    #expect(Self.tree("\(scratch.path)/site") == ["old.html", "process", "process/disclosure.html"])
  }

  @Test func unusableMeasureDataWritesNothing() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["site", "Models/northshore", "--data", "\(scratch.path)/missing.csv", "-o", "\(scratch.path)/site"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("missing.csv"), "\(result.standardError)")
    #expect(Self.tree(scratch.path) == [])
  }

  @Test(arguments: [
    (["site"], "Missing expected argument '<model>'"),
    (["site", "Models/riverside", "--period", "2026-10"], "--period needs --data"),
    (["site", "Models/riverside", "--collapse-above=-1"], "--collapse-above must be 0 or more"),
  ])
  func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }
}
