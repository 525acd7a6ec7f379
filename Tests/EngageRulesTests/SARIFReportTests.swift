import EngageLanguage
import Foundation
import Testing
@testable import EngageRules

@Suite("SARIF report")
struct SARIFReportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// A model with errors, warnings, infos, notes and a fix-it: the EM0101 example plus an
  /// unknown rule in its settings.
  static func diagnostics() throws -> [Diagnostic] {
    let example = try #require(RuleRegistry.rule(named: "EM0101")).descriptor.violatingExample
    return RuleCheck.diagnostics(example + "\nsettings {\n  rule EM0399 off\n}\n", path: "Models/my clinic/care.engage")
  }

  @Test func validatesAgainstTheSARIFSchema() throws {
    let diagnostics = try Self.diagnostics()
    #expect(Set(diagnostics.map(\.severity)) == [.error, .warning, .info])
    try Self.expectValid(SARIFReport.render(diagnostics))
  }

  /// Expects a SARIF log to validate against the SARIF 2.1.0 schema (with python3's jsonschema).
  static func expectValid(_ sarif: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-sarif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let log = directory.appendingPathComponent("check.sarif")
    try Data(sarif.utf8).write(to: log)
    let schema = Self.fixtures.appendingPathComponent("sarif-schema-2.1.0.json")
    let script = """
      import json, sys
      try:
          import jsonschema
      except ImportError:
          print("python3 cannot import jsonschema: install it with `python3 -m pip install jsonschema` (the Makefile does)")
          sys.exit(3)
      schema = json.load(open(sys.argv[1]))
      log = json.load(open(sys.argv[2]))
      errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log), key=lambda e: list(e.absolute_path))
      for error in errors:
          print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
      sys.exit(1 if errors else 0)
      """
    let (status, output) = try Self.run(["python3", "-c", script, schema.path, log.path])
    #expect(status == 0, "SARIF schema validation failed (exit \(status)): \(output)", sourceLocation: sourceLocation)
  }

  @Test func resultsCarryRuleLevelLocationAndNotes() throws {
    let sarif = SARIFReport.render(try Self.diagnostics())
    let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    #expect(json["version"] as? String == "2.1.0")
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "engagemap")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ruleIDs = rules.compactMap { $0["id"] as? String }
    #expect(ruleIDs == LanguageCatalogue.entries.map(\.code.rawValue) + RuleRegistry.all.map(\.descriptor.code.rawValue))
    let results = try #require(run["results"] as? [[String: Any]])
    let start = try #require(results.first { $0["ruleId"] as? String == "EM0101" })
    #expect(start["level"] as? String == "error")
    #expect(start["ruleIndex"] as? Int == ruleIDs.firstIndex(of: "EM0101"))
    let location = try #require((start["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "Models/my%20clinic/care.engage")
    let region = try #require(location["region"] as? [String: Int])
    #expect(region == ["startLine": 23, "startColumn": 11, "endLine": 23, "endColumn": 18])
    let related = try #require(start["relatedLocations"] as? [[String: Any]])
    #expect((related.first?["message"] as? [String: Any])?["text"] as? String == "the other start event 'received' is here")
    let levels = Set(results.compactMap { $0["level"] as? String })
    #expect(levels == ["error", "warning", "note"])
    let unknown = try #require(results.first { $0["ruleId"] as? String == "EM0015" })
    #expect((unknown["fixes"] as? [[String: Any]])?.count == 1)
  }

  @Test func outputIsDeterministic() throws {
    let diagnostics = try Self.diagnostics()
    #expect(SARIFReport.render(diagnostics) == SARIFReport.render(try Self.diagnostics()))
    #expect(SARIFReport.render(diagnostics).hasSuffix("}\n"))
  }

  @Test func columnsCountCodePoints() {
    let file = SourceFile(path: "x.engage", text: "step café \"Café\" by x\n")
    let byteOffset = Array("step café \"Café\" ".utf8).count
    let location = file.location(of: byteOffset)
    #expect(location.column == 20)
    #expect(SARIFReport.codePointColumn(file, location) == 18)
  }

  @Test func pathsBecomeURIReferences() {
    #expect(SARIFReport.uri("Models/riverside/care.engage") == "Models/riverside/care.engage")
    #expect(SARIFReport.uri("/tmp/a b/é.engage") == "file:///tmp/a%20b/%C3%A9.engage")
  }

  static func run(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      Issue.record("cannot run python3 to validate SARIF (install python3 and jsonschema; the Makefile does): \(error)")
      return (-1, "")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
