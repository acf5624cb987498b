import FluentKit
import Foundation

/// A request for a password-reset link, queued as it arrives and answered in the background, so
/// that the answer to the form takes the same time whether or not the address has an account.
final class PasswordResetRequestModel: Model, @unchecked Sendable {
    static let schema = "password_reset_requests"

    @ID(key: .id) var id: UUID?
    /// Normalised (lower case, trimmed); possibly no account's.
    @Field(key: "email") var email: String
    /// The network address it came from, for the per-address limit.
    @Field(key: "address") var address: String
    @Field(key: "requested_at") var requestedAt: Date
    @OptionalField(key: "processed_at") var processedAt: Date?

    init() {}

    init(email: String, address: String, requestedAt: Date) {
        self.email = email
        self.address = address
        self.requestedAt = requestedAt
    }
}
