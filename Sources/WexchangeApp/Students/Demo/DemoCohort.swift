import FluentKit
import Foundation
import WexchangeCohort
import WexchangeCore
import WexchangeGeo

/// Excelsior Academy's demo cohort: about 1,200 students in Years 7 to 13 with the mix of
/// disadvantage and SEN provision a school like it has (its free school meals share comes from
/// the reference school list), living in the districts around it. The same every time.
struct DemoCohort: Sendable {
    /// Students per year group, Years 7 to 13 (a sixth form is smaller).
    static let yearSizes = [7: 190, 8: 190, 9: 185, 10: 185, 11: 180, 12: 140, 13: 130]
    /// Excelsior's local authority (391) and establishment number (6905), as its UPNs begin.
    static let laestab = "3916905"
    static let districts = ["NE15", "NE4", "NE5", "NE6", "NE1", "NE16"]
    static let forenames = [
        "Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farhan", "Grace", "Harry", "Isla", "Jack", "Kacper", "Layla", "Mohammed", "Niamh",
        "Oliver", "Priya", "Ruby", "Samuel", "Tia", "Umar", "Vera", "William", "Xin", "Yusuf", "Zara", "Amelia", "Callum", "Leah",
        "Ryan", "Sophie", "Tomasz", "Chidera", "Jessica", "Kieran", "Maya", "Nathan",
    ]
    static let surnames = [
        "Ahmed", "Bell", "Charlton", "Dixon", "Elliott", "Fenwick", "Gibson", "Hall", "Iqbal", "Johnson", "Khan", "Lee", "Milburn",
        "Nowak", "Okafor", "Patel", "Robson", "Smith", "Thompson", "Urquhart", "Wilson", "Young", "Begum", "Chen", "Armstrong",
        "Hussain", "Kowalski", "Murray", "Nguyen", "Scott",
    ]

    let today: CalendarDate
    let gazetteer: Gazetteer
    /// The share of pupils eligible for free school meals now (the school list's figure).
    let fsmShare: Double

    /// The students, in a fixed order.
    func records() -> [StudentRecord] {
        var random = SeededRandom(seed: 135_423)
        let postcodes = Self.districts.flatMap { gazetteer.fullPostcodes(inDistrict: $0).prefix(400) }
        // The academic year: September to August.
        let (year, month, _) = today.components
        let academicYear = month >= 9 ? year : year - 1
        var records: [StudentRecord] = []
        for (group, size) in Self.yearSizes.sorted(by: { $0.key < $1.key }) {
            // Born in the academic year that puts them in `group`; UPNs allocated when they began school.
            let bornFrom = CalendarDate(year: academicYear - group - 5, month: 9, day: 1)!
            let allocated = String(String(academicYear - group + 7 - 2000).suffix(2))
            for serial in 1...size {
                let rest = Self.laestab + allocated + String(String(1000 + serial).suffix(3))
                var record = StudentRecord(
                    upn: UPN(stored: String(UPN.checkLetter(for: rest)!) + rest),
                    legalSurname: Self.surnames[random.int(below: Self.surnames.count)],
                    legalForename: Self.forenames[random.int(below: Self.forenames.count)],
                    dateOfBirth: bornFrom.adding(days: random.int(below: 365)), year: group)
                if random.chance(0.08) { record.preferredForename = Self.forenames[random.int(below: Self.forenames.count)] }
                record.postcode = postcodes.isEmpty ? nil : postcodes[random.int(below: postcodes.count)]
                // Ever 6 is wider than "eligible now"; pupil premium mostly overlaps it.
                if random.chance(min(0.95, fsmShare * 1.1)) { record.disadvantage.insert(.freeSchoolMeals) }
                if random.chance(0.05) { record.disadvantage.insert(.pupilPremium) }
                if random.chance(0.012) { record.disadvantage.insert(.lookedAfter) }
                let sen = random.unit()
                record.sen = sen < 0.035 ? .ehcPlan : sen < 0.175 ? .senSupport : .none
                if record.sen.hasProvision, random.chance(0.5) {
                    record.accessNeeds.insert(SendAdjustment.allCases[random.int(below: SendAdjustment.allCases.count - 1)])
                }
                for _ in 0..<(1 + random.int(below: 3)) {
                    record.interests.insert(Sector.allCases[random.int(below: Sector.allCases.count)])
                }
                for _ in 0..<(group >= 10 ? 3 : 0) { record.subjects.insert(Subject.allCases[random.int(below: Subject.allCases.count)]) }
                record.travelKm = random.chance(0.2) ? [10, 15, 20, 25][random.int(below: 4)] : StudentRecord.defaultTravelKm
                records.append(record)
            }
        }
        return records
    }

    /// Imports the cohort into `school` through the same all-or-nothing import as a school's
    /// own file, then links the demo student's account to a Year 10 record.
    func seed(school: UUID, studentUser: UUID?, services: AppServices) async throws {
        let rows = records().enumerated().map { CohortRow(place: .line($0.offset + 2), record: $0.element) }
        let file = try CohortFile(format: .csv, rows: rows, given: Set(StudentField.allCases), source: "Wexchange demo cohort")
        _ = try await services.studentImport.apply(file, schoolId: school, full: false, by: .commandLine)
        try await seedJourneys(school: school, services: services)
        guard let studentUser else { return }
        try await services.storage.transaction { db in
            guard
                let record = try await StudentModel.query(on: db).filter(\.$school.$id == school).filter(\.$yearGroup == 10)
                    .sort(\.$upn).first()
            else { return }
            record.userId = studentUser
            try await record.update(on: db)
            try await reflect(on: record.requireID(), db)
        }
    }

    /// The demo student's goals and reflections, growing in confidence, so their journey page
    /// shows a skills profile.
    private func reflect(on student: UUID, _ db: any Database) async throws {
        let entries = try await JourneyEntryModel.query(on: db).filter(\.$student.$id == student).sort(\.$startDate).all()
        for (step, entry) in entries.enumerated() {
            entry.goals = "Find out what people there do all day, and ask at least one question."
            entry.record(
                reflection: "I asked \(step + 1) question\(step == 0 ? "" : "s") and learned how the work is planned.",
                ratings: Dictionary(uniqueKeysWithValues: Skill.allCases.enumerated().map { ($1, min(5, 1 + ($0 + step) % 3 + step)) }))
            try await entry.update(on: db)
        }
    }

    /// Experiences for the cohort, as a school with a mix of students would have recorded: talks,
    /// visits and insight days in Key Stage 3, a week's placement in Year 10 for most (fewer of the
    /// disadvantaged: the gap the progress page should show), some meaningful, all in the past.
    func seedJourneys(school: UUID, services: AppServices) async throws {
        var random = SeededRandom(seed: 2026)
        let students = try await StudentModel.stored(school: school, on: services.storage.database)
        let (year, month, _) = today.components
        let academicYear = month >= 9 ? year : year - 1
        var models: [JourneyEntryModel] = []
        func add(
            _ student: UUID, now yearNow: Int, _ type: OpportunityType, _ provider: String, group: Int, month: Int, days: Double,
            meaningful: Bool
        ) {
            // The school year the student was in `group`, and the date in it.
            let startYear = academicYear - (yearNow - group) + (month < 9 ? 1 : 0)
            guard let start = CalendarDate(year: startYear, month: month, day: 6), start.adding(days: Int(days) + 2) < today else { return }
            var entry = JourneyEntry(
                type: type, providerName: provider, mode: random.chance(0.15) ? .virtual : .inPerson, start: start,
                end: start.adding(days: max(0, Int(days.rounded(.up)) - 1)), days: days, yearGroup: group)
            entry.meaningful =
                meaningful
                ? TaxonomySet(MeaningfulCriterion.allCases) : TaxonomySet(MeaningfulCriterion.allCases.filter { _ in random.chance(0.5) })
            models.append(JourneyEntryModel(studentId: student, entry: entry, source: .school, recordedBy: nil))
        }
        for (id, record) in students {
            let keen = record.isDisadvantaged ? 0.55 : 0.8
            // Key Stage 3: a visit or talk most years, sometimes an insight day too, so most
            // (fewer of the disadvantaged) reach the week of activities by the end of Year 9.
            for group in 7..<record.year where group <= 9 && random.chance(keen) {
                let (type, days): (OpportunityType, Double) = [(.workplaceVisit, 1), (.insightDay, 1), (.employerLedProject, 3)][
                    random.int(below: 3)]
                add(id, now: record.year, type, "Newcastle College", group: group, month: 3, days: days, meaningful: false)
                if random.chance(keen * 0.6) {
                    add(id, now: record.year, .insightDay, "Nexus", group: group, month: 6, days: 1, meaningful: false)
                }
            }
            if record.year >= 11, random.chance(keen) {
                add(
                    id, now: record.year, .workPlacement,
                    ["Tyne Engineering Ltd", "Freeman Hospital", "Sage Gateshead", "Nexus"][random.int(below: 4)],
                    group: 10,
                    month: 7, days: 5, meaningful: random.chance(0.7))
            }
            if record.year == 13, random.chance(keen * 0.6) {
                add(
                    id, now: record.year, .workPlacement, "Newcastle City Council", group: 12, month: 7, days: 5,
                    meaningful: random.chance(0.7))
            }
        }
        try await services.storage.transaction { [models] db in
            try await ProgressCache.bump(school, on: db)
            for batch in stride(from: 0, to: models.count, by: 500) {
                try await Array(models[batch..<min(batch + 500, models.count)]).create(on: db)
            }
        }
    }
}
