import ArgumentParser
import Dispatch
import EngageServe
import EngageViews
import EngageWorkspace

/// `engagemap serve MODEL [--data CSV] [--port N]`: a live preview of the model's site on
/// 127.0.0.1, re-rendered and reloaded in open pages whenever a model or data file changes.
struct ServeCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve a live preview of a model's site on 127.0.0.1, reloaded on every change.",
    discussion: """
      Serves the same pages `engagemap site` writes, from memory, on 127.0.0.1 only (never on \
      another interface). The first line printed is `serving <model> at http://127.0.0.1:PORT/`; \
      --port 0 picks a free port. Every file of the model (and new .engage files in a model \
      directory) and the data file are watched: after a change the site is re-rendered in the \
      background and every open page reloads. While the model has errors, the last good pages \
      are served with a banner listing them (file:line:col, message, code); a model that has \
      never been good shows its diagnostics. /_engagemap/status gives the generation and the \
      diagnostics as JSON. SIGINT or SIGTERM stops the server (exit 0).
      Exit status: 0 stopped, 2 usage error or the port cannot be used.
      """
  )

  @OptionGroup var input: ModelInput
  @OptionGroup var measureData: MeasureDataOptions

  @Option(help: "The TCP port on 127.0.0.1 (0: a free port).")
  var port: Int = 8080

  @OptionGroup var collapse: CollapseOption

  func validate() throws {
    if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
  }

  func execute(console: Console) throws -> CommandOutcome {
    let server = PreviewServer(
      configuration: PreviewConfiguration(
        modelPath: input.model, dataPath: measureData.data, period: measureData.period, port: port,
        collapseThreshold: collapse.collapseAbove))
    let snapshot = server.render()
    let name = LoadedModel.name(ofModelAt: input.model)
    let finished = DispatchSemaphore(value: 0)
    let outcome = ServeOutcome()
    Task.detached {
      do {
        try await server.run { url in
          try? console.writeLine("serving \(name) at \(url)")
          if !snapshot.errors.isEmpty || snapshot.failure != nil {
            try? console.writeLine("\(name): the model has errors; the pages show them until it is fixed")
          }
        }
      } catch {
        outcome.error = "\(error)"
      }
      finished.signal()
    }
    finished.wait()
    if let error = outcome.error { throw WorkspaceError.failure(error) }
    return .success(keepingAlive: server)
  }
}

/// What the server task ended with.
private final class ServeOutcome: @unchecked Sendable {
  var error: String?
}
