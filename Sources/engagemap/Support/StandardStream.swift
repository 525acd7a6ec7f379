#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Musl)
  private let systemWrite = Musl.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif

/// A write to standard output or standard error that failed, with the system's reason.
struct StandardStreamError: Error, CustomStringConvertible {
  let stream: StandardStream
  let code: Int32

  var description: String { "cannot write to \(stream.name): \(String(cString: strerror(code)))" }
}

/// The process's standard output and standard error, written unbuffered as UTF-8 with POSIX
/// `write`: a full disk, a closed descriptor or a pipe nobody reads is an error the caller
/// handles, never a crash (`FileHandle.write` traps on them, and SIGPIPE would end the process).
enum StandardStream {
  case output
  case error

  var fileDescriptor: Int32 {
    switch self {
    case .output: 1
    case .error: 2
    }
  }

  var name: String {
    switch self {
    case .output: "standard output"
    case .error: "standard error"
    }
  }

  /// Writes all of `text`, retrying short writes and interrupted calls.
  func write(_ text: String) throws(StandardStreamError) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        systemWrite(fileDescriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw StandardStreamError(stream: self, code: errno)
      }
      offset += written
    }
  }

  /// Writes `text` followed by a newline unless it already ends with one.
  func writeLine(_ text: String) throws(StandardStreamError) {
    try write(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Prepares the process for writing to streams that may fail: a write to a pipe whose reader
  /// has gone, or past a file size limit, then fails with `EPIPE` or `EFBIG` instead of a signal
  /// ending the process. A standard descriptor closed at start-up is held open on `/dev/null`
  /// for reading, so that no file the process opens later takes its number (and receives
  /// output), while writing to it still fails (`EBADF`) as writing to a closed one does.
  static func prepareForFailingWrites() {
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let placeholder = open("/dev/null", O_RDONLY)
      if placeholder >= 0 && placeholder != descriptor {
        dup2(placeholder, descriptor)
        close(placeholder)
      }
    }
  }
}
