import Foundation
import WexchangeCore
import WexchangeHTML

extension OffersPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer,
            [
                .h1(.text(title)),
                offers.isEmpty
                    ? .p(
                        .text(
                            forParent
                                ? "None yet. When your child is offered a work experience place, it appears here."
                                : "None yet. When a round you took part in is published, your offer appears here."))
                    : DataTable(
                        caption: forParent ? "Offers to your children" : "Your offers",
                        columns: columns, rows: offers
                    ).render(),
                forParent ? .empty : .p(.a(.href(CalendarRoutes.link.link), "Add your placements to your calendar")),
            ])
    }

    private var columns: [DataTable<OfferReader.Summary>.Column] {
        var columns: [DataTable<OfferReader.Summary>.Column] = []
        if forParent { columns.append(.init(heading: "Student") { .text($0.studentName) }) }
        columns += [
            .init(heading: "Placement") { offer in
                .group(.a(.href(OfferRoutes.offer.link(offer.id)), .text(offer.title)), .p(.class("hint"), .text(offer.providerName)))
            },
            .init(heading: "Where it stands") { .strong(.class("tag"), .text($0.state.label)) },
            .init(heading: "Next") { offer in
                guard let step = nextStep(offer) else { return .text("Nothing to do") }
                let link = offer.state == .accepted && forParent ? OfferRoutes.consent.link(offer.id) : OfferRoutes.offer.link(offer.id)
                return .a(.href(link), .text(step), .span(.class("visually-hidden"), .text(": \(offer.title)")))
            },
        ]
        return columns
    }
}
