import EngageViews
import Foundation

/// A document and its DOT text, emitted once on the thread that built it.
struct BuiltViewDocument: Sendable {
  let document: ViewDocument
  let dot: String
}

/// Builds the documents of a `ViewPlan` on a background thread, in plan order, and hands each to
/// the calling thread as soon as it is built: building document k + 1 (pure Swift) overlaps
/// laying out document k (Graphviz, under its process-wide lock). Results come back in plan
/// order whatever the timing. The building thread has a lower priority, so that on a busy
/// machine the layouts (the longer stage) keep their core.
enum ViewDocumentPipeline {
  /// Runs `process` on every document of `plan` that has something to show, in plan order, and
  /// returns its results in that order; `nil` when `shouldStop` (asked before each document)
  /// said to stop. The first error `process` throws is rethrown; nothing more is built after a
  /// stop or an error, and the building thread has finished when the call returns.
  static func run<Output>(
    _ plan: ViewPlan, shouldStop: () -> Bool = { false }, process: (BuiltViewDocument) throws -> Output
  ) throws -> [Output]? {
    let queue = BuiltDocumentQueue()
    let builder = Thread {
      ThreadPriority.yieldToForegroundThreads()
      for index in 0..<plan.count {
        guard !queue.isCancelled else { break }
        queue.append(plan.document(at: index).map { BuiltViewDocument(document: $0, dot: $0.dot) })
      }
      queue.finish()
    }
    builder.stackSize = 8 << 20
    builder.start()
    defer {
      queue.cancel()
      queue.waitUntilFinished()
    }

    var outputs: [Output] = []
    for index in 0..<plan.count {
      if shouldStop() { return nil }
      guard case .built(let built) = queue.take(index) else { break }
      if let built { outputs.append(try process(built)) }
    }
    return outputs
  }
}

/// The hand-over between the building thread and the rendering thread: documents by plan
/// index, each released once taken.
private final class BuiltDocumentQueue: @unchecked Sendable {
  enum Slot {
    case built(BuiltViewDocument?)
    case stopped
  }

  private let condition = NSCondition()
  private var documents: [BuiltViewDocument?] = []
  private var cancelled = false
  private var finished = false

  var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }

  func append(_ document: BuiltViewDocument?) {
    condition.lock()
    documents.append(document)
    condition.broadcast()
    condition.unlock()
  }

  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.unlock()
  }

  /// Waits for document `index`; `.stopped` when the builder finished without reaching it.
  func take(_ index: Int) -> Slot {
    condition.lock()
    defer { condition.unlock() }
    while documents.count <= index && !finished { condition.wait() }
    guard documents.indices.contains(index) else { return .stopped }
    let document = documents[index]
    documents[index] = nil
    return .built(document)
  }

  func waitUntilFinished() {
    condition.lock()
    while !finished { condition.wait() }
    condition.unlock()
  }
}
