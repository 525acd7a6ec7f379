import EngageLanguage
import EngageModel
import EngageRules
import Foundation
import Testing

/// `Scripts/generate-model.py`: the synthetic models the benchmarks use are deterministic and
/// check clean, so that a benchmark measures the real path rather than error reporting.
@Suite("Synthetic model generator")
struct EngagementGeneratorTests {
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Scripts/generate-model.py").path

  /// Runs the generator into a fresh temporary directory and returns the directory.
  static func generate(processes: Int, seed: Int? = nil) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("engagemap-generator-\(UUID().uuidString)")
    let process = Foundation.Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    var arguments = ["python3", script, "--processes", "\(processes)", "--out", directory.path]
    if let seed { arguments += ["--seed", "\(seed)"] }
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "generate-model.py exited with \(process.terminationStatus)")
    return directory
  }

  /// Every file the generator wrote, by name, with its bytes.
  static func contents(of directory: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return result
  }

  @Test("a generated model checks clean: no errors, no warnings from loading or any rule", arguments: [10, 30, 57, 400])
  func checksClean(processes: Int) throws {
    let directory = try Self.generate(processes: processes)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = ModelLoader.load(path: directory.path)
    let graph = try #require(result.graph, "\(result.diagnostics.prefix(5).map(\.message))")
    #expect(graph.processes.count == processes)
    #expect(result.diagnostics.filter { $0.severity != .info }.map(\.message) == [])
    let context = RuleContext(graph: graph)
    var reported: [String] = []
    for rule in RuleRegistry.all where rule.descriptor.defaultSeverity != .info {
      for finding in rule.check(context).prefix(3) {
        reported.append("\(rule.descriptor.code) \(finding.range.map { "\($0)" } ?? "-"): \(finding.message)")
      }
    }
    #expect(reported == [])
  }

  @Test("a generated model has the realistic shape: mega-processes of 10–25 processes, maps of 6–15 nodes")
  func shape() throws {
    let directory = try Self.generate(processes: 500)
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = try #require(ModelLoader.load(path: directory.path).graph)
    #expect(!graph.megaprocesses.isEmpty)
    #expect(graph.megaprocesses.allSatisfy { (10...25).contains($0.processes.count) })
    #expect(graph.processes.filter { !(6...15).contains($0.nodes.count) }.map { "\($0.id): \($0.nodes.count)" } == [])
    #expect(Set(graph.roles.compactMap(\.kind)) == Set(RoleKind.allCases))
    #expect(Set(graph.processes.compactMap(\.kind)) == Set(ProcessKind.allCases))
    #expect(graph.processes.contains { process in
      process.nodes.contains { node in node.performers.contains { $0.count == 2 } }
    })
    #expect(!graph.relations.isEmpty)
    #expect(graph.measures.contains { $0.patientDefined })
  }

  @Test("the same size and seed give the same bytes; another seed gives another model")
  func deterministic() throws {
    let first = try Self.generate(processes: 120)
    let second = try Self.generate(processes: 120)
    let reseeded = try Self.generate(processes: 120, seed: 7)
    defer {
      for directory in [first, second, reseeded] { try? FileManager.default.removeItem(at: directory) }
    }
    let firstFiles = try Self.contents(of: first)
    #expect(firstFiles.count > 3)
    #expect(firstFiles == (try Self.contents(of: second)))
    #expect(firstFiles != (try Self.contents(of: reseeded)))
  }
}
