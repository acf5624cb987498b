import Foundation

/// A rating of an opportunity's provider: 1 to 5 stars and an optional comment. Stars count at
/// once; a comment shows only after a national admin has read it.
public enum ReviewRules {
    public static let maxCommentLength = 2_000

    public struct Review: Sendable, Hashable {
        public let stars: Int
        public let comment: String?
    }

    public static func validate(stars rawStars: String?, comment rawComment: String?) -> Result<Review, ValidationFailure> {
        var errors: [FieldError] = []
        let starsText = rawStars?.trimmingCharacters(in: .whitespaces) ?? ""
        let stars = Int(starsText)
        if starsText.isEmpty {
            errors.append(FieldError("stars", "is required: choose 1 to 5 stars"))
        } else if stars == nil || !(1...5).contains(stars!) {
            errors.append(FieldError("stars", "'\(starsText)' is not allowed; a whole number of stars from 1 to 5"))
        }
        let comment = rawComment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if comment.count > maxCommentLength { errors.append(FieldError("comment", "must be at most \(maxCommentLength) characters")) }
        guard errors.isEmpty, let stars else { return .failure(ValidationFailure(errors)) }
        return .success(Review(stars: stars, comment: comment.isEmpty ? nil : comment))
    }
}

/// A provider's rating: the mean of every review's stars.
public struct ProviderRating: Sendable, Hashable, Codable {
    public let average: Double
    public let count: Int

    public init(average: Double, count: Int) {
        self.average = average
        self.count = count
    }

    public init?(stars: [Int]) {
        guard !stars.isEmpty else { return nil }
        self.init(average: Double(stars.reduce(0, +)) / Double(stars.count), count: stars.count)
    }

    /// One decimal, as pages show it ("4.3").
    public var rounded: String { String(format: "%.1f", (average * 10).rounded() / 10) }
}
