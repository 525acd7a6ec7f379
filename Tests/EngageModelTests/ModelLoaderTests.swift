import EngageLanguage
import Foundation
import Testing

@testable import EngageModel

@Suite("Model loading and includes")
struct ModelLoaderTests {
  /// Loads `path` inside `directory`, showing paths relative to the directory.
  func load(_ path: String, in directory: TemporaryDirectory) -> LoadResult {
    ModelLoader.load(path: "\(directory.path)/\(path)", displayPathsRelativeTo: directory.path)
  }

  func codes(_ result: LoadResult) -> [String] { result.diagnostics.map(summary) }

  @Test func includeResolvesRelativeToTheIncludingFile() throws {
    let directory = try TemporaryDirectory()
    try directory.write("model/main.engage", "include \"parts/roles.engage\"\nprocess p \"P\" { owner gp }\n")
    try directory.write("model/parts/roles.engage", "include \"../clients/clients.engage\"\nrole gp \"GP\"\n")
    try directory.write("model/clients/clients.engage", "client patients \"Patients\"\n")
    let result = load("model/main.engage", in: directory)
    #expect(codes(result) == [])
    #expect(
      result.files.map(\.path) == [
        "model/clients/clients.engage", "model/main.engage", "model/parts/roles.engage",
      ])
    #expect(result.graph?.processes.first?.owner == "gp")
    #expect(result.graph?.clients.map(\.id) == ["patients"])
  }

  @Test func includeCycleIsReportedAtTheIncludeWithTheChain() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/a.engage", "role gp \"GP\"\ninclude \"b.engage\"\n")
    try directory.write("m/b.engage", "include \"c.engage\"\n")
    try directory.write("m/c.engage", "# back to the start\ninclude \"a.engage\"\n")
    let result = load("m/a.engage", in: directory)
    #expect(codes(result) == ["EM0010 m/c.engage:2:9"])
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.message == "include cycle: m/a.engage -> m/b.engage -> m/c.engage -> m/a.engage")
    #expect(diagnostic.notes.map { location($0.range) } == ["m/a.engage:2:9", "m/b.engage:1:9"])
    #expect(diagnostic.notes.first?.message == "'m/a.engage' includes 'm/b.engage' here")
    #expect(result.graph == nil)
  }

  @Test func fileIncludingItselfIsACycle() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a.engage", "include \"./a.engage\"\n")
    let result = load("a.engage", in: directory)
    #expect(codes(result) == ["EM0010 a.engage:1:9"])
  }

  @Test func missingIncludeIsReportedAtTheInclude() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/main.engage", "role gp \"GP\"\n  include \"nope.engage\"\n")
    let result = load("m/main.engage", in: directory)
    #expect(codes(result) == ["EM0009 m/main.engage:2:11"])
    #expect(result.diagnostics.first?.message == "cannot include 'nope.engage': no such file")
  }

  @Test func includeOfADirectoryIsReported() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/main.engage", "include \"sub\"\n")
    try directory.write("m/sub/x.engage", "role gp \"GP\"\n")
    let result = load("m/main.engage", in: directory)
    #expect(codes(result) == ["EM0009 m/main.engage:1:9"])
  }

  @Test(arguments: ["../outside.engage", "/etc/passwd", "sub/../../outside.engage"])
  func includeLeavingTheRootIsReported(path: String) throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/main.engage", "include \"\(path)\"\n")
    try directory.write("outside.engage", "role gp \"GP\"\n")
    let result = load("m/main.engage", in: directory)
    #expect(codes(result) == ["EM0011 m/main.engage:1:9"])
    #expect(result.diagnostics.first?.message.contains("leaves the model's root directory 'm'") == true)
  }

  @Test func includeInsideASubdirectoryMayNotClimbAboveTheDirectoryModelRoot() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/sub/a.engage", "include \"../b.engage\"\n")
    try directory.write("m/b.engage", "include \"../c.engage\"\n")
    try directory.write("c.engage", "role gp \"GP\"\n")
    let result = load("m", in: directory)
    #expect(codes(result) == ["EM0011 m/b.engage:1:9"])
  }

  @Test func fileReachedTwiceIsLoadedOnce() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/a.engage", "include \"shared/roles.engage\"\nprocess p \"P\" { owner gp }\n")
    try directory.write("m/b.engage", "include \"shared/roles.engage\"\nprocess q \"Q\" { owner gp }\n")
    try directory.write("m/shared/roles.engage", "role gp \"GP\"\n")
    let result = load("m", in: directory)
    #expect(codes(result) == [])
    #expect(result.files.map(\.path) == ["m/a.engage", "m/b.engage", "m/shared/roles.engage"])
    #expect(result.graph?.roles.map(\.id) == ["gp"])
    #expect(result.graph?.processes.map(\.id) == ["p", "q"])
  }

  @Test func fileReachedThroughASymbolicLinkIsLoadedOnce() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/a.engage", "include \"alias.engage\"\nrole gp \"GP\"\n")
    try FileManager.default.createSymbolicLink(
      atPath: "\(directory.path)/m/alias.engage", withDestinationPath: "\(directory.path)/m/a.engage")
    let result = load("m", in: directory)
    #expect(codes(result) == ["EM0010 m/a.engage:1:9"])
    #expect(result.files.map(\.path) == ["m/a.engage"])
  }

  @Test func symbolicLinkInsideTheRootMayNotLeadOutside() throws {
    let directory = try TemporaryDirectory()
    try directory.write("outside/secret.engage", "role gp \"GP\"\n")
    try directory.write("m/main.engage", "include \"link/secret.engage\"\n")
    try FileManager.default.createSymbolicLink(
      atPath: "\(directory.path)/m/link", withDestinationPath: "\(directory.path)/outside")
    let result = load("m/main.engage", in: directory)
    #expect(codes(result) == ["EM0011 m/main.engage:1:9"])
  }

  @Test func directoryModelReadsEveryEngageFileRecursivelySortedAndSkipsHidden() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/zeta.engage", "process z \"Z\" { owner gp }\n")
    try directory.write("m/alpha/roles.engage", "role gp \"GP\"\n")
    try directory.write("m/beta.engage", "process b \"B\" { owner gp }\n")
    try directory.write("m/notes.txt", "not a model file")
    try directory.write("m/.hidden/x.engage", "role gp \"GP\"\n")
    try directory.write("m/.swap.engage", "garbage {{{")
    let result = load("m", in: directory)
    #expect(codes(result) == [])
    #expect(result.files.map(\.path) == ["m/alpha/roles.engage", "m/beta.engage", "m/zeta.engage"])
    #expect(result.graph?.processes.map(\.id) == ["b", "z"])
    #expect(result.declaredProcessCount == 2)
  }

  @Test func duplicatesAcrossFilesNoteTheFirstFileInPathOrder() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/b.engage", "role gp \"GP\"\n")
    try directory.write("m/a.engage", "\nrole gp \"GP\"\n")
    let result = load("m", in: directory)
    #expect(codes(result) == ["EM0006 m/b.engage:1:6"])
    #expect(result.diagnostics.first?.notes.map { location($0.range) } == ["m/a.engage:2:6"])
  }

  @Test func missingModelPathIsUnreadable() throws {
    let directory = try TemporaryDirectory()
    let result = load("does-not-exist", in: directory)
    #expect(codes(result) == ["EM0014 -"])
    #expect(result.isUnreadable)
    #expect(result.graph == nil)
  }

  @Test func directoryWithoutEngageFilesIsUnreadable() throws {
    let directory = try TemporaryDirectory()
    try directory.write("empty/readme.txt", "nothing here")
    let result = load("empty", in: directory)
    #expect(codes(result) == ["EM0014 -"])
    #expect(result.diagnostics.first?.message.contains("contains no .engage files") == true)
  }

  @Test func parseErrorsAndReferenceErrorsAreCollectedTogether() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/a.engage", "role gp \"GP\" {\n  kind clinican\n}\n")
    try directory.write("m/b.engage", "process p \"P\" { owner gq }\n")
    let result = load("m", in: directory)
    #expect(codes(result) == ["EM0005 m/a.engage:2:8", "EM0007 m/b.engage:1:23"])
  }

  @Test func inMemoryFilesSatisfyIncludesBeforeTheDisk() {
    let result = loadVirtual([
      (name: "main.engage", text: "include \"roles.engage\"\nprocess p \"P\" { owner gp }\n"),
      (name: "roles.engage", text: "role gp \"GP\"\n"),
    ])
    #expect(result.diagnostics.map(summary) == [])
    #expect(result.files.count == 2)
  }

  @Test func displayPathsAreRelativeOnlyUnderTheBase() {
    #expect(ModelPath.display("/a/b/c.engage", relativeTo: "/a") == "b/c.engage")
    #expect(ModelPath.display("/ab/c.engage", relativeTo: "/a") == "/ab/c.engage")
    #expect(ModelPath.normalise("/a/./b/../c//d") == "/a/c/d")
    #expect(ModelPath.normalise("/../x") == "/x")
    #expect(ModelPath.isInside("/root/x", root: "/root"))
    #expect(!ModelPath.isInside("/rootx/y", root: "/root"))
  }
}
