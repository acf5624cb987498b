import FluentKit
import Foundation
import WexchangeCore

/// Reads the audit log for people: who by name, the role in words, the event in words and the
/// subject by its title (a listing's title, a person's name, a badge and its provider), a page
/// at a time.
struct AuditTrail: Sendable {
    let database: any Database

    static let pageSize = 50

    struct Entry: Sendable {
        let at: Date
        let who: String
        let actingAs: String
        let credential: String
        let event: String
        let subjectId: UUID
        let subjectType: AuditAction.Subject?
        let subject: String
        let reason: String?
    }

    /// One page of entries, newest first: all entries, or those about `subject`, or (for a
    /// school's careers leader) those about `school`'s students and the school's student data,
    /// with the students named.
    func page(_ requested: String?, subject: UUID?, school: UUID? = nil) async throws -> (entries: [Entry], pagination: Pagination) {
        var query = AuditEntryModel.query(on: database)
        if let subject { query = query.filter(\.$subjectId == subject) }
        if let school {
            query = query.join(StudentModel.self, on: \AuditEntryModel.$subjectId == \StudentModel.$id, method: .left)
                .group(.or) { either in
                    either.filter(StudentModel.self, \.$school.$id == school)
                        .group(.and) {
                            $0.filter(\.$subjectId == school).filter(\.$action ~~ AuditAction.schoolStudentData.map(\.rawValue))
                        }
                }
        }
        let pagination = Pagination(requested: requested, pageSize: Self.pageSize, total: try await query.count())
        let rows = try await query.sort(\.$at, .descending).sort(\.$id).range(pagination.rows).all()
        let names = try await actorNames(Set(rows.compactMap(\.userId)))
        let titles = try await subjectTitles(rows, namingStudents: school != nil)
        let entries = rows.map { row in
            Entry(
                at: row.at, who: row.userId.flatMap { names[$0] } ?? "Command line",
                actingAs: Role(rawValue: row.actingAs)?.label ?? "System", credential: row.credential ?? "",
                event: AuditAction.label(forCode: row.action), subjectId: row.subjectId,
                subjectType: AuditAction.Subject(rawValue: row.subjectType),
                subject: titles[row.subjectId] ?? "\(row.subjectType) (no longer stored)", reason: row.reason)
        }
        return (entries, pagination)
    }

    /// People by name; a provider's feed key acts as the provider, so organisations too.
    private func actorNames(_ ids: Set<UUID>) async throws -> [UUID: String] {
        var names: [UUID: String] = [:]
        for user in try await UserModel.query(on: database).filter(\.$id ~~ ids).all() { names[try user.requireID()] = user.name }
        for organisation in try await OrganisationModel.query(on: database).filter(\.$id ~~ ids.subtracting(names.keys)).all() {
            names[try organisation.requireID()] = organisation.name
        }
        return names
    }

    /// Each subject's title, read with one query per kind of subject on the page.
    private func subjectTitles(_ rows: [AuditEntryModel], namingStudents: Bool) async throws -> [UUID: String] {
        let ids = Dictionary(grouping: rows, by: \.subjectType).mapValues { Set($0.map(\.subjectId)) }
        var titles: [UUID: String] = [:]
        for (type, subjects) in ids {
            switch AuditAction.Subject(rawValue: type) {
            case .opportunity:
                for row in try await OpportunityModel.query(on: database).filter(\.$id ~~ subjects).all() {
                    titles[try row.requireID()] = "Listing “\(row.title)”"
                }
            case .user:
                for row in try await UserModel.query(on: database).filter(\.$id ~~ subjects).all() {
                    titles[try row.requireID()] = "\(row.name) (\(row.email))"
                }
            case .badge:
                for row in try await ProviderBadgeModel.query(on: database).filter(\.$id ~~ subjects).with(\.$provider).all() {
                    titles[try row.requireID()] = "Badge “\(row.name)” of \(row.provider.name)"
                }
            case .review:
                for row in try await ReviewModel.query(on: database).filter(\.$id ~~ subjects).with(\.$opportunity).all() {
                    titles[try row.requireID()] = "Review of “\(row.opportunity.title)”"
                }
            case .provider:
                for row in try await ProviderModel.query(on: database).filter(\.$id ~~ subjects).all() {
                    titles[try row.requireID()] = "Provider \(row.name)"
                }
            case .organisation:
                for row in try await OrganisationModel.query(on: database).filter(\.$id ~~ subjects).all() {
                    titles[try row.requireID()] = row.name
                }
            case .student:
                // The national log names the school, never the student: national roles see
                // students only in aggregate. The school's own log of reads names them.
                for row in try await StudentModel.query(on: database).filter(\.$id ~~ subjects).with(\.$school).all() {
                    titles[try row.requireID()] =
                        namingStudents ? "\(row.record.displayName) (Year \(row.yearGroup))" : "A student of \(row.school.name)"
                }
            case .round:
                for row in try await RoundModel.query(on: database).filter(\.$id ~~ subjects).all() {
                    titles[try row.requireID()] = "Round “\(row.name)”"
                }
            case nil:
                continue
            }
        }
        return titles
    }
}
