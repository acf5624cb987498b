import FluentKit
import Foundation
import SQLKit
import WexchangeCore
import WexchangeGeo
import WexchangeMatching

/// A round's input for the engine, read from the database: the students who ranked at least one
/// of its opportunities (their records give priority and where they travel from), and the places
/// pledged to it. Students and opportunities are in id order, so the same data gives the same
/// file on SQLite and PostgreSQL.
///
/// Only students who took part are in it: clearing places a student where they did not choose,
/// which is right for someone who asked for a place, not for someone who never did.
enum RoundInstance {
    static func load(_ round: RoundModel, gazetteer: Gazetteer, on db: any Database) async throws -> AllocationInstance {
        let roundId = try round.requireID()
        let sql = db as! any SQLDatabase
        let areas = try await HubAreas.load(on: db)
        var opportunities: [AllocationOpportunity] = []
        for pledge in try await RoundPledgeModel.query(on: db).filter(\.$round.$id == roundId).with(\.$opportunity).all() {
            let row = pledge.opportunity
            let details = try row.details()
            let isVirtual = details.mode == .virtual
            opportunities.append(
                AllocationOpportunity(
                    id: try row.requireID().pathComponent,
                    location: details.location?.coordinate ?? Coordinate(latitude: 0, longitude: 0), capacity: pledge.places,
                    isVirtual: isVirtual, years: details.years.sorted(),
                    hub: isVirtual ? nil : areas.hub(containing: row.postcode, gazetteer: gazetteer)?.pathComponent,
                    priority: pledge.priority.map(PriorityOrder.stored)))
        }
        opportunities.sort { $0.id < $1.id }

        var choices: [UUID: [(rank: Int, opportunity: String)]] = [:]
        for row in try await sql.raw(
            "SELECT student_id, opportunity_id, rank FROM round_preferences WHERE round_id = \(bind: roundId)"
        ).all() {
            choices[try row.decode(column: "student_id", as: UUID.self), default: []].append(
                (try row.decode(column: "rank", as: Int.self), try row.decode(column: "opportunity_id", as: UUID.self).pathComponent))
        }
        let prior = Set(
            try await sql.raw(
                """
                SELECT DISTINCT student_id FROM journey_entries
                WHERE student_id IN (SELECT student_id FROM round_preferences WHERE round_id = \(bind: roundId))
                """
            ).all().map { try $0.decode(column: "student_id", as: UUID.self) })
        let lottery = RoundLottery.numbers(seed: round.lotterySeed, students: choices.keys.map(\.pathComponent))
        var students: [AllocationStudent] = []
        students.reserveCapacity(choices.count)
        let rows = try await sql.raw(
            """
            SELECT id, school_id, year_group, latitude, longitude, disadvantage, sen_provision, travel_km FROM students
            WHERE id IN (SELECT student_id FROM round_preferences WHERE round_id = \(bind: roundId))
            """
        ).all()
        let schools = try await SchoolPlaces.load(
            Set(try rows.map { try $0.decode(column: "school_id", as: UUID.self) }), on: db, gazetteer: gazetteer)
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let school = schools[try row.decode(column: "school_id", as: UUID.self)]
            let home: Coordinate? = try {
                guard let latitude = try row.decode(column: "latitude", as: Double?.self),
                    let longitude = try row.decode(column: "longitude", as: Double?.self)
                else { return nil }
                return Coordinate(latitude: latitude, longitude: longitude)
            }()
            // Without a home postcode the student travels from school; knowing neither, only
            // online places are within reach.
            let from = home ?? school?.location
            let key = id.pathComponent
            students.append(
                AllocationStudent(
                    id: key, year: try row.decode(column: "year_group", as: Int.self),
                    location: from ?? Coordinate(latitude: 0, longitude: 0), hub: school?.hub?.pathComponent,
                    disadvantaged: !(try row.decode(column: "disadvantage", as: String.self)).isEmpty,
                    send: try row.decode(column: "sen_provision", as: String.self) != SENProvision.none.rawValue,
                    priorExperience: prior.contains(id), lottery: lottery[key] ?? 0,
                    maxKm: from == nil ? 0 : Double(try row.decode(column: "travel_km", as: Int.self)),
                    preferences: (choices[id] ?? []).sorted { $0.rank < $1.rank }.map(\.opportunity)))
        }
        students.sort { $0.id < $1.id }
        return AllocationInstance(priority: round.settings.priority, students: students, opportunities: opportunities)
    }
}

/// Each school's Careers Hub and where it is (students without a home postcode travel from school).
enum SchoolPlaces {
    struct Place: Sendable {
        let hub: UUID?
        let location: Coordinate?
    }

    /// The places of `schools` only (a run reads its participants' schools, not the country's).
    static func load(_ schools: Set<UUID>, on db: any Database, gazetteer: Gazetteer) async throws -> [UUID: Place] {
        var places: [UUID: Place] = [:]
        for school in try await OrganisationModel.query(on: db).filter(\.$id ~~ schools).all() {
            let location: Coordinate? =
                if let postcode = school.postcode, case .success(let place) = gazetteer.geocode(postcode) { place.coordinate } else { nil }
            places[try school.requireID()] = Place(hub: school.hubId, location: location)
        }
        return places
    }
}
