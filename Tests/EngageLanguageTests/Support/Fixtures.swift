import EngageLanguage
import EngageTestSupport
import Foundation
import Testing

/// Locates the fixture folders beside the tests.
enum Fixtures {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let golden = testsDirectory.appendingPathComponent("Golden")
  static let malformed = testsDirectory.appendingPathComponent("Malformed")
  static let formatting = testsDirectory.appendingPathComponent("Formatting")
  /// The repository's root, which holds `Models/`.
  static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

  /// Every `.engage` file under `Models/`, as paths from the repository's root, sorted.
  static func modelFiles() -> [String] {
    let models = repository.appendingPathComponent("Models")
    guard let enumerator = FileManager.default.enumerator(atPath: models.path) else { return [] }
    return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".engage") }.map { "Models/\($0)" }.sorted()
  }

  /// The names of the files with `extension` in a fixture folder, sorted; none when the folder
  /// cannot be read (the suites using a folder also expect it to hold their inputs).
  static func names(in directory: URL, extension fileExtension: String) -> [String] {
    let names = (try? GoldenDirectory(directory).files { $0.hasSuffix("." + fileExtension) }) ?? []
    return names
  }

  /// A fixture as a source file whose path is relative to the tests directory, so that
  /// diagnostics and dumps do not depend on where the repository is checked out.
  static func sourceFile(_ folder: String, _ name: String) throws -> SourceFile {
    let url = testsDirectory.appendingPathComponent(folder).appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    return SourceFile(path: "\(folder)/\(name)", bytes: Array(data))
  }
}
