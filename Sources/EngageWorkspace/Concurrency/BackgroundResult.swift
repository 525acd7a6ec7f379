import Foundation

/// A value computed on a background thread, waited for when it is needed.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var value: Value?

  /// Starts computing `work` on a new thread of lower priority than the caller's.
  init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      ThreadPriority.yieldToForegroundThreads()
      let result = work()
      condition.lock()
      value = result
      condition.broadcast()
      condition.unlock()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// The value if it is ready, without waiting.
  var ready: Value? {
    condition.lock()
    defer { condition.unlock() }
    return value
  }

  /// The value, waiting for it.
  func wait() -> Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let value { return value }
      condition.wait()
    }
  }
}
