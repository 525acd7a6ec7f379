import Foundation
import Testing

/// A folder of golden files: the expected output of a test, kept beside the test and compared
/// byte for byte.
///
/// A mismatch fails with a unified diff from the golden file to the actual output. Run the tests
/// with `ENGAGEMAP_RECORD=1` to write the actual output into the golden files instead (each
/// file written is reported as a warning with its diff, and stale files are removed); then
/// review the change with `git diff`. Each golden folder also has a test that fails when the
/// folder holds a golden file no test claims (`expectNoStaleFiles`).
public struct GoldenDirectory: Sendable {
  /// The environment variable that switches comparing to recording.
  public static let recordVariable = "ENGAGEMAP_RECORD"

  /// Whether this run records golden files instead of comparing with them: the one place the
  /// tests read `ENGAGEMAP_RECORD`.
  public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

  /// The folder.
  public let url: URL
  /// How messages name the folder: its path from `Tests/` or `docs/` where it has one.
  public let displayName: String

  /// The folder `name` beside the calling test file (`Golden` next to `Tests/X/SomeTests.swift`).
  public init(_ name: String, besideFile filePath: String = #filePath) {
    self.init(URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(name))
  }

  /// A folder by its URL.
  public init(_ url: URL) {
    self.url = url.standardizedFileURL
    let path = self.url.path + "/"
    if let range = path.range(of: "/Tests/", options: .backwards) ?? path.range(of: "/docs/", options: .backwards) {
      displayName = String(path[path.index(after: range.lowerBound)...].dropLast())
    } else {
      displayName = self.url.path
    }
  }

  /// The golden file `name`, as messages name it.
  public func displayName(of name: String) -> String { "\(displayName)/\(name)" }

  // MARK: - Comparing

  /// What comparing output with a golden file found (or, when recording, did).
  public enum Comparison: Equatable, Sendable {
    /// The file holds exactly the output.
    case matches
    /// There is no such file.
    case missing
    /// The file differs; the unified diff from the file to the output.
    case differs(diff: String)
    /// The output was written to the file, which was new or held other bytes before.
    case recorded(diff: String, isNew: Bool)
    /// Writing the file failed.
    case recordingFailed(String)
  }

  /// Compares `actual` with the golden file `name` byte for byte; when `recording`, writes
  /// `actual` to the file instead wherever it differs (creating folders as needed).
  public func compare(_ actual: String, with name: String, recording: Bool) -> Comparison {
    let file = url.appendingPathComponent(name)
    let existing = FileManager.default.contents(atPath: file.path)
    if let existing, existing.elementsEqual(actual.utf8) { return .matches }
    let diff = UnifiedDiff.make(
      from: existing.map { String(decoding: $0, as: UTF8.self) } ?? "", to: actual,
      expectedName: existing == nil ? "/dev/null" : displayName(of: name), actualName: "actual output")
    guard recording else { return existing == nil ? .missing : .differs(diff: diff) }
    do {
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file, options: .atomic)
      return .recorded(diff: diff, isNew: existing == nil)
    } catch {
      return .recordingFailed("\(error)")
    }
  }

  /// Expects `actual` to be exactly the golden file `name`: a missing or different file fails
  /// the test, with a unified diff. With `ENGAGEMAP_RECORD=1` the file is written instead and
  /// the change reported as a warning.
  public func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let hint = "run the tests with \(Self.recordVariable)=1 to record it, then review the change with git diff"
    switch compare(actual, with: name, recording: Self.isRecording) {
    case .matches:
      return
    case .missing:
      Issue.record("missing golden file \(displayName(of: name)); \(hint)", sourceLocation: sourceLocation)
    case .differs(let diff):
      let shown = diff.isEmpty ? "(the texts differ only in bytes that are not valid UTF-8)\n" : diff
      Issue.record("output differs from \(displayName(of: name)); \(hint)\n\(shown)", sourceLocation: sourceLocation)
    case .recorded(let diff, let isNew):
      Issue.record(
        "recorded \(displayName(of: name)) (\(isNew ? "new file" : "changed"))\n\(diff)", severity: .warning,
        sourceLocation: sourceLocation)
    case .recordingFailed(let problem):
      Issue.record("cannot record \(displayName(of: name)): \(problem)", sourceLocation: sourceLocation)
    }
  }

  // MARK: - Stale files

  /// The names of the folder's files (hidden ones left out) for which `isGolden` holds, sorted.
  public func files(where isGolden: (String) -> Bool = { _ in true }) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") && isGolden($0) }.sorted()
  }

  /// How the folder's golden files compare with the names the tests claim.
  public struct Inventory: Equatable, Sendable {
    /// Golden files no test claims.
    public var stale: [String]
    /// Claimed names with no file.
    public var missing: [String]
    /// Stale files removed (when recording).
    public var removed: [String]
  }

  /// Compares the folder's golden files (those for which `isGolden` holds) with `claimed`; when
  /// `recording`, removes the stale ones.
  public func inventory(
    claimed: some Sequence<String>, where isGolden: (String) -> Bool = { _ in true }, recording: Bool
  ) throws -> Inventory {
    let claimed = Set(claimed)
    let present = try files(where: isGolden)
    let stale = present.filter { !claimed.contains($0) }
    var removed: [String] = []
    if recording {
      for name in stale {
        try FileManager.default.removeItem(at: url.appendingPathComponent(name))
        removed.append(name)
      }
    }
    return Inventory(stale: stale, missing: claimed.subtracting(present).sorted(), removed: removed)
  }

  /// Expects the folder's golden files (those for which `isGolden` holds) to be exactly
  /// `claimed`: a file no test claims is stale and fails the test (with `ENGAGEMAP_RECORD=1` it
  /// is removed, with a warning); a claimed name without a file fails too, unless recording
  /// (the comparisons write it).
  public func expectNoStaleFiles(
    claimed: some Sequence<String>, where isGolden: (String) -> Bool = { _ in true },
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let inventory: Inventory
    do {
      inventory = try self.inventory(claimed: claimed, where: isGolden, recording: Self.isRecording)
    } catch {
      Issue.record("cannot list or clean \(displayName): \(error)", sourceLocation: sourceLocation)
      return
    }
    for name in inventory.removed {
      Issue.record("removed stale golden file \(displayName(of: name))", severity: .warning, sourceLocation: sourceLocation)
    }
    guard !Self.isRecording else { return }
    if !inventory.stale.isEmpty {
      Issue.record(
        "stale golden files in \(displayName) that no test claims: \(inventory.stale.joined(separator: ", ")); delete them or claim them in a test",
        sourceLocation: sourceLocation)
    }
    if !inventory.missing.isEmpty {
      Issue.record(
        "golden files claimed but missing from \(displayName): \(inventory.missing.joined(separator: ", ")); run the tests with \(Self.recordVariable)=1 to record them",
        sourceLocation: sourceLocation)
    }
  }
}
