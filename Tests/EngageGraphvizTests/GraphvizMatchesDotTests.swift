import Foundation
import Testing
import EngageGraphviz

/// The `dot` executable on PATH, if there is one.
let dotExecutable: URL? = {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
  for directory in path.split(separator: ":") {
    let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("dot")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
  }
  return nil
}()

@Suite("Graphviz in-process matches the dot command")
struct GraphvizMatchesDotTests {
  static let missingDot: Comment = "the dot command is not on PATH: install graphviz (make test does)"

  @Test(
    "SVG is byte-identical to dot -Tsvg",
    arguments: [
      sampleDOT,
      lanesDOT,
      "digraph chain { rankdir=TB; a -> b -> c -> d; b -> d [label=\"skip\"]; }",
      "digraph clusters { subgraph cluster_x { label=\"X\"; a; b } subgraph cluster_y { c } a -> c; b -> c }",
    ])
  func svgMatchesDot(dot: String) throws {
    let executable = try #require(dotExecutable, Self.missingDot)
    let inProcess = try Graphviz.render(dot: dot, format: .svg)
    let fromCommand = try run(executable, arguments: ["-Tsvg"], input: Array(dot.utf8))
    #expect(fromCommand.status == 0)
    #expect(inProcess == fromCommand.output)
  }

  @Test("Graphviz.version is the version dot -V reports")
  func versionMatchesDot() throws {
    let executable = try #require(dotExecutable, Self.missingDot)
    let result = try run(executable, arguments: ["-V"], input: [])
    let banner = String(decoding: result.error, as: UTF8.self)
    #expect(banner.contains("version \(Graphviz.version)"))
  }

  private func run(_ executable: URL, arguments: [String], input: [UInt8]) throws
    -> (status: Int32, output: [UInt8], error: [UInt8])
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, Array(output), Array(error))
  }
}
