import EngageLanguage
import EngageTestSupport
import Foundation
import Testing

@testable import EngageModel

@Suite("Model export")
struct ModelExporterTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

  func loadSmallModel() throws -> ProcessGraph {
    let result = ModelLoader.load(path: "\(Self.fixtures)/small", displayPathsRelativeTo: Self.fixtures)
    #expect(result.diagnostics.map(summary) == [])
    return try #require(result.graph)
  }

  /// The export's golden file sits in `Fixtures/` beside the model it is made from.
  static let golden = GoldenDirectory("Fixtures")

  @Test func exportMatchesTheGoldenFile() throws {
    Self.golden.expect(ModelExporter.json(try loadSmallModel()), matches: "small.json")
  }

  @Test func everyGoldenExportHasItsTest() {
    Self.golden.expectNoStaleFiles(claimed: ["small.json"]) { $0.hasSuffix(".json") }
  }

  @Test func exportIsByteIdenticalAcrossLoads() throws {
    let first = ModelExporter.json(try loadSmallModel())
    let second = ModelExporter.json(try loadSmallModel())
    #expect(first == second)
    #expect(first.hasSuffix("}\n"))
  }

  @Test func exportIsValidJSONWithTheResolvedReferences() throws {
    let json = ModelExporter.json(try loadSmallModel())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "engagemap-model")
    let processes = try #require(object["processes"] as? [[String: Any]])
    #expect(processes.compactMap { $0["id"] as? String } == ["planning", "review"])
    let review = try #require(processes.last)
    let input = try #require((review["inputs"] as? [[String: Any]])?.first)
    #expect(input["from"] as? [String: String] == ["process": "planning", "output": "plan"])
    #expect(input["location"] as? String == "small/care.engage:55:3")
  }

  @Test(
    "JSON strings and numbers are written exactly",
    arguments: [
      (JSONValue.string("a\"b\\c\nd\te\u{01}é"), "\"a\\\"b\\\\c\\nd\\te\\u0001é\"\n"),
      (JSONValue.number(80), "80\n"),
      (JSONValue.number(75.5), "75.5\n"),
      (JSONValue.number(-0.25), "-0.25\n"),
      (JSONValue.number(.infinity), "null\n"),
      (JSONValue.array([]), "[]\n"),
      (JSONValue.object(["b": .null, "a": .bool(true)]), "{\n  \"a\": true,\n  \"b\": null\n}\n"),
    ])
  func jsonWriting(value: JSONValue, expected: String) {
    #expect(value.rendered() == expected)
  }
}
