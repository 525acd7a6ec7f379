import ArgumentParser

// Boundary placeholder; its owner replaces this file.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "explain", abstract: "Not built yet.")
  func run() throws { throw ExitCode(2) }
}
