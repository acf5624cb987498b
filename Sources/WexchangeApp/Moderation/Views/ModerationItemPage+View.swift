import Foundation
import WexchangeHTML
import WexchangeCore

extension ModerationItemPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Review: \(item.title)", viewer: viewer, problem: problem != nil,
            [
                .p(.a(.href(ModerationRoutes.queue.link), "Back to the queue")),
                .h1(.text("Review: \(item.title)")),
                problem?.summary ?? .empty,
                .p(
                    .class("provider"),
                    .text(
                        "\(item.providerName) · \(item.isVirtual ? "online" : item.postcode ?? "") · waiting since \(DateStyle.moment(item.submittedAt))"
                    )),
                .h2(.text(item.isNew ? "New listing: every field" : "What changed since the approved version")),
                .table(
                    .caption(.text(item.isNew ? "Fields of the new listing" : "Changed fields")),
                    .thead(.tr(.th("Field"), .th("Approved version"), .th("Waiting version"))),
                    .tbody(
                        .forEach(item.changes) { change in
                            .tr(
                                .th(.scope("row"), .text(change.field)),
                                .td(.text(change.before ?? "—")), .td(.text(change.after ?? "—")))
                        })
                ),
                .h2("Decision"),
                PageLayout.postForm(
                    ModerationRoutes.approve.link(item.id), csrf: viewer.csrfToken, label: "Approve",
                    [
                        PageLayout.submit("Approve and publish")
                    ]),
                PageLayout.postForm(
                    ModerationRoutes.returnListing.link(item.id), csrf: viewer.csrfToken, label: "Return to the provider",
                    [
                        PageLayout.labelled(
                            "reason", "Reason for returning it",
                            .textarea(.id("reason"), .name("reason"), .rows(4), .ariaDescribedBy("reason-hint")),
                            hint: "The provider sees this. Say what to change."),
                        PageLayout.submit("Return to the provider", class: "danger"),
                    ]),
            ])
    }
}
