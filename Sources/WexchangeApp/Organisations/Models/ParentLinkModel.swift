import FluentKit
import Foundation

/// A parent or carer's link to a student (both users).
final class ParentLinkModel: Model, @unchecked Sendable {
    static let schema = "parent_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "parent_id") var parent: UserModel
    @Parent(key: "student_id") var student: UserModel
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(parentID: UUID, studentID: UUID) {
        self.$parent.id = parentID
        self.$student.id = studentID
    }
}
