import Foundation
import WexchangeCore

/// The requests for places a person may see: a provider's to answer, a student's own, a school's.
struct RequestsPage {
    let viewer: Viewer
    let requests: [PlaceRequestReader.Summary]
    /// What just happened (`?done=`), for the success banner.
    var done: Done?
    /// Why an answer was refused (no places left, the request changed), and which request it was.
    var problem: FormProblem?
    var problemRequest: UUID?

    enum Done: String {
        case sent, accepted, declined, withdrawn

        var message: String {
            switch self {
            case .sent: "Request sent. The provider answers by the date shown."
            case .accepted: "Request accepted: the student has been offered the place."
            case .declined: "Request declined. The student has been told."
            case .withdrawn: "Request withdrawn."
            }
        }
    }

    static let reasonField = "reason"

    var forProvider: Bool { viewer.role.organisationKind == .provider }
    var forStaff: Bool { viewer.role == .careersLeader || viewer.role == .schoolStaff }

    var title: String {
        forProvider ? "Requests for places" : forStaff ? "Students' requests for places" : "Your requests for places"
    }

    var waiting: [PlaceRequestReader.Summary] { requests.filter(\.state.isOpen) }
    var answered: [PlaceRequestReader.Summary] { requests.filter { !$0.state.isOpen } }

    /// The id of one request's reason box (each waiting request has its own decline form).
    static func reasonId(_ id: UUID) -> String { "reason-\(id.uuidString.lowercased())" }
}
