import Foundation
import WexchangeHTML
import WexchangeCore

extension OrganisationKind {
    /// One of the kind, in a sentence: "a Careers Hub", "a school".
    var singular: String {
        switch self {
        case .school: "school"
        case .provider: "provider"
        case .careersHub: "Careers Hub"
        case .nationalConvenor: "national convenor"
        case .accreditationBody: "accreditation body"
        }
    }

    var label: String {
        switch self {
        case .school: "Schools and colleges"
        case .provider: "Providers"
        case .careersHub: "Careers Hubs"
        case .nationalConvenor: "National convenor"
        case .accreditationBody: "Accreditation bodies"
        }
    }
}
