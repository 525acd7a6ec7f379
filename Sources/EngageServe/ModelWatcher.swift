import EngageWorkspace
import Foundation

/// What the watcher compares: for every watched file its inode, size and modification time,
/// so in-place writes and rename-over saves (vim, VS Code) are both seen.
struct FileFingerprint: Equatable, Sendable {
  var entries: [String: [Int64]] = [:]

  /// The fingerprint of the model (every `.engage` file under a model directory, every file it
  /// loaded) and of the data file.
  static func of(modelPath: String, loadedFiles: Set<String>, dataPath: String?) -> FileFingerprint {
    var paths = loadedFiles
    paths.insert(modelPath)
    if let dataPath { paths.insert(dataPath) }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: modelPath, isDirectory: &isDirectory), isDirectory.boolValue,
      let enumerator = FileManager.default.enumerator(atPath: modelPath)
    {
      for case let relative as String in enumerator where relative.hasSuffix(".engage") {
        paths.insert(modelPath + "/" + relative)
      }
    }
    var fingerprint = FileFingerprint()
    for path in paths {
      var status = stat()
      if stat(path, &status) == 0 {
        fingerprint.entries[path] = [
          Int64(status.st_ino), Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec),
        ]
      } else {
        fingerprint.entries[path] = []
      }
    }
    return fingerprint
  }
}

/// Polls the watched files every `interval` and calls `changed` once a burst of writes has
/// been quiet for `quiet` (an editor's save is several writes).
struct ModelWatcher: Sendable {
  var interval: Duration = .milliseconds(100)
  var quiet: Duration = .milliseconds(80)

  /// Waits until `current()` differs from `since`, then until it stays the same for `quiet`;
  /// returns the settled fingerprint, or nil when the task is cancelled.
  func nextChange(
    since: FileFingerprint, current: @Sendable () -> FileFingerprint
  ) async -> FileFingerprint? {
    var latest = since
    while latest == since {
      guard (try? await Task.sleep(for: interval)) != nil else { return nil }
      latest = current()
    }
    while true {
      guard (try? await Task.sleep(for: quiet)) != nil else { return nil }
      let settled = current()
      if settled == latest { return settled }
      latest = settled
    }
  }
}
