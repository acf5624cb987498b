import Foundation
import WexchangeCore

/// A student's offers, or a parent's children's: each with where it stands and what to do next.
struct OffersPage {
    let viewer: Viewer
    /// Whether the reader is a parent (the page names the child, and consent is theirs to give).
    let forParent: Bool
    let offers: [OfferReader.Summary]

    var title: String { forParent ? "Your children's offers" : "Your offers" }

    /// What the reader does next about an offer, if anything.
    func nextStep(_ offer: OfferReader.Summary) -> String? {
        switch (offer.state, forParent) {
        case (.offered, false): "Answer by \(offer.deadline.longText)"
        case (.offered, true): "\(offer.studentName) answers by \(offer.deadline.longText)"
        case (.accepted, true): "Give or refuse consent"
        case (.accepted, false): "Waiting for a parent or carer's consent"
        default: nil
        }
    }
}
