import Foundation

/// Lexical path arithmetic for model loading: absolute paths, `.`/`..` removal, containment and
/// display paths. Pure string operations, so results do not depend on the file system (only
/// `workingDirectory` asks the process).
public enum ModelPath {
  /// The process's working directory, without a trailing slash.
  public static var workingDirectory: String {
    normalise(FileManager.default.currentDirectoryPath)
  }

  /// `path` made absolute against `base` (itself absolute) and normalised.
  public static func absolute(_ path: String, relativeTo base: String) -> String {
    if path.hasPrefix("/") { return normalise(path) }
    return normalise(base + "/" + path)
  }

  /// Removes empty and `.` components and resolves `..` lexically; `..` above `/` stays at `/`.
  public static func normalise(_ path: String) -> String {
    var components: [Substring] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() }
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// The directory part of an absolute path (`/` for a file at the root).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  /// Whether absolute, normalised `path` lies inside directory `root` (or is `root` itself).
  public static func isInside(_ path: String, root: String) -> Bool {
    if root == "/" { return true }
    return path == root || path.hasPrefix(root + "/")
  }

  /// The path as diagnostics show it: relative to `base` when under it, otherwise absolute.
  public static func display(_ path: String, relativeTo base: String) -> String {
    if base != "/", path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    if base == "/", path.hasPrefix("/"), path.count > 1 { return String(path.dropFirst()) }
    return path
  }
}
