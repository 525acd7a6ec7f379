import EngageLanguage
import EngageModel

/// Which way a measure has moved over its last values, judged by the way it improves.
public enum Trend: String, Sendable, Hashable, Codable, CaseIterable {
  case improving, worsening, steady

  /// How many of the latest values the trend looks at.
  public static let window = 3

  /// The trend of the last `window` values (oldest first), or `nil` with fewer than two values or
  /// when the measure has neither a direction nor a target to judge by.
  ///
  /// It is the sign of the least-squares slope of the values (for three evenly spaced values, the
  /// last minus the first). A measure with a direction improves when the slope goes that way. A
  /// measure without one (a `between` or `=` target) improves when the values' distance to the
  /// target band shrinks. A slope within a billionth of the values' magnitude is steady.
  public static func of(_ values: [Double], direction: Direction?, target: Threshold?) -> Trend? {
    let window = Array(values.suffix(Self.window))
    guard window.count >= 2 else { return nil }
    let series: [Double]
    let improvesUpwards: Bool
    if let direction {
      series = window
      improvesUpwards = direction == .up
    } else if let target {
      series = window.map { target.distance(from: $0) }
      improvesUpwards = false
    } else {
      return nil
    }
    let slope = leastSquaresSlope(series)
    let scale = max(1, series.map(abs).max() ?? 1)
    if abs(slope) <= scale * 1e-9 { return .steady }
    return (slope > 0) == improvesUpwards ? .improving : .worsening
  }

  static func leastSquaresSlope(_ values: [Double]) -> Double {
    let count = Double(values.count)
    let meanX = (count - 1) / 2
    let meanY = values.reduce(0, +) / count
    var numerator = 0.0
    var denominator = 0.0
    for (index, value) in values.enumerated() {
      let dx = Double(index) - meanX
      numerator += dx * (value - meanY)
      denominator += dx * dx
    }
    return denominator == 0 ? 0 : numerator / denominator
  }
}

extension Threshold {
  /// How far a value is from satisfying the threshold (0 when it does).
  public func distance(from value: Double) -> Double {
    switch self {
    case .compare(let comparator, let bound):
      switch comparator.direction {
      case .up: max(0, bound - value)
      case .down: max(0, value - bound)
      case nil: abs(value - bound)
      }
    case .between(let low, let high):
      value < min(low, high) ? min(low, high) - value : max(0, value - max(low, high))
    }
  }
}
