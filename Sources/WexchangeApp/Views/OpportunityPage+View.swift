import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

/// The detail page of one published listing.
struct OpportunityPageModel: PageView {
    let entry: CatalogueEntry
    let provider: CatalogueProvider?
    let today: CalendarDate
    var viewer: Viewer?
    var reviews: [ReviewDesk.Shown] = []
    /// Set when the viewer may rate: their organisation's current review, if any.
    var rating: RatingForm?
    var notice: String?
    var problem: FormProblem?

    struct RatingForm {
        var stars: Int?
        var comment: String?
    }

    var document: HTMLDocument {
        let details = entry.details
        func row(_ term: String, _ value: String) -> Node { .div(.dt(.text(term)), .dd(.text(value))) }
        func list<T: Taxonomy>(_ values: [T]) -> String { values.isEmpty ? "None listed" : values.map(\.label).joined(separator: ", ") }
        return PageLayout.render(title: details.title, viewer: viewer, [
            .p(.a(.href(Routes.Link.search), "Back to search")),
            PageLayout.notice(notice),
            problem?.summary ?? .empty,
            .h1(.text(details.title)),
            .p(.class("provider"), .text("Offered by \(provider?.name ?? "a provider")")),
            OpportunityCard.badges(provider?.currentBadges(on: today) ?? []),
            .p(.class("lead"), .text(details.summary)),
            details.description.isEmpty ? .empty : .section(.ariaLabel("Description"), .group(
                details.description.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) })),
            .h2("Key facts"),
            .dl(.class("facts"),
                row("Type", details.type.label),
                row("Sector", details.sector.label),
                row("Stage", details.stage.label),
                row("Year groups", details.years.map { "Year \($0)" }.joined(separator: ", ")),
                row("Where", details.location.map { "\($0.address), \($0.postcode)" + (details.mode == .hybrid ? " and online" : "") } ?? "Online"),
                row("When", OpportunityCard.dates(details.schedule)),
                row("Duration", "\(details.days) day\(details.days == 1 ? "" : "s"), \(details.hoursPerDay.formatted()) hours a day"),
                row("Places left", "\(entry.placesLeft) of \(details.capacity)"),
                row("Apply by", details.applicationDeadline?.description ?? "No deadline given")),
            .h2("What students gain"),
            .dl(.class("facts"),
                row("Skills", list(details.skills)),
                row("Subjects", list(details.subjects)),
                row("Intended outcomes", details.outcomes.isEmpty ? "None listed" : details.outcomes.joined(separator: "; "))),
            .h2("Support and safeguarding"),
            .dl(.class("facts"),
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
            .if(!reviews.isEmpty, .ul(.class("results"), .forEach(reviews) { review in
                .li(.class("card"),
                    .p(.strong(.text("\(review.stars) out of 5")), .text(" from \(review.organisationName)")),
                    review.comment.map { .p(.text($0)) } ?? .empty,
                    .if(review.comment != nil && viewer != nil, PageLayout.postForm(Routes.Link.reviewReport(review.id), csrf: viewer?.csrfToken ?? "",
                                                                                  label: "Report this comment", [
                        PageLayout.submit("Report abuse", class: "secondary"),
                    ])))
            })),
            rating.map(ratingForm) ?? .empty
        )
    }

    private func ratingForm(_ form: RatingForm) -> Node {
        .group(
            .h3(.text(form.stars == nil ? "Rate this provider" : "Change your organisation's rating")),
            PageLayout.postForm(Routes.Link.review(entry.id), csrf: viewer?.csrfToken ?? "", label: "Rate this provider", [
                .fieldset(.id("stars"),
                    .legend("Stars"),
                    .forEach(1...5) { (star: Int) -> Node in
                        .div(.class("field checkbox"),
                             .input(.type("radio"), .id("stars-\(star)"), .name("stars"), .value("\(star)"), .checked(form.stars == star)),
                             .label(.for("stars-\(star)"), .text("\(star) star\(star == 1 ? "" : "s")")))
                    }),
                PageLayout.labelled("comment", "Comment (optional)",
                                    .textarea(.id("comment"), .name("comment"), .rows(4), .ariaDescribedBy("comment-hint"), .text(form.comment ?? "")),
                                    hint: "Shown once a national admin has read it. Do not name students."),
                PageLayout.submit("Save rating"),
            ])
        )
    }
}

struct AboutPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(title: "About and data sources", [
            .h1("About Wexchange"),
            .p("Wexchange is the national clearing house for school work experience in England: providers list opportunities, schools and students find them, and scarce places are allocated fairly, disadvantaged students first."),
            .h2("Data sources and licences"),
            .p("Postcode locations, local authorities and school information come from UK public-sector open data, used under the ",
               .a(.href("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"), "Open Government Licence v3.0"), "."),
            .ul(
                .li("Contains OS data © Crown copyright and database right 2024."),
                .li("Contains Royal Mail data © Royal Mail copyright and database right 2024."),
                .li("Contains National Statistics data © Crown copyright and database right 2024."),
                .li("Local-authority codes per postcode also use Code-Point Open 2022: © Crown copyright and database right 2022; © Royal Mail copyright and database right 2022."),
                .li("Occupational routes: Institute for Apprenticeships and Technical Education (now Skills England), under the Open Government Licence v3.0."),
                .li("Schools: Department for Education, Schools, pupils and their characteristics 2022/23 and Get Information about Schools (July 2025), under the Open Government Licence v3.0.")
            ),
            .p("Distances are great-circle distances between postcode locations; they are not travel distances."),
            .h2("For developers"),
            .p("The JSON API is described by its ", .a(.href(Routes.Link.openAPI), "OpenAPI document"), "."),
        ])
    }
}

struct ErrorPage: PageView {
    let error: AppError

    var document: HTMLDocument {
        let title = switch error.status.code {
        case 404: "Page not found"
        case 400..<500: "There is a problem with this request"
        default: "Sorry, something went wrong"
        }
        return PageLayout.render(title: title, [
            .h1(.text(title)),
            .p(.text(error.message)),
            .p(.a(.href(Routes.Link.search), "Go to the search page")),
        ])
    }
}
