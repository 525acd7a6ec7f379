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

/// An output file that could not be written, with the reason in words (from `errno` where the
/// system gave one): `cannot write 'out/model.json': Permission denied`.
struct AtomicFileError: Error, LocalizedError, CustomStringConvertible {
  let path: String
  let reason: String

  /// The whole message, naming the file.
  var message: String { "cannot write '\(path)': \(reason)" }
  var description: String { message }
  /// The reason alone, for callers that name the file themselves
  /// (`"cannot write \(path): \(error.localizedDescription)"`).
  var errorDescription: String? { reason }
}

/// Writes files atomically: the bytes go to a temporary file beside the destination, which is
/// then renamed over it, so a failed run never leaves a half-written file.
///
/// Written with POSIX calls so that every failure has a plain reason (`strerror`), not a
/// Foundation error number. It never writes over a directory, nor over a file of the model the
/// command loaded (`protect(_:)`): `export m -o m/model.engage` must not replace the model.
enum AtomicFile {
  static func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }

  static func write(_ bytes: [UInt8], to path: String) throws {
    func failure(_ reason: String) -> AtomicFileError { AtomicFileError(path: path, reason: reason) }
    guard !path.isEmpty else { throw failure("no file name given") }
    var existing = stat()
    let exists = stat(path, &existing) == 0
    if exists {
      if existing.st_mode & S_IFMT == S_IFDIR { throw failure("'\(path)' is a directory; give a file path") }
      if let modelFile = ProtectedFiles.shared.match(existing) {
        let which = modelFile == path ? "a file of the model being read" : "the model's file '\(modelFile)'"
        throw failure("it is \(which), which an output may not replace; give another path")
      }
    }
    let directory = parentDirectory(of: path)
    try createDirectories(directory, for: path)
    let temporary = temporaryPath(beside: path, in: directory)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(reason(errno)) }
    do {
      try writeAll(bytes, to: descriptor, failure: failure)
      if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
      guard close(descriptor) == 0 else {
        let code = errno
        unlink(temporary)
        throw failure(reason(code))
      }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(reason(code))
    }
  }

  /// Remembers the files of the loaded model, which no output may replace.
  static func protect(_ paths: [String]) {
    ProtectedFiles.shared.add(paths)
  }

  private static func writeAll(
    _ bytes: [UInt8], to descriptor: Int32, failure: (String) -> AtomicFileError
  ) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(reason(errno))
      }
      offset += written
    }
  }

  /// Creates `directory` and its parents as needed; a part that exists but is not a directory
  /// is named in the error.
  private static func createDirectories(_ directory: String, for path: String) throws {
    var status = stat()
    if stat(directory, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFDIR else {
        throw AtomicFileError(path: path, reason: "'\(directory)' is not a directory")
      }
      return
    }
    let parent = parentDirectory(of: directory)
    if parent != directory { try createDirectories(parent, for: path) }
    if mkdir(directory, 0o777) != 0 && errno != EEXIST {
      throw AtomicFileError(path: path, reason: "cannot create the directory '\(directory)': \(reason(errno))")
    }
  }

  /// The directory part of a path as given: `.` for a bare name, `/` for a file at the root.
  private static func parentDirectory(of path: String) -> String {
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  private static func temporaryPath(beside path: String, in directory: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? "output"
    let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    return (directory == "/" ? "/" : directory + "/") + ".\(name).\(unique).tmp"
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

/// The device and inode of every file of the loaded model, so that a file reached by another
/// path (a link, `./`, an absolute path) is still recognised.
private final class ProtectedFiles: @unchecked Sendable {
  static let shared = ProtectedFiles()

  private struct Identity: Hashable {
    let device: UInt64
    let inode: UInt64
  }

  private var files: [Identity: String] = [:]
  private let lock = NSLock()

  func add(_ paths: [String]) {
    lock.lock()
    defer { lock.unlock() }
    for path in paths {
      var status = stat()
      if stat(path, &status) == 0 { files[Self.identity(status)] = path }
    }
  }

  /// The model file with the same identity as `status`, if any.
  func match(_ status: stat) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return files[Self.identity(status)]
  }

  private static func identity(_ status: stat) -> Identity {
    Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }
}
