import Foundation
import Testing

@testable import EngageWorkspace

/// Sets of files: staged whole, then moved into place; a failure leaves the destination as it
/// was; leftovers of killed runs are removed by later runs.
@Suite("AtomicWriter: sets of files")
struct AtomicWriterSetTests {
  static let set = [
    OutputFile(path: "landscape.svg", text: "new landscape"),
    OutputFile(path: "process/a.svg", text: "new a"),
    OutputFile(path: "process/b.svg", text: "new b"),
    OutputFile(path: "megaprocess/deep/m.svg", text: "new m"),
    OutputFile(path: "relations.svg", text: "new relations"),
  ]

  /// A destination directory holding an older set and a file of the user's.
  static func existingDestination(in scratch: ScratchDirectory) throws -> String {
    try scratch.write("out/landscape.svg", "old landscape")
    try scratch.write("out/process/a.svg", "old a")
    try scratch.write("out/process/gone.svg", "old gone")
    try scratch.write("out/notes.txt", "the user's notes")
    return "\(scratch.path)/out"
  }

  static let existingTree = ["landscape.svg", "notes.txt", "process", "process/a.svg", "process/gone.svg"]

  func expectUnchanged(_ scratch: ScratchDirectory, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(scratch.tree("out") == Self.existingTree, sourceLocation: sourceLocation)
    #expect(scratch.read("out/landscape.svg") == "old landscape", sourceLocation: sourceLocation)
    #expect(scratch.read("out/process/a.svg") == "old a", sourceLocation: sourceLocation)
    #expect(scratch.read("out/notes.txt") == "the user's notes", sourceLocation: sourceLocation)
    #expect(scratch.tree().allSatisfy { !$0.contains(".engagemap-") }, "\(scratch.tree())", sourceLocation: sourceLocation)
  }

  @Test func aNewDirectoryReceivesTheWholeSetAndNothingElse() throws {
    let scratch = try ScratchDirectory()
    try AtomicWriter().write(Self.set, into: "\(scratch.path)/parent/out")
    #expect(scratch.tree() == [
      "parent", "parent/out", "parent/out/landscape.svg", "parent/out/megaprocess", "parent/out/megaprocess/deep",
      "parent/out/megaprocess/deep/m.svg", "parent/out/process", "parent/out/process/a.svg", "parent/out/process/b.svg",
      "parent/out/relations.svg",
    ])
    #expect(scratch.read("parent/out/megaprocess/deep/m.svg") == "new m")
  }

  @Test func anExistingDirectoryKeepsOtherFilesAndGetsTheNewSet() throws {
    let scratch = try ScratchDirectory()
    let destination = try Self.existingDestination(in: scratch)
    chmod("\(destination)/landscape.svg", 0o600)
    try AtomicWriter().write(Self.set, into: destination + "/")
    #expect(scratch.tree("out") == [
      "landscape.svg", "megaprocess", "megaprocess/deep", "megaprocess/deep/m.svg", "notes.txt", "process",
      "process/a.svg", "process/b.svg", "process/gone.svg", "relations.svg",
    ])
    for file in Self.set {
      #expect(scratch.read("out/\(file.path)") == String(decoding: file.bytes, as: UTF8.self))
    }
    #expect(scratch.read("out/notes.txt") == "the user's notes")
    let attributes = try FileManager.default.attributesOfItem(atPath: "\(destination)/landscape.svg")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "a replaced file keeps its permissions")
  }

  @Test(arguments: 0..<set.count)
  func aWriteFailureOnAnyFileLeavesAnExistingDestinationAsItWas(failing: Int) throws {
    let scratch = try ScratchDirectory()
    let destination = try Self.existingDestination(in: scratch)
    var writer = AtomicWriter()
    writer.injectedFailure = { $0 == .write(failing) ? ENOSPC : nil }
    let error = try #require(throws: AtomicWriteError.self) { try writer.write(Self.set, into: destination) }
    #expect(error.message == "cannot write '\(destination)/\(Self.set[failing].path)': No space left on device; '\(destination)' was left as it was")
    expectUnchanged(scratch)
  }

  @Test(arguments: 0..<set.count)
  func aWriteFailureOnAnyFileCreatesNoDestination(failing: Int) throws {
    let scratch = try ScratchDirectory()
    var writer = AtomicWriter()
    writer.injectedFailure = { $0 == .write(failing) ? EIO : nil }
    #expect(throws: AtomicWriteError.self) { try writer.write(Self.set, into: "\(scratch.path)/new/out") }
    #expect(scratch.tree() == [], "no destination, no parent it created, no staging directory")
  }

  @Test func aFailureToRenameTheStagedDirectoryLeavesNothing() throws {
    let scratch = try ScratchDirectory()
    var writer = AtomicWriter()
    writer.injectedFailure = { $0 == .placeDirectory ? EXDEV : nil }
    #expect(throws: AtomicWriteError.self) { try writer.write(Self.set, into: "\(scratch.path)/out") }
    #expect(scratch.tree() == [])
  }

  @Test(arguments: 0..<set.count)
  func aMoveFailingPartWayPutsBackWhatWasReplaced(failing: Int) throws {
    let scratch = try ScratchDirectory()
    let destination = try Self.existingDestination(in: scratch)
    var writer = AtomicWriter()
    writer.injectedFailure = { $0 == .moveIntoPlace(failing) ? EIO : nil }
    let error = try #require(throws: AtomicWriteError.self) { try writer.write(Self.set, into: destination) }
    #expect(error.reason == "Input/output error; '\(destination)' was left as it was")
    expectUnchanged(scratch)
  }

  @Test func anUnwritableDestinationDirectoryIsLeftAsItWas() throws {
    let scratch = try ScratchDirectory()
    let destination = try Self.existingDestination(in: scratch)
    let outcome = try withUnwritableDirectory(destination) {
      Result { () throws(AtomicWriteError) in try AtomicWriter().write(Self.set, into: destination) }
    }
    guard case .failure(let error) = outcome else {
      Issue.record("writing into an unwritable directory succeeded")
      return
    }
    #expect(error.message == "cannot write '\(destination)': Permission denied; nothing was written")
    expectUnchanged(scratch)
  }

  @Test func anUnwritableSubdirectoryFailsPartWayAndIsPutBack() throws {
    let scratch = try ScratchDirectory()
    let destination = try Self.existingDestination(in: scratch)
    chmod(scratch.path, 0o777)
    chmod(destination, 0o777)
    // landscape.svg moves in first; process/a.svg then cannot replace its file.
    let outcome = try withUnwritableDirectory("\(destination)/process") {
      Result { () throws(AtomicWriteError) in try AtomicWriter().write(Self.set, into: destination) }
    }
    guard case .failure(let error) = outcome else {
      Issue.record("writing into an unwritable directory succeeded")
      return
    }
    #expect(error.message == "cannot write '\(destination)/process/a.svg': Permission denied; '\(destination)' was left as it was")
    expectUnchanged(scratch)
  }

  @Test func anUnwritableParentOfANewDestinationFails() throws {
    let scratch = try ScratchDirectory()
    try FileManager.default.createDirectory(atPath: "\(scratch.path)/locked", withIntermediateDirectories: true)
    let outcome = try withUnwritableDirectory("\(scratch.path)/locked") {
      Result { () throws(AtomicWriteError) in try AtomicWriter().write(Self.set, into: "\(scratch.path)/locked/out") }
    }
    guard case .failure(let error) = outcome else {
      Issue.record("writing into an unwritable directory succeeded")
      return
    }
    #expect(error.reason == "cannot create a directory in '\(scratch.path)/locked': Permission denied")
    #expect(scratch.tree() == ["locked"])
  }

  /// (a file planted where the set needs a directory or a directory where it needs a file; the
  /// reason, with `D` for the destination)
  static let blockedPlaces: [(String, Bool, String)] = [
    ("process", false, "'D/process' is not a directory"),
    ("megaprocess/deep", false, "'D/megaprocess/deep' is not a directory"),
    ("relations.svg", true, "'D/relations.svg' is a directory, where the output is a file"),
  ]

  @Test(arguments: blockedPlaces)
  func aPlaceThatCannotTakeItsFileRefusesTheWholeSet(planted: String, asDirectory: Bool, reason: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("out/notes.txt", "the user's notes")
    if asDirectory {
      try FileManager.default.createDirectory(atPath: "\(scratch.path)/out/\(planted)", withIntermediateDirectories: true)
    } else {
      try scratch.write("out/\(planted)", "in the way")
    }
    let before = scratch.tree()
    let error = try #require(throws: AtomicWriteError.self) { try AtomicWriter().write(Self.set, into: "\(scratch.path)/out") }
    #expect(error.reason == reason.replacingOccurrences(of: "D/", with: "\(scratch.path)/out/"))
    #expect(scratch.tree() == before)
  }

  @Test func aDestinationThatIsAFileOrBelowOneIsRefused() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("file", "a file")
    let isFile = try #require(throws: AtomicWriteError.self) { try AtomicWriter().write(Self.set, into: "\(scratch.path)/file") }
    #expect(isFile.message == "cannot write '\(scratch.path)/file': '\(scratch.path)/file' is not a directory")
    let below = try #require(throws: AtomicWriteError.self) { try AtomicWriter().write(Self.set, into: "\(scratch.path)/file/out") }
    #expect(below.reason == "'\(scratch.path)/file' is not a directory")
    #expect(scratch.tree() == ["file"])
    #expect(scratch.read("file") == "a file")
  }

  @Test func aProtectedFileAsTheDestinationOrInsideItIsRefused() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("data.csv", "measure,period,value\n")
    try scratch.write("out/relations.svg", "an input that happens to be here")
    let writer = AtomicWriter(protecting: [
      AtomicWriter.ProtectedFile(path: "\(scratch.path)/data.csv", role: .measureData),
      AtomicWriter.ProtectedFile(path: "\(scratch.path)/out/relations.svg", role: .modelFile),
    ])
    let data = try #require(throws: AtomicWriteError.self) { try writer.write(Self.set, into: "\(scratch.path)/data.csv") }
    #expect(data.reason == "it is the measure data file being read, which an output may not replace; give another path")
    let inside = try #require(throws: AtomicWriteError.self) { try writer.write(Self.set, into: "\(scratch.path)/out") }
    #expect(inside.reason == "it is a file of the model being read, which an output may not replace; give another path")
    #expect(scratch.tree() == ["data.csv", "out", "out/relations.svg"])
  }

  @Test(arguments: ["", "/abs.svg", "a/../b.svg", "./a.svg", "a//b.svg", "dir/", ".engagemap-staging-1-0000abcd"])
  func pathsThatDoNotNameAFileInsideTheDirectoryAreRefused(path: String) throws {
    let scratch = try ScratchDirectory()
    let error = try #require(throws: AtomicWriteError.self) {
      try AtomicWriter().write([OutputFile(path: path, text: "x")], into: "\(scratch.path)/out")
    }
    #expect(error.reason == "'\(path)' is not a file path inside the directory")
    #expect(scratch.tree() == [])
  }

  @Test func aPathTwiceInTheSetIsRefused() throws {
    let scratch = try ScratchDirectory()
    let twice = [OutputFile(path: "a.svg", text: "1"), OutputFile(path: "a.svg", text: "2")]
    #expect(throws: AtomicWriteError.self) { try AtomicWriter().write(twice, into: "\(scratch.path)/out") }
    #expect(scratch.tree() == [])
  }

  /// The id of a process that has ended.
  static func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    let pid = process.processIdentifier
    #expect(kill(pid, 0) == -1 && errno == ESRCH, "process \(pid) has ended")
    return pid
  }

  @Test func leftoversOfADeadRunAreRemovedAndThoseOfLiveOnesKept() throws {
    let scratch = try ScratchDirectory()
    let dead = try Self.deadProcessID()
    let live = getpid()
    let planted = [
      ".engagemap-staging-\(dead)-0badc0de/landscape.svg",
      ".engagemap-replaced-\(dead)-00000001/0",
      ".engagemap-tmp-\(dead)-deadbeef-model.json",
    ]
    let kept = [".engagemap-staging-\(live)-0000beef/x.svg", ".engagemap-staging-1-00000002/y.svg", ".engagemap-notes.txt"]
    for name in planted + kept {
      try scratch.write("parent/\(name)", "half")
      try scratch.write("parent/out/\(name)", "half")
    }
    try AtomicWriter().write(Self.set, into: "\(scratch.path)/parent/out")
    let keptTree = [
      ".engagemap-notes.txt", ".engagemap-staging-1-00000002", ".engagemap-staging-1-00000002/y.svg",
      ".engagemap-staging-\(live)-0000beef", ".engagemap-staging-\(live)-0000beef/x.svg",
    ]
    #expect(scratch.tree("parent").filter { $0.hasPrefix(".") } == keptTree, "beside the destination")
    #expect(scratch.tree("parent/out").filter { $0.hasPrefix(".") } == keptTree, "inside the destination")

    try scratch.write("parent/\(planted[2])", "half")
    try AtomicWriter().write("{}", to: "\(scratch.path)/parent/model.json")
    #expect(scratch.tree("parent").filter { $0.hasPrefix(".") } == keptTree, "beside a single file")
    #expect(scratch.read("parent/model.json") == "{}")
  }

  @Test func leftoverNamesAreRecognised() {
    #expect(AtomicWriter.isLeftover(Leftover.name(.staging)))
    #expect(AtomicWriter.isLeftover(Leftover.name(.replaced)))
    #expect(AtomicWriter.isLeftover(Leftover.name(.temporary, suffix: "model.json")))
    #expect(Leftover.owner(ofName: Leftover.name(.staging)) == getpid())
    for name in [".engagemap-notes.txt", ".engagemap-staging-x-0000abcd", ".engagemap-staging-12-abc", "landscape.svg", ".model.json.12-34.tmp"] {
      #expect(!AtomicWriter.isLeftover(name), "\(name)")
    }
  }

  @Test func writersOnSeveralThreadsIntoOneDirectoryEachPlaceTheirWholeSet() async throws {
    let scratch = try ScratchDirectory()
    let destination = "\(scratch.path)/out"
    let sets = (0..<6).map { round in
      Self.set.map { OutputFile(path: $0.path, text: "round \(round): \($0.path)") }
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for files in sets { group.addTask { try AtomicWriter().write(files, into: destination) } }
      try await group.waitForAll()
    }
    for file in Self.set {
      let written = scratch.read("out/\(file.path)")
      #expect(sets.contains { $0.contains { $0.path == file.path && String(decoding: $0.bytes, as: UTF8.self) == written } })
    }
    #expect(scratch.tree("out").allSatisfy { !$0.contains(".engagemap-") }, "\(scratch.tree("out"))")
  }
}
