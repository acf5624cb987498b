import FluentKit
import Foundation
import WexchangeCore

/// Requests as their people read them: a student's own, their school's (staff), and those to a
/// provider's listings, where the provider sees only what deciding needs (preferred name, year,
/// school, access needs, the student's note) and never a UPN, date of birth, disadvantage or SEN
/// status. A provider's read is audited against each student shown, so their school sees who looked.
struct PlaceRequestReader: Sendable {
    let storage: Storage
    let now: @Sendable () -> Date

    struct Summary: Sendable, Equatable {
        let id: UUID
        /// As it stands today: an unanswered request past its day reads as expired before the sweep writes it.
        let state: PlaceRequestState
        let opportunityId: UUID
        let title: String
        let providerName: String
        /// The student's record (nil for a provider, who never needs it).
        let studentId: UUID?
        let studentName: String
        let yearGroup: Int
        let schoolName: String
        let accessNeeds: [String]
        let message: String?
        let answerBy: CalendarDate
        let reason: String?
        let offerId: UUID?
        let requestedOn: CalendarDate
    }

    /// Every request the requester may see (or only request `id`, if they may see it), those
    /// waiting first, newest first within each.
    func summaries(for identity: Identity, only id: UUID? = nil) async throws -> [Summary] {
        let at = now()
        return try await storage.transaction { db in
            let query = PlaceRequestModel.query(on: db).with(\.$student) { $0.with(\.$school) }.with(\.$opportunity)
            if let id { query.filter(\.$id == id) }
            let forProvider = identity.role.organisationKind == .provider
            // Narrowed in the one query by a join (a school's students or a provider's listings
            // can run to thousands: no list of ids).
            switch identity.role {
            case .student:
                query.join(StudentModel.self, on: \PlaceRequestModel.$student.$id == \StudentModel.$id)
                    .filter(StudentModel.self, \.$userId == identity.userId).filter(
                        StudentModel.self, \.$school.$id == identity.organisationId)
            case .careersLeader, .schoolStaff:
                query.join(StudentModel.self, on: \PlaceRequestModel.$student.$id == \StudentModel.$id)
                    .filter(StudentModel.self, \.$school.$id == identity.organisationId)
            case .providerAdmin, .providerStaff:
                query.join(OpportunityModel.self, on: \PlaceRequestModel.$opportunity.$id == \OpportunityModel.$id)
                    .filter(OpportunityModel.self, \.$provider.$id == identity.organisationId)
            default:
                return []
            }
            let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id).all()
            let providers = try await Self.providerNames(rows, on: db)
            let today = CalendarDate(at)
            let summaries = try rows.map { try Self.summary($0, providers: providers, today: today, forProvider: forProvider) }
            if forProvider {
                for row in rows {
                    try await AuditLog.record(
                        .requestRead, row.$student.id, reason: "“\(row.opportunity.title)”", by: identity, at: at, in: db)
                }
            }
            return summaries.filter(\.state.isOpen) + summaries.filter { !$0.state.isOpen }
        }
    }

    private static func summary(
        _ row: PlaceRequestModel, providers: [UUID: String], today: CalendarDate, forProvider: Bool
    ) throws -> Summary {
        let answerBy = CalendarDate(iso: row.answerBy) ?? today
        let stored = row.requestState
        let needs: TaxonomySet<SendAdjustment> = StudentModel.set(row.student.accessNeeds)
        return Summary(
            id: try row.requireID(),
            state: PlaceRequestRules.hasExpired(state: stored, answerBy: answerBy, today: today) ? .expired : stored,
            opportunityId: row.$opportunity.id, title: row.opportunity.title,
            providerName: providers[row.opportunity.$provider.id] ?? "the provider",
            studentId: forProvider ? nil : row.$student.id, studentName: row.student.preferredName, yearGroup: row.student.yearGroup,
            schoolName: row.student.school.name, accessNeeds: needs.map(\.label), message: row.message, answerBy: answerBy,
            reason: row.reason, offerId: row.offerId, requestedOn: CalendarDate(row.createdAt ?? Date()))
    }

    private static func providerNames(_ rows: [PlaceRequestModel], on db: any Database) async throws -> [UUID: String] {
        let ids = Set(rows.map { $0.opportunity.$provider.id })
        guard !ids.isEmpty else { return [:] }
        let organisations = try await OrganisationModel.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(organisations.compactMap { org in org.id.map { ($0, org.name) } }, uniquingKeysWith: { first, _ in first })
    }
}
