import WexchangeCore
import WexchangeTestSupport

/// Shared dates and files for the cohort tests.
enum CohortFixtures {
    static let today = CalendarDate(iso: "2026-11-30")!

    static func upn(_ serial: Int) -> String { UPN.fixture(serial) }
}
