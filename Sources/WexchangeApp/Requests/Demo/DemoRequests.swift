import FluentKit
import Foundation
import WexchangeCore

extension DemoRound {
    /// A plentiful listing whose places go by request, not by round.
    static let requestListing = (
        "Year 10 maintenance taster day", "A day with our maintenance fitters: find and fix faults on real machines, safely.", 12
    )
    static let requestNotes = [
        "Asked me about engineering apprenticeships and would like to see maintenance work.",
        "Fixes bikes at home and wants to see how a workshop keeps its machines running.",
    ]

    /// Tyne Engineering's taster day, with two Year 10 students' requests (asked by the careers
    /// leader) waiting for its answer; the demo student may ask for a place too.
    func seedRequests() async throws {
        let listing = try await publishedListings([Self.requestListing], howToApply: "Request a place on Wexchange")[0]
        let db = services.storage.database
        let others = try await StudentModel.query(on: db).filter(\.$school.$id == school).filter(\.$yearGroup == 10)
            .filter(\.$leftAt == nil).filter(\.$userId == nil).sort(\.$upn).range(..<Self.requestNotes.count).all()
        try await DemoSession(services: services, user: leader).act { identity in
            for (record, note) in zip(others, Self.requestNotes) {
                try await services.placeRequests.request(listing, for: try record.requireID(), message: note, by: identity)
            }
        }
    }
}
