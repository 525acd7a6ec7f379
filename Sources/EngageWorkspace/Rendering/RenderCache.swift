import EngageGraphviz
import Foundation

/// Rendered maps kept between renders of the same model, keyed by their DOT text and format, so
/// a caller that renders again and again (the preview server after every save) lays out only
/// the maps an edit changed. Graphviz's output is a function of the DOT text, so a hit gives the
/// same bytes a render would.
///
/// Entries not used between two calls of `trim()` are dropped then, which bounds the cache to
/// about the maps of one render. Safe to use from several threads.
public final class RenderCache: @unchecked Sendable {
  private struct Key: Hashable {
    let format: GraphvizFormat
    let dot: String
  }

  private let lock = NSLock()
  private var entries: [Key: [UInt8]] = [:]
  private var used: Set<Key> = []
  private var hitCount = 0
  private var missCount = 0

  public init() {}

  /// How many renders were answered from the cache, and how many were laid out.
  public struct Statistics: Sendable, Hashable {
    public let hits: Int
    public let misses: Int

    public init(hits: Int, misses: Int) {
      self.hits = hits
      self.misses = misses
    }
  }

  /// The hits and misses so far.
  public var statistics: Statistics {
    lock.lock()
    defer { lock.unlock() }
    return Statistics(hits: hitCount, misses: missCount)
  }

  /// The number of maps held.
  public var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return entries.count
  }

  /// Drops the entries not looked up or stored since the last trim.
  public func trim() {
    lock.lock()
    defer { lock.unlock() }
    entries = entries.filter { used.contains($0.key) }
    used.removeAll(keepingCapacity: true)
  }

  /// The cached bytes of `dot` in `format`, or those `render` returns (then kept).
  func bytes(dot: String, format: GraphvizFormat, render: () throws -> [UInt8]) rethrows -> [UInt8] {
    let key = Key(format: format, dot: dot)
    lock.lock()
    if let cached = entries[key] {
      used.insert(key)
      hitCount += 1
      lock.unlock()
      return cached
    }
    missCount += 1
    lock.unlock()
    let rendered = try render()
    lock.lock()
    entries[key] = rendered
    used.insert(key)
    lock.unlock()
    return rendered
  }
}
