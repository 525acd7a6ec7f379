#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scheduling priority for the pipeline's background threads.
enum ThreadPriority {
  /// The nice value background threads take: low enough that a thread laying out maps keeps its
  /// core when more threads are runnable than there are cores, yet not starved on an idle one.
  static let backgroundNiceValue: Int32 = 10

  /// Lowers the calling thread's priority below the process's other threads. On Linux the nice
  /// value belongs to the thread (`who` 0 is the calling thread); a failure leaves it unchanged,
  /// which costs only speed.
  static func yieldToForegroundThreads() {
    #if os(Linux)
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, backgroundNiceValue)
    #endif
  }
}
