import FluentKit
import Foundation
import SQLKit

/// A hub's local authorities move from a list on the organisation to their own table, keyed by
/// the authority, so that one authority can never belong to two hubs. Where two hubs already
/// listed the same authority, the hub created first keeps it.
struct MoveHubLocalAuthoritiesToHubAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HubAreaModel.schema)
            .id()
            .field("local_authority", .string, .required)
            .field("hub_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .unique(on: "local_authority")
            .create()
        let sql = database as! any SQLDatabase
        struct Hub: Decodable { let id: UUID; let local_authorities: [String] }
        let hubs = try await sql.raw("SELECT id, local_authorities FROM organisations WHERE kind = 'careers_hub' ORDER BY created_at, id")
            .all(decoding: Hub.self)
        var taken: Set<String> = []
        for hub in hubs {
            for code in hub.local_authorities where taken.insert(code).inserted {
                try await HubAreaModel(localAuthority: code, hubID: hub.id).create(on: database)
            }
        }
        try await database.schema(OrganisationModel.schema).deleteField("local_authorities").update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).field("local_authorities", .array(of: .string)).update()
        let sql = database as! any SQLDatabase
        for area in try await HubAreaModel.query(on: database).all() {
            let hub = area.$hub.id
            struct Row: Decodable { let local_authorities: [String]? }
            let current = try await sql.raw("SELECT local_authorities FROM organisations WHERE id = \(bind: hub)").first(decoding: Row.self)
            try await sql.raw(
                "UPDATE organisations SET local_authorities = \(bind: (current?.local_authorities ?? []) + [area.localAuthority]) WHERE id = \(bind: hub)"
            )
            .run()
        }
        try await database.schema(HubAreaModel.schema).delete()
    }
}
