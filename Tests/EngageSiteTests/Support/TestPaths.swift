import EngageSite
import EngageWorkspace
import Foundation

/// Paths the site tests read: the package's models and this target's fixtures.
enum TestPaths {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static func model(_ name: String) -> String { "\(packageRoot)/Models/\(name)" }
  static func fixture(_ name: String) -> String { "\(packageRoot)/Tests/EngageSiteTests/Fixtures/\(name)" }

  static let riversideData = "\(packageRoot)/Models/riverside/data/measures.csv"
  /// Measure data for Northshore, with one row for a measure the model does not have.
  static let northshoreData = fixture("northshore-measures.csv")
}

/// A directory under the system's temporary directory, removed when released.
final class ScratchDirectory: Sendable {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-site-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func write(_ relative: String, _ text: String) throws {
    let url = URL(fileURLWithPath: "\(path)/\(relative)")
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The sites the tests crawl, each generated once per test run (generation renders every map).
enum Sites {
  static let riverside = Result { try SiteGenerator.generate(modelAt: TestPaths.model("riverside")) }
  static let riversideWithData = Result {
    try SiteGenerator.generate(
      modelAt: TestPaths.model("riverside"), data: MeasureDataSelection(path: TestPaths.riversideData))
  }
  static let northshore = Result { try SiteGenerator.generate(modelAt: TestPaths.model("northshore")) }
  static let northshoreWithData = Result {
    try SiteGenerator.generate(
      modelAt: TestPaths.model("northshore"), data: MeasureDataSelection(path: TestPaths.northshoreData))
  }
  /// Every mega-process summarised on the landscape, with the pages of the processes outside them.
  static let riversideCollapsed = Result {
    try SiteGenerator.generate(modelAt: TestPaths.model("riverside"), options: SiteOptions(collapseThreshold: 0))
  }
  static let warnings = Result { try SiteGenerator.generate(modelAt: TestPaths.fixture("warnings.engage")) }
  /// A model with no mega-process, process, role, measure or client: every list empty.
  static let minimal = Result { try SiteGenerator.generate(modelAt: TestPaths.fixture("minimal.engage")) }

  /// The sites by name, for parameterised tests.
  static func named(_ name: String) throws -> GeneratedSite {
    switch name {
    case "riverside": try riverside.get()
    case "riverside with data": try riversideWithData.get()
    case "northshore": try northshore.get()
    case "northshore with data": try northshoreWithData.get()
    case "riverside collapsed": try riversideCollapsed.get()
    case "warnings": try warnings.get()
    case "minimal": try minimal.get()
    default: throw SiteTestError("no site named \(name)")
    }
  }

  /// The model a named site was generated from.
  static func modelPath(_ name: String) -> String {
    if name == "warnings" || name == "minimal" { return TestPaths.fixture(name + ".engage") }
    return TestPaths.model(name.hasPrefix("northshore") ? "northshore" : "riverside")
  }

  static let names = [
    "riverside", "riverside with data", "northshore", "northshore with data", "riverside collapsed", "warnings", "minimal",
  ]
}

struct SiteTestError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

extension GeneratedSite {
  /// The text of the file at `path`, or a failure naming it.
  func text(_ path: String) throws -> String {
    guard let file = file(path) else { throw SiteTestError("the site has no \(path)") }
    return String(decoding: file.bytes, as: UTF8.self)
  }

  /// The paths of the HTML pages.
  var pages: [String] { files.map(\.path).filter { $0.hasSuffix(".html") } }
}
