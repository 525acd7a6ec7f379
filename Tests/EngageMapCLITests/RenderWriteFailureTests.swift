import Foundation
import Testing

/// `render` writes a whole set or nothing: a write failure part-way leaves the output directory
/// as it was, with no staging directory or temporary file left behind. Tests run as root in CI,
/// and root ignores directory permissions, so the failures are made by means root cannot
/// bypass: a file size limit (`ulimit -f`: EFBIG for every user) and, for an unwritable
/// directory, the command run as `nobody` when the tests run as root.
@Suite("engagemap render write failures")
struct RenderWriteFailureTests {
  /// An output directory holding an older render and a file of the user's.
  static func existingOutput(in scratch: ScratchDirectory) throws -> String {
    try scratch.write("out/landscape.svg", "old landscape")
    try scratch.write("out/process/shared_care_planning.svg", "old process map")
    try scratch.write("out/notes.txt", "the user's notes")
    return "\(scratch.path)/out"
  }

  static let existingTree = ["landscape.svg", "notes.txt", "process", "process/shared_care_planning.svg"]

  func expectUnchanged(_ scratch: ScratchDirectory, sourceLocation: SourceLocation = #_sourceLocation) {
    let out = "\(scratch.path)/out"
    #expect((FileManager.default.subpaths(atPath: out) ?? []).sorted() == Self.existingTree, sourceLocation: sourceLocation)
    func read(_ name: String) -> String? {
      FileManager.default.contents(atPath: "\(out)/\(name)").map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(read("landscape.svg") == "old landscape", sourceLocation: sourceLocation)
    #expect(read("process/shared_care_planning.svg") == "old process map", sourceLocation: sourceLocation)
    #expect(read("notes.txt") == "the user's notes", sourceLocation: sourceLocation)
    let leftovers = (FileManager.default.subpaths(atPath: scratch.path) ?? []).filter { $0.contains(".engagemap-") }
    #expect(leftovers == [], sourceLocation: sourceLocation)
  }

  @Test func aFileTooLargeToWriteLeavesTheOutputDirectoryAsItWas() throws {
    let scratch = try ScratchDirectory()
    let out = try Self.existingOutput(in: scratch)
    let result = try CLIRunner.spawn(["render", "Models/riverside", "-o", out], fileSizeLimitBlocks: 16)
    #expect(!result.crashed, "ended by signal \(result.status - 128): SIGXFSZ must be ignored")
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("error: cannot write '\(out)/"), "\(result.standardError)")
    #expect(result.standardError.hasSuffix(": File too large; '\(out)' was left as it was\n"), "\(result.standardError)")
    #expect(result.standardOutput == "")
    expectUnchanged(scratch)

    let unlimited = try CLIRunner.spawn(["render", "Models/riverside", "-o", out])
    #expect(unlimited.status == 0, "\(unlimited.standardError)")
    #expect(FileManager.default.fileExists(atPath: "\(out)/relations.svg"))
  }

  @Test func aFileTooLargeToWriteCreatesNoOutputDirectory() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.spawn(["render", "Models/riverside", "-o", "\(scratch.path)/new/out"], fileSizeLimitBlocks: 16)
    #expect(!result.crashed)
    #expect(result.status == 2)
    #expect(result.standardError.contains("File too large"), "\(result.standardError)")
    #expect((FileManager.default.subpaths(atPath: scratch.path) ?? []) == [])
  }

  /// `landscape.svg` is moved into place first; the process maps then cannot be, and the
  /// landscape must be put back.
  @Test func anUnwritableSubdirectoryStopsThePartWayMoveAndPutsBackWhatWasReplaced() throws {
    let scratch = try ScratchDirectory()
    let out = try Self.existingOutput(in: scratch)
    chmod(out, 0o777)
    chmod("\(out)/landscape.svg", 0o666)
    chmod("\(out)/process", 0o555)
    defer { chmod("\(out)/process", 0o755) }
    let result = try CLIRunner.spawn(["render", "Models/riverside", "-o", out], asNobody: getuid() == 0)
    #expect(!result.crashed)
    #expect(result.status == 2, "\(result.standardError)")
    #expect(result.standardError.hasPrefix("error: cannot write '\(out)/process/"), "\(result.standardError)")
    #expect(result.standardError.hasSuffix(": Permission denied; '\(out)' was left as it was\n"), "\(result.standardError)")
    expectUnchanged(scratch)
  }

  @Test func anUnwritableOutputDirectoryWritesNothing() throws {
    let scratch = try ScratchDirectory()
    let out = try Self.existingOutput(in: scratch)
    chmod(out, 0o555)
    defer { chmod(out, 0o755) }
    let result = try CLIRunner.spawn(["render", "Models/riverside", "-o", out], asNobody: getuid() == 0)
    #expect(!result.crashed)
    #expect(result.status == 2)
    #expect(result.standardError == "error: cannot write '\(out)': Permission denied; nothing was written\n")
    expectUnchanged(scratch)
  }

  /// The measure data a command reads may not be its output, by any path, nor a model file.
  @Test(arguments: [
    ["measures", "m", "--data", "data.csv", "-o", "data.csv"],
    ["measures", "m", "--data", "data.csv", "--format", "html", "-o", "./m/../data.csv"],
    ["render", "m", "--data", "data.csv", "-o", "data.csv"],
    ["render", "m", "--data", "data.csv", "--view", "measures", "-o", "./data.csv/"],
    ["export", "m", "-o", "m/clients.engage"],
  ])
  func anInputAsTheOutputIsRefused(arguments: [String]) throws {
    let scratch = try ScratchDirectory()
    let riverside = CLIRunner.packageRoot + "/Models/riverside"
    try FileManager.default.copyItem(atPath: riverside, toPath: "\(scratch.path)/m")
    try FileManager.default.moveItem(atPath: "\(scratch.path)/m/data/measures.csv", toPath: "\(scratch.path)/data.csv")
    let before = try Self.contents(of: scratch.path)
    let result = try CLIRunner.run(arguments, in: scratch.path)
    #expect(result.status == 2, "\(result.standardError)")
    let output = try #require(arguments.last)
    let which =
      switch output {
      case "m/clients.engage": "a file of the model being read"
      case "data.csv": "the measure data file being read"
      default: "the measure data file 'data.csv'"
      }
    #expect(
      result.standardError.hasSuffix(
        "error: cannot write '\(output)': it is \(which), which an output may not replace; give another path\n"),
      "\(result.standardError)")
    #expect(try Self.contents(of: scratch.path) == before, "nothing was written or changed")
  }

  /// Every file under `directory` with its bytes.
  static func contents(of directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in FileManager.default.subpaths(atPath: directory) ?? [] {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
        let bytes = try #require(FileManager.default.contents(atPath: "\(directory)/\(path)"))
        files[path] = bytes
      } else {
        files[path] = Data()
      }
    }
    return files
  }
}
