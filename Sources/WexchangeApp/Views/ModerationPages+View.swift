import Foundation
import WexchangeHTML
import WexchangeCore

struct ModerationQueuePage: PageView {
    let viewer: Viewer
    let items: [ModerationDesk.Item]
    var notice: String?

    var document: HTMLDocument {
        PageLayout.render(title: "Listings waiting for approval", viewer: viewer, [
            .h1("Listings waiting for approval"),
            PageLayout.notice(notice),
            .p(.text(items.isEmpty ? "Nothing is waiting for you." : "\(items.count) waiting, oldest first.")),
            items.isEmpty ? .empty : .table(
                .caption("Waiting listings"),
                .thead(.tr(.th("Listing"), .th("Provider"), .th("Where"), .th("Waiting since"), .th("Changes"))),
                .tbody(.forEach(items) { item in
                    .tr(
                        .td(.a(.href(Routes.Link.moderationItem(item.id)), .text(item.title))),
                        .td(.text(item.providerName)),
                        .td(.text(item.isVirtual ? "Online" : item.postcode ?? "")),
                        .td(.text(Self.format(item.submittedAt))),
                        .td(.text(item.isNew ? "New listing" : "\(item.changes.count) field\(item.changes.count == 1 ? "" : "s") changed"))
                    )
                })
            ),
        ])
    }

    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = "d MMM yyyy, HH:mm"
        return formatter.string(from: date)
    }
}

struct ModerationItemPage: PageView {
    let viewer: Viewer
    let item: ModerationDesk.Item
    var problem: FormProblem?

    var document: HTMLDocument {
        PageLayout.render(title: "Review: \(item.title)", viewer: viewer, [
            .p(.a(.href(Routes.Link.moderation), "Back to the queue")),
            .h1(.text("Review: \(item.title)")),
            problem?.summary ?? .empty,
            .p(.class("provider"), .text("\(item.providerName) · \(item.isVirtual ? "online" : item.postcode ?? "") · waiting since \(ModerationQueuePage.format(item.submittedAt))")),
            .h2(.text(item.isNew ? "New listing: every field" : "What changed since the approved version")),
            .table(
                .caption(.text(item.isNew ? "Fields of the new listing" : "Changed fields")),
                .thead(.tr(.th("Field"), .th("Approved version"), .th("Waiting version"))),
                .tbody(.forEach(item.changes) { change in
                    .tr(.th(.scope("row"), .text(change.field)),
                        .td(.text(change.before ?? "—")), .td(.text(change.after ?? "—")))
                })
            ),
            .h2("Decision"),
            PageLayout.postForm(Routes.Link.moderationApprove(item.id), csrf: viewer.csrfToken, label: "Approve", [
                PageLayout.submit("Approve and publish"),
            ]),
            PageLayout.postForm(Routes.Link.moderationReturn(item.id), csrf: viewer.csrfToken, label: "Return to the provider", [
                PageLayout.labelled("reason", "Reason for returning it",
                                    .textarea(.id("reason"), .name("reason"), .rows(4), .ariaDescribedBy("reason-hint")),
                                    hint: "The provider sees this. Say what to change."),
                PageLayout.submit("Return to the provider", class: "danger"),
            ]),
        ])
    }
}
