import FluentKit
import Foundation

/// An uploaded cohort file between its preview and the careers leader's confirmation. Personal
/// data: deleted when imported or cancelled, and swept an hour after upload.
final class PendingStudentImportModel: Model, @unchecked Sendable {
    static let schema = "student_imports"
    static let lifetime: TimeInterval = 3600

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: OrganisationModel
    @Field(key: "user_id") var userId: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: Data
    @Field(key: "full") var full: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(schoolId: UUID, userId: UUID, fileName: String, content: Data, full: Bool, at: Date) {
        self.$school.id = schoolId
        self.userId = userId
        self.fileName = fileName
        self.content = content
        self.full = full
        self.createdAt = at
    }
}
