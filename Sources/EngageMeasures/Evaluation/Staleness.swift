import EngageLanguage

/// When a measure's latest value is too old for the evaluated period.
///
/// A measure is due once per period of its frequency (weekly → ISO week, monthly → month,
/// quarterly → quarter, yearly → year). The due period is the one of that kind containing the
/// evaluated period's last day. One period of grace is allowed, because data for a period is
/// usually collected after it ends: the latest value is current when it falls in the due period
/// or the one before; older is stale. The latest value's own period counts by its last day
/// (weekly data for 2026-W40, ending 4 October, counts as October for a monthly measure).
///
/// Examples at 2026-10: a monthly measure with 2026-09 is current, with 2026-08 stale; a
/// quarterly one with 2026-Q3 is current, with 2026-Q2 stale; a yearly one with 2025 is current.
/// At 2026-W41 a weekly measure with 2026-W40 is current, with 2026-W39 stale.
///
/// `per_activity` measures and those without a frequency are judged by the kind of their own
/// latest period (monthly data → the monthly rule).
public enum Staleness {
  /// The period kind a frequency is due in; `nil` for `per_activity`.
  public static func kind(of frequency: Frequency?) -> Period.Kind? {
    switch frequency {
    case .weekly: .week
    case .monthly: .month
    case .quarterly: .quarter
    case .yearly: .year
    case .per_activity, nil: nil
    }
  }

  /// The oldest period (of the frequency's kind) whose value still counts as current.
  public static func oldestCurrent(evaluated: Period, kind: Period.Kind) -> Period {
    Period.containing(evaluated.end, kind: kind).previous
  }

  /// Whether the latest value, for period `latest`, is stale at the evaluated period.
  public static func isStale(latest: Period, evaluated: Period, frequency: Frequency?) -> Bool {
    let kind = kind(of: frequency) ?? latest.kind
    let latestDue = Period.containing(latest.end, kind: kind)
    return latestDue < oldestCurrent(evaluated: evaluated, kind: kind)
  }
}
