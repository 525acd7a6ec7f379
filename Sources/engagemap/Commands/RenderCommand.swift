import ArgumentParser

// Boundary placeholder; its owner replaces this file.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "render", abstract: "Not built yet.")
  func run() throws { throw ExitCode(2) }
}
