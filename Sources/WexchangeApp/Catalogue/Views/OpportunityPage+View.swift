import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension OpportunityPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: entry.details.title, viewer: viewer, problem: problem != nil,
            [
                .p(.a(.class("back-link"), .href(backLink), .text(search == nil ? "Find other opportunities" : "Back to search results"))),
                PageLayout.notice(notice),
                problem?.summary ?? .empty,
                closedText.map { .p(.class("inset"), .strong(.class("tag closed"), "Applications closed"), .text(" "), .text($0)) }
                    ?? .empty,
                ListingDetailsView(
                    details: entry.details, providerName: provider?.name, badges: provider?.currentBadges(on: today) ?? [],
                    placesLeft: entry.placesLeft
                ).node,
                whereAndHow,
                ratings,
            ])
    }

    /// How far it is and how to find it, then what happens next for this reader.
    private var whereAndHow: Node {
        .group(
            distanceKm.map { km in
                .p(.text("\(DistanceStyle.text(km)) from \(search?.near?.postcode.description ?? "your postcode")."))
            } ?? .empty,
            mapLink.map { .p(.a(.href($0), "Open the location in OpenStreetMap", .span(.class("visually-hidden"), " (another website)"))) }
                ?? .empty,
            .section(
                .ariaLabelledBy("next-steps"),
                .h2(.id("next-steps"), "What happens next"),
                .ol(.forEach(nextSteps) { .li(.text($0)) }),
                closedText == nil ? requestLink.map { .p(.a(.class("button"), .href($0), "Request a place")) } ?? .empty : .empty))
    }

    private var ratings: Node {
        .section(
            .ariaLabel("Ratings"),
            .h2("Ratings by schools and Careers Hubs"),
            .p(.text("\(provider?.name ?? "This provider"): \(OpportunityCard.rating(provider?.rating)).")),
            .if(
                !reviews.isEmpty,
                .ul(
                    .class("results"),
                    .forEach(reviews) { review in
                        .li(
                            .class("card"),
                            .p(
                                .strong(.text("\(review.stars) out of 5")), .text(" from \(review.organisationName)"),
                                review.givenBeforeParticipation
                                    ? .span(.class("was"), " (given before ratings needed a finished placement)") : .empty),
                            review.comment.map { .p(.text($0)) } ?? .empty,
                            .if(
                                review.comment != nil && viewer != nil,
                                PageLayout.postForm(
                                    ReviewRoutes.report.link(review.id), csrf: viewer?.csrfToken ?? "",
                                    label: "Report this comment",
                                    [
                                        PageLayout.submit("Report abuse", class: "secondary")
                                    ])))
                    })),
            rating.map(ratingForm) ?? .empty,
            mayRateLater
                ? .p(
                    .text(
                        "You can rate \(provider?.name ?? "this provider") once one of your students has finished a placement with them."))
                : .empty
        )
    }

    private func ratingForm(_ form: RatingForm) -> Node {
        .group(
            .h3(.text(form.stars == nil ? "Rate this provider" : "Change your organisation's rating")),
            PageLayout.postForm(
                ReviewRoutes.rate.link(entry.id), csrf: viewer?.csrfToken ?? "", label: "Rate this provider",
                [
                    .fieldset(
                        .id("stars"),
                        .legend("Stars"),
                        .forEach(1...5) { (star: Int) -> Node in
                            .div(
                                .class("field checkbox"),
                                .input(
                                    .type("radio"), .id("stars-\(star)"), .name("stars"), .value("\(star)"), .checked(form.stars == star)),
                                .label(.for("stars-\(star)"), .text("\(star) star\(star == 1 ? "" : "s")")))
                        }),
                    PageLayout.labelled(
                        "comment", "Comment (optional)",
                        .textarea(.id("comment"), .name("comment"), .rows(4), .ariaDescribedBy("comment-hint"), .text(form.comment ?? "")),
                        hint: "Shown once a national admin has read it. Do not name students."),
                    PageLayout.submit("Save rating"),
                ])
        )
    }
}
