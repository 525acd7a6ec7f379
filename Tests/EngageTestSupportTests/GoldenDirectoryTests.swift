import Foundation
import Testing

@testable import EngageTestSupport

/// The golden helper compares byte for byte, records only when asked, and finds stale files.
@Suite struct GoldenDirectoryTests {
  /// A fresh folder under the temporary directory holding `files`, removed afterwards.
  final class Scratch {
    let url: URL
    var golden: GoldenDirectory { GoldenDirectory(url.appendingPathComponent("Golden")) }

    init(_ files: [String: String] = [:]) throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-golden-\(UUID().uuidString)")
      try FileManager.default.createDirectory(
        at: url.appendingPathComponent("Golden"), withIntermediateDirectories: true)
      for (name, text) in files {
        try Data(text.utf8).write(to: url.appendingPathComponent("Golden").appendingPathComponent(name))
      }
    }

    func contents(_ name: String) -> String? {
      FileManager.default.contents(atPath: url.appendingPathComponent("Golden").appendingPathComponent(name).path)
        .map { String(decoding: $0, as: UTF8.self) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
  }

  @Test func theSameBytesMatch() throws {
    let scratch = try Scratch(["a.txt": "one\ntwo\n"])
    #expect(scratch.golden.compare("one\ntwo\n", with: "a.txt", recording: false) == .matches)
    #expect(scratch.golden.compare("one\ntwo\n", with: "a.txt", recording: true) == .matches)
  }

  @Test func otherBytesDifferWithADiffAndTheFileIsLeftAlone() throws {
    let scratch = try Scratch(["a.txt": "one\ntwo\n"])
    let expectedDiff = "--- \(scratch.golden.displayName(of: "a.txt"))\n+++ actual output\n@@ -1,2 +1,2 @@\n one\n-two\n+2\n"
    #expect(scratch.golden.compare("one\n2\n", with: "a.txt", recording: false) == .differs(diff: expectedDiff))
    #expect(scratch.contents("a.txt") == "one\ntwo\n")
  }

  @Test func unicodeEquivalentTextIsNotTheSameBytes() throws {
    let scratch = try Scratch(["a.txt": "caf\u{E9}\n"])
    #expect(scratch.golden.compare("cafe\u{301}\n", with: "a.txt", recording: false) != .matches)
  }

  @Test func aMissingFileIsReportedNotCreated() throws {
    let scratch = try Scratch()
    #expect(scratch.golden.compare("x\n", with: "new.txt", recording: false) == .missing)
    #expect(scratch.contents("new.txt") == nil)
  }

  @Test func recordingWritesNewAndChangedFiles() throws {
    let scratch = try Scratch(["a.txt": "old\n"])
    let changed = scratch.golden.compare("new\n", with: "a.txt", recording: true)
    #expect(changed == .recorded(diff: "--- \(scratch.golden.displayName(of: "a.txt"))\n+++ actual output\n@@ -1 +1 @@\n-old\n+new\n", isNew: false))
    #expect(scratch.contents("a.txt") == "new\n")
    let created = scratch.golden.compare("x\n", with: "sub/b.txt", recording: true)
    #expect(created == .recorded(diff: "--- /dev/null\n+++ actual output\n@@ -0,0 +1 @@\n+x\n", isNew: true))
    #expect(scratch.contents("sub/b.txt") == "x\n")
  }

  @Test func staleAndMissingFilesAreFoundAndHiddenFilesIgnored() throws {
    let scratch = try Scratch(["a.dump": "", "b.dump": "", "c.engage": "", ".gitattributes": ""])
    let inventory = try scratch.golden.inventory(claimed: ["a.dump", "z.dump"], where: { $0.hasSuffix(".dump") }, recording: false)
    #expect(inventory == GoldenDirectory.Inventory(stale: ["b.dump"], missing: ["z.dump"], removed: []))
    #expect(scratch.contents("b.dump") == "")
    #expect(try scratch.golden.files() == ["a.dump", "b.dump", "c.engage"])
  }

  @Test func recordingRemovesStaleFiles() throws {
    let scratch = try Scratch(["a.dump": "", "b.dump": ""])
    let inventory = try scratch.golden.inventory(claimed: ["a.dump"], recording: true)
    #expect(inventory.removed == ["b.dump"])
    #expect(scratch.contents("b.dump") == nil)
    #expect(try scratch.golden.files() == ["a.dump"])
  }

  @Test func anUnreadableFolderIsAnError() {
    let golden = GoldenDirectory(URL(fileURLWithPath: "/nonexistent/engagemap/Golden"))
    #expect(throws: (any Error).self) { try golden.inventory(claimed: [], recording: false) }
  }

  @Test func foldersAreNamedFromTestsOrDocs() {
    #expect(GoldenDirectory(URL(fileURLWithPath: "/work/x/Tests/EngageViewsTests/Golden")).displayName == "Tests/EngageViewsTests/Golden")
    #expect(GoldenDirectory(URL(fileURLWithPath: "/work/x/docs")).displayName == "docs")
    #expect(GoldenDirectory(URL(fileURLWithPath: "/work/x/other")).displayName == "/work/x/other")
    #expect(GoldenDirectory(URL(fileURLWithPath: "/work/x/docs/sub")).displayName == "docs/sub")
    #expect(GoldenDirectory("Golden").displayName == "Tests/EngageTestSupportTests/Golden")
  }
}
