import Foundation
import WexchangeHTML

/// Comments waiting for a national admin: new, edited or reported.
struct ReviewModerationPage: PageView {
    let viewer: Viewer
    let pending: [ReviewDesk.Pending]
    var notice: String?

    var document: HTMLDocument {
        PageLayout.render(title: "Review comments to check", viewer: viewer, [
            .h1("Review comments to check"),
            PageLayout.notice(notice),
            .p(.text(pending.isEmpty ? "No comments are waiting." : "\(pending.count) waiting; reported ones first.")),
            .ul(.class("results"), .forEach(pending) { review in
                .li(.class("card"),
                    .h2(.a(.href(Routes.Link.opportunity(review.opportunityId)), .text(review.opportunityTitle))),
                    .p(.text("\(review.stars) out of 5 from \(review.organisationName)"
                             + (review.reports > 0 ? " · reported \(review.reports) time\(review.reports == 1 ? "" : "s")" : ""))),
                    .blockquote(.text(review.comment)),
                    PageLayout.postForm(Routes.Link.reviewDecision(review.id, show: true), csrf: viewer.csrfToken, label: "Show this comment", [
                        PageLayout.submit("Show comment"),
                    ]),
                    PageLayout.postForm(Routes.Link.reviewDecision(review.id, show: false), csrf: viewer.csrfToken, label: "Hide this comment", [
                        PageLayout.submit("Hide comment", class: "danger"),
                    ]))
            }),
        ])
    }
}
