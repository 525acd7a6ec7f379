#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Musl)
  private let systemRead = Musl.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif

/// A read from standard input that failed, with the system's reason.
struct StandardInputError: Error, CustomStringConvertible {
  let code: Int32

  var description: String { "cannot read standard input: \(String(cString: strerror(code)))" }
}

/// The process's standard input, read whole with POSIX `read`: the model text of `check -`,
/// `export -` and `fmt -`. A closed or unreadable descriptor is an error the caller reports.
enum StandardInput {
  /// The argument that stands for standard input in place of a path.
  static let argument = "-"

  static func readAll() throws(StandardInputError) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(0, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw StandardInputError(code: errno)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[..<count])
    }
  }
}
