import ArgumentParser

// Boundary placeholder; its owner replaces this file.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "export", abstract: "Not built yet.")
  func run() throws { throw ExitCode(2) }
}
