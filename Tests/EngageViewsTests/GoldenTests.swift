import EngageMeasures
import EngageModel
import Foundation
import Testing

@testable import EngageViews

/// DOT goldens for every view of the small fixture model, plain, with statuses, and collapsed.
/// Re-record with `ENGAGEMAP_RECORD=1 swift test --filter GoldenTests`.
@Suite struct GoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  static let snapshot = StatusSnapshot(
    period: "2026-10",
    measures: ["plans_with_goals": .warning, "reviews_held": .met, "plans_shared": .missed],
    processes: ["planning": .warning, "review": .missed],
    megaprocesses: ["care": .warning, "safety": .missed],
    goals: ["partnership": .warning, "learning": .missed],
    organisation: .missed)

  /// Every golden's name and the DOT it holds.
  static func generated() throws -> [(name: String, dot: String)] {
    let graph = try ViewFixtures.small()
    var result: [(String, String)] = []
    func add(_ prefix: String, _ documents: [ViewDocument]) {
      for document in documents {
        result.append((prefix + document.path.replacingOccurrences(of: "/", with: "-"), document.dot))
      }
    }
    add("", ViewCatalog.documents(for: graph))
    add("status-", ViewCatalog.documents(for: graph, views: [.landscape, .process, .measures], options: ViewOptions(snapshot: snapshot)))
    add("collapsed-", ViewCatalog.documents(for: graph, views: [.landscape], options: ViewOptions(collapseThreshold: 2)))
    return result
  }

  static let names = [
    "landscape", "process-planning", "process-review", "process-recruitment", "relations", "measures", "engagement",
    "status-landscape", "status-process-planning", "status-process-review", "status-process-recruitment", "status-measures",
    "collapsed-landscape", "collapsed-megaprocess-care", "collapsed-megaprocess-safety",
    "collapsed-megaprocess-toplevel-support",
  ]

  @Test func everyDocumentHasAGoldenName() throws {
    #expect(try Self.generated().map(\.name) == Self.names)
  }

  @Test(arguments: names)
  func matchesGolden(name: String) throws {
    let documents = try Self.generated()
    let dot = try #require(documents.first { $0.name == name }?.dot)
    let url = Self.directory.appendingPathComponent(name + ".dot")
    if ProcessInfo.processInfo.environment["ENGAGEMAP_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try Data(dot.utf8).write(to: url)
    }
    let golden = try #require(FileManager.default.contents(atPath: url.path), "missing golden \(url.path); record with ENGAGEMAP_RECORD=1")
    #expect(String(decoding: golden, as: UTF8.self) == dot, "DOT differs from \(url.path)")
  }

  @Test func noStaleGoldens() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".dot") }
    #expect(files.sorted() == Self.names.map { $0 + ".dot" }.sorted())
  }
}
