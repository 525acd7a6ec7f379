import EngageLanguage
import Foundation
import Testing

@testable import EngageModel

/// The root of in-memory test models; nothing exists there on disk.
let virtualRoot = "/virtual/model"

/// Loads in-memory files named relative to `virtualRoot`.
func loadVirtual(_ files: [(name: String, text: String)]) -> LoadResult {
  ModelLoader.load(
    files: files.map { SourceFile(path: "\(virtualRoot)/\($0.name)", text: $0.text) }, root: virtualRoot)
}

/// Loads one in-memory file `main.engage`.
func loadVirtual(_ text: String) -> LoadResult {
  loadVirtual([(name: "main.engage", text: text)])
}

/// `code path:line:col` of a diagnostic, with the path relative to `virtualRoot` when under it.
func summary(_ diagnostic: Diagnostic) -> String {
  "\(diagnostic.code) \(location(diagnostic.range))"
}

/// `path:line:col` of a range, with `virtualRoot/` removed.
func location(_ range: SourceRange?) -> String {
  guard let range else { return "-" }
  let path = range.file.path.replacingOccurrences(of: virtualRoot + "/", with: "")
  return "\(path):\(range.startLocation.line):\(range.startLocation.column)"
}

/// A directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    path = ModelPath.normalise("\(base)/engagemap-model-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `text` to `relative`, creating directories as needed.
  func write(_ relative: String, _ text: String) throws {
    let url = URL(fileURLWithPath: "\(path)/\(relative)")
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// A small, valid model the tests extend: one organisation, goal, client, two roles, one
/// mega-process with one process.
let baseModel = """
  organisation org "Org" {
    purpose "Care"
    goal g1 "Goal one"
  }
  client patients "Patients" { kind external }
  role gp "GP" { kind clinician }
  role patient "Patient" { kind patient }
  megaprocess care "Care" {
    client patients
    goals g1
    level direct_care
    process planning "Planning" {
      kind main
      owner gp
      input visit "Visit" from patients
      output plan "Plan" to patients
      start booked "Booked"
      step talk "Talk" by gp, patient
      end done "Done"
      booked -> talk -> done
    }
  }

  """
