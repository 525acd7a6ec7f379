#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The names of the writer's temporary files and directories, which a killed run can leave
/// behind: `.engagemap-<kind>-<pid>-<8 hex digits>[-<name>]`, e.g.
/// `.engagemap-staging-4242-0a1b2c3d` or `.engagemap-tmp-4242-0a1b2c3d-model.json`. The process
/// id in the name tells a later run whether the writer is still alive; when it is not, the
/// leftover is removed.
enum Leftover {
  static let prefix = ".engagemap-"

  /// What a leftover held.
  enum Kind: String, CaseIterable {
    /// A set being written, before it is moved into place.
    case staging
    /// The files a set replaced, kept until the whole set is in place.
    case replaced
    /// A single file being written, before it is renamed over its destination.
    case temporary = "tmp"
  }

  /// A new, unique name of `kind` for this process, ending in `-suffix` when one is given.
  static func name(_ kind: Kind, suffix: String? = nil) -> String {
    let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    let unique = String(repeating: "0", count: 8 - random.count) + random
    let base = "\(prefix)\(kind.rawValue)-\(getpid())-\(unique)"
    return suffix.map { base + "-" + $0 } ?? base
  }

  /// The process id in a leftover's name, or `nil` when `name` is not a leftover's.
  static func owner(ofName name: String) -> pid_t? {
    guard name.hasPrefix(prefix) else { return nil }
    let parts = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count >= 3, Kind(rawValue: String(parts[0])) != nil,
      !parts[1].isEmpty, parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber),
      let pid = pid_t(parts[1]),
      parts[2].count == 8, parts[2].allSatisfy(\.isHexDigit)
    else { return nil }
    return pid
  }

  /// Removes from `directory` every leftover whose process is gone. Those of this process (a
  /// writer on another thread) and of live processes stay.
  static func removeStale(in directory: String) {
    let ownProcess = getpid()
    for name in FileSystem.names(in: directory, startingWith: prefix) {
      guard let owner = owner(ofName: name), owner != ownProcess, !FileSystem.isProcessAlive(owner) else { continue }
      FileSystem.removeTree(FileSystem.join(directory, name))
    }
  }
}
