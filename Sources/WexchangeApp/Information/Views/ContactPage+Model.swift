import Foundation

/// Who to ask about what: most questions go to the student's school or the local Careers Hub,
/// which know the placement; the service's own address (`CONTACT_EMAIL`) is for everything else.
struct ContactPage {
    let contactEmail: String?
}
