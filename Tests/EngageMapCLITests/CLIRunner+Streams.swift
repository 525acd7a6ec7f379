import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a spawned `engagemap` writes its standard output or standard error.
enum StreamTarget: Sendable, CustomStringConvertible {
  /// A temporary file, read back into the result.
  case captured
  /// `/dev/full`: every write fails with `ENOSPC`.
  case deviceFull
  /// The descriptor is closed when the process starts: every write fails with `EBADF`.
  case closed
  /// A pipe whose reading end was closed before the process started: every write fails with
  /// `EPIPE` (and raises SIGPIPE, whose default action ends the process).
  case brokenPipe

  var description: String {
    switch self {
    case .captured: "captured"
    case .deviceFull: "/dev/full"
    case .closed: "closed"
    case .brokenPipe: "a pipe nobody reads"
    }
  }

  /// The reason `engagemap` should give for failing to write to this target.
  var failureReason: String? {
    switch self {
    case .captured: nil
    case .deviceFull: "No space left on device"
    case .closed: "Bad file descriptor"
    case .brokenPipe: "Broken pipe"
    }
  }
}

extension CLIRunner {
  /// Runs `engagemap arguments` with its standard output and error sent to the given targets,
  /// started with the default action for SIGPIPE and SIGXFSZ whatever this process does with
  /// them (a child of `Process` inherits ignored signals), so that a signal would end it.
  /// `fileSizeLimitBlocks` applies `ulimit -f` (dash counts 512-byte blocks); `asNobody` runs it
  /// as user and group 65534 through `setpriv` (this process must be root).
  static func spawn(
    _ arguments: [String], standardOutput: StreamTarget = .captured, standardError: StreamTarget = .captured,
    in directory: String = packageRoot, fileSizeLimitBlocks: Int? = nil, asNobody: Bool = false,
    timeout: TimeInterval = 300
  ) throws -> CLIResult {
    var command = [try binary()] + arguments
    if let fileSizeLimitBlocks {
      command = ["/bin/sh", "-c", "ulimit -f \(fileSizeLimitBlocks) && exec \"$@\"", "sh"] + command
    }
    if asNobody {
      command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command
    }
    command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + command

    let scratch = try ScratchDirectory()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var parentEnds: [Int32] = []
    defer { for descriptor in parentEnds { close(descriptor) } }
    for (descriptor, target) in [(Int32(1), standardOutput), (Int32(2), standardError)] {
      switch target {
      case .captured:
        posix_spawn_file_actions_addopen(&actions, descriptor, "\(scratch.path)/\(descriptor)", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      case .deviceFull:
        posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/full", O_WRONLY, 0)
      case .closed:
        posix_spawn_file_actions_addclose(&actions, descriptor)
      case .brokenPipe:
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw CLIRunnerError.fixture("pipe failed: errno \(errno)") }
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        close(ends[0])
        parentEnds.append(ends[1])
        posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor)
      }
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGXFSZ)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var pid: pid_t = 0
    let status = withCStrings(command) { argv in
      withCStrings(environment) { envp in
        posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
      }
    }
    guard status == 0 else { throw CLIRunnerError.fixture("posix_spawn \(command[0]) failed: errno \(status)") }
    for descriptor in parentEnds { close(descriptor) }
    parentEnds = []

    var waitStatus: Int32 = 0
    let deadline = Date().addingTimeInterval(timeout)
    while waitpid(pid, &waitStatus, WNOHANG) == 0 {
      if Date() > deadline {
        kill(pid, SIGKILL)
        waitpid(pid, &waitStatus, 0)
        throw CLIRunnerError.timedOut(arguments)
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    let signal = waitStatus & 0x7f
    func captured(_ descriptor: Int) -> String {
      String(decoding: FileManager.default.contents(atPath: "\(scratch.path)/\(descriptor)") ?? Data(), as: UTF8.self)
    }
    return CLIResult(
      status: signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal,
      standardOutput: captured(1), standardError: captured(2), crashed: signal != 0)
  }

  /// Calls `body` with a NULL-terminated C array of `strings`.
  private static func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
  ) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
