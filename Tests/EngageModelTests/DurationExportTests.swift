import EngageLanguage
import Foundation
import Testing

@testable import EngageModel

/// A step's duration reaches the graph and the export with its unit in the plural, however the
/// model spells it (`1 day` and `1 days` are the same duration).
@Suite("Durations in the graph and the export")
struct DurationExportTests {
  @Test(arguments: [
    ("1 day", 1.0, "days"), ("1 days", 1.0, "days"), ("1 hour", 1.0, "hours"), ("1 minute", 1.0, "minutes"),
    ("1 week", 1.0, "weeks"), ("1 month", 1.0, "months"), ("3 months", 3.0, "months"),
  ])
  func durationIsExportedInThePlural(_ written: String, _ amount: Double, _ unit: String) throws {
    let result = loadVirtual(
      "process p \"P\" {\n  start a \"A\"\n  step s \"S\" { duration \(written) }\n  end b \"B\"\n  a -> s -> b\n}\n")
    #expect(result.diagnostics.filter { $0.severity == .error }.map(summary) == [])
    let graph = try #require(result.graph)
    let node = try #require(graph.processes.first?.nodes.first { $0.id == "s" })
    #expect(node.duration == StepDuration(amount: amount, unit: DurationUnit(rawValue: unit) ?? .minutes))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(ModelExporter.json(graph).utf8)) as? [String: Any])
    let processes = try #require(json["processes"] as? [[String: Any]])
    let nodes = try #require(processes.first?["nodes"] as? [[String: Any]])
    let duration = try #require(nodes.first { $0["id"] as? String == "s" }?["duration"] as? [String: Any])
    #expect(duration["unit"] as? String == unit)
    #expect(duration["amount"] as? Double == amount)
  }
}
