import FluentKit
import Foundation
import WexchangeCore
import WexchangeGeo

/// Every change to listings goes through here: validate all, write in one transaction stamped
/// with a new catalogue revision, then refresh this instance's catalogue.
struct ListingService: Sendable {
    let catalogue: Catalogue
    let gazetteer: Gazetteer
    let now: @Sendable () -> Date

    var storage: Storage { catalogue.storage }

    struct Written: Sendable {
        let id: UUID
        let details: OpportunityDetails
    }

    func create(providerID: UUID, input: OpportunityInput, source: String = "manual") async throws -> Written {
        let details = try validate(input)
        return try await catalogue.write { db, revision in
            try await checkAgainstStored(details, providerID: providerID, updating: nil, on: db)
            let trusted = try await ProviderTrust.isTrusted(providerID, today: CalendarDate(now()), on: db)
            let row = try OpportunityModel(providerID: providerID, source: source, details: details, trusted: trusted, now: now())
            row.revision = try await revision.next()
            try await row.create(on: db)
            return Written(id: try row.requireID(), details: details)
        }
    }

    func update(providerID: UUID, id: UUID, input: OpportunityInput) async throws -> Written {
        let details = try validate(input)
        try await catalogue.write { db, revision in
            let row = try await owned(id, by: providerID, on: db)
            try await checkAgainstStored(details, providerID: providerID, updating: row, on: db)
            let trusted = try await ProviderTrust.isTrusted(providerID, today: CalendarDate(now()), on: db)
            try row.record(details, trusted: trusted, now: now())
            row.revision = try await revision.next()
            try await row.save(on: db)
        }
        return Written(id: id, details: details)
    }

    /// Everything `create` or `update` would refuse, without writing: for "Check your answers",
    /// so a listing that reaches that page can be submitted from it.
    @discardableResult
    func check(providerID: UUID, id: UUID?, input: OpportunityInput) async throws -> OpportunityDetails {
        let details = try validate(input)
        let db = storage.database
        let row: OpportunityModel? = if let id { try await owned(id, by: providerID, on: db) } else { nil }
        try await checkAgainstStored(details, providerID: providerID, updating: row, on: db)
        return details
    }

    /// The rules that need what is stored: dates already over (unless the listing had them), what
    /// students already rely on (`ListingReliance`), and the provider's own references, which
    /// must stay unique.
    private func checkAgainstStored(
        _ details: OpportunityDetails, providerID: UUID, updating row: OpportunityModel?, on db: any Database
    )
        async throws
    {
        let id = row?.id
        try checkDates(details, stored: try row?.workingDetails())
        if let row { try await ListingReliance.check(row, edited: details, on: db) }
        if let externalId = details.externalId, let other = try await existing(providerID: providerID, externalId: externalId, on: db),
            other.id != id
        {
            throw AppError(
                .conflict, code: "duplicate_external_id",
                message: row == nil
                    ? "you already have a listing with external_id '\(externalId)'; update it with PUT instead"
                    : "another of your listings already has external_id '\(externalId)'", field: "external_id")
        }
    }

    /// Withdraws a listing: it leaves search and its page, and its history stays for reporting.
    func archive(providerID: UUID, id: UUID) async throws {
        try await catalogue.write { db, revision in
            let row = try await owned(id, by: providerID, on: db)
            var details = try row.details()
            details.status = .archived
            try row.record(details, trusted: false, now: now())
            row.revision = try await revision.next()
            try await row.save(on: db)
        }
    }

    /// A provider's own listing as they are working on it (a change waiting beside the published
    /// version, if there is one).
    func listing(_ id: UUID, ownedBy providerID: UUID) async throws -> (OpportunityModel, OpportunityDetails) {
        let row = try await owned(id, by: providerID, on: storage.database)
        return (row, try row.workingDetails())
    }

    func validate(_ input: OpportunityInput) throws -> OpportunityDetails {
        switch OpportunityRules.validate(input, gazetteer: gazetteer) {
        case .success(let details): return details
        case .failure(let failure): throw AppError.invalid(failure)
        }
    }

    /// Refuses dates that are already over, unless the listing had them already.
    func checkDates(_ details: OpportunityDetails, stored: OpportunityDetails?) throws {
        let errors = OpportunityRules.datesInThePast(details, today: CalendarDate(now()), stored: stored)
        if !errors.isEmpty { throw AppError.invalid(ValidationFailure(errors)) }
    }

    func owned(_ id: UUID, by providerID: UUID, on db: any Database) async throws -> OpportunityModel {
        guard let row = try await OpportunityModel.find(id, on: db) else { throw AppError.notFound("opportunity \(id)") }
        guard row.$provider.id == providerID else {
            throw AppError.forbidden("opportunity \(id) belongs to another provider")
        }
        return row
    }

    private func existing(providerID: UUID, externalId: String, on db: any Database) async throws -> OpportunityModel? {
        try await OpportunityModel.query(on: db).filter(\.$provider.$id == providerID).filter(\.$externalId == externalId).first()
    }
}
