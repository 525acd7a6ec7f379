import ArgumentParser

// Boundary placeholder; its owner replaces this file.
struct MeasuresCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "measures", abstract: "Not built yet.")
  func run() throws { throw ExitCode(2) }
}
