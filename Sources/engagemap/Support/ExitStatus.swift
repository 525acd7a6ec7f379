#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The exit codes every command shares: 0 success; 1 the model has errors (or warnings under
/// `--strict`), or measures missed their targets; 2 usage, I/O or internal failure.
enum ExitStatus {
  static let success: Int32 = 0
  static let modelFailure: Int32 = 1
  static let usageOrIOFailure: Int32 = 2

  /// Ends the process with `status`, keeping `values` alive until then: the syntax trees, graph
  /// and rendered bytes a command returns are never torn down (7–10 % of checking a large
  /// model). Standard output and error are unbuffered, so nothing is lost.
  static func endProcess(_ status: Int32, keepingAlive values: Any?) -> Never {
    withExtendedLifetime(values) { exit(status) }
  }
}
