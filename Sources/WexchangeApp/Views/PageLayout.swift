import Foundation
import Plot

typealias BodyNode = Node<HTML.BodyContext>

/// The shared layout: skip link, site header with navigation, one `main` landmark, footer.
enum PageLayout {
    static func render(title: String, viewer: Viewer? = nil, _ content: [BodyNode]) -> String {
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – Wexchange"),
                .link(.rel(.stylesheet), .href(Routes.Link.stylesheet))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), "Skip to main content"),
                .header(
                    .class("site-header"),
                    .a(.class("brand"), .href(Routes.Link.search), "Wexchange"),
                    .nav(
                        .ariaLabel("Main"),
                        .ul(
                            .li(.a(.href(Routes.Link.search), "Find opportunities")),
                            .if(viewer?.managesListings == true, .li(.a(.href(Routes.Link.providerListings), "Your listings"))),
                            .if(viewer?.canModerate == true, .li(.a(.href(Routes.Link.moderation), "Moderation"))),
                            .if(viewer?.managesBadges == true, .li(.a(.href(Routes.Link.badges), "Badges"))),
                            .if(viewer?.moderatesReviews == true, .li(.a(.href(Routes.Link.reviewModeration), "Review comments"))),
                            .if(viewer?.listsOrganisations == true, .li(.a(.href(Routes.Link.organisations(.school)), "Organisations"))),
                            .if(viewer?.readsAuditLog == true, .li(.a(.href(Routes.Link.audit()), "Audit log"))),
                            .li(.a(.href(Routes.Link.about), "About and data sources"))
                        )
                    ),
                    accountArea(viewer)
                ),
                .main(.id("main"), .group(content)),
                .footer(
                    .class("site-footer"),
                    .p("Wexchange is the national clearing house for school work experience in England. ",
                       .a(.href(Routes.Link.about), "Data sources and licences"), ".")
                )
            )
        )
        return html.render()
    }

    /// "Sign in", or who is signed in with a link to their account and a sign-out button.
    private static func accountArea(_ viewer: Viewer?) -> BodyNode {
        guard let viewer else {
            return .div(.class("account-area"), .a(.href(Routes.Link.signIn), "Sign in"))
        }
        return .div(
            .class("account-area"),
            .a(.href(Routes.Link.account), .text("\(viewer.name) (\(viewer.role.label))")),
            .a(.href(Routes.Link.organisation), .text(viewer.organisationName)),
            postForm(Routes.Link.signOut, csrf: viewer.csrfToken, [
                el("button", [("type", "submit"), ("class", "link-button")], [.text("Sign out")]),
            ])
        )
    }

    /// A POST form carrying the CSRF token.
    static func postForm(_ action: String, csrf: String, label: String? = nil, _ children: [BodyNode]) -> BodyNode {
        el("form", [("method", "post"), ("action", action), ("aria-label", label)], [
            el("input", [("type", "hidden"), ("name", CSRF.field), ("value", csrf)]),
        ] + children)
    }

    // MARK: - Helpers for elements Plot types narrowly (forms)

    /// Any element with attributes, in body context. A nil value leaves the attribute out; an
    /// empty one is kept (an empty `value` is what makes "Any type" mean "no filter").
    static func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [BodyNode] = []) -> BodyNode {
        let present = attributes.compactMap { name, value in
            value.map { BodyNode.attribute(named: name, value: $0, ignoreIfValueIsEmpty: false) }
        }
        return .element(named: name, nodes: present + children)
    }

    static func labelled(_ id: String, _ label: String, _ control: BodyNode, hint: String? = nil) -> BodyNode {
        element("div", [("class", "field")], [
            element("label", [("for", id)], [.text(label)]),
            hint.map { element("p", [("class", "hint"), ("id", "\(id)-hint")], [.text($0)]) } ?? .empty,
            control,
        ])
    }
}

/// Shorthand for `PageLayout.element` in views.
func el(_ name: String, _ attributes: [(String, String?)] = [], _ children: [BodyNode] = []) -> BodyNode {
    PageLayout.element(name, attributes, children)
}
