import EngageLanguage
import EngageModel
import Foundation

/// A file `fmt` formats: where it is read and written, and how messages name it.
public struct FormattingTarget: Sendable, Hashable {
  /// The absolute path the file is read from and written to (symbolic links resolved, so that
  /// writing replaces the file a link points to, not the link).
  public let path: String
  /// The path as diagnostics show it.
  public let shownAs: String

  public init(path: String, shownAs: String) {
    self.path = path
    self.shownAs = shownAs
  }
}

/// One file formatted in memory: its bytes as read, and the formatter's result.
public struct FormattedFile: Sendable {
  public let target: FormattingTarget
  /// The bytes as read, a byte-order mark included.
  public let original: [UInt8]
  public let result: Result<FormattedSource, FormattingFailure>

  /// The formatted bytes, or `nil` when the file was not formatted.
  public var formatted: [UInt8]? {
    guard case .success(let source) = result else { return nil }
    return Array(source.text.utf8)
  }

  /// Whether the formatted bytes differ from the bytes read (a dropped byte-order mark or `\r`
  /// counts): only then is the file written.
  public var isChanged: Bool {
    guard let formatted else { return false }
    return formatted != original
  }
}

extension Workspace {
  /// The files that formatting `paths` covers, in argument order without repeats: a file is
  /// itself; a directory is every file of the model in it as the loader finds them (the
  /// `.engage` files under it and the files they include, which never lie outside it).
  ///
  /// Throws `.usageOrIO` for a path that does not exist or a model directory that cannot be
  /// read. A directory's model need not be valid: only reading matters here.
  public func formattingTargets(_ paths: [String]) throws(WorkspaceError) -> [FormattingTarget] {
    let base = displayBase ?? ModelPath.workingDirectory
    var targets: [FormattingTarget] = []
    var seen: Set<String> = []
    func add(_ absolute: String) {
      let real = ModelPath.normalise(URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path)
      guard seen.insert(real).inserted else { return }
      targets.append(FormattingTarget(path: real, shownAs: ModelPath.display(absolute, relativeTo: base)))
    }
    for path in paths {
      let absolute = ModelPath.absolute(path, relativeTo: ModelPath.workingDirectory)
      var isDirectory: ObjCBool = false
      guard !path.isEmpty, FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
        throw .failure("cannot read '\(path)': no such file or directory")
      }
      guard isDirectory.boolValue else {
        add(absolute)
        continue
      }
      let model = try load(path)
      for file in model.result.files { add(ModelPath.absolute(file.path, relativeTo: base)) }
    }
    return targets
  }

  /// Reads one file and formats it in memory. Throws `.usageOrIO` when it cannot be read.
  public func format(_ target: FormattingTarget) throws(WorkspaceError) -> FormattedFile {
    guard let data = FileManager.default.contents(atPath: target.path) else {
      throw .failure("cannot read '\(target.shownAs)'")
    }
    return format(Array(data), shownAs: target.shownAs, path: target.path)
  }

  /// Reads and formats every target, on every core, and returns the results in the targets'
  /// order: the files are independent, so only the time differs from formatting them one by one.
  public func format(_ targets: [FormattingTarget]) -> [Result<FormattedFile, WorkspaceError>] {
    let results = FormattingResults(count: targets.count)
    DispatchQueue.concurrentPerform(iterations: targets.count) { position in
      do throws(WorkspaceError) {
        results.store(.success(try format(targets[position])), at: position)
      } catch {
        results.store(.failure(error), at: position)
      }
    }
    return (0..<targets.count).map {
      results.result(at: $0) ?? .failure(.failure("internal error: '\(targets[$0].shownAs)' was not formatted"))
    }
  }

  /// Formats text that is not read from a file (standard input), named `shownAs` in messages.
  public func format(_ bytes: [UInt8], shownAs: String, path: String = "") -> FormattedFile {
    let source = SourceFile(path: shownAs, bytes: bytes)
    return FormattedFile(
      target: FormattingTarget(path: path, shownAs: shownAs), original: bytes, result: SourceFormatter.format(source))
  }

  /// Writes a formatted file over the file it was read from, atomically, when it changed;
  /// returns whether it was written. An unchanged file is not touched (its modification time
  /// stays), nor is one that was not formatted.
  @discardableResult
  public func write(_ file: FormattedFile) throws(AtomicWriteError) -> Bool {
    guard file.isChanged, let formatted = file.formatted, !file.target.path.isEmpty else { return false }
    do {
      try AtomicWriter().write(formatted, to: file.target.path)
    } catch {
      throw AtomicWriteError(path: file.target.shownAs, reason: error.reason)
    }
    return true
  }
}

/// One slot per target for results written from `concurrentPerform`; each slot is written by one
/// iteration and read only after all of them have finished.
private final class FormattingResults: @unchecked Sendable {
  private var slots: [Result<FormattedFile, WorkspaceError>?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ result: Result<FormattedFile, WorkspaceError>, at position: Int) {
    lock.lock()
    slots[position] = result
    lock.unlock()
  }

  func result(at position: Int) -> Result<FormattedFile, WorkspaceError>? {
    lock.lock()
    defer { lock.unlock() }
    return slots[position]
  }
}
