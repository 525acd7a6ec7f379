import Foundation
import Testing

/// What one run of the `engagemap` binary did.
struct CLIResult: Sendable {
  let status: Int32
  let standardOutput: String
  let standardError: String
  /// Whether the process ended by a signal (a crash) rather than by exiting.
  let crashed: Bool
}

/// Errors of the test harness itself.
enum CLIRunnerError: Error, CustomStringConvertible {
  case binaryNotFound([String])
  case timedOut([String])
  case fixture(String)

  var description: String {
    switch self {
    case .binaryNotFound(let searched):
      "engagemap binary not found; set ENGAGEMAP_BINARY or build the package. Looked in: \(searched.joined(separator: ", "))"
    case .timedOut(let arguments): "engagemap \(arguments.joined(separator: " ")) did not finish in time"
    case .fixture(let problem): problem
    }
  }
}

/// Runs the built `engagemap` binary as a subprocess, with standard input from given bytes or
/// from `/dev/null`.
enum CLIRunner {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The binary: `ENGAGEMAP_BINARY`, else next to the running test bundle (the products
  /// directory), else in the package's usual build directories.
  static func binary() throws -> String {
    var candidates: [String] = []
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["ENGAGEMAP_BINARY"], !explicit.isEmpty { candidates.append(explicit) }
    var directories: [URL] = []
    if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      directories.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
    }
    if let first = CommandLine.arguments.first {
      directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    directories.append(Bundle.main.bundleURL)
    directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    // On macOS the test binary sits at Products/X.xctest/Contents/MacOS/X.
    directories.append(
      contentsOf: directories.map {
        $0.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      })
    candidates.append(contentsOf: directories.map { $0.appendingPathComponent("engagemap").path })
    candidates.append("\(packageRoot)/.build/debug/engagemap")
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
    }
    throw CLIRunnerError.binaryNotFound(candidates)
  }

  /// Runs `engagemap arguments` in `directory` (the package root by default) with the test's
  /// environment plus `environment`; standard output and error go through temporary files so
  /// that large outputs cannot block the pipe.
  static func run(
    _ arguments: [String], in directory: String = packageRoot, environment: [String: String] = [:],
    unsetting unset: [String] = [], standardInput: [UInt8]? = nil, timeout: TimeInterval = 300
  ) throws -> CLIResult {
    try runExecutable(
      try binary(), arguments, in: directory, environment: environment, unsetting: unset, standardInput: standardInput,
      timeout: timeout)
  }

  /// Runs any executable the same way (used to run `engagemap` under `script` for a terminal).
  static func runExecutable(
    _ executable: String, _ arguments: [String], in directory: String = packageRoot,
    environment: [String: String] = [:], unsetting unset: [String] = [], standardInput: [UInt8]? = nil,
    timeout: TimeInterval = 300
  ) throws -> CLIResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var fullEnvironment = ProcessInfo.processInfo.environment
    fullEnvironment.merge(environment) { _, new in new }
    for name in unset { fullEnvironment[name] = nil }
    process.environment = fullEnvironment
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outputURL = scratch.appendingPathComponent("stdout")
    let errorURL = scratch.appendingPathComponent("stderr")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let output = try FileHandle(forWritingTo: outputURL)
    let error = try FileHandle(forWritingTo: errorURL)
    process.standardOutput = output
    process.standardError = error
    if let standardInput {
      let inputURL = scratch.appendingPathComponent("stdin")
      try Data(standardInput).write(to: inputURL)
      process.standardInput = try FileHandle(forReadingFrom: inputURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        process.waitUntilExit()
        throw CLIRunnerError.timedOut(arguments)
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    process.waitUntilExit()
    try output.close()
    try error.close()
    return CLIResult(
      status: process.terminationStatus,
      standardOutput: String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self),
      standardError: String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self),
      crashed: process.terminationReason == .uncaughtSignal)
  }
}

/// A directory under the system's temporary directory, removed when released.
final class ScratchDirectory {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: "\(path)/\(relative)")
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

  /// The text of the file at `relative`, or `nil` when it cannot be read.
  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: "\(path)/\(relative)").map { String(decoding: $0, as: UTF8.self) }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Whether text contains a `file:line:col: error:` diagnostic line.
func containsLocatedError(_ text: String) -> Bool {
  text.split(separator: "\n").contains { line in
    guard let range = line.range(of: ": error: ") else { return false }
    let parts = line[..<range.lowerBound].split(separator: ":")
    guard parts.count >= 3 else { return false }
    return Int(parts[parts.count - 1]) != nil && Int(parts[parts.count - 2]) != nil
  }
}
