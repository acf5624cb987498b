import Foundation
import WexchangeHTML
import WexchangeCore

extension ModerationItemPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Review: \(item.title)", viewer: viewer, problem: problem != nil,
            [
                .p(.a(.href(ModerationRoutes.queue.link), "Back to the queue")),
                problem?.summary ?? .empty,
                .h1(.text("Review: \(item.title)")),
                .p(
                    .class("provider"),
                    .text(
                        "\(item.providerName) · \(item.isVirtual ? "online" : item.postcode ?? "") · waiting since \(DateStyle.moment(item.submittedAt))"
                    )),
                warningBanner,
                .h2(.text(stateHeading)),
                .p(.text(stateExplanation)),
                SummaryList.render(lines),
                .h2("Preview of the public page"),
                .div(
                    .class("preview"),
                    ListingDetailsView(details: item.details, providerName: item.providerName, titleLevel: 3).node),
                .h2("Decision"),
                isTakeDown
                    ? .empty
                    : PageLayout.postForm(
                        ModerationRoutes.approve.link(item.id), csrf: viewer.csrfToken, label: "Approve",
                        [
                            PageLayout.submit(item.isChange ? "Approve and publish the change" : "Approve and publish")
                        ]),
                PageLayout.postForm(
                    ModerationRoutes.returnListing.link(item.id), csrf: viewer.csrfToken, label: "Return to the provider",
                    [
                        PageLayout.labelled(
                            "reason", "Reason for returning it",
                            .textarea(
                                .id("reason"), .name("reason"), .rows(4),
                                .ariaDescribedBy(PageLayout.describedBy("reason", hinted: true, invalid: problem?.field == "reason")),
                                .ariaInvalid(problem?.field == "reason")),
                            hint: "The provider sees this. Say what to change.", error: problem?.message(for: "reason")),
                        PageLayout.submit(
                            isTakeDown ? "Take it down and return it" : item.isChange ? "Return the change" : "Return to the provider",
                            class: "danger"),
                    ]),
            ])
    }

    /// The GOV.UK warning text, one line per thing to check.
    private var warningBanner: Node {
        let warnings = self.warnings
        guard !warnings.isEmpty else { return .empty }
        return .div(
            .class("warning-banner"), .role("region"), .ariaLabel("Check before approving"),
            .h2("Check before approving"),
            .ul(.forEach(warnings) { .li(.text($0)) }))
    }
}
