import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("engagemap fmt")
struct FmtCommandTests {
  static let formattingCases = "\(CLIRunner.packageRoot)/Tests/EngageLanguageTests/Formatting"
  static let malformedDirectory = "\(CLIRunner.packageRoot)/Tests/EngageLanguageTests/Malformed"

  static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
  static var messy: [UInt8] { get throws { try bytes("\(formattingCases)/messy.engage") } }
  static var messyFormatted: [UInt8] { get throws { try bytes("\(formattingCases)/messy.formatted") } }

  /// The modification time, inode and bytes of a file: what "not touched" leaves as it was.
  struct Fingerprint: Equatable {
    let modified: Date?
    let inode: UInt64?
    let bytes: [UInt8]

    init(_ path: String) throws {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      modified = attributes[.modificationDate] as? Date
      inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
      bytes = try FmtCommandTests.bytes(path)
    }
  }

  /// Sets a file's modification time well in the past, so that a rewrite would show.
  static func age(_ path: String) throws {
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 946_684_800)], ofItemAtPath: path)
  }

  // MARK: - Files

  @Test func changedFileIsRewrittenAtomicallyWithItsPermissions() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("messy.engage", try Self.messy)
    chmod("\(scratch.path)/messy.engage", 0o640)
    let result = try CLIRunner.run(["fmt", "messy.engage"], in: scratch.path)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "formatted messy.engage\n")
    #expect(result.standardError == "")
    #expect(try Self.bytes("\(scratch.path)/messy.engage") == Self.messyFormatted)
    let attributes = try FileManager.default.attributesOfItem(atPath: "\(scratch.path)/messy.engage")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["messy.engage"], "no temporary file left")
  }

  @Test func unchangedFileIsNotTouched() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("tidy.engage", try Self.messyFormatted)
    try Self.age("\(scratch.path)/tidy.engage")
    let before = try Fingerprint("\(scratch.path)/tidy.engage")
    let result = try CLIRunner.run(["fmt", "tidy.engage"], in: scratch.path)
    #expect(result.status == 0)
    #expect(result.standardOutput == "")
    #expect(try Fingerprint("\(scratch.path)/tidy.engage") == before)
  }

  @Test func aByteOrderMarkAloneIsAChange() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("bom.engage", [0xEF, 0xBB, 0xBF] + Array("role gp\n".utf8))
    let result = try CLIRunner.run(["fmt", "bom.engage"], in: scratch.path)
    #expect(result.status == 0)
    #expect(result.standardOutput == "formatted bom.engage\n")
    #expect(try Self.bytes("\(scratch.path)/bom.engage") == Array("role gp\n".utf8))
  }

  @Test func directoryFormatsEveryFileOfTheModelAndNothingOutsideIt() throws {
    let scratch = try ScratchDirectory()
    let messy = "role   a  \"A\"{kind staff}\r\n"
    try scratch.write("model/main.engage", "include  \"parts/.hidden.engage\"\n" + messy)
    try scratch.write("model/parts/b.engage", "role b \"B\" {\n\tkind staff }\n")
    try scratch.write("model/parts/.hidden.engage", "role   h \"H\"\n")
    try scratch.write("model/notes.txt", "  not a model file  \n")
    try scratch.write("model/tidy.engage", "role t \"T\" { kind staff }\n")
    try scratch.write("outside.engage", messy)
    try FileManager.default.createSymbolicLink(
      atPath: "\(scratch.path)/model/link.engage", withDestinationPath: "\(scratch.path)/outside.engage")
    let untouched = try ["model/notes.txt", "model/tidy.engage", "outside.engage"].map { path -> (String, Fingerprint) in
      try Self.age("\(scratch.path)/\(path)")
      return (path, try Fingerprint("\(scratch.path)/\(path)"))
    }
    let result = try CLIRunner.run(["fmt", "model"], in: scratch.path)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput == """
        formatted model/main.engage
        formatted model/parts/.hidden.engage
        formatted model/parts/b.engage

        """)
    #expect(scratch.read("model/main.engage") == "include \"parts/.hidden.engage\"\nrole a \"A\" { kind staff }\n")
    #expect(scratch.read("model/parts/b.engage") == "role b \"B\" {\n  kind staff\n}\n")
    #expect(scratch.read("model/parts/.hidden.engage") == "role h \"H\"\n")
    for (path, fingerprint) in untouched {
      #expect(try Fingerprint("\(scratch.path)/\(path)") == fingerprint, "\(path) was touched")
    }
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: "\(scratch.path)/model/link.engage")
    #expect(link == "\(scratch.path)/outside.engage")
  }

  @Test func linkToAFileIsFollowedAndStaysALink() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("real.engage", try Self.messy)
    try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/link.engage", withDestinationPath: "real.engage")
    let result = try CLIRunner.run(["fmt", "link.engage"], in: scratch.path)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "formatted link.engage\n")
    #expect(try Self.bytes("\(scratch.path)/real.engage") == Self.messyFormatted)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(scratch.path)/link.engage") == "real.engage")
  }

  @Test func aFileNamedTwiceIsFormattedOnce() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("m/a.engage", "role  a\n")
    let result = try CLIRunner.run(["fmt", "m", "m/a.engage", "./m/a.engage"], in: scratch.path)
    #expect(result.status == 0)
    #expect(result.standardOutput == "formatted m/a.engage\n")
  }

  // MARK: - --check

  @Test func checkListsTheFilesThatWouldChangeAndWritesNothing() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("model/messy.engage", try Self.messy)
    try scratch.write("model/tidy.engage", try Self.messyFormatted)
    let paths = ["model/messy.engage", "model/tidy.engage"]
    for path in paths { try Self.age("\(scratch.path)/\(path)") }
    let before = try paths.map { try Fingerprint("\(scratch.path)/\($0)") }
    let check = try CLIRunner.run(["fmt", "--check", "model"], in: scratch.path)
    #expect(check.status == 1)
    #expect(check.standardOutput == "model/messy.engage\n")
    #expect(check.standardError == "")
    #expect(try paths.map { try Fingerprint("\(scratch.path)/\($0)") } == before)

    let format = try CLIRunner.run(["fmt", "model"], in: scratch.path)
    #expect(format.status == 0)
    let clean = try CLIRunner.run(["fmt", "--check", "model"], in: scratch.path)
    #expect(clean.status == 0)
    #expect(clean.standardOutput == "")
  }

  /// `Models/` stays formatted, so the examples and `fmt` agree.
  @Test func modelsAreFormatted() throws {
    let result = try CLIRunner.run(["fmt", "--check", "Models/riverside", "Models/northshore"])
    #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    #expect(result.standardOutput == "")
  }

  // MARK: - Files that do not parse

  @Test func fileWithErrorsIsNotTouchedAndTheOthersAreFormatted() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("bad.engage", "role gp {\n  kidn clinician\n}\n")
    try scratch.write("good.engage", try Self.messy)
    try Self.age("\(scratch.path)/bad.engage")
    let before = try Fingerprint("\(scratch.path)/bad.engage")
    let result = try CLIRunner.run(["fmt", "bad.engage", "good.engage"], in: scratch.path, environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.standardOutput == "formatted good.engage\n")
    #expect(
      result.standardError == """
        bad.engage:2:3: error: unknown keyword 'kidn' in role 'gp'; did you mean 'kind'? [EM0004]
          kidn clinician
          ^~~~
          fix-it: replace 'kidn' with 'kind'
        error: bad.engage was not formatted: fix its errors first

        """)
    #expect(try Fingerprint("\(scratch.path)/bad.engage") == before)
    #expect(try Self.bytes("\(scratch.path)/good.engage") == Self.messyFormatted)
  }

  @Test func everyMalformedFileIsRefusedUntouchedWithoutACrash() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.malformedDirectory)
      .filter { $0.hasSuffix(".engage") }.sorted()
    #expect(names.count >= 30)
    let scratch = try ScratchDirectory()
    var before: [String: Fingerprint] = [:]
    for name in names {
      try scratch.write(name, try Self.bytes("\(Self.malformedDirectory)/\(name)"))
      try Self.age("\(scratch.path)/\(name)")
      before[name] = try Fingerprint("\(scratch.path)/\(name)")
    }
    let result = try CLIRunner.run(["fmt"] + names, in: scratch.path, environment: ["NO_COLOR": "1"], timeout: 120)
    #expect(!result.crashed)
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    for name in names {
      #expect(try Fingerprint("\(scratch.path)/\(name)") == before[name], "\(name) was touched")
      #expect(result.standardError.contains("error: \(name) was not formatted: fix its errors first\n"))
    }
    #expect(containsLocatedError(result.standardError))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).count == names.count)
  }

  // MARK: - Standard input

  @Test func standardInputIsFormattedToStandardOutput() throws {
    let result = try CLIRunner.run(["fmt", "-"], standardInput: try Self.messy)
    #expect(result.status == 0)
    #expect(Array(result.standardOutput.utf8) == (try Self.messyFormatted))
    #expect(result.standardError == "")

    let check = try CLIRunner.run(["fmt", "--check", "-"], standardInput: try Self.messy)
    #expect(check.status == 1)
    #expect(check.standardOutput == "<stdin>\n")
    let tidy = try CLIRunner.run(["fmt", "--check", "-"], standardInput: try Self.messyFormatted)
    #expect(tidy.status == 0)
    #expect(tidy.standardOutput == "")
  }

  @Test func standardInputWithErrorsWritesNothingToStandardOutput() throws {
    let result = try CLIRunner.run(
      ["fmt", "-"], environment: ["NO_COLOR": "1"], standardInput: Array("role gp { kind clinican }\n".utf8))
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(result.standardError.hasPrefix("<stdin>:1:16: error: unknown role kind 'clinican'; did you mean 'clinician'? [EM0005]\n"))
    #expect(result.standardError.hasSuffix("error: <stdin> was not formatted: fix its errors first\n"))
  }

  // MARK: - Usage and I/O

  @Test(
    "usage and I/O failures exit 2",
    arguments: [
      (["fmt"], "Missing expected argument"),
      (["fmt", "-", "Models/riverside"], "'-' (standard input) cannot be formatted together with files"),
      (["fmt", "does/not/exist.engage"], "error: cannot read 'does/not/exist.engage': no such file or directory"),
      (["fmt", "Tests/EngageMapCLITests/Fixtures/no-engage-files"], "contains no .engage files"),
    ])
  func usageAndIOFailuresExitTwo(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput == "")
  }

  /// A file that cannot be replaced (its directory is not writable for the user running
  /// `engagemap`, `nobody` when the tests run as root) is an I/O failure; the file stays.
  @Test func fileThatCannotBeWrittenIsAnIOFailureAndStaysAsItWas() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("locked/messy.engage", try Self.messy)
    chmod("\(scratch.path)/locked", 0o555)
    defer { chmod("\(scratch.path)/locked", 0o755) }
    let binary = try CLIRunner.binary()
    let result =
      getuid() == 0
      ? try CLIRunner.runExecutable(
        "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "fmt", "locked/messy.engage"],
        in: scratch.path)
      : try CLIRunner.run(["fmt", "locked/messy.engage"], in: scratch.path)
    #expect(result.status == 2, "\(result.standardError)")
    #expect(result.standardError.hasPrefix("error: cannot write 'locked/messy.engage': Permission denied"), "\(result.standardError)")
    #expect(result.standardOutput == "")
    #expect(try Self.bytes("\(scratch.path)/locked/messy.engage") == Self.messy)
  }
}
