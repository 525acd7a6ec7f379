import EngageLanguage
import Foundation

/// Parses kept between loads of a model, keyed by a file's path and text: a language server
/// re-checking a model after an edit of one file parses only that file again. Safe to use from
/// several threads at once (the loader parses files concurrently).
public final class ParseCache: @unchecked Sendable {
  private struct Entry {
    let bytes: [UInt8]
    let result: ParseResult
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  private var hitCount = 0
  private var missCount = 0

  public init() {}

  /// The parse of `file`: the cached one when a file of the same path and text was parsed
  /// before (its ranges then name that earlier `SourceFile`, of the same path and bytes), a new
  /// one otherwise.
  public func parse(_ file: SourceFile) -> ParseResult {
    lock.lock()
    let cached = entries[file.path]
    lock.unlock()
    if let cached, cached.bytes == file.bytes {
      lock.lock()
      hitCount += 1
      lock.unlock()
      return cached.result
    }
    let result = Parser.parse(file)
    lock.lock()
    entries[file.path] = Entry(bytes: file.bytes, result: result)
    missCount += 1
    lock.unlock()
    return result
  }

  /// How many parses were reused and how many were made, since the cache was created.
  public var statistics: (hits: Int, misses: Int) {
    lock.lock()
    defer { lock.unlock() }
    return (hitCount, missCount)
  }

  /// Forgets every parse.
  public func removeAll() {
    lock.lock()
    entries.removeAll()
    lock.unlock()
  }
}
