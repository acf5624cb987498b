import FluentKit
import Foundation

/// A provider's uploaded listings CSV between its preview and the confirmation. Deleted when
/// imported or cancelled, and swept an hour after upload.
final class PendingListingImportModel: Model, @unchecked Sendable {
    static let schema = "listing_imports"
    static let lifetime: TimeInterval = 3600

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: ProviderModel
    @Field(key: "user_id") var userId: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: Data
    @Field(key: "full") var full: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(providerId: UUID, userId: UUID, fileName: String, content: Data, full: Bool, at: Date) {
        self.$provider.id = providerId
        self.userId = userId
        self.fileName = fileName
        self.content = content
        self.full = full
        self.createdAt = at
    }
}
