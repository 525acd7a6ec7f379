import EngageLanguage

/// The values a measure unit admits: the one table behind the target check (`EM0209`), the data
/// reader's out-of-range check (`EM0405`) and the catalogue's description of both.
public struct UnitRange: Sendable, Hashable {
  /// The smallest admitted value, `nil` when there is none.
  public let lowerBound: Double?
  /// The largest admitted value, `nil` when there is none.
  public let upperBound: Double?

  public init(lowerBound: Double?, upperBound: Double?) {
    self.lowerBound = lowerBound
    self.upperBound = upperBound
  }

  /// Every value.
  public static let unbounded = UnitRange(lowerBound: nil, upperBound: nil)

  /// Whether the range has a limit.
  public var isBounded: Bool { lowerBound != nil || upperBound != nil }

  public func contains(_ value: Double) -> Bool {
    (lowerBound.map { value >= $0 } ?? true) && (upperBound.map { value <= $0 } ?? true)
  }

  /// `0–100`, `0 or more`, `100 or less`, `any value`.
  public var text: String {
    switch (lowerBound, upperBound) {
    case (let low?, let high?): "\(MeasureText.number(low))–\(MeasureText.number(high))"
    case (let low?, nil): "\(MeasureText.number(low)) or more"
    case (nil, let high?): "\(MeasureText.number(high)) or less"
    case (nil, nil): "any value"
    }
  }
}

extension MeasureUnit {
  /// The values the unit admits: `percent` 0–100; `count`, `days`, `hours` and `minutes` 0 or
  /// more; `ratio`, `score` and `currency` any value.
  public var admissibleRange: UnitRange {
    switch self {
    case .percent: UnitRange(lowerBound: 0, upperBound: 100)
    case .count, .days, .hours, .minutes: UnitRange(lowerBound: 0, upperBound: nil)
    case .ratio, .score, .currency: .unbounded
    }
  }

  /// The table in one sentence, units of the same range together, in vocabulary order:
  /// "`percent` takes 0–100; `count`, `days`, `hours` and `minutes` take 0 or more (`ratio`,
  /// `score` and `currency` are unbounded)".
  public static var admissibleRangeSummary: String {
    var groups: [(range: UnitRange, units: [MeasureUnit])] = []
    for unit in allCases {
      if let index = groups.firstIndex(where: { $0.range == unit.admissibleRange }) {
        groups[index].units.append(unit)
      } else {
        groups.append((unit.admissibleRange, [unit]))
      }
    }
    let bounded = groups.filter { $0.range.isBounded }.map { group in
      "\(list(group.units)) \(group.units.count == 1 ? "takes" : "take") \(group.range.text)"
    }
    let unbounded = groups.filter { !$0.range.isBounded }.flatMap(\.units)
    let tail = unbounded.isEmpty ? "" : " (\(list(unbounded)) \(unbounded.count == 1 ? "is" : "are") unbounded)"
    return bounded.joined(separator: "; ") + tail
  }

  /// "`a`", "`a` and `b`", "`a`, `b` and `c`".
  private static func list(_ units: [MeasureUnit]) -> String {
    let names = units.map { "`\($0.rawValue)`" }
    guard let last = names.last, names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + last
  }
}
