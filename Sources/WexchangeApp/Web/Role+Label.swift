import Foundation
import WexchangeCore

extension Role {
    /// How the role reads on pages.
    var label: String {
        switch self {
        case .careersLeader: "Careers leader"
        case .schoolStaff: "School staff"
        case .student: "Student"
        case .parent: "Parent or carer"
        case .providerAdmin: "Provider admin"
        case .providerStaff: "Provider staff"
        case .hubCoordinator: "Hub coordinator"
        case .nationalAdmin: "National admin"
        case .assessor: "Assessor"
        }
    }
}
