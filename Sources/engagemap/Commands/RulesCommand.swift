import ArgumentParser

// Boundary placeholder; its owner replaces this file.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "rules", abstract: "Not built yet.")
  func run() throws { throw ExitCode(2) }
}
