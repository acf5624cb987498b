import Foundation
import WexchangeHTML

/// The shared layout: skip link, site header with navigation, one `main` landmark, footer.
enum PageLayout {
    /// `problem`: the page shows an error summary, so its title starts with "Error:" (the first
    /// thing a screen reader says).
    static func render(title: String, viewer: Viewer? = nil, problem: Bool = false, _ content: [Node]) -> HTMLDocument {
        HTMLDocument(
            .html(
                .lang("en"),
                .head(.rendered(headStart), .title(.text("\(problem ? "Error: " : "")\(title) – Wexchange")), .rendered(headEnd)),
                .body(
                    .rendered(skipLink),
                    viewer == nil ? .rendered(signedOutHeader) : header(viewer),
                    .main(.id("main"), .group(content)),
                    .rendered(footer)
                )
            ))
    }

    // What every page has, rendered once (a search page is mostly layout and cards).
    private static let headStart = RenderedHTML(
        .group(.meta(.charset("UTF-8")), .meta(.name("viewport"), .content("width=device-width, initial-scale=1"))))
    private static let headEnd = RenderedHTML(.link(.rel("stylesheet"), .href(SiteRoutes.stylesheet.link)))
    private static let skipLink = RenderedHTML(.a(.class("skip-link"), .href("#main"), "Skip to main content"))
    private static let signedOutHeader = RenderedHTML(header(nil))

    /// The site header: the brand, the navigation this reader's roles use, who is signed in.
    private static func header(_ viewer: Viewer?) -> Node {
        .header(
            .class("site-header"),
            .a(.class("brand"), .href(CatalogueRoutes.search.link), "Wexchange"),
            .nav(
                .ariaLabel("Main"),
                .ul(
                    .if(viewer != nil, .li(.a(.href(AccountRoutes.home.link), "Home"))),
                    .li(.a(.href(CatalogueRoutes.search.link), "Find opportunities")),
                    .if(
                        viewer?.managesListings == true, .li(.a(.href(CatalogueRoutes.providerListings.link), "Your listings"))),
                    .if(viewer?.listsStudents == true, .li(.a(.href(StudentRoutes.students.link), "Students"))),
                    .if(viewer?.seesRounds == true, .li(.a(.href(RoundRoutes.rounds.link), "Rounds"))),
                    .if(viewer?.seesRequests == true, .li(.a(.href(RequestRoutes.requests.link), "Requests"))),
                    .if(viewer?.hasOffers == true, .li(.a(.href(OfferRoutes.offers.link), "Offers"))),
                    .if(viewer?.hostsPlacements == true, .li(.a(.href(OfferRoutes.placements.link), "Placements"))),
                    .if(viewer?.canModerate == true, .li(.a(.href(ModerationRoutes.queue.link), "Moderation"))),
                    .if(viewer?.managesBadges == true, .li(.a(.href(BadgeRoutes.badges.link), "Badges"))),
                    .if(viewer?.moderatesReviews == true, .li(.a(.href(ReviewRoutes.moderation.link), "Review comments"))),
                    .if(
                        viewer?.listsOrganisations == true,
                        .li(.a(.href(OrganisationRoutes.directory(.school)), "Organisations"))),
                    .if(viewer?.readsAuditLog == true, .li(.a(.href(OrganisationRoutes.audit.link), "Audit log"))),
                    .li(.a(.href(CatalogueRoutes.about.link), "About and data sources"))
                )
            ),
            accountArea(viewer),
            phaseBanner
        )
    }

    /// The GOV.UK phase banner: a new service, still changing, that wants to hear from people.
    private static let phaseBanner: Node = .div(
        .class("phase-banner"),
        .p(
            .strong(.class("phase-tag"), "Beta"),
            " This is a new service. ", .a(.href(InformationRoutes.contact.link), "Tell us what you think"),
            " to help us improve it."))

    /// The standard footer: what the service is, and the pages every public service publishes.
    private static let footer = RenderedHTML(
        .footer(
            .class("site-footer"),
            .h2(.class("visually-hidden"), "Support links"),
            .ul(
                .class("footer-links"),
                .li(.a(.href(InformationRoutes.accessibility.link), "Accessibility statement")),
                .li(.a(.href(InformationRoutes.privacy.link), "Privacy notice")),
                .li(.a(.href(InformationRoutes.cookies.link), "Cookies")),
                .li(.a(.href(InformationRoutes.contact.link), "Contact")),
                .li(.a(.href(CatalogueRoutes.about.link), "Data sources and licences"))
            ),
            .p("Wexchange is the national clearing house for school work experience in England.")))

    /// "Sign in", or who is signed in with a link to their account and a sign-out button.
    private static func accountArea(_ viewer: Viewer?) -> Node {
        guard let viewer else {
            return .div(.class("account-area"), .a(.href(AccountRoutes.signIn.link), "Sign in"))
        }
        return .div(
            .class("account-area"),
            .a(.href(AccountRoutes.account.link), .text("\(viewer.name) (\(viewer.role.label))")),
            .a(.href(OrganisationRoutes.organisation.link), .text(viewer.organisationName)),
            postForm(
                AccountRoutes.signOut.link, csrf: viewer.csrfToken,
                [
                    .button(.type("submit"), .class("link-button"), "Sign out")
                ])
        )
    }

    /// A POST form carrying the CSRF token.
    static func postForm(_ action: String, csrf: String, label: String? = nil, class className: String? = nil, _ children: [Node]) -> Node {
        .form(
            .method("post"), .action(action), .class(className), .ariaLabel(label),
            .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
            .group(children))
    }

    /// A labelled control with an optional hint under the label and, when it is to blame, the
    /// error message between them and the control (GOV.UK error message).
    static func labelled(_ id: String, _ label: String, _ control: Node, hint: String? = nil, error: String? = nil) -> Node {
        .div(
            .class(error == nil ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            hint.map { .p(.class("hint"), .id("\(id)-hint"), .text($0)) } ?? .empty,
            errorMessage(error, id: "\(id)-error"),
            control)
    }

    /// The GOV.UK error message: red, above the control, read as "Error: …"; nothing without one.
    static func errorMessage(_ text: String?, id: String? = nil) -> Node {
        text.map { .p(.class("error-message"), .id(id), .span(.class("visually-hidden"), "Error: "), .text($0)) } ?? .empty
    }

    /// A labelled text input with its hint and, from `problem`, its error message.
    static func textField(
        _ name: String, _ label: String, value: String?, type: String = "text", autocomplete: String? = nil, hint: String? = nil,
        required: Bool = false, problem: FormProblem?
    ) -> Node {
        let error = problem?.message(for: name)
        return labelled(
            name, label,
            textInput(
                name, value: value, type: type, autocomplete: autocomplete, hinted: hint != nil, required: required, invalid: error != nil),
            hint: hint, error: error)
    }

    /// A message confirming what just happened, read out by screen readers.
    static func notice(_ text: String?) -> Node {
        text.map { .p(.class("notice"), .role("status"), .text($0)) } ?? .empty
    }

    /// A text input; `hint` is linked to it for screen readers.
    static func textInput(
        _ name: String, value: String?, type: String = "text", autocomplete: String? = nil, inputmode: String? = nil,
        hinted: Bool = false, size: Int? = nil, required: Bool = false, invalid: Bool = false
    ) -> Node {
        .input(
            .type(type), .id(name), .name(name), .value(value), .autocomplete(autocomplete), .inputmode(inputmode),
            .ariaDescribedBy(describedBy(name, hinted: hinted, invalid: invalid)), size.map { Node.size($0) } ?? .empty,
            .required(required), .ariaInvalid(invalid))
    }

    /// The ids of a control's hint and error message, which screen readers read after its label.
    static func describedBy(_ name: String, hinted: Bool, invalid: Bool) -> String? {
        let ids = [hinted ? "\(name)-hint" : nil, invalid ? "\(name)-error" : nil].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    /// A select whose options are (value, label) pairs; `chosen` says which are selected.
    static func select(
        _ name: String, _ options: [(String, String)], hinted: Bool = false, invalid: Bool = false, chosen: (String) -> Bool
    ) -> Node {
        select(name, options.map { ($0, .text($1)) }, hinted: hinted, invalid: invalid, chosen: chosen)
    }

    /// The same with each option's label as a node (a template's hole, say).
    static func select(
        _ name: String, _ options: [(String, Node)], hinted: Bool = false, invalid: Bool = false, chosen: (String) -> Bool
    ) -> Node {
        .select(
            .id(name), .name(name), .ariaDescribedBy(describedBy(name, hinted: hinted, invalid: invalid)), .ariaInvalid(invalid),
            .forEach(options) { value, label in
                .option(.value(value), .selected(chosen(value)), label)
            })
    }

    /// A checkbox with its label after it.
    static func checkbox(name: String, id: String? = nil, value: String = "true", label: String, checked: Bool) -> Node {
        let id = id ?? name
        return .div(
            .class("field checkbox"),
            .input(.type("checkbox"), .id(id), .name(name), .value(value), .checked(checked)),
            .label(.for(id), .text(label)))
    }

    /// A submit button; `secondary` and `danger` style the less usual ones. `context` names what
    /// it acts on for screen readers ("Duplicate Robotics week") when the page shows that nearby.
    static func submit(
        _ label: String, class className: String? = nil, name: String? = nil, value: String? = nil, context: String? = nil
    ) -> Node {
        .button(
            .type("submit"), .class(className), .name(name), .value(value), .text(label),
            context.map { .span(.class("visually-hidden"), .text(" \($0)")) } ?? .empty)
    }
}
