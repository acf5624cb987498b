import FluentKit
import Foundation
import SQLKit

/// The one rule every way to a place goes through (pledges to rounds now; requests and offers as
/// they come): an opportunity never gives out more places than it has. The database enforces it
/// with a conditional update (the row is changed only while places are left, and the change is
/// atomic), so two requests racing for the last place cannot both have it, whichever instance of
/// the app they reach. Call it inside a catalogue write, whose revision stamps the row so that
/// search shows the places left at once.
enum PlaceLedger {
    /// Takes `count` places of the opportunity, or throws "no places left" (and changes nothing).
    static func take(_ count: Int, of opportunityId: UUID, revision: Catalogue.Revision, on db: any Database) async throws {
        precondition(count > 0, "take a positive number of places")
        let sql = db as! any SQLDatabase
        let stamp = try await revision.next()
        let left = try await sql.raw(
            """
            UPDATE opportunities SET places_taken = places_taken + \(bind: count), revision = \(bind: stamp)
            WHERE id = \(bind: opportunityId) AND places_taken + \(bind: count) <= capacity
            RETURNING capacity - places_taken AS places_left
            """
        ).first(decodingColumn: "places_left", as: Int.self)
        guard left != nil else { throw try await noPlaces(count, opportunityId, on: db) }
    }

    /// Gives `count` places back (a pledge withdrawn, an offer declined); never below none taken.
    static func giveBack(_ count: Int, of opportunityId: UUID, revision: Catalogue.Revision, on db: any Database) async throws {
        precondition(count > 0, "give back a positive number of places")
        let sql = db as! any SQLDatabase
        let stamp = try await revision.next()
        try await sql.raw(
            """
            UPDATE opportunities SET places_taken = CASE WHEN places_taken < \(bind: count) THEN 0 ELSE places_taken - \(bind: count) END,
            revision = \(bind: stamp) WHERE id = \(bind: opportunityId)
            """
        ).run()
    }

    private static func noPlaces(_ count: Int, _ opportunityId: UUID, on db: any Database) async throws -> AppError {
        guard let row = try await OpportunityModel.find(opportunityId, on: db) else { return AppError.notFound("This opportunity") }
        let left = row.placesLeft
        let message =
            left == 0
            ? "No places left: every place of “\(row.title)” has been taken"
            : "Not enough places left: “\(row.title)” has \(left) place\(left == 1 ? "" : "s") left, not \(count)"
        return AppError(.conflict, code: "no_places_left", message: message, field: "places")
    }
}
