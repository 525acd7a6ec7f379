import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `body` on a thread for which `directory` (mode 0555) cannot be written, and returns its
/// result.
///
/// Tests run as root in CI, and root ignores directory permissions. So under root the thread
/// takes the file-system user id of `nobody` (`setfsuid`, which on Linux belongs to the calling
/// thread alone and drops the capability to override permissions while it is not 0), and gives
/// it back before returning; other threads of the test process keep root's rights. Either way
/// the call first checks that creating a file in `directory` really fails, so a test built on
/// it cannot pass without the condition it claims.
func withUnwritableDirectory<Value: Sendable>(
  _ directory: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: @escaping @Sendable () -> Value
) throws -> Value {
  chmod(directory, 0o555)
  defer { chmod(directory, 0o755) }
  let outcome = OnThread<(probeFailed: Bool, value: Value)> {
    let asNobody = getuid() == 0
    if asNobody { _ = FileSystemUser.set(65534) }
    defer { if asNobody { _ = FileSystemUser.set(0) } }
    let probe = "\(directory)/.probe"
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    if descriptor >= 0 {
      close(descriptor)
      unlink(probe)
    }
    return (descriptor < 0, body())
  }.wait()
  try #require(outcome.probeFailed, "\(directory) is writable: the test would not test an unwritable directory", sourceLocation: sourceLocation)
  return outcome.value
}

/// `setfsuid(2)`, which Swift's Glibc module does not export: looked up in the C library.
private enum FileSystemUser {
  typealias Function = @convention(c) (UInt32) -> Int32
  static let function: Function? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid").map {
    unsafeBitCast($0, to: Function.self)
  }

  /// Sets the calling thread's file-system user id; returns the previous one (-1 when the call
  /// is not available).
  static func set(_ uid: UInt32) -> Int32 { function?(uid) ?? -1 }
}

/// A closure run on a dedicated thread, waited for.
private final class OnThread<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var value: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let result = work()
      condition.lock()
      value = result
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  func wait() -> Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let value { return value }
      condition.wait()
    }
  }
}
