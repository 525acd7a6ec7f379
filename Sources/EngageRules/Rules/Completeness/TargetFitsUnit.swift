import EngageLanguage
import EngageModel

/// EM0209: a target fits its unit, and the warning band lies on the failing side of the target.
struct TargetFitsUnit: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0209",
    name: "target-fits-unit",
    defaultSeverity: .error,
    title: "A target fits its unit (a percentage lies in 0–100, a count is not negative, the warning band lies on the failing side of the target)",
    explanation: """
      A target that its unit cannot reach (120 percent, minus two incidents, minus three days) \
      can never be met or is always met, so the measure says nothing. The warning band marks \
      values that just miss the target and deserve attention before they become a miss: it must \
      lie on the failing side. With `target >= 80`, `warning >= 70` warns between 70 and 80; \
      `warning >= 90` would "warn" about values that already meet the target.
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
      if let unit = measures[m].unit, let bounds = Self.allowedRange(of: unit) {
        for property in [target, warning].compactMap({ $0 }) {
          for number in Self.numbers(property.value) where !bounds.range.contains(number.value) {
            findings.append(
              Finding(.outOfRange(number.text, unit: unit, allowed: bounds.text, property: property.keyword.name), at: number.range))
          }
        }
      }
      if let target, let warning, let failingSide = Self.failingSide(target: target.value, warning: warning.value) {
        findings.append(
          Finding(
            .wrongSide(Self.describe(warning.value), target: Self.describe(target.value), failingSide: failingSide),
            at: warning.range,
            notes: [DiagnosticNote("the target is here", at: target.range)]))
      }
    }
    return findings
  }

  /// The values a unit can take, for the units that have limits.
  static func allowedRange(of unit: MeasureUnit) -> (range: ClosedRange<Double>, text: String)? {
    switch unit {
    case .percent: (0...100, "0–100")
    case .count, .days, .hours, .minutes: (0...Double.greatestFiniteMagnitude, "0 or more")
    case .ratio, .score, .currency: nil
    }
  }

  static func numbers(_ threshold: ThresholdValue) -> [NumberLiteral] {
    switch threshold {
    case .compare(_, let number): [number]
    case .between(let low, let high): [low, high]
    }
  }

  static func describe(_ threshold: ThresholdValue) -> String {
    switch threshold {
    case .compare(let comparator, let number): "\(comparator.rawValue) \(number.text)"
    case .between(let low, let high): "between \(low.text) and \(high.text)"
    }
  }

  /// `nil` when the warning band lies on the failing side of the target; otherwise where it
  /// should lie ("below 80").
  static func failingSide(target: ThresholdValue, warning: ThresholdValue) -> String? {
    switch (target, warning) {
    case (.compare(let comparator, let bound), .compare(let warningComparator, let warningBound)):
      let t = bound.value
      let w = warningBound.value
      let warnsUp = warningComparator == .greaterOrEqual || warningComparator == .greater
      let warnsDown = warningComparator == .lessOrEqual || warningComparator == .less
      switch comparator {
      case .greaterOrEqual, .greater:
        let touches = w == t && comparator == .greater && warningComparator == .greaterOrEqual
        return warnsUp && (w < t || touches) ? nil : "below \(bound.text)"
      case .lessOrEqual, .less:
        let touches = w == t && comparator == .less && warningComparator == .lessOrEqual
        return warnsDown && (w > t || touches) ? nil : "above \(bound.text)"
      case .equal:
        return (warnsUp && w < t) || (warnsDown && w > t) ? nil : "on one side of \(bound.text)"
      }
    case (.compare(let comparator, let bound), .between(let low, let high)):
      let t = bound.value
      let lo = min(low.value, high.value)
      let hi = max(low.value, high.value)
      switch comparator {
      case .greaterOrEqual, .greater: return hi <= t && lo < t ? nil : "below \(bound.text)"
      case .lessOrEqual, .less: return lo >= t && hi > t ? nil : "above \(bound.text)"
      case .equal: return lo < hi ? nil : "around \(bound.text)"
      }
    case (.between(let low, let high), .between(let warningLow, let warningHigh)):
      let lo = min(low.value, high.value)
      let hi = max(low.value, high.value)
      let wlo = min(warningLow.value, warningHigh.value)
      let whi = max(warningLow.value, warningHigh.value)
      let encloses = wlo <= lo && whi >= hi && (wlo < lo || whi > hi)
      return encloses ? nil : "around \(low.text)–\(high.text), enclosing it"
    case (.between(let low, let high), .compare(let warningComparator, let warningBound)):
      let lo = min(low.value, high.value)
      let hi = max(low.value, high.value)
      let w = warningBound.value
      switch warningComparator {
      case .greaterOrEqual, .greater: return w < lo ? nil : "below \(low.text)"
      case .lessOrEqual, .less: return w > hi ? nil : "above \(high.text)"
      case .equal: return "outside \(low.text)–\(high.text)"
      }
    }
  }
}

extension Finding.Message {
  fileprivate static func outOfRange(_ number: String, unit: MeasureUnit, allowed: String, property: String) -> Finding.Message {
    "the \(property) \(number) does not fit the unit \(unit.rawValue), which takes values \(allowed); use a value in that range"
  }

  fileprivate static func wrongSide(_ warning: String, target: String, failingSide: String) -> Finding.Message {
    "the warning band `\(warning)` does not lie on the failing side of the target `\(target)`; a warning marks values that just miss the target, so make it a band \(failingSide)"
  }
}
