import Foundation

/// Tells every open event stream the number of each new snapshot.
final class GenerationEvents: @unchecked Sendable {
  private let lock = NSLock()
  private var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
  private var nextID = 0
  private var finished = false

  /// A stream of generations, starting with `current`; it ends when the server stops.
  func subscribe(current: Int) -> AsyncStream<Int> {
    let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
    let id: Int? = lock.withLock {
      if finished { return nil }
      nextID += 1
      subscribers[nextID] = continuation
      return nextID
    }
    guard let id else {
      continuation.finish()
      return stream
    }
    continuation.onTermination = { [weak self] _ in self?.remove(id) }
    continuation.yield(current)
    return stream
  }

  func publish(_ generation: Int) {
    for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(generation) }
  }

  /// Ends every stream, so open connections close and the server can stop.
  func finishAll() {
    let all = lock.withLock {
      finished = true
      defer { subscribers = [:] }
      return Array(subscribers.values)
    }
    for continuation in all { continuation.finish() }
  }

  private func remove(_ id: Int) { _ = lock.withLock { subscribers.removeValue(forKey: id) } }
}
