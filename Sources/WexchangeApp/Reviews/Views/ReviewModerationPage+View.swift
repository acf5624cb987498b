import Foundation
import WexchangeHTML

extension ReviewModerationPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Review comments to check", viewer: viewer,
            [
                .h1("Review comments to check"),
                PageLayout.notice(notice),
                .p(.text(pending.isEmpty ? "No comments are waiting." : "\(pending.count) waiting; reported ones first.")),
                .ul(
                    .class("results"),
                    .forEach(pending) { review in
                        .li(
                            .class("card"),
                            .h2(.a(.href(CatalogueRoutes.opportunity.link(review.opportunityId)), .text(review.opportunityTitle))),
                            .p(
                                .text(
                                    "\(review.stars) out of 5 from \(review.organisationName)"
                                        + (review.reports > 0 ? " · reported \(review.reports) time\(review.reports == 1 ? "" : "s")" : ""))
                            ),
                            .blockquote(.text(review.comment)),
                            PageLayout.postForm(
                                ReviewRoutes.show.link(review.id), csrf: viewer.csrfToken, label: "Show this comment",
                                [
                                    PageLayout.submit("Show comment")
                                ]),
                            PageLayout.postForm(
                                ReviewRoutes.hide.link(review.id), csrf: viewer.csrfToken, label: "Hide this comment",
                                [
                                    PageLayout.submit("Hide comment", class: "danger")
                                ]))
                    }),
            ])
    }
}
