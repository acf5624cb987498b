import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension OpportunityPage: PageView {
    var document: HTMLDocument {
        let details = entry.details
        func row(_ term: String, _ value: String) -> Node { .div(.dt(.text(term)), .dd(.text(value))) }
        func list<T: Taxonomy>(_ values: [T]) -> String { values.isEmpty ? "None listed" : values.map(\.label).joined(separator: ", ") }
        return PageLayout.render(
            title: details.title, viewer: viewer, problem: problem != nil,
            [
                .p(.a(.href(CatalogueRoutes.search.link), "Back to search")),
                PageLayout.notice(notice),
                problem?.summary ?? .empty,
                .h1(.text(details.title)),
                .p(.class("provider"), .text("Offered by \(provider?.name ?? "a provider")")),
                OpportunityCard.badges(provider?.currentBadges(on: today) ?? []),
                .p(.class("lead"), .text(details.summary)),
                details.description.isEmpty
                    ? .empty
                    : .section(
                        .ariaLabel("Description"),
                        .group(
                            details.description.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) })),
                .h2("Key facts"),
                .dl(
                    .class("facts"),
                    row("Type", details.type.label),
                    row("Sector", details.sector.label),
                    row("Stage", details.stage.label),
                    row("Year groups", details.years.map { "Year \($0)" }.joined(separator: ", ")),
                    row(
                        "Where",
                        details.location.map { "\($0.address), \($0.postcode)" + (details.mode == .hybrid ? " and online" : "") }
                            ?? "Online"),
                    row("When", OpportunityCard.dates(details.schedule)),
                    row("Duration", "\(details.days) day\(details.days == 1 ? "" : "s"), \(details.hoursPerDay.formatted()) hours a day"),
                    row("Places left", "\(entry.placesLeft) of \(details.capacity)"),
                    row("Apply by", details.applicationDeadline.map(DateStyle.day) ?? "No deadline given")),
                .h2("What students gain"),
                .dl(
                    .class("facts"),
                    row("Skills", list(details.skills)),
                    row("Subjects", list(details.subjects)),
                    row("Intended outcomes", details.outcomes.isEmpty ? "None listed" : details.outcomes.joined(separator: "; "))),
                .h2("Support and safeguarding"),
                .dl(
                    .class("facts"),
                    row("SEND adjustments", list(details.sendAdjustments) + (details.sendOther.map { ": \($0)" } ?? "")),
                    row("Supervisor has an enhanced DBS check", details.supervisorDbsChecked ? "Yes" : "Not stated")),
                ratings,
            ])
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
                            .p(.strong(.text("\(review.stars) out of 5")), .text(" from \(review.organisationName)")),
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
            rating.map(ratingForm) ?? .empty
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
