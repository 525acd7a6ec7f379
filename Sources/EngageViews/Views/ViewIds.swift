/// Stable DOT ids for model elements: a kind prefix and the model id, separated by `:` (which
/// model ids never contain), so ids of different kinds never collide.
public enum ViewIds {
  public static func organisation(_ id: String) -> String { "organisation:\(id)" }
  public static func goal(_ id: String) -> String { "goal:\(id)" }
  public static func client(_ id: String) -> String { "client:\(id)" }
  public static func megaprocess(_ id: String) -> String { "megaprocess:\(id)" }
  public static func process(_ id: String) -> String { "process:\(id)" }
  public static func measure(_ id: String) -> String { "measure:\(id)" }
  public static func relation(_ id: String) -> String { "relation:\(id)" }
  public static func step(_ id: String) -> String { "step:\(id)" }
  public static func input(_ id: String) -> String { "input:\(id)" }
  public static func output(_ id: String) -> String { "output:\(id)" }
  public static func handover(_ id: String) -> String { "handover:\(id)" }

  /// A cluster id (Graphviz draws a subgraph as a box only when its name starts with `cluster`).
  public static func cluster(_ kind: String, _ id: String) -> String { "cluster_\(kind)_\(id)" }

  /// An SVG element id (the `id` attribute): letters, digits, `-` and `_` only.
  public static func svg(_ kind: String, _ id: String) -> String {
    let safe = String(id.unicodeScalars.map { scalar -> Character in
      let allowed = (scalar.value < 128) && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
      return allowed ? Character(scalar) : "-"
    })
    return "\(kind)-\(safe)"
  }
}
