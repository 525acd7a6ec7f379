import EngageLanguage

extension Comparator {
  /// Which way the comparator points, and so which way a target written with it is better:
  /// up for `>=` and `>`, down for `<=` and `<`, none for `=`.
  public var direction: Direction? {
    switch self {
    case .greaterOrEqual, .greater: .up
    case .lessOrEqual, .less: .down
    case .equal: nil
    }
  }
}

extension Threshold {
  /// The direction a target implies: its comparator's; none for `between`.
  public var impliedDirection: Direction? {
    switch self {
    case .compare(let comparator, _): comparator.direction
    case .between: nil
    }
  }
}
