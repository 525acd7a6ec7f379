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

  /// A member of a model directory that is a symbolic link: where it points (`{root}` is the
  /// temporary directory), and what loading the directory `m` must report.
  struct LinkedMember: CustomTestStringConvertible, Sendable {
    let name: String
    let link: String
    let destination: String
    let expected: [String]
    let message: String
    var files = ["m/ok.engage", "m/parts/roles.engage"]
    var testDescription: String { name }
  }

  static let linkedMembers: [LinkedMember] = [
    LinkedMember(
      name: "a link to a file outside the root", link: "evil.engage", destination: "/etc/passwd",
      expected: ["EM0011 -"], message: "'m/evil.engage' is a symbolic link to '/etc/passwd', outside the model's root directory 'm'"),
    LinkedMember(
      name: "a relative link climbing out of the root", link: "sub/up.engage", destination: "../../outside.engage",
      expected: ["EM0011 -"], message: "'m/sub/up.engage' is a symbolic link to '{root}/outside.engage', outside the model's root directory 'm'"),
    LinkedMember(
      name: "a dangling link", link: "x.engage", destination: "/nope",
      expected: ["EM0014 -"], message: "'m/x.engage' is a symbolic link to '/nope', which does not exist"),
    LinkedMember(
      name: "a link to itself", link: "lp.engage", destination: "lp.engage",
      expected: ["EM0014 -"], message: "'m/lp.engage' is a symbolic link that leads back to itself (a link loop)"),
    LinkedMember(
      name: "a link inside the root is read, once", link: "alias.engage", destination: "parts/roles.engage",
      expected: [], message: "", files: ["m/alias.engage", "m/ok.engage"]),
  ]

  @Test(arguments: linkedMembers)
  func linkedMembersOfADirectoryAreCheckedNotSkipped(_ member: LinkedMember) throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/ok.engage", "role r \"R\" { kind staff }\n")
    try directory.write("m/parts/roles.engage", "role gp \"GP\"\n")
    try directory.write("outside.engage", "role gp \"GP\"\n")
    try FileManager.default.createDirectory(
      atPath: "\(directory.path)/m/sub", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: "\(directory.path)/m/\(member.link)", withDestinationPath: member.destination)
    let result = load("m", in: directory)
    #expect(codes(result) == member.expected)
    let message = member.message.replacingOccurrences(of: "{root}", with: directory.path)
    #expect(result.diagnostics.map { String($0.message.prefix(message.count)) } == member.expected.map { _ in message })
    #expect(result.files.map(\.path) == member.files)
    #expect(result.files.allSatisfy { !String(decoding: $0.bytes, as: UTF8.self).contains("root:") })
  }

  @Test func fileNameThatIsNotUTF8IsReportedNotSkipped() throws {
    let directory = try TemporaryDirectory()
    try directory.write("m/ok.engage", "role r \"R\" { kind staff }\n")
    let name = Array("\(directory.path)/m/bad".utf8) + [0xFF] + Array(".engage".utf8)
    let written = (name + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters -> Bool in
        guard let path = characters.baseAddress else { return false }
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        guard descriptor >= 0 else { return false }
        return close(descriptor) == 0
      }
    }
    try #require(written)
    let result = load("m", in: directory)
    #expect(codes(result) == ["EM0014 -"])
    #expect(result.diagnostics.first?.message == "file name 'm/bad\\xFF.engage' is not valid UTF-8; rename it")
    #expect(result.isUnreadable)
    #expect(result.files.map(\.path) == ["m/ok.engage"])
  }

  @Test(arguments: [
    ([0x61, 0xFF, 0x62] as [UInt8], "a\\xFFb"), ([0xC3, 0xA9] as [UInt8], "é"), ([0xE2, 0x82] as [UInt8], "\\xE2\\x82"),
  ])
  func undecodableNamesAreShownWithEscapes(bytes: [UInt8], shown: String) {
    #expect(DirectoryScan.escaped(bytes) == shown)
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
