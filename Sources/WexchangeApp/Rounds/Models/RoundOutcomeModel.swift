import FluentKit
import Foundation
import WexchangeCore

/// What a round's run decided for one student and why (`RoundOutcome`, as JSON): kept so the
/// result page explains the decision as it was made.
final class RoundOutcomeModel: Model, @unchecked Sendable {
    static let schema = "round_outcomes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "round_id") var round: RoundModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "outcome") var outcomeJSON: String

    init() {}

    var outcome: RoundOutcome {
        get throws { try JSONDecoder().decode(RoundOutcome.self, from: Data(outcomeJSON.utf8)) }
    }

    static let bulkColumns = ["id", "round_id", "student_id", "outcome"]

    static func bulkValues(id: UUID, round: UUID, student: UUID, outcome: RoundOutcome) throws -> [ColumnValue] {
        [.uuid(id), .uuid(round), .uuid(student), .text(String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self))]
    }
}
