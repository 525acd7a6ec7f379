import ArgumentParser

// Boundary placeholder; its owner replaces this file.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "Not built yet.")
  func run() throws { throw ExitCode(2) }
}
