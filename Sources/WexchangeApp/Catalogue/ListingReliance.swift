import FluentKit
import Foundation
import WexchangeCore

/// Whether students, schools or rounds already rely on a listing (a place requested and waiting
/// for an answer, or offered, or pledged to a round), and so which edits it refuses
/// (`OpportunityRules.changesToWhatIsReliedOn`). Checked on every path that saves a listing
/// (form, API, feed, CSV) and again when a moderator approves a change, since requests may have
/// come in while it waited.
enum ListingReliance {
    /// Throws the refused fields when `edited` changes what is relied on in the live listing.
    static func check(_ row: OpportunityModel, edited: OpportunityDetails, on db: any Database) async throws {
        let errors = try await problems([(row, edited)], on: db).first?.errors ?? []
        if !errors.isEmpty { throw AppError.invalid(ValidationFailure(errors)) }
    }

    /// The refused fields of each edit that has any, by its position in `edits`.
    static func problems(
        _ edits: [(row: OpportunityModel, edited: OpportunityDetails)], on db: any Database
    ) async throws -> [(position: Int, errors: [FieldError])] {
        let ids = try edits.map { try $0.row.requireID() }
        guard !ids.isEmpty else { return [] }
        let waiting = Set(
            try await PlaceRequestModel.query(on: db).filter(\.$opportunity.$id ~~ ids)
                .filter(\.$state == PlaceRequestState.requested.rawValue).all().map(\.$opportunity.id))
        return try edits.enumerated().compactMap { position, edit in
            let row = edit.row
            guard row.placesTaken > 0 || waiting.contains(ids[position]) else { return nil }
            let errors = OpportunityRules.changesToWhatIsReliedOn(from: try row.details(), to: edit.edited, placesTaken: row.placesTaken)
            return errors.isEmpty ? nil : (position, errors)
        }
    }
}
