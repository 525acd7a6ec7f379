/// Stable DOT ids for model elements: a kind prefix and the model id, separated by `:` (which
/// model ids never contain), so ids of different kinds never collide.
enum ViewIds {
  static func organisation(_ id: String) -> String { "organisation:\(id)" }
  static func goal(_ id: String) -> String { "goal:\(id)" }
  static func client(_ id: String) -> String { "client:\(id)" }
  static func megaprocess(_ id: String) -> String { "megaprocess:\(id)" }
  static func process(_ id: String) -> String { "process:\(id)" }
  static func measure(_ id: String) -> String { "measure:\(id)" }
  static func relation(_ id: String) -> String { "relation:\(id)" }
  static func step(_ id: String) -> String { "step:\(id)" }
  static func input(_ id: String) -> String { "input:\(id)" }
  static func output(_ id: String) -> String { "output:\(id)" }
  static func handover(_ id: String) -> String { "handover:\(id)" }

  /// A cluster id (Graphviz draws a subgraph as a box only when its name starts with `cluster`).
  static func cluster(_ kind: String, _ id: String) -> String { "cluster_\(kind)_\(id)" }

  /// An SVG element id (the `id` attribute): letters, digits, `-` and `_` only.
  static func svg(_ kind: String, _ id: String) -> String {
    let safe = String(id.unicodeScalars.map { scalar -> Character in
      let allowed = (scalar.value < 128) && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
      return allowed ? Character(scalar) : "-"
    })
    return "\(kind)-\(safe)"
  }
}
