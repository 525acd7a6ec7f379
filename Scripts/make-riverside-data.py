#!/usr/bin/env python3
"""Generate Models/riverside/data/measures.csv: 18 months (2025-06 to 2026-11) of measure data.

Deterministic (fixed seed): running it twice gives the same bytes. Every measure declared in the
Riverside model gets one row per period of its frequency (monthly for per-activity measures),
except the measures listed in NO_DATA. Final-period values are pinned so that the data set has
targets met, some in the warning band, some missed, one stale measure (its data stops early)
and one measure with no data at all.

Usage: python3 Scripts/make-riverside-data.py [--check]
  --check  exit 1 if the CSV on disk differs from what would be generated.
"""

import csv
import datetime
import io
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODEL = ROOT / "Models" / "riverside"
OUTPUT = MODEL / "data" / "measures.csv"
SEED = 20250601

FIRST_MONTH = (2025, 6)
LAST_MONTH = (2026, 11)

# The new patient-activation questions are not collected yet.
NO_DATA = {"self_management_confidence"}


def months():
    year, month = FIRST_MONTH
    while (year, month) <= LAST_MONTH:
        yield f"{year:04d}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def quarters():
    """Quarters whose last month lies in the range."""
    for label in months():
        year, month = int(label[:4]), int(label[5:])
        if month % 3 == 0:
            yield f"{year:04d}-Q{month // 3}"


def weeks():
    """ISO weeks whose Thursday lies in the range."""
    first = datetime.date(FIRST_MONTH[0], FIRST_MONTH[1], 1)
    last_year, last_month = LAST_MONTH
    next_month = datetime.date(last_year + (last_month == 12), last_month % 12 + 1, 1)
    day = first + datetime.timedelta(days=(3 - first.weekday()) % 7)  # first Thursday
    while day < next_month:
        year, week, _ = day.isocalendar()
        yield f"{year:04d}-W{week:02d}"
        day += datetime.timedelta(days=7)


def trend(rng, start, end, count, noise):
    """A gentle linear trend from start to end with Gaussian noise; the last value is exact."""
    values = []
    for index in range(count):
        fraction = index / (count - 1) if count > 1 else 1.0
        value = start + (end - start) * fraction
        if index < count - 1:
            value += rng.gauss(0, noise)
        values.append(value)
    return values


def proportions(rng, rate_start, rate_end, count, low, high, last):
    """Percentages from small monthly counts (k of n cases), as an incident log gives them.

    `last` is the final period's (k, n)."""
    values = []
    for index in range(count - 1):
        rate = rate_start + (rate_end - rate_start) * index / (count - 1)
        cases = rng.randint(low, high)
        met = sum(1 for _ in range(cases) if rng.random() < rate)
        values.append(100.0 * met / cases)
    values.append(100.0 * last[0] / last[1])
    return values


def clip(value, lowest, highest):
    return max(lowest, min(highest, value))


def percent(values):
    return [f"{clip(v, 0, 100):.1f}" for v in values]


def decimals(values, places, lowest=0.0):
    return [f"{max(lowest, v):.{places}f}" for v in values]


def counts(values):
    return [str(max(0, round(v))) for v in values]


def build(rng):
    """Every measure's rows as {measure: (frequency, [(period, value, note)])}."""
    month_labels = list(months())
    quarter_labels = list(quarters())
    week_labels = list(weeks())
    m, q, w = len(month_labels), len(quarter_labels), len(week_labels)
    series = {}

    def monthly(measure, values, notes=None, periods=month_labels):
        series[measure] = ("monthly", periods, values, notes or {})

    def quarterly(measure, values, notes=None):
        series[measure] = ("quarterly", quarter_labels, values, notes or {})

    def yearly(measure, periods, values, notes=None):
        series[measure] = ("yearly", periods, values, notes or {})

    # Care partnership
    monthly("plans_with_goals", percent(trend(rng, 62, 76, m, 2.5)),
            {"2025-11": "New care-plan template with a 'what matters to me' field",
             "2026-11": "Two new GPs still learning the template"})
    monthly("plans_reviewed_on_time", percent(trend(rng, 78, 88, m, 2.0)))
    monthly("meds_reconciled_with_patient", percent(trend(rng, 82, 93, m, 2.0)),
            {"2025-09": "Brown-bag reviews started at planning visits"})
    monthly("discrepancy_days", decimals(trend(rng, 7.5, 4.0, m, 0.6), 1, 1.0))
    series["abnormal_results_5_days"] = (
        "weekly", week_labels,
        percent([v - (6.0 if label in {"2026-W28", "2026-W29", "2026-W30"} else 0.0)
                 for label, v in zip(week_labels, trend(rng, 93, 96.8, w, 1.5))]),
        {"2026-W28": "Summer locum cover", "2026-W30": "Summer locum cover"})
    monthly("self_management_reviews", percent(trend(rng, 80, 87, m, 2.0)))
    ack = trend(rng, 2.6, 1.6, m - 3, 0.25) + [2.4, 3.0, 3.5]
    monthly("concern_ack_days", decimals(ack, 1, 0.5),
            {"2026-09": "Patient liaison officer on leave; cover from December"})
    monthly("concern_loop_closed", percent(trend(rng, 70, 91, m, 3.0)))
    quarterly("involved_in_decisions", percent([74, 76, 78, 79, 81, 77]),
              {"2026-Q3": "Dip after the GP list transfer in July"})
    quarterly("medication_harm_rate", decimals(trend(rng, 1.4, 0.7, q, 0.08), 2))

    # Openness after harm
    monthly("initial_disclosure_72h", percent(proportions(rng, 0.86, 0.95, m, 5, 14, (12, 13))),
            {"2026-11": "One disclosure delayed: patient in hospital"})
    monthly("designated_contact_named", percent(proportions(rng, 0.85, 0.99, m, 5, 14, (11, 11))))
    quarterly("post_analysis_disclosure_held", percent([80.0, 100.0, 83.3, 100.0, 100.0, 100.0]))
    series["family_invited_to_analysis"] = (
        "per_activity", month_labels,
        percent(proportions(rng, 0.9, 1.0, m, 1, 3, (2, 2))),
        {"2025-08": "Family abroad; invited after the analysis had started"})
    monthly("analysis_within_60_days", percent(proportions(rng, 0.65, 0.85, m, 2, 6, (5, 6))))
    quarterly("family_reviewed_recommendations", percent([66.7, 75.0, 80.0, 100.0, 100.0, 100.0]))
    quarterly("families_felt_heard", percent(trend(rng, 70, 86, q, 2.0)))
    quarterly("repeat_incidents", counts([3, 2, 2, 1, 1, 0]))

    # Service co-design
    quarterly("partners_oriented", percent([100.0, 90.0, 92.3, 88.9, 95.0, 85.7]),
              {"2026-Q3": "One new partner joined the committee before orientation"})
    expenses = trend(rng, 88, 96, m, 1.5)[: month_labels.index("2026-07") + 1]
    monthly("expenses_paid_30_days", percent(expenses),
            {"2026-07": "Last extract before the finance system migration"},
            periods=month_labels[: len(expenses)])
    monthly("partner_hours", decimals(trend(rng, 4.5, 6.5, m - 2, 0.6) + [8.6, 9.4], 1),
            {"2026-10": "Two co-design projects running at once"})
    quarterly("active_partners", counts([8, 9, 11, 12, 13, 14]))
    quarterly("projects_partners_at_charter", percent([60.0, 66.7, 75.0, 80.0, 83.3, 85.7]))
    series["feedback_within_30_days"] = (
        "per_activity", month_labels, percent(trend(rng, 75, 100, m, 5.0)), {})
    quarterly("partner_influence_score", decimals(trend(rng, 3.6, 4.2, q, 0.1), 2))
    quarterly("committee_two_partners", percent([100.0, 100.0, 0.0, 100.0, 100.0, 100.0]),
              {"2025-Q4": "One partner ill, the other had resigned; recruitment reopened"})
    quarterly("committee_actions_on_time", percent([75.0, 78.6, 82.4, 80.0, 71.4, 62.5]),
              {"2026-Q3": "Actions from the July meeting delayed by the EHR upgrade"})
    yearly("changes_sustained", ["2025"], percent([72.0]))
    yearly("partners_input_mattered", ["2025", "2026"], percent([78.0, 84.0]),
           {"2026": "Annual partner survey, September"})
    monthly("survey_response_rate", percent(trend(rng, 31, 27, m - 2, 1.0) + [24.0, 22.0]),
            {"2026-10": "SMS invitations paused after the supplier change"})

    # Accountability
    yearly("report_days_to_publish", ["2025"], counts([104]),
           {"2025": "The 2025 report was published on 14 April 2026"})
    quarterly("consultation_participants", counts([32, 45, 28, 51, 38, 56]),
              {"2025-Q4": "Dementia-friendly services consultation"})
    quarterly("consultation_feedback_sent", percent([70.0, 85.0, 90.0, 95.0, 100.0, 92.0]))
    yearly("public_knows_how_to_engage", ["2025", "2026"], percent([38.0, 46.0]),
           {"2026": "Municipal resident panel, October"})

    # Relations
    monthly("plan_shared_on_time", percent(trend(rng, 90, 97, m, 1.5)))
    monthly("harm_referred_24h", percent(proportions(rng, 0.9, 0.97, m, 4, 12, (9, 9))))
    monthly("analysis_started_10_days", percent(proportions(rng, 0.75, 0.92, m, 2, 6, (4, 4))))
    quarterly("partner_requests_filled", percent([70.0, 75.0, 80.0, 88.0, 90.0, 92.0]))
    quarterly("survey_results_days", counts([30, 26, 24, 20, 19, 18]))
    quarterly("recommendations_with_sponsor", percent([75.0, 80.0, 85.7, 90.0, 92.3, 100.0]))
    return series


def declared_measures():
    """(id, frequency) of every measure declared in the Riverside model."""
    found = {}
    for path in sorted(MODEL.rglob("*.engage")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"^\s*measure\s+(\w+)[^{]*\{(.*?)\}", text, re.M | re.S):
            frequency = re.search(r"^\s*frequency\s+(\w+)", match.group(2), re.M)
            found[match.group(1)] = frequency.group(1) if frequency else None
    return found


def render(series):
    declared = declared_measures()
    problems = []
    for measure, frequency in sorted(declared.items()):
        if measure in NO_DATA:
            if measure in series:
                problems.append(f"{measure} is meant to have no data")
            continue
        if measure not in series:
            problems.append(f"{measure} is declared in the model but has no data series")
        elif series[measure][0] != frequency:
            problems.append(f"{measure}: model says {frequency}, data says {series[measure][0]}")
    for measure in sorted(set(series) - set(declared)):
        problems.append(f"{measure} has data but is not declared in the model")
    if problems:
        sys.exit("make-riverside-data: " + "; ".join(problems))

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["measure", "period", "value", "note"])
    for measure in sorted(series):
        _, periods, values, notes = series[measure]
        if len(periods) != len(values):
            sys.exit(f"make-riverside-data: {measure} has {len(values)} values for {len(periods)} periods")
        for period, value in zip(periods, values):
            writer.writerow([measure, period, value, notes.get(period, "")])
    return buffer.getvalue()


def main():
    text = render(build(random.Random(SEED)))
    if "--check" in sys.argv[1:]:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.exit(f"{OUTPUT.relative_to(ROOT)} is out of date: run Scripts/make-riverside-data.py")
        return
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} rows")


if __name__ == "__main__":
    main()
