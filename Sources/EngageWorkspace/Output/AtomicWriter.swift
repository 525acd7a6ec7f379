import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output that could not be written, with the reason in words (from `errno` where the system
/// gave one): `cannot write 'out/model.json': Permission denied`.
public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
  /// The file or directory that was being written.
  public let path: String
  public let reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// The whole message, naming the file.
  public var message: String { "cannot write '\(path)': \(reason)" }
  public var description: String { message }
}

/// Writes outputs so that a failed run never leaves a half-written file or a partial set, and
/// never replaces an input.
///
/// A single file goes to a temporary file beside its destination, then is renamed over it. A
/// set of files (`write(_:into:)`) is written whole into a staging directory first; only when
/// every file is written is it moved into place, and a failure on the way leaves the destination
/// as it was. Temporary files and staging directories carry the writer's process id in their
/// names (`.engagemap-staging-PID-RANDOM`); a later write into the same place removes those of
/// processes that are gone.
///
/// The writer refuses to write over a directory, and over any file it protects (the model's
/// files, the measure data being read), recognised by device and inode so that another path to
/// the same file (a link, `./`, `..`) is refused too. It is a value holding no open resources:
/// share it between threads freely. Written with POSIX calls so that every failure has a plain
/// reason (`strerror`).
public struct AtomicWriter: Sendable {
  /// An input file that no output may replace.
  public struct ProtectedFile: Sendable, Hashable {
    /// What the file is, for the message that refuses to replace it.
    public enum Role: Sendable, Hashable {
      case modelFile
      case measureData
    }

    /// A path to the file that can be opened from the working directory (absolute, or relative).
    public let path: String
    /// The path messages name it by (as diagnostics show it).
    public let shownAs: String
    public let role: Role

    public init(path: String, shownAs: String? = nil, role: Role) {
      self.path = path
      self.shownAs = shownAs ?? path
      self.role = role
    }
  }

  /// A step of a write that a test can make fail.
  enum Step: Sendable, Hashable {
    /// Writing file `index` of a set (or the single file, index 0): fails after half its bytes.
    case write(Int)
    /// Moving file `index` of a set into an existing destination directory.
    case moveIntoPlace(Int)
    /// Renaming the staging directory to a destination that did not exist.
    case placeDirectory
  }

  private struct Identity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ status: stat) {
      device = UInt64(status.st_dev)
      inode = UInt64(status.st_ino)
    }
  }

  private let protected: [Identity: ProtectedFile]
  /// For tests: the `errno` a step fails with, or `nil` to let it run.
  var injectedFailure: @Sendable (Step) -> Int32? = { _ in nil }

  /// A writer that refuses to replace any of `files` (those that exist now).
  public init(protecting files: [ProtectedFile] = []) {
    var protected: [Identity: ProtectedFile] = [:]
    for file in files {
      guard let status = FileSystem.status(file.path) else { continue }
      protected[Identity(status)] = protected[Identity(status)] ?? file
    }
    self.protected = protected
  }

  // MARK: Single files

  public func write(_ text: String, to path: String) throws(AtomicWriteError) {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `bytes` to the file at `path` through a temporary file beside it, creating missing
  /// directories (removed again when the write fails). An existing file keeps its permissions.
  public func write(_ bytes: [UInt8], to path: String) throws(AtomicWriteError) {
    func failure(_ reason: String) -> AtomicWriteError { AtomicWriteError(path: path, reason: reason) }
    guard !path.isEmpty else { throw failure("no file name given") }
    let existing = FileSystem.status(path)
    if let existing {
      if FileSystem.isDirectory(existing) { throw failure("'\(path)' is a directory; give a file path") }
      try refuseIfProtected(existing, path: path)
    }
    let directory = FileSystem.parentDirectory(of: path)
    let created = try FileSystem.createDirectories(directory, for: path)
    if created.isEmpty { Leftover.removeStale(in: directory) }
    let temporary = FileSystem.join(directory, Leftover.name(.temporary, suffix: FileSystem.lastComponent(of: path)))
    do throws(SystemCallError) {
      try FileSystem.writeNewFile(
        bytes, to: temporary, mode: existing?.st_mode, injectedFailure: injectedFailure(.write(0)))
      guard rename(temporary, path) == 0 else { throw SystemCallError(code: errno) }
    } catch {
      unlink(temporary)
      FileSystem.removeDirectories(created)
      throw failure(error.reason)
    }
  }

  // MARK: Sets of files

  /// Writes `files` (paths relative to `directory`) into `directory`, all or nothing.
  ///
  /// When `directory` does not exist, the files are written into a staging directory beside it,
  /// which is then renamed to `directory`. When it exists, they are written into a staging
  /// directory inside it, then moved to their places one by one; each file they replace is moved
  /// aside just before (so for an instant that path is empty), kept until every new file is in,
  /// and put back if a move fails. Other files in `directory` stay. Everything is checked before anything is written: a protected file, a
  /// directory where a file goes, or a file where a directory goes refuses the whole set.
  public func write(_ files: [OutputFile], into directory: String) throws(AtomicWriteError) {
    guard !directory.isEmpty else { throw AtomicWriteError(path: directory, reason: "no directory given") }
    try checkRelativePaths(files, in: directory)
    let destination = FileSystem.withoutTrailingSlashes(directory)
    guard let status = FileSystem.status(destination) else {
      return try writeNewDirectory(files, at: destination, as: directory)
    }
    try refuseIfProtected(status, path: directory)
    guard FileSystem.isDirectory(status) else {
      throw AtomicWriteError(path: directory, reason: "'\(directory)' is not a directory")
    }
    try merge(files, into: destination, as: directory)
  }

  /// Whether `name` (one path component) is a writer's temporary file or staging directory,
  /// which no listing of outputs should show.
  public static func isLeftover(_ name: String) -> Bool {
    Leftover.owner(ofName: name) != nil
  }

  private func refuseIfProtected(_ status: stat, path: String) throws(AtomicWriteError) {
    guard let input = protected[Identity(status)] else { return }
    let same = input.shownAs == path
    let which: String
    switch input.role {
    case .modelFile: which = same ? "a file of the model being read" : "the model's file '\(input.shownAs)'"
    case .measureData: which = same ? "the measure data file being read" : "the measure data file '\(input.shownAs)'"
    }
    throw AtomicWriteError(path: path, reason: "it is \(which), which an output may not replace; give another path")
  }

  /// Every path must be relative, name a file below the directory, and appear once.
  private func checkRelativePaths(_ files: [OutputFile], in directory: String) throws(AtomicWriteError) {
    var seen = Set<String>()
    for file in files {
      let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
      let valid =
        !file.path.hasPrefix("/")
        && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        && components.first.map { !Self.isLeftover(String($0)) } ?? false
      guard valid else {
        throw AtomicWriteError(path: directory, reason: "'\(file.path)' is not a file path inside the directory")
      }
      guard seen.insert(file.path).inserted else {
        throw AtomicWriteError(path: directory, reason: "'\(file.path)' is in the set twice")
      }
    }
  }

  /// The directories of `files` below their set's root (`process`, `megaprocess`), parents
  /// first, each once.
  private static func subdirectories(of files: [OutputFile]) -> [String] {
    var seen = Set<String>()
    var ordered: [String] = []
    for file in files {
      let components = file.path.split(separator: "/")
      for depth in stride(from: 1, to: components.count, by: 1) {
        let subdirectory = components[..<depth].joined(separator: "/")
        if seen.insert(subdirectory).inserted { ordered.append(subdirectory) }
      }
    }
    return ordered
  }

  /// Writes every file into `staging` (which exists), creating its subdirectories; on failure
  /// removes `staging` and names the file that failed, as it would have been called in `shown`.
  private func stage(
    _ files: [OutputFile], subdirectories: [String], in staging: String, modes: [mode_t?], shown: String
  ) throws(AtomicWriteError) {
    for subdirectory in subdirectories {
      guard mkdir(FileSystem.join(staging, subdirectory), 0o777) == 0 else {
        let code = errno
        FileSystem.removeTree(staging)
        throw AtomicWriteError(
          path: FileSystem.join(shown, subdirectory), reason: "\(FileSystem.reason(code)); '\(shown)' was left as it was")
      }
    }
    for (index, file) in files.enumerated() {
      do throws(SystemCallError) {
        try FileSystem.writeNewFile(
          file.bytes, to: FileSystem.join(staging, file.path), mode: modes[index],
          injectedFailure: injectedFailure(.write(index)))
      } catch {
        FileSystem.removeTree(staging)
        throw AtomicWriteError(
          path: FileSystem.join(shown, file.path), reason: "\(error.reason); '\(shown)' was left as it was")
      }
    }
  }

  /// The set into a directory that does not exist: staged beside it, then renamed into place.
  private func writeNewDirectory(_ files: [OutputFile], at destination: String, as shown: String) throws(AtomicWriteError) {
    let parent = FileSystem.parentDirectory(of: destination)
    let created = try FileSystem.createDirectories(parent, for: shown)
    if created.isEmpty { Leftover.removeStale(in: parent) }
    let staging = FileSystem.join(parent, Leftover.name(.staging))
    guard mkdir(staging, 0o777) == 0 else {
      let code = errno
      FileSystem.removeDirectories(created)
      throw AtomicWriteError(path: shown, reason: "cannot create a directory in '\(parent)': \(FileSystem.reason(code))")
    }
    do {
      try stage(
        files, subdirectories: Self.subdirectories(of: files), in: staging, modes: files.map { _ in nil }, shown: shown)
    } catch {
      FileSystem.removeDirectories(created)
      throw error
    }
    let code = injectedFailure(.placeDirectory) ?? (rename(staging, destination) == 0 ? 0 : errno)
    guard code != 0 else { return }
    FileSystem.removeTree(staging)
    if (code == EEXIST || code == ENOTEMPTY), let status = FileSystem.status(destination), FileSystem.isDirectory(status) {
      // Another writer made the directory meanwhile: add to it as to any existing one.
      return try merge(files, into: destination, as: shown)
    }
    FileSystem.removeDirectories(created)
    throw AtomicWriteError(path: shown, reason: "\(FileSystem.reason(code)); nothing was written")
  }

  /// A file of the set as it will be moved into an existing directory.
  private struct Placement {
    let target: String
    /// Where the file it replaced was kept, when there was one.
    var replacedKeptAt: String?
  }

  /// The set into an existing directory: staged inside it, then moved into place file by file.
  private func merge(_ files: [OutputFile], into destination: String, as shown: String) throws(AtomicWriteError) {
    // Check every place first: nothing is written when one of them cannot take its file.
    var modes: [mode_t?] = []
    var existing: [Bool] = []
    let subdirectories = Self.subdirectories(of: files)
    for subdirectory in subdirectories {
      if let status = FileSystem.status(FileSystem.join(destination, subdirectory)), !FileSystem.isDirectory(status) {
        throw AtomicWriteError(path: shown, reason: "'\(FileSystem.join(shown, subdirectory))' is not a directory")
      }
    }
    for file in files {
      let target = FileSystem.join(destination, file.path)
      guard let status = FileSystem.status(target) else {
        modes.append(nil)
        existing.append(false)
        continue
      }
      let shownTarget = FileSystem.join(shown, file.path)
      if FileSystem.isDirectory(status) {
        throw AtomicWriteError(path: shownTarget, reason: "'\(shownTarget)' is a directory, where the output is a file")
      }
      try refuseIfProtected(status, path: shownTarget)
      modes.append(status.st_mode)
      existing.append(true)
    }

    Leftover.removeStale(in: destination)
    Leftover.removeStale(in: FileSystem.parentDirectory(of: destination))
    let staging = FileSystem.join(destination, Leftover.name(.staging))
    guard mkdir(staging, 0o777) == 0 else {
      throw AtomicWriteError(path: shown, reason: FileSystem.reason(errno) + "; nothing was written")
    }
    try stage(files, subdirectories: subdirectories, in: staging, modes: modes, shown: shown)

    var createdDirectories: [String] = []
    for subdirectory in subdirectories {
      let path = FileSystem.join(destination, subdirectory)
      if mkdir(path, 0o777) == 0 {
        createdDirectories.append(path)
      } else if errno != EEXIST {
        let code = errno
        FileSystem.removeDirectories(createdDirectories)
        FileSystem.removeTree(staging)
        throw AtomicWriteError(
          path: FileSystem.join(shown, subdirectory), reason: "\(FileSystem.reason(code)); '\(shown)' was left as it was")
      }
    }
    let keptAside = FileSystem.join(destination, Leftover.name(.replaced))
    var keptAsideExists = false
    var placed: [Placement] = []
    for (index, file) in files.enumerated() {
      let target = FileSystem.join(destination, file.path)
      var placement = Placement(target: target)
      var code: Int32 = 0
      if existing[index] {
        if !keptAsideExists {
          keptAsideExists = mkdir(keptAside, 0o700) == 0
          if !keptAsideExists { code = errno }
        }
        if code == 0 {
          // Moved aside rather than hard-linked: on ext4, removing 62 old files that had been
          // linked aside and replaced took 230 ms, against 10 ms when they were moved aside.
          let aside = FileSystem.join(keptAside, String(index))
          if rename(target, aside) == 0 {
            placement.replacedKeptAt = aside
          } else {
            code = errno
          }
        }
      }
      if code == 0 {
        code = injectedFailure(.moveIntoPlace(index)) ?? (rename(FileSystem.join(staging, file.path), target) == 0 ? 0 : errno)
      }
      if code != 0 {
        let unrestored = restore(placed, failed: placement, createdDirectories: createdDirectories)
        FileSystem.removeTree(staging)
        var reason = FileSystem.reason(code)
        if unrestored.isEmpty {
          if keptAsideExists { FileSystem.removeTree(keptAside) }
          reason += "; '\(shown)' was left as it was"
        } else {
          reason += "; \(unrestored.count) replaced files could not be put back: their previous versions are in '\(keptAside)'"
        }
        throw AtomicWriteError(path: FileSystem.join(shown, file.path), reason: reason)
      }
      placed.append(placement)
    }

    for placement in placed {
      if let aside = placement.replacedKeptAt { unlink(aside) }
    }
    if keptAsideExists && rmdir(keptAside) != 0 { FileSystem.removeTree(keptAside) }
    for subdirectory in subdirectories.reversed() { rmdir(FileSystem.join(staging, subdirectory)) }
    if rmdir(staging) != 0 { FileSystem.removeTree(staging) }
  }

  /// Undoes the moves of `placed`, newest first, then puts back the old file of the move that
  /// `failed` if it had already been kept aside, and removes the directories the moves created.
  /// Returns the targets whose previous file could not be put back.
  private func restore(_ placed: [Placement], failed: Placement, createdDirectories: [String]) -> [String] {
    var unrestored: [String] = []
    // The failed file was not moved in; its old file, when it was already moved aside, goes back.
    if let aside = failed.replacedKeptAt, rename(aside, failed.target) != 0 { unrestored.append(failed.target) }
    for placement in placed.reversed() {
      if let aside = placement.replacedKeptAt {
        if rename(aside, placement.target) != 0 { unrestored.append(placement.target) }
      } else {
        unlink(placement.target)
      }
    }
    FileSystem.removeDirectories(createdDirectories)
    return unrestored
  }
}

extension AtomicWriter {
  /// A writer that refuses to replace any file of `model`, nor the measure data file at
  /// `measureData` when one is given.
  public init(protecting model: LoadedModel, measureData: String? = nil) {
    let data = measureData.map { ProtectedFile(path: $0, role: .measureData) }
    self.init(protecting: model.protectedFiles + (data.map { [$0] } ?? []))
  }
}
