import EngageLanguage
import Foundation
import Hummingbird

/// One whole generated site as the preview server serves it: every file's bytes and content
/// type, the generation number, and the latest diagnostics. Requests read one snapshot, so a
/// response never mixes two generations.
public struct PreviewSnapshot: Sendable {
  /// One file of the snapshot.
  public struct ServedFile: Sendable {
    public let bytes: ByteBuffer
    public let contentType: String
  }

  /// 1 for the first site, then one more for every re-render (good or with errors).
  public let generation: Int
  /// Paths relative to the site's root (`index.html`, `process/<id>.html`).
  public let files: [String: ServedFile]
  /// The errors of the latest render: the model's, or the measure data file's rows that could
  /// not be used (the pages are then current); empty when both are good.
  public let errors: [Diagnostic]
  /// A failure without diagnostics (unreadable data file), if any.
  public let failure: String?
  /// The model's warnings and info of the site shown.
  public let warnings: [Diagnostic]
  /// Whether the pages are those of a good render older than the latest (which had errors).
  public let keepsLastGoodSite: Bool

  /// The content type for a path of the site.
  static func contentType(of path: String) -> String {
    switch path.split(separator: ".").last {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "svg": "image/svg+xml"
    case "json": "application/json"
    case "png": "image/png"
    default: "application/octet-stream"
    }
  }
}

/// The snapshot requests are served from, swapped whole under a lock.
final class SnapshotStore: @unchecked Sendable {
  private let lock = NSLock()
  private var snapshot: PreviewSnapshot?

  var current: PreviewSnapshot? { lock.withLock { snapshot } }

  func replace(with newSnapshot: PreviewSnapshot) { lock.withLock { snapshot = newSnapshot } }
}
