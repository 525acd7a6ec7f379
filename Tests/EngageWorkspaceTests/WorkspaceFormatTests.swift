import EngageLanguage
import EngageWorkspace
import Foundation
import Testing

/// Formatting through the workspace: which files a path covers, reading and formatting them in
/// memory, and writing only those that change.
@Suite("Workspace formatting")
struct WorkspaceFormatTests {
  @Test func aDirectoryCoversTheFilesOfItsModelIncludesTooAndAFileOnlyItself() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("m/a.engage", "include \"sub/.inc.engage\"\n")
    try scratch.write("m/sub/.inc.engage", "role r\n")
    try scratch.write("m/sub/b.engage", "role b\n")
    try scratch.write("m/notes.txt", "x\n")
    try scratch.write("other.engage", "role o\n")
    let workspace = Workspace(displayPathsRelativeTo: scratch.path)
    let directory = try workspace.formattingTargets(["\(scratch.path)/m"])
    #expect(directory.map(\.shownAs) == ["m/a.engage", "m/sub/.inc.engage", "m/sub/b.engage"])
    #expect(directory.allSatisfy { $0.path.hasPrefix("/") && FileManager.default.fileExists(atPath: $0.path) })
    let file = try workspace.formattingTargets(["\(scratch.path)/m/a.engage", "\(scratch.path)/other.engage"])
    #expect(file.map(\.shownAs) == ["m/a.engage", "other.engage"])
  }

  @Test func aLinkIsWrittenThroughToTheFileItNames() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("real.engage", "role   r\n")
    try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/link.engage", withDestinationPath: "real.engage")
    let workspace = Workspace(displayPathsRelativeTo: scratch.path)
    let targets = try workspace.formattingTargets(["\(scratch.path)/link.engage", "\(scratch.path)/real.engage"])
    #expect(targets.count == 1)
    #expect(targets.first?.shownAs == "link.engage")
    #expect(targets.first?.path.hasSuffix("/real.engage") == true)
  }

  @Test func aPathThatDoesNotExistIsAUsageFailure() throws {
    let error = try #require(throws: WorkspaceError.self) { try Workspace().formattingTargets(["/no/such.engage"]) }
    #expect(error.exitStatus == 2)
    #expect(error.message == "cannot read '/no/such.engage': no such file or directory")
  }

  @Test func aByteOrderMarkMakesAFileChangeThoughItsTextIsFormatted() {
    let file = Workspace().format([0xEF, 0xBB, 0xBF] + Array("role gp\n".utf8), shownAs: "bom.engage")
    #expect((try? file.result.get().isChanged) == false, "the text after the mark is formatted")
    #expect(file.isChanged)
    #expect(file.formatted == Array("role gp\n".utf8))
  }

  @Test func onlyChangedFilesThatParseAreWritten() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("tidy.engage", "role gp\n")
    try scratch.write("messy.engage", "role   gp\n")
    try scratch.write("bad.engage", "role gp { kidn x }\n")
    let workspace = Workspace(displayPathsRelativeTo: scratch.path)
    var written: [String] = []
    for target in try workspace.formattingTargets(["tidy", "messy", "bad"].map { "\(scratch.path)/\($0).engage" }) {
      let file = try workspace.format(target)
      if try workspace.write(file) { written.append(target.shownAs) }
      if target.shownAs == "bad.engage" {
        #expect(file.formatted == nil)
        #expect(!file.isChanged)
        guard case .failure(.doesNotParse(let diagnostics)) = file.result else {
          Issue.record("bad.engage was formatted")
          continue
        }
        #expect(diagnostics.first?.range.map { "\($0)" } == "bad.engage:1:11")
      }
    }
    #expect(written == ["messy.engage"])
    #expect(scratch.read("messy.engage") == "role gp\n")
    #expect(scratch.read("bad.engage") == "role gp { kidn x }\n")
  }

  @Test func textNotFromAFileIsNeverWritten() throws {
    let file = Workspace().format(Array("role   gp\n".utf8), shownAs: "<stdin>")
    #expect(file.isChanged)
    #expect(try Workspace().write(file) == false)
    #expect(file.target.shownAs == "<stdin>")
  }

  @Test func aModelFromStandardInputIsNamedAndChecked() {
    let workspace = Workspace()
    let model = workspace.load(source: Array("role gp { kind clinican }\n".utf8))
    #expect(model.name == "<stdin>")
    let check = workspace.check(model)
    #expect(check.fails(strict: false))
    #expect(check.diagnostics.first?.range.map { "\($0)" } == "<stdin>:1:16")
    #expect(check.summary == "<stdin>: 1 file, 0 processes — 1 error, 0 warnings")
  }
}

extension WorkspaceFormatTests {
  /// Many files formatted at once come back in the order of their targets, as formatting them
  /// one by one gives them; a file that cannot be read is a failure in its own place.
  @Test func manyFilesAreFormattedInTheirOrder() throws {
    let scratch = try ScratchDirectory()
    for index in 0..<40 { try scratch.write("m/f\(index).engage", "role   r\(index)  \"R\(index)\"\n") }
    let workspace = Workspace(displayPathsRelativeTo: scratch.path)
    var targets = try workspace.formattingTargets(["\(scratch.path)/m"])
    targets.insert(FormattingTarget(path: "\(scratch.path)/gone.engage", shownAs: "gone.engage"), at: 3)
    let results = workspace.format(targets)
    #expect(results.count == 41)
    for (target, result) in zip(targets, results) {
      switch result {
      case .success(let file):
        #expect(file.target == target)
        #expect(file.formatted == (try workspace.format(target)).formatted)
      case .failure(let error):
        #expect(target.shownAs == "gone.engage")
        #expect(error.message == "cannot read 'gone.engage'")
      }
    }
  }
}
