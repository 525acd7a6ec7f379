import Foundation

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

/// A failed system call's `errno`.
struct SystemCallError: Error {
  let code: Int32

  /// The reason in words, as `strerror` gives it: `Permission denied`.
  var reason: String { FileSystem.reason(code) }
}

/// The POSIX calls the writer is made of, each failure reported with its `errno`, so that every
/// message has a plain reason rather than a Foundation error number.
enum FileSystem {
  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// The status of `path` (following links), or `nil` when it does not exist or cannot be seen.
  static func status(_ path: String) -> stat? {
    var status = stat()
    return stat(path, &status) == 0 ? status : nil
  }

  static func isDirectory(_ status: stat) -> Bool {
    status.st_mode & S_IFMT == S_IFDIR
  }

  /// The directory part of a path as given: `.` for a bare name, `/` for a file at the root.
  static func parentDirectory(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// The last component of a path as given.
  static func lastComponent(of path: String) -> String {
    withoutTrailingSlashes(path).split(separator: "/").last.map(String.init) ?? path
  }

  /// `path` without trailing slashes (`/` stays `/`).
  static func withoutTrailingSlashes(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// `directory/name`, without doubling the slash at the root.
  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// Creates `directory` and its missing parents, and returns those it created, outermost
  /// first. A part that exists but is not a directory is named in the error.
  static func createDirectories(_ directory: String, for path: String) throws(AtomicWriteError) -> [String] {
    if let status = status(directory) {
      guard isDirectory(status) else { throw AtomicWriteError(path: path, reason: "'\(directory)' is not a directory") }
      return []
    }
    let parent = parentDirectory(of: directory)
    var created = parent != directory ? try createDirectories(parent, for: path) : []
    if mkdir(directory, 0o777) == 0 {
      created.append(directory)
    } else if errno != EEXIST {
      let code = errno
      removeDirectories(created)
      throw AtomicWriteError(path: path, reason: "cannot create the directory '\(directory)': \(reason(code))")
    }
    return created
  }

  /// Removes directories `createDirectories` made, innermost first; those no longer empty stay.
  static func removeDirectories(_ created: [String]) {
    for directory in created.reversed() { rmdir(directory) }
  }

  /// Writes `bytes` into a new file at `path` (which must not exist), with `mode` when given
  /// (the mode of the file it will replace). `injectedFailure`, from a test, makes the write
  /// fail with that `errno` after half the bytes, as a full disk would.
  static func writeNewFile(
    _ bytes: [UInt8], to path: String, mode: mode_t?, injectedFailure: Int32? = nil
  ) throws(SystemCallError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw SystemCallError(code: errno) }
    do throws(SystemCallError) {
      let length = injectedFailure == nil ? bytes.count : bytes.count / 2
      try writeAll(bytes[..<length], to: descriptor)
      if let injectedFailure { throw SystemCallError(code: injectedFailure) }
      if let mode { _ = fchmod(descriptor, mode & 0o7777) }
    } catch {
      close(descriptor)
      throw error
    }
    guard close(descriptor) == 0 else { throw SystemCallError(code: errno) }
  }

  /// Writes every byte to `descriptor`, retrying short writes and `EINTR`.
  static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) throws(SystemCallError) {
    var offset = bytes.startIndex
    while offset < bytes.endIndex {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw SystemCallError(code: errno)
      }
      offset += written
    }
  }

  /// The names in `directory` that start with `prefix` (none when it cannot be read).
  static func names(in directory: String, startingWith prefix: String) -> [String] {
    guard let stream = opendir(directory) else { return [] }
    defer { closedir(stream) }
    let prefixBytes = Array(prefix.utf8)
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
        let bytes = raw.bindMemory(to: UInt8.self)
        guard bytes.starts(with: prefixBytes), let end = bytes.firstIndex(of: 0) else { return nil }
        return String(decoding: bytes[..<end], as: UTF8.self)
      }
      if let name { names.append(name) }
    }
    return names
  }

  /// Removes `path` and everything under it; failures are ignored (this only tidies up).
  static func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Whether a process with this id exists (one this process may not signal exists too).
  static func isProcessAlive(_ pid: pid_t) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
