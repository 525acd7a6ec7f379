import Foundation
import Testing

@testable import EngageWorkspace

/// Single files: temporary file beside the destination, renamed over it; inputs protected.
@Suite("AtomicWriter: single files")
struct AtomicWriterFileTests {
  @Test func writesAFileCreatingItsDirectoriesAndLeavesNothingElse() throws {
    let scratch = try ScratchDirectory()
    try AtomicWriter().write("hello\n", to: "\(scratch.path)/out/deeper/file.txt")
    #expect(scratch.read("out/deeper/file.txt") == "hello\n")
    #expect(scratch.tree() == ["out", "out/deeper", "out/deeper/file.txt"])
  }

  @Test func replacingAFileKeepsItsPermissions() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("file.txt", "old")
    chmod("\(scratch.path)/file.txt", 0o640)
    try AtomicWriter().write("new", to: "\(scratch.path)/file.txt")
    #expect(scratch.read("file.txt") == "new")
    let attributes = try FileManager.default.attributesOfItem(atPath: "\(scratch.path)/file.txt")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("out/file.txt", "old")
    var writer = AtomicWriter()
    writer.injectedFailure = { $0 == .write(0) ? ENOSPC : nil }
    let error = try #require(throws: AtomicWriteError.self) {
      try writer.write("new contents", to: "\(scratch.path)/out/file.txt")
    }
    #expect(error.message == "cannot write '\(scratch.path)/out/file.txt': No space left on device")
    #expect(scratch.read("out/file.txt") == "old")
    #expect(scratch.tree("out") == ["file.txt"])
  }

  @Test func aFailedWriteRemovesTheDirectoriesItCreated() throws {
    let scratch = try ScratchDirectory()
    var writer = AtomicWriter()
    writer.injectedFailure = { _ in EIO }
    #expect(throws: AtomicWriteError.self) { try writer.write("x", to: "\(scratch.path)/new/dir/file.txt") }
    #expect(scratch.tree() == [])
  }

  @Test func refusesADirectoryAndAPathThroughAFile() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("file", "a file")
    try FileManager.default.createDirectory(atPath: "\(scratch.path)/dir", withIntermediateDirectories: true)
    let directory = try #require(throws: AtomicWriteError.self) { try AtomicWriter().write("x", to: "\(scratch.path)/dir") }
    #expect(directory.reason == "'\(scratch.path)/dir' is a directory; give a file path")
    let throughFile = try #require(throws: AtomicWriteError.self) {
      try AtomicWriter().write("x", to: "\(scratch.path)/file/x.json")
    }
    #expect(throughFile.reason == "'\(scratch.path)/file' is not a directory")
    #expect(scratch.read("file") == "a file")
  }

  @Test func aFileInAnUnwritableDirectoryFailsWithTheReasonAndLeavesItAsItWas() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("locked/file.txt", "old")
    let outcome = try withUnwritableDirectory("\(scratch.path)/locked") {
      Result { () throws(AtomicWriteError) in try AtomicWriter().write("new", to: "\(scratch.path)/locked/file.txt") }
    }
    guard case .failure(let error) = outcome else {
      Issue.record("writing into an unwritable directory succeeded")
      return
    }
    #expect(error.reason == "Permission denied")
    #expect(scratch.read("locked/file.txt") == "old")
    #expect(scratch.tree("locked") == ["file.txt"])
  }

  /// (protected file's role, path written relative to the scratch directory, the reason given
  /// with `S` for the scratch directory)
  static let protectedCases: [(AtomicWriter.ProtectedFile.Role, String, String)] = [
    (.modelFile, "m/model.engage", "it is a file of the model being read, which an output may not replace; give another path"),
    (.modelFile, "m/../m/model.engage", "it is the model's file 'S/m/model.engage', which an output may not replace; give another path"),
    (.modelFile, "link.engage", "it is the model's file 'S/m/model.engage', which an output may not replace; give another path"),
    (.measureData, "m/model.engage", "it is the measure data file being read, which an output may not replace; give another path"),
    (.measureData, "./link.engage", "it is the measure data file 'S/m/model.engage', which an output may not replace; give another path"),
  ]

  @Test(arguments: protectedCases)
  func refusesToReplaceAProtectedInputByAnyPath(role: AtomicWriter.ProtectedFile.Role, written: String, reason: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("m/model.engage", "role r \"R\" { kind staff }\n")
    try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/link.engage", withDestinationPath: "m/model.engage")
    let writer = AtomicWriter(protecting: [AtomicWriter.ProtectedFile(path: "\(scratch.path)/m/model.engage", role: role)])
    let error = try #require(throws: AtomicWriteError.self) { try writer.write("x", to: "\(scratch.path)/\(written)") }
    #expect(error.reason == reason.replacingOccurrences(of: "S/", with: scratch.path + "/"))
    #expect(scratch.read("m/model.engage") == "role r \"R\" { kind staff }\n")
    #expect(scratch.tree("m") == ["model.engage"])
    #expect(scratch.tree() == ["link.engage", "m", "m/model.engage"])
  }

  @Test func aProtectedPathThatDoesNotExistYetIsNotProtected() throws {
    let scratch = try ScratchDirectory()
    let writer = AtomicWriter(protecting: [AtomicWriter.ProtectedFile(path: "\(scratch.path)/later.csv", role: .measureData)])
    try scratch.write("later.csv", "measure,period,value\n")
    try writer.write("replaced", to: "\(scratch.path)/later.csv")
    #expect(scratch.read("later.csv") == "replaced")
  }
}
