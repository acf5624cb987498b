import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// A synthetic round already closed for preferences, written straight to the database, for the
/// rounds benchmark and the crash test (`wexchange round generate`): schools of 1,000 students,
/// one provider's opportunities pledged whole to the round, and each student's choices.
///
/// - national: the virtual pool; schools anywhere in England (weighted by postcodes), online
///   opportunities, popularity-biased choices.
/// - hub: a new Careers Hub covering Newcastle upon Tyne (E08000021); schools and in-person
///   opportunities at Newcastle postcodes, choices biased to nearby places.
///
/// Written for speed, not through the services: the round's dates are in the past (no real
/// round can be created so), and choices are drawn eligible by year and distance.
public struct RoundGenerator: Sendable {
    public var scope: RoundScope
    public var students: Int
    public var opportunities: Int
    public var placesPerStudent: Double
    public var seed: UInt64

    public init(scope: RoundScope, students: Int, opportunities: Int, placesPerStudent: Double = 1.0, seed: UInt64 = 7) {
        self.scope = scope
        self.students = students
        self.opportunities = opportunities
        self.placesPerStudent = placesPerStudent
        self.seed = seed
    }

    static let schoolSize = 1_000
    static let hubAuthority = "E08000021"

    /// Writes the round; returns its id.
    public func generate(_ services: AppServices, progress: @escaping @Sendable (String) -> Void) async throws -> UUID {
        precondition(scope != .school, "generate national or hub rounds")
        var random = SeededRandom(seed: seed)
        let db = services.storage.database
        let today = services.today
        let hub: UUID? =
            scope == .hub
            ? try await AccountCommands.createOrganisation(
                kind: .careersHub, name: "Benchmark hub \(seed)", localAuthorities: [Self.hubAuthority], services: services) : nil
        let postcodes = try places(services.gazetteer)
        let weights = Cumulative(postcodes.map { _ in 1.0 })

        progress("writing \(opportunities) opportunities")
        let provider = try await ProviderCommands.create(
            name: "Benchmark provider \(seed)", kind: .nationalProvider, sizeBand: .large, sectors: [.engineering], website: nil,
            contactEmail: nil, services: services
        ).id
        let totalPlaces = max(opportunities, Int(Double(students) * placesPerStudent))
        var rows: [OpportunityModel] = []
        var opportunityPlaces: [(id: UUID, coordinate: Coordinate?, years: [Int], places: Int, weight: Double)] = []
        for index in 0..<opportunities {
            // Places vary (1 to twice the mean); the last takes what is left over.
            let mean = Double(totalPlaces) / Double(opportunities)
            let capacity =
                index == opportunities - 1
                ? max(1, totalPlaces - opportunityPlaces.map(\.places).reduce(0, +))
                : max(1, Int((mean * 2 * random.unit()).rounded()))
            let postcode = scope == .hub ? postcodes[weights.pick(&random)] : nil
            var input = DemoWords.listing(
                number: index, sector: Sector.allCases[random.int(below: Sector.allCases.count)], postcode: postcode ?? "NE1 4ST",
                town: "Newcastle", today: today, random: &random)
            input.mode = scope == .hub ? DeliveryMode.inPerson.rawValue : DeliveryMode.virtual.rawValue
            input.type = scope == .hub ? OpportunityType.workPlacement.rawValue : OpportunityType.virtualWorkExperience.rawValue
            input.postcode = postcode
            input.address = postcode.map { "1 High Street, Newcastle \($0)" }
            input.years = [10, 11, 12]
            input.capacity = min(capacity, OpportunityRules.maxCapacity)
            guard case .success(let details) = OpportunityRules.validate(input, gazetteer: services.gazetteer) else {
                throw AppError(
                    .internalServerError, code: "generator", message: "a generated listing did not validate: \(input.title ?? "")")
            }
            let row = try OpportunityModel(
                id: UUID.timeOrdered(at: services.now()), providerID: provider, source: "manual", details: details, trusted: true,
                now: services.now())
            row.placesTaken = details.capacity
            rows.append(row)
            // A few opportunities are far more wanted than the rest.
            opportunityPlaces.append((row.id!, details.location?.coordinate, details.years, details.capacity, pow(random.unit(), 3) + 0.02))
        }
        let rowsToWrite = rows
        try await services.catalogue.write { db, next in
            let revision = try await next.next()
            for row in rowsToWrite { row.revision = revision }
            for batch in rowsToWrite.chunked(200) { try await batch.create(on: db) }
        }

        let now = services.now()
        let round = RoundModel(
            scope: scope, organisationId: hub,
            settings: RoundSettings(
                name: "Benchmark \(scope.rawValue) round of \(students) students", preferencesOpen: today.adding(days: -14),
                preferencesClose: today.adding(days: -1), offerDeadline: today.adding(days: 14)),
            seed: RoundLottery.drawSeed(), createdBy: nil)
        round.state = RoundState.preferencesOpen.rawValue
        try await round.create(on: db)
        let roundId = try round.requireID()
        try await services.storage.transaction { [opportunityPlaces] db in
            try await BulkWrite.insert(
                into: RoundPledgeModel.schema, columns: ["id", "round_id", "opportunity_id", "places", "created_at", "updated_at"],
                values: opportunityPlaces.flatMap { o -> [ColumnValue] in
                    [.uuid(UUID.timeOrdered(at: now)), .uuid(roundId), .uuid(o.id), .integer(o.places), .date(now), .date(now)]
                }, on: db)
        }

        let schoolCount = (students + Self.schoolSize - 1) / Self.schoolSize
        let popularity = Cumulative(opportunityPlaces.map(\.weight))
        var written = 0
        for school in 0..<schoolCount {
            let postcode = postcodes[weights.pick(&random)]
            let schoolId = try await AccountCommands.createOrganisation(
                kind: .school, name: "Benchmark school \(school + 1)", hubId: hub, services: services)
            let organisation = try await OrganisationModel.find(schoolId, on: db)!
            organisation.postcode = postcode
            try await organisation.save(on: db)
            let size = min(Self.schoolSize, students - written)
            var cohort: [StudentModel.Written] = []
            for serial in 0..<size {
                let rest = "801" + String(1000 + school % 9000) + "15" + String(String(serial + 1000).suffix(3))
                var record = StudentRecord(
                    upn: UPN(stored: String(UPN.checkLetter(for: rest)!) + rest), legalSurname: "Student", legalForename: "Bench",
                    dateOfBirth: CalendarDate(iso: "2011-03-04")!, year: random.chance(0.7) ? 10 : 12)
                if random.chance(0.25) { record.disadvantage = TaxonomySet([.freeSchoolMeals]) }
                if random.chance(0.15) { record.sen = .senSupport }
                let home = services.gazetteer.geocode(postcodes[weights.pick(&random)])
                record.travelKm = random.chance(0.2) ? 10 : StudentRecord.defaultTravelKm
                cohort.append(StudentModel.Written(record: record, coordinate: try? home.get().coordinate))
            }
            try await services.storage.transaction { [cohort] db in
                try await StudentModel.insert(cohort, school: schoolId, at: now, on: db)
            }
            let stored = try await StudentModel.query(on: db).filter(\.$school.$id == schoolId).all()
            var values: [ColumnValue] = []
            for student in stored {
                let home = student.latitude.flatMap { lat in student.longitude.map { Coordinate(latitude: lat, longitude: $0) } }
                var chosen = Set<Int>()
                var rank = 0
                var attempts = 0
                while rank < 1 + random.int(below: 10), attempts < 60 {
                    attempts += 1
                    let pick = popularity.pick(&random)
                    let o = opportunityPlaces[pick]
                    guard !chosen.contains(pick), o.years.contains(student.yearGroup) else { continue }
                    if let place = o.coordinate, let home, GreatCircle.distanceKm(home, place) > Double(student.travelKm) { continue }
                    chosen.insert(pick)
                    rank += 1
                    values += [
                        .uuid(UUID.timeOrdered(at: now)), .uuid(roundId), .uuid(try student.requireID()), .uuid(o.id), .integer(rank),
                    ]
                }
            }
            try await services.storage.transaction { [values] db in
                try await BulkWrite.insert(
                    into: RoundPreferenceModel.schema, columns: ["id", "round_id", "student_id", "opportunity_id", "rank"], values: values,
                    on: db)
            }
            written += size
            progress("wrote \(written) of \(students) students and their choices")
        }
        return roundId
    }

    /// Where schools, homes and (hub) opportunities are: Newcastle's postcodes for a hub round,
    /// a spread of English districts for the national pool.
    private func places(_ gazetteer: Gazetteer) throws -> [String] {
        let districts =
            scope == .hub
            ? ["NE1", "NE2", "NE3", "NE4", "NE5", "NE6", "NE7", "NE15"]
            : gazetteer.englishDistricts.filter { $0.postcodeCount > 0 }.map(\.code).enumerated().filter { $0.offset % 40 == 0 }.map(
                \.element)
        let postcodes = districts.flatMap { gazetteer.fullPostcodes(inDistrict: $0).prefix(50) }
        guard !postcodes.isEmpty else {
            throw AppError(.internalServerError, code: "generator", message: "the bundled postcode table has none of \(districts)")
        }
        return postcodes
    }
}
