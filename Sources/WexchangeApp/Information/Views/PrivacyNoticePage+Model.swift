import Foundation

/// The privacy notice: what Wexchange holds about whom, who may see it, how long it is kept. It
/// describes what the service does today; change it with the code that changes what is held.
struct PrivacyNoticePage {
    /// Where to ask about or for your information; nil when this copy has no address set.
    let contactEmail: String?
}
