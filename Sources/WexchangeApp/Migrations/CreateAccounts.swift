import FluentKit
import SQLKit

/// Organisations of every kind. Existing providers get their organisation row (same id), so the
/// foundation's providers become one kind of organisation.
struct CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("urn", .int)
            .field("postcode", .string)
            .field("phase", .string)
            .field("local_authority", .string)
            .field("fsm_percent", .double)
            .field("hub_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull))
            .field("local_authorities", .array(of: .string), .required)
            .field("trusted", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "urn")
            .create()
        for provider in try await ProviderModel.query(on: database).all() {
            try await OrganisationModel(id: provider.id, kind: "provider", name: provider.name).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).delete()
    }
}

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}

struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MembershipModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("year_group", .int)
            .field("created_at", .datetime)
            .unique(on: "user_id", "organisation_id", "role")
            .create()
        try await database.schema(ParentLinkModel.schema)
            .id()
            .field("parent_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "parent_id", "student_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ParentLinkModel.schema).delete()
        try await database.schema(MembershipModel.schema).delete()
    }
}

/// Sessions, personal API tokens and one-time tokens: each stored as a hash of its secret.
struct CreateCredentials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("membership_id", .uuid, .required, .references(MembershipModel.schema, "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(AccessTokenModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("membership_id", .uuid, .required, .references(MembershipModel.schema, "id", onDelete: .cascade))
            .field("label", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(OneTimeTokenModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OneTimeTokenModel.schema).delete()
        try await database.schema(AccessTokenModel.schema).delete()
        try await database.schema(SessionModel.schema).delete()
    }
}

struct CreateOutboxAndAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessageModel.schema)
            .id()
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("user_id", .uuid)
            .field("acting_as", .string, .required)
            .field("action", .string, .required)
            .field("subject_type", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("reason", .string)
            .field("at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_log_subject_idx").on(AuditEntryModel.schema).column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
        try await database.schema(OutboxMessageModel.schema).delete()
    }
}

/// Moderation state beside each listing: the content a moderator last approved (for the queue's
/// "what changed"), when it was submitted, and the reason it was returned. Listings published
/// before moderation existed count as approved.
struct AddOpportunityModeration: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("approved_details", .string), ("submitted_at", .datetime), ("moderation_reason", .string),
    ]

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for (column, type) in Self.columns {
            try await database.schema(OpportunityModel.schema).field(column, type).update()
        }
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE opportunities SET approved_details = details WHERE status = 'published'").run()
    }

    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns {
            try await database.schema(OpportunityModel.schema).deleteField(column).update()
        }
    }
}

/// Badge management: which body granted a badge, its evidence, and revocation.
struct AddBadgeManagement: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("body_id", .uuid), ("evidence", .string), ("revoked_at", .datetime), ("revoke_reason", .string),
    ]

    func prepare(on database: any Database) async throws {
        for (column, type) in Self.columns {
            try await database.schema(ProviderBadgeModel.schema).field(column, type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns {
            try await database.schema(ProviderBadgeModel.schema).deleteField(column).update()
        }
    }
}
