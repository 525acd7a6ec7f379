import EngageLanguage
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `.engage` files of a model directory, found with POSIX `readdir` on raw name bytes so
/// that nothing is skipped silently: a file name that is not UTF-8 (which Foundation's
/// enumerator drops), a symbolic link leading outside the model's root, a dangling link, a link
/// loop or a `.engage` name on something that is not a file are all reported, naming the file.
///
/// Hidden entries (names starting with `.`) are skipped, as are symbolic links to directories:
/// only the model's real directories are searched.
struct DirectoryScan {
  /// The absolute paths of the readable `.engage` files, sorted.
  private(set) var files: [String] = []
  /// `EM0011` for links leading outside the root; `EM0014` for names that are not UTF-8,
  /// dangling links, link loops and entries that are not regular files.
  private(set) var diagnostics: [Diagnostic] = []

  private let root: String
  private let realRoot: String
  private let displayBase: String

  /// Scans `root` (absolute, normalised) recursively; diagnostics show paths relative to
  /// `displayBase`.
  init(root: String, displayBase: String) {
    self.root = root
    self.realRoot = Self.realPath(root).path.map(ModelPath.normalise) ?? root
    self.displayBase = displayBase
    scan()
    files.sort()
  }

  private mutating func scan() {
    var pending = [root]
    while let directory = pending.popLast() {
      guard let stream = opendir(directory) else {
        report(LanguageCode.unreadableModel, "cannot read directory '\(display(directory))': \(Self.reason(errno))")
        continue
      }
      defer { closedir(stream) }
      while let entry = readdir(stream) {
        let name = Self.nameBytes(of: entry)
        guard let first = name.first, first != UInt8(ascii: ".") else { continue }
        guard let decoded = String(validating: name, as: UTF8.self) else {
          reportUndecodableName(name, in: directory)
          continue
        }
        let path = directory == "/" ? "/" + decoded : directory + "/" + decoded
        var status = stat()
        guard lstat(path, &status) == 0 else {
          if decoded.hasSuffix(".engage") { report(LanguageCode.unreadableModel, "cannot read '\(display(path))': \(Self.reason(errno))") }
          continue
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
          pending.append(path)
        case S_IFREG:
          if decoded.hasSuffix(".engage") { files.append(path) }
        case S_IFLNK:
          if decoded.hasSuffix(".engage") { followLink(path) }
        default:
          if decoded.hasSuffix(".engage") {
            report(LanguageCode.unreadableModel, "'\(display(path))' is not a regular file (a device, pipe or socket); a model file must be a text file")
          }
        }
      }
    }
  }

  /// Accepts a symbolic link whose target is a regular file inside the root; reports the rest.
  private mutating func followLink(_ path: String) {
    let target = Self.linkTarget(path) ?? "?"
    let (real, failure) = Self.realPath(path)
    guard let real else {
      switch failure {
      case ENOENT:
        report(LanguageCode.unreadableModel, "'\(display(path))' is a symbolic link to '\(target)', which does not exist; remove the link or restore its target")
      case ELOOP:
        report(LanguageCode.unreadableModel, "'\(display(path))' is a symbolic link that leads back to itself (a link loop); replace it with the file it should name")
      default:
        report(LanguageCode.unreadableModel, "cannot follow the symbolic link '\(display(path))' to '\(target)': \(Self.reason(failure))")
      }
      return
    }
    let resolved = ModelPath.normalise(real)
    guard ModelPath.isInside(resolved, root: realRoot) else {
      report(
        LanguageCode.includeOutsideRoot,
        "'\(display(path))' is a symbolic link to '\(resolved)', outside the model's root directory '\(display(root))'; a model may only read files inside its directory")
      return
    }
    var status = stat()
    guard stat(resolved, &status) == 0 else { return }
    if status.st_mode & S_IFMT == S_IFREG { files.append(path) }
  }

  private mutating func report(_ code: DiagnosticCode, _ message: String) {
    diagnostics.append(Diagnostic(code, .error, message, at: nil))
  }

  /// A name that is not UTF-8 cannot become a `SourceFile` path or be shown as it is: report
  /// `.engage` files and directories (whose files would otherwise be missed) by an escaped name.
  private mutating func reportUndecodableName(_ name: [UInt8], in directory: String) {
    let escaped = Self.escaped(name)
    let path = display(directory) + "/" + escaped
    var status = stat()
    let rawPath = Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]
    let isDirectory = rawPath.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        guard let address = characters.baseAddress else { return false }
        return lstat(address, &status) == 0
      }
    } && status.st_mode & S_IFMT == S_IFDIR
    if isDirectory {
      report(LanguageCode.unreadableModel, "directory name '\(path)' is not valid UTF-8, so its files cannot be read; rename it")
    } else if name.count >= 7, Array(name.suffix(7)) == Array(".engage".utf8) {
      report(LanguageCode.unreadableModel, "file name '\(path)' is not valid UTF-8; rename it")
    }
  }

  private func display(_ path: String) -> String {
    ModelPath.display(path, relativeTo: displayBase)
  }

  /// The bytes of a directory entry's name, up to its terminating NUL.
  private static func nameBytes(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
    withUnsafeBytes(of: &entry.pointee.d_name) { raw in
      Array(raw.prefix { $0 != 0 })
    }
  }

  /// `bytes` as text, with every byte that is not part of valid UTF-8 written `\xFF`.
  static func escaped(_ bytes: [UInt8]) -> String {
    var text = ""
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
        offset += encoded.count
      case .error(let length):
        for byte in bytes[offset..<min(offset + length, bytes.count)] {
          text += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
        offset += length
      case .emptyInput:
        return text
      }
    }
  }

  /// The path with every symbolic link resolved, or `nil` and the `errno` of the failure.
  private static func realPath(_ path: String) -> (path: String?, failure: Int32) {
    guard let resolved = realpath(path, nil) else { return (nil, errno) }
    defer { free(resolved) }
    return (String(cString: resolved), 0)
  }

  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length >= 0 else { return nil }
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
