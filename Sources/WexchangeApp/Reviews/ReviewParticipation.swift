import FluentKit
import Foundation
import SQLKit
import WexchangeCore

/// Who may rate a provider: a school whose students finished a placement with it, or a Careers
/// Hub one of whose schools' students did. A rating then speaks from experience, not from the
/// listing's page.
enum ReviewParticipation {
    /// Whether `organisationId` (a school, or a hub through its schools) had a student finish a
    /// placement with `providerId`.
    static func tookPart(_ organisationId: UUID, withProvider providerId: UUID, on db: any Database) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let row = try await sql.raw(
            """
            SELECT 1 AS found FROM \(ident: OfferModel.schema) o
            JOIN \(ident: StudentModel.schema) s ON s.id = o.student_id
            JOIN \(ident: OpportunityModel.schema) l ON l.id = o.opportunity_id
            JOIN \(ident: OrganisationModel.schema) school ON school.id = s.school_id
            WHERE o.state = \(bind: OfferState.completed.rawValue) AND l.provider_id = \(bind: providerId)
            AND (s.school_id = \(bind: organisationId) OR school.hub_id = \(bind: organisationId))
            LIMIT 1
            """
        ).first()
        return row != nil
    }

    /// The refusal, in words, for an organisation that has not taken part.
    static func refusal(providerName: String) -> AppError {
        AppError(
            .forbidden, code: "no_placement",
            message:
                "Only a school or Careers Hub whose students have finished a placement with \(providerName) can rate it. You can rate it once one of your students has."
        )
    }
}
