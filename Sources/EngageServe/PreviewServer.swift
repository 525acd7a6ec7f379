import EngageSite
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Why the preview server could not start.
public struct PreviewServerError: Error, Sendable, CustomStringConvertible {
  public let description: String
}

/// `engagemap serve`: the model's site served from memory on 127.0.0.1 only, re-rendered in the
/// background when a watched file changes, the new snapshot swapped in whole, and every open
/// page told to reload through server-sent events. A model with errors never stops it.
public final class PreviewServer: Sendable {
  public let configuration: PreviewConfiguration
  let store = SnapshotStore()
  let events = GenerationEvents()
  private let builder: SnapshotBuilder
  private let state = RenderState()

  public init(configuration: PreviewConfiguration) {
    self.configuration = configuration
    self.builder = SnapshotBuilder(configuration: configuration)
  }

  /// The snapshot being served (nil before the first render).
  public var snapshot: PreviewSnapshot? { store.current }

  /// Renders the model now and swaps the snapshot in; returns the new snapshot.
  @discardableResult
  public func render() -> PreviewSnapshot {
    let (generation, lastGood) = state.next()
    let before = state.fingerprint(configuration)
    let result = builder.build(generation: generation, lastGood: lastGood)
    state.finish(good: result.good, loadedFiles: result.loadedFiles, before: before, configuration)
    store.replace(with: result.snapshot)
    events.publish(generation)
    return result.snapshot
  }

  /// Watches the files and re-renders after every settled change, one render at a time (a
  /// change during a render is seen when it ends: the last one wins, none piles up).
  public func watchForChanges() async { await watch(watcher: ModelWatcher()) }

  func watch(watcher: ModelWatcher) async {
    while !Task.isCancelled {
      let baseline = state.baseline
      let configuration = configuration
      let state = state
      guard await watcher.nextChange(since: baseline, current: { state.fingerprint(configuration) }) != nil else { return }
      _ = await Task.detached(priority: .userInitiated) { self.render() }.value
    }
  }

  /// The Hummingbird application: the routes, bound to 127.0.0.1 and `configuration.port`.
  public func application(
    onListening: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    var logger = Logger(label: "engagemap.serve")
    logger.logLevel = .critical
    return Application(
      router: PreviewRoutes(server: self).router(),
      configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: configuration.port)),
      onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
      logger: logger)
  }

  /// Renders, then serves until SIGINT or SIGTERM. `onListening` gets the URL once bound.
  public func run(onListening: @escaping @Sendable (String) async -> Void) async throws {
    if store.current == nil { render() }
    let started = StartFlag()
    let app = application { port in
      started.set()
      await onListening("http://127.0.0.1:\(port)/")
    }
    let group = ServiceGroup(
      configuration: .init(services: [app, WatchService(server: self)], gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "engagemap.serve")))
    do {
      try await group.run()
    } catch {
      if !started.isSet {
        throw PreviewServerError(description: "cannot listen on 127.0.0.1:\(configuration.port): \(error)")
      }
      throw error
    }
  }
}

/// The render loop's state: the generation counter, the last good site, what was watched.
final class RenderState: @unchecked Sendable {
  private let lock = NSLock()
  private var generation = 0
  private var lastGood: SnapshotBuilder.GoodSite?
  private var loadedFiles: Set<String> = []
  private var watched = FileFingerprint()

  func next() -> (Int, SnapshotBuilder.GoodSite?) {
    lock.withLock {
      generation += 1
      return (generation, lastGood)
    }
  }

  func fingerprint(_ configuration: PreviewConfiguration) -> FileFingerprint {
    let files = lock.withLock { loadedFiles }
    return FileFingerprint.of(modelPath: configuration.modelPath, loadedFiles: files, dataPath: configuration.dataPath)
  }

  /// Records the render; the baseline is the fingerprint taken before it, so a write during
  /// the render is a change, plus the files the model newly read, as they are now.
  func finish(good: SnapshotBuilder.GoodSite?, loadedFiles newFiles: Set<String>, before: FileFingerprint, _ configuration: PreviewConfiguration) {
    let now = FileFingerprint.of(modelPath: configuration.modelPath, loadedFiles: newFiles, dataPath: configuration.dataPath)
    var baseline = before
    for (path, entry) in now.entries where baseline.entries[path] == nil { baseline.entries[path] = entry }
    lock.withLock {
      if let good { lastGood = good }
      loadedFiles = newFiles
      watched = baseline
    }
  }

  var baseline: FileFingerprint { lock.withLock { watched } }
}

/// Set once the server is listening.
final class StartFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  func set() { lock.withLock { value = true } }
  var isSet: Bool { lock.withLock { value } }
}

/// The watch loop as a service beside the application: on graceful shutdown (it is stopped
/// first) it stops watching and closes every event stream, so the server can then stop.
struct WatchService: Service {
  let server: PreviewServer

  func run() async throws {
    await cancelWhenGracefulShutdown { await server.watchForChanges() }
    server.events.finishAll()
  }
}
