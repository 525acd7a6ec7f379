import EngageLanguage
import EngageMeasures
import EngageModel

/// A small inline-SVG trend chart of a measure: its last values as a line, the target as a
/// dashed line (or a band for `between`), the latest point marked in its status colour.
///
/// Pure text built from numbers; the only text inside is the chart's `<title>`, escaped.
public enum TrendChart {
  public static let width = 132.0
  public static let height = 36.0
  /// How many of the latest values the chart shows.
  public static let points = 12

  public static func svg(_ result: MeasureResult) -> String {
    let history = Array(result.history.suffix(points))
    let measure = result.measure
    let summary =
      history.isEmpty
      ? "\(measure.id): no data"
      : "\(measure.id): \(history.count) value\(history.count == 1 ? "" : "s") from \(history.first?.period.description ?? "") to \(history.last?.period.description ?? ""); target \(ReportText.threshold(measure.target, unit: measure.unit, style: .typographic))"
    var parts = [
      "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(format(width))\" height=\"\(format(height))\" viewBox=\"0 0 \(format(width)) \(format(height))\" role=\"img\">",
      "<title>\(MarkupEscaping.escape(summary))</title>",
    ]
    guard !history.isEmpty else {
      parts.append(
        "<line x1=\"4\" y1=\"\(format(height / 2))\" x2=\"\(format(width - 4))\" y2=\"\(format(height / 2))\" class=\"trend-empty\"/>")
      return parts.joined() + "</svg>"
    }
    let bounds = targetBounds(measure.target)
    let values = history.map(\.value)
    var low = (values + bounds).min() ?? 0
    var high = (values + bounds).max() ?? 1
    if high - low < 1e-9 {
      low -= 1
      high += 1
    }
    let padding = 4.0
    func x(_ index: Int) -> Double {
      history.count == 1 ? width / 2 : padding + Double(index) * (width - 2 * padding) / Double(history.count - 1)
    }
    func y(_ value: Double) -> Double { padding + (high - value) / (high - low) * (height - 2 * padding) }

    switch measure.target {
    case .between(let first, let second):
      let top = y(max(first, second))
      let bottom = y(min(first, second))
      parts.append(
        "<rect x=\"0\" y=\"\(format(top))\" width=\"\(format(width))\" height=\"\(format(max(1, bottom - top)))\" class=\"trend-band\"/>")
    case .compare(_, let bound):
      parts.append(
        "<line x1=\"0\" y1=\"\(format(y(bound)))\" x2=\"\(format(width))\" y2=\"\(format(y(bound)))\" class=\"trend-target\"/>")
    case nil:
      break
    }
    let coordinates = history.indices.map { "\(format(x($0))),\(format(y(values[$0])))" }.joined(separator: " ")
    parts.append("<polyline points=\"\(coordinates)\" class=\"trend-line\"/>")
    if let last = history.indices.last {
      parts.append(
        "<circle cx=\"\(format(x(last)))\" cy=\"\(format(y(values[last])))\" r=\"3\" class=\"trend-point status-\(StatusClass.name(result.status))\"/>")
    }
    return parts.joined() + "</svg>"
  }

  static func targetBounds(_ threshold: Threshold?) -> [Double] {
    switch threshold {
    case .compare(_, let bound): [bound]
    case .between(let low, let high): [low, high]
    case nil: []
    }
  }

  /// Coordinates with at most two decimals, the same on every machine.
  static func format(_ value: Double) -> String { MeasureText.number(value) }
}

/// CSS class names for statuses: `met`, `warning`, `missed`, `stale`, `no-data`.
public enum StatusClass {
  public static func name(_ status: MeasureStatus) -> String {
    status == .noData ? "no-data" : status.rawValue
  }
}
