import EngageMeasures
import EngageModel
import EngageTestSupport
import Foundation
import Testing

@testable import EngageViews

/// DOT goldens for every view of the small fixture model, plain, with statuses, and collapsed.
@Suite struct GoldenTests {
  static let golden = GoldenDirectory("Golden")

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
    Self.golden.expect(dot, matches: name + ".dot")
  }

  @Test func noStaleGoldens() {
    Self.golden.expectNoStaleFiles(claimed: Self.names.map { $0 + ".dot" })
  }
}
