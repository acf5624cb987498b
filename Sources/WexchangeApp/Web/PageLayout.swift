import Foundation
import WexchangeHTML

/// The shared layout: skip link, site header with navigation, one `main` landmark, footer.
enum PageLayout {
    static func render(title: String, viewer: Viewer? = nil, _ content: [Node]) -> HTMLDocument {
        HTMLDocument(
            .html(
                .lang("en"),
                .head(
                    .meta(.charset("UTF-8")),
                    .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                    .title(.text("\(title) – Wexchange")),
                    .link(.rel("stylesheet"), .href(SiteRoutes.stylesheet.link))
                ),
                .body(
                    .a(.class("skip-link"), .href("#main"), "Skip to main content"),
                    .header(
                        .class("site-header"),
                        .a(.class("brand"), .href(CatalogueRoutes.search.link), "Wexchange"),
                        .nav(
                            .ariaLabel("Main"),
                            .ul(
                                .li(.a(.href(CatalogueRoutes.search.link), "Find opportunities")),
                                .if(
                                    viewer?.managesListings == true, .li(.a(.href(CatalogueRoutes.providerListings.link), "Your listings"))),
                                .if(viewer?.canModerate == true, .li(.a(.href(ModerationRoutes.queue.link), "Moderation"))),
                                .if(viewer?.managesBadges == true, .li(.a(.href(BadgeRoutes.badges.link), "Badges"))),
                                .if(viewer?.moderatesReviews == true, .li(.a(.href(ReviewRoutes.moderation.link), "Review comments"))),
                                .if(
                                    viewer?.listsOrganisations == true,
                                    .li(.a(.href(OrganisationRoutes.directory(.school)), "Organisations"))),
                                .if(viewer?.readsAuditLog == true, .li(.a(.href(OrganisationRoutes.audit()), "Audit log"))),
                                .li(.a(.href(CatalogueRoutes.about.link), "About and data sources"))
                            )
                        ),
                        accountArea(viewer)
                    ),
                    .main(.id("main"), .group(content)),
                    .footer(
                        .class("site-footer"),
                        .p(
                            "Wexchange is the national clearing house for school work experience in England. ",
                            .a(.href(CatalogueRoutes.about.link), "Data sources and licences"), ".")
                    )
                )
            ))
    }

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

    /// A labelled control with an optional hint under the label.
    static func labelled(_ id: String, _ label: String, _ control: Node, hint: String? = nil) -> Node {
        .div(
            .class("field"),
            .label(.for(id), .text(label)),
            hint.map { .p(.class("hint"), .id("\(id)-hint"), .text($0)) } ?? .empty,
            control)
    }

    /// A message confirming what just happened, read out by screen readers.
    static func notice(_ text: String?) -> Node {
        text.map { .p(.class("notice"), .role("status"), .text($0)) } ?? .empty
    }

    /// A text input; `hint` is linked to it for screen readers.
    static func textInput(
        _ name: String, value: String?, type: String = "text", autocomplete: String? = nil, inputmode: String? = nil,
        hinted: Bool = false, size: Int? = nil, required: Bool = false
    ) -> Node {
        .input(
            .type(type), .id(name), .name(name), .value(value), .autocomplete(autocomplete), .inputmode(inputmode),
            .ariaDescribedBy(hinted ? "\(name)-hint" : nil), size.map { Node.size($0) } ?? .empty, .required(required))
    }

    /// A select whose options are (value, label) pairs; `chosen` says which are selected.
    static func select(_ name: String, _ options: [(String, String)], chosen: (String) -> Bool) -> Node {
        .select(
            .id(name), .name(name),
            .forEach(options) { value, label in
                .option(.value(value), .selected(chosen(value)), .text(label))
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

    /// A submit button; `secondary` and `danger` style the less usual ones.
    static func submit(_ label: String, class className: String? = nil, name: String? = nil, value: String? = nil) -> Node {
        .button(.type("submit"), .class(className), .name(name), .value(value), .text(label))
    }
}
