import Foundation
import WexchangeCore

// Listings every test target starts from: valid as they are, changed per test.

extension OpportunityInput {
    /// A valid in-person work placement in Newcastle.
    public static func mock(
        _ externalId: String? = nil, postcode: String = "NE1 4ST", _ change: (inout OpportunityInput) -> Void = { _ in }
    ) -> OpportunityInput {
        var input = OpportunityInput()
        input.externalId = externalId
        input.title = "Engineering work placement"
        input.summary = "A week in our design office."
        input.description = "Shadow engineers and join site visits."
        input.type = "work_placement"
        input.mode = "in_person"
        input.sector = "engineering-manufacturing"
        input.stage = "apply_demonstrate"
        input.years = [10, 11]
        input.address = "1 Grainger Street, Newcastle"
        input.postcode = postcode
        input.capacity = 4
        input.hoursPerDay = 7
        input.days = 5
        input.sessions = [.init(start: "2027-07-05", end: "2027-07-09")]
        input.skills = ["teamwork"]
        input.subjects = ["physics", "maths"]
        change(&input)
        return input
    }

    /// A valid virtual careers talk.
    public static func virtualMock(_ externalId: String? = nil) -> OpportunityInput {
        mock(externalId) {
            $0.type = "careers_talk"
            $0.mode = "virtual"
            $0.address = nil
            $0.postcode = nil
            $0.title = "Online careers talk"
        }
    }
}
