import Foundation
import WexchangeCore

/// A Careers Hub's schools against their targets and Gatsby Benchmark 6, in aggregate: counts and
/// shares by school, year group and equity group, never a student (students issue, "Hub
/// coordinators see the same figures for their hub's schools, aggregated, with no names").
/// Each school is measured against its own target, so only what every target shares is summed.
struct HubProgress: Sendable {
    typealias Figures = SchoolProgress.Figures
    typealias Group = SchoolProgress.Group

    struct School: Sendable {
        let name: String
        let policy: TargetPolicy
        var total = Figures()
        var groups: [Group: Figures] = [:]
    }

    let hubName: String
    private(set) var schools: [School] = []
    private(set) var years: [Int: Figures] = [:]
    private(set) var groups: [Int: [Group: Figures]] = [:]
    /// Across the hub, by equity group.
    private(set) var byGroup: [Group: Figures] = [:]

    init(hubName: String, schools: [(name: String, progress: SchoolProgress)]) {
        self.hubName = hubName
        for (name, progress) in schools.sorted(by: { $0.name < $1.name }) {
            var school = School(name: name, policy: progress.policy)
            for (year, figures) in progress.years {
                school.total.add(figures)
                years[year, default: Figures()].add(figures)
            }
            for (year, split) in progress.groups {
                for (group, figures) in split {
                    school.groups[group, default: Figures()].add(figures)
                    groups[year, default: [:]][group, default: Figures()].add(figures)
                    byGroup[group, default: Figures()].add(figures)
                }
            }
            self.schools.append(school)
        }
    }
}
