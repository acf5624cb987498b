import FluentKit
import Foundation

/// One organisation's rating of an opportunity's provider: one per organisation per
/// opportunity, editable. Stars count at once; the comment waits for a national admin.
final class ReviewModel: Model, @unchecked Sendable {
    static let schema = "reviews"

    enum CommentStatus: String {
        /// No comment, only stars.
        case none
        /// Waiting for a national admin (new, edited, or reported).
        case pending
        case visible
        /// Read and not shown.
        case hidden
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "opportunity_id") var opportunity: OpportunityModel
    @Parent(key: "provider_id") var provider: ProviderModel
    /// The rating organisation (a school or Careers Hub).
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    /// Who last wrote it.
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "stars") var stars: Int
    @OptionalField(key: "comment") var comment: String?
    @Field(key: "comment_status") var commentStatus: String
    @Field(key: "reports") var reports: Int
    /// Given before ratings needed a finished placement (`ReviewParticipation`): still counted,
    /// and marked so where it is shown.
    @Field(key: "given_before_participation") var givenBeforeParticipation: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(opportunityID: UUID, providerID: UUID, organisationID: UUID, userID: UUID) {
        self.$opportunity.id = opportunityID
        self.$provider.id = providerID
        self.$organisation.id = organisationID
        self.$user.id = userID
        self.stars = 0
        self.commentStatus = CommentStatus.none.rawValue
        self.reports = 0
        self.givenBeforeParticipation = false
    }
}
