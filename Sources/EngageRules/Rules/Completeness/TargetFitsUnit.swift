import EngageLanguage
import EngageModel

/// EM0209: a target fits its unit, and the warning band lies on the failing side of the target.
struct TargetFitsUnit: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0209",
    name: "target-fits-unit",
    defaultSeverity: .error,
    title: "A target fits its unit (a percentage lies in \(MeasureUnit.percent.admissibleRange.text), a count is not negative, the warning band lies on the failing side of the target)",
    explanation: """
      A target that its unit cannot reach (120 percent, minus two incidents, minus three days) \
      can never be met or is always met, so the measure says nothing. The warning band marks \
      values that just miss the target and deserve attention before they become a miss: it must \
      lie on the failing side, next to the target, and point the same way. With `target >= 80`, \
      `warning >= 70` (or `between 70 and 80`) warns between 70 and 80; `warning >= 90` would \
      "warn" about values that already meet the target, and `warning <= 70` points the other way: \
      it would cover every value far below the target instead of those that just miss it. A \
      declared `direction` must agree with the target: `direction up` with `target <= 10` says \
      both that higher and that lower values are better.
      """,
    source: CompletenessSources.processApproach("step 4: each measure has a target that its unit can express, with a warning band short of the target"),
    violatingExample: ExampleModel.make(
      measure: """
            measure triaged_on_time "Requests triaged within one working day" {
              type outcome
              unit percent
              target >= 90
              warning >= 95
              frequency monthly
              source "Triage log"
              owner nurse
            }
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let measures = context.graph.measures
    for m in measures.indices {
      let target = measures[m].syntax.target
      let warning = measures[m].syntax.warning
      if let unit = measures[m].unit, unit.admissibleRange.isBounded {
        let admitted = unit.admissibleRange
        for property in [target, warning].compactMap({ $0 }) {
          for number in Self.numbers(property.value) where !admitted.contains(number.value) {
            findings.append(
              Finding(.outOfRange(number.text, unit: unit, allowed: admitted.text, property: property.keyword.name), at: number.range))
          }
        }
      }
      if let target, let warning, let problem = Self.bandProblem(target: target.value, warning: warning.value) {
        findings.append(
          Finding(problem, at: warning.range, notes: [DiagnosticNote("the target is here", at: target.range)]))
      }
      if let direction = measures[m].syntax.direction, let target,
        let problem = Self.directionProblem(direction.value.value, target: target.value)
      {
        findings.append(
          Finding(problem, at: direction.range, notes: [DiagnosticNote("the target is here", at: target.range)]))
      }
    }
    return findings
  }

  static func numbers(_ threshold: ThresholdValue) -> [NumberLiteral] {
    switch threshold {
    case .compare(_, let number): [number]
    case .between(let low, let high): [low, high]
    }
  }

  /// `nil` when the warning band lies on the failing side of the target, next to it; otherwise
  /// what is wrong with it and how to write it.
  static func bandProblem(target: ThresholdValue, warning: ThresholdValue) -> Finding.Message? {
    let band = MeasureText.threshold(asWritten: warning)
    let goal = MeasureText.threshold(asWritten: target)
    switch (target, warning) {
    case (.compare(let comparator, let bound), .compare(let warningComparator, let warningBound)):
      let t = bound.value
      let w = warningBound.value
      guard let up = comparator.direction else {
        let beside =
          (warningComparator.direction == .up && w < t) || (warningComparator.direction == .down && w > t)
        return beside ? nil : .bandNotBeside(band, target: goal, bound: bound.text)
      }
      guard let warnsUp = warningComparator.direction else {
        return .singleValueBand(band, target: goal, comparator: comparator, bound: bound.text)
      }
      if warnsUp != up {
        return .bandPointsTheOtherWay(band, target: goal, comparator: comparator, bound: bound.text)
      }
      let touches = w == t && (comparator == .greater || comparator == .less)
        && (warningComparator == .greaterOrEqual || warningComparator == .lessOrEqual)
      let short = up == .up ? w < t : w > t
      return short || touches ? nil : .bandMeetsTheTarget(band, target: goal, comparator: comparator, bound: bound.text)
    case (.compare(let comparator, let bound), .between(let low, let high)):
      let t = bound.value
      let lo = min(low.value, high.value)
      let hi = max(low.value, high.value)
      switch comparator.direction {
      case .up: return hi <= t && lo < t ? nil : .betweenBandNotShort(band, target: goal, side: "below", bound: bound.text)
      case .down: return lo >= t && hi > t ? nil : .betweenBandNotShort(band, target: goal, side: "above", bound: bound.text)
      case nil: return lo < hi ? nil : .bandNotBeside(band, target: goal, bound: bound.text)
      }
    case (.between(let low, let high), .between(let warningLow, let warningHigh)):
      let lo = min(low.value, high.value)
      let hi = max(low.value, high.value)
      let wlo = min(warningLow.value, warningHigh.value)
      let whi = max(warningLow.value, warningHigh.value)
      let encloses = wlo <= lo && whi >= hi && (wlo < lo || whi > hi)
      return encloses ? nil : .bandNotEnclosing(band, target: goal)
    case (.between(let low, let high), .compare(let warningComparator, let warningBound)):
      let lo = min(low.value, high.value)
      let hi = max(low.value, high.value)
      let w = warningBound.value
      switch warningComparator.direction {
      case .up: return w < lo ? nil : .bandNotEnclosing(band, target: goal)
      case .down: return w > hi ? nil : .bandNotEnclosing(band, target: goal)
      case nil: return .bandNotEnclosing(band, target: goal)
      }
    }
  }

  /// `nil` unless a declared `direction` contradicts the way the target's comparator points.
  static func directionProblem(_ direction: Direction, target: ThresholdValue) -> Finding.Message? {
    guard case .compare(let comparator, let bound) = target, let implied = comparator.direction, implied != direction
    else { return nil }
    return .directionContradictsTarget(direction, target: MeasureText.threshold(asWritten: target), implied: implied, bound: bound.text)
  }
}

extension Finding.Message {
  fileprivate static func outOfRange(_ number: String, unit: MeasureUnit, allowed: String, property: String) -> Finding.Message {
    "the \(property) \(number) does not fit the unit \(unit.rawValue), which takes values \(allowed); use a value in that range"
  }

  /// `>=`/`>` targets are met from above, `<=`/`<` from below: "below 90" or "above 2".
  fileprivate static func side(of comparator: Comparator) -> String {
    comparator.direction == .down ? "above" : "below"
  }

  fileprivate static func sameWay(_ comparator: Comparator) -> String {
    (comparator.direction == .down ? Comparator.lessOrEqual : .greaterOrEqual).rawValue
  }

  fileprivate static func bandPointsTheOtherWay(_ band: String, target: String, comparator: Comparator, bound: String) -> Finding.Message {
    let way = sameWay(comparator)
    let side = side(of: comparator)
    return "the warning band `\(band)` points the other way from the target `\(target)`: it covers every value far \(side) the target, not only those that just miss it; for a `\(comparator.rawValue)` target write the warning as `\(way) <bound>` with a bound \(side) \(bound), or as a `between` band \(side) \(bound)"
  }

  fileprivate static func singleValueBand(_ band: String, target: String, comparator: Comparator, bound: String) -> Finding.Message {
    "the warning band `\(band)` is a single value, not a band next to the target `\(target)`; for a `\(comparator.rawValue)` target write the warning as `\(sameWay(comparator)) <bound>` with a bound \(side(of: comparator)) \(bound)"
  }

  fileprivate static func bandMeetsTheTarget(_ band: String, target: String, comparator: Comparator, bound: String) -> Finding.Message {
    "the warning band `\(band)` does not reach \(side(of: comparator)) the target `\(target)`, so it only covers values that already meet the target; a warning marks values that just miss it, so give it a bound \(side(of: comparator)) \(bound)"
  }

  fileprivate static func betweenBandNotShort(_ band: String, target: String, side: String, bound: String) -> Finding.Message {
    "the warning band `\(band)` does not lie \(side) the target `\(target)`, so part of it already meets the target; a warning marks values that just miss it, so keep the band \(side) \(bound)"
  }

  fileprivate static func bandNotBeside(_ band: String, target: String, bound: String) -> Finding.Message {
    "the warning band `\(band)` does not lie beside the exact target `\(target)`; a warning marks values that just miss it, so write `>= <bound>` with a bound below \(bound), `<= <bound>` with a bound above it, or a `between` band around it"
  }

  fileprivate static func bandNotEnclosing(_ band: String, target: String) -> Finding.Message {
    "the warning band `\(band)` does not enclose the target band `\(target)`; a warning marks values just outside the target, so make it a wider `between` band around the target"
  }

  fileprivate static func directionContradictsTarget(_ direction: Direction, target: String, implied: Direction, bound: String) -> Finding.Message {
    let met = implied == .up ? "higher" : "lower"
    return "`direction \(direction.rawValue)` contradicts the target `\(target)`, which is met by \(met) values; remove `direction` (the target already says which way is better) or change the target"
  }
}
