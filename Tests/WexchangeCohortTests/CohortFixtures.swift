import WexchangeCore

/// Shared dates and files for the cohort tests.
enum CohortFixtures {
    static let today = CalendarDate(iso: "2026-11-30")!

    /// A valid UPN for a serial number (LA 801, establishment 2000, allocated in 2015).
    static func upn(_ serial: Int) -> String {
        let rest = "8012000" + "15" + String(String(serial + 1000).suffix(3))
        return String(UPN.checkLetter(for: rest)!) + rest
    }
}
