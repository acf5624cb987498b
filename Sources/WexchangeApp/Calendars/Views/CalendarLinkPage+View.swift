import Foundation
import WexchangeCore
import WexchangeHTML

extension CalendarLinkPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer,
            [
                .p(
                    .a(
                        .class("back-link"), .href(forStudent ? OfferRoutes.offers.link : OfferRoutes.placements.link),
                        .text(forStudent ? "Back to your offers" : "Back to placements"))),
                stopped
                    ? NotificationBanner.render(title: "Success", heading: "Your calendar link has stopped working.", success: true)
                    : .empty,
                .h1(.text(title)),
                .p(
                    "Add your confirmed placements to Google Calendar, Outlook or Apple Calendar, and they stay up to date there: copy your private link into the app where it says “subscribe to calendar” or “add calendar from URL”."
                ),
                .p(.text(shows + " If it reaches someone it should not, make a new link: the old one stops working at once.")),
                newAddress.map(address) ?? .empty,
                madeAt.map { .p(.text("Your link was made on \(DateStyle.day(CalendarDate($0))).")) } ?? .p("You have no calendar link."),
                PageLayout.postForm(
                    CalendarRoutes.link.link, csrf: viewer.csrfToken, label: "Make a calendar link",
                    [PageLayout.submit(madeAt == nil ? "Make a calendar link" : "Make a new link (the old one stops)")]),
                madeAt == nil
                    ? .empty
                    : PageLayout.postForm(
                        CalendarRoutes.stop.link, csrf: viewer.csrfToken, label: "Stop the calendar link",
                        [PageLayout.submit("Stop the link", class: "secondary")]),
            ])
    }

    /// The new address in a box that is easy to select and copy, shown this once.
    private func address(_ address: String) -> Node {
        .div(
            .class("notice"), .role("status"),
            PageLayout.labelled(
                Self.addressField, "Your private calendar link",
                .input(
                    .type("text"), .id(Self.addressField), .value(address), .readonly(),
                    .ariaDescribedBy("\(Self.addressField)-hint"), .spellcheck(false)),
                hint: "Copy it now: it is not shown again."))
    }
}
