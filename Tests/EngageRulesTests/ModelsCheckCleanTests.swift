import EngageLanguage
import EngageModel
import Foundation
import Testing
@testable import EngageRules

@Suite("Models/ check clean")
struct ModelsCheckCleanTests {
  static let modelsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Models")

  static var models: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: modelsDirectory.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func thereAreModels() {
    #expect(Self.models.count >= 2)
  }

  @Test(arguments: models)
  func modelHasNoErrorsOrWarnings(_ name: String) {
    let loaded = ModelLoader.load(path: Self.modelsDirectory.appendingPathComponent(name).path)
    let errors = loaded.diagnostics.filter { $0.severity != .info }
      .map { "\($0.range?.description ?? "-"): \($0.message) [\($0.code)]" }
    #expect(errors == [])
    guard let graph = loaded.graph else { return }
    let findings = RuleRunner.check(graph).filter { $0.severity != .info }
      .map { "\($0.range?.description ?? "-"): \($0.message) [\($0.code)]" }
    #expect(findings == [])
  }
}
