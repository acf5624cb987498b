import Foundation
import WexchangeCore

/// A school's students against its target and Gatsby Benchmark 6, by year group and split by
/// disadvantage and SEN provision, with the students who are behind (careers leader's page).
struct SchoolProgress: Sendable {
    /// One group of students: a year, or a year's disadvantaged, SEN or other students.
    struct Figures: Sendable {
        var students = 0
        var meetingBenchmark6 = 0
        var atRisk = 0
        var placementDays = 0.0
        /// How many have met each policy milestone, by milestone id.
        var milestonesMet: [String: Int] = [:]

        mutating func add(_ progress: StudentProgress) {
            students += 1
            if progress.meetsBenchmark6SoFar { meetingBenchmark6 += 1 }
            if progress.isAtRisk { atRisk += 1 }
            placementDays += progress.placementDays
            for item in progress.policy where item.state == .met { milestonesMet[item.id, default: 0] += 1 }
        }

        /// Adds another group's counts (milestones aside: schools may measure against different targets).
        mutating func add(_ other: Figures) {
            students += other.students
            meetingBenchmark6 += other.meetingBenchmark6
            atRisk += other.atRisk
            placementDays += other.placementDays
        }

        /// Not behind for their year.
        var onTrack: Int { students - atRisk }

        static func share(_ count: Int, of total: Int) -> String {
            total == 0 ? "–" : "\(Int((Double(count) * 100 / Double(total)).rounded()))%"
        }
    }

    /// The equity groups, each student in exactly one: disadvantaged first, then SEN, then others.
    enum Group: String, CaseIterable, Sendable {
        case disadvantaged = "Disadvantaged"
        case sen = "SEN provision (not disadvantaged)"
        case others = "Others"

        /// For the chart's narrow labels.
        var shortLabel: String {
            switch self {
            case .disadvantaged: "Disadvantaged"
            case .sen: "SEN provision"
            case .others: "Others"
            }
        }

        static func of(_ record: StudentRecord) -> Group {
            record.isDisadvantaged ? .disadvantaged : record.sen.hasProvision ? .sen : .others
        }
    }

    struct AtRisk: Sendable {
        let id: UUID
        let name: String
        let year: Int
        let disadvantaged: Bool
        let sen: SENProvision
        let needs: [String]
    }

    let policy: TargetPolicy
    private(set) var years: [Int: Figures] = [:]
    private(set) var groups: [Int: [Group: Figures]] = [:]
    private(set) var atRisk: [AtRisk] = []

    /// - Parameter students: each student on roll with their journey.
    init(policy: TargetPolicy, students: [(id: UUID, record: StudentRecord, entries: [JourneyEntry])]) {
        self.policy = policy
        for student in students {
            let progress = StudentProgress(year: student.record.year, entries: student.entries, policy: policy)
            years[student.record.year, default: Figures()].add(progress)
            groups[student.record.year, default: [:]][Group.of(student.record), default: Figures()].add(progress)
            if progress.isAtRisk {
                atRisk.append(
                    AtRisk(
                        id: student.id, name: student.record.displayName, year: student.record.year,
                        disadvantaged: student.record.isDisadvantaged, sen: student.record.sen,
                        needs: (progress.policy + progress.benchmark6).filter(\.isBehind).compactMap(\.stillNeeded)))
            }
        }
        // Disadvantaged students first, then SEN (EHC plans before SEN support), then by year and name.
        atRisk.sort { a, b in
            let ka = (a.disadvantaged ? 0 : 1, a.sen == .ehcPlan ? 0 : a.sen == .senSupport ? 1 : 2, -a.year, a.name)
            let kb = (b.disadvantaged ? 0 : 1, b.sen == .ehcPlan ? 0 : b.sen == .senSupport ? 1 : 2, -b.year, b.name)
            return ka < kb
        }
    }
}
