import Foundation
import WexchangeHTML

extension ContactPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Contact",
            [
                .h1("Contact"),
                .h2("If you think a child is in danger"),
                .p(
                    "Call 999 if a child is in immediate danger. If you are worried about a student on a placement, ",
                    "tell the student's school straight away and ask for its designated safeguarding lead."),
                .h2("Students, parents and carers"),
                .p(
                    "Ask your school's careers leader about work experience: finding a place, what to wear or bring, ",
                    "or a problem during a placement. They can contact the provider and the local Careers Hub for you."),
                .h2("Schools"),
                .p(
                    "Your local Careers Hub can help with finding providers and with listings in your area. ",
                    "Your school's administrator in Wexchange can invite colleagues and change their access."),
                .h2("Providers"),
                .p(
                    "If a listing was returned, the moderator's note says what to change; it is on your listings page. ",
                    "The administrator of your organisation's Wexchange account can invite colleagues."),
                .h2("Everything else"),
                serviceContact,
                .p(
                    "See also the ", .a(.href(InformationRoutes.accessibility.link), "accessibility statement"), " and the ",
                    .a(.href(InformationRoutes.privacy.link), "privacy notice"), "."),
            ])
    }

    private var serviceContact: Node {
        guard let contactEmail else {
            return .p(
                "This copy of Wexchange has not published an email address. Ask your school or Careers Hub, who can pass your question on.")
        }
        return .p(
            "Email ", .a(.href("mailto:\(contactEmail)"), .text(contactEmail)),
            " about your account, about information held about you, or to report a problem with the website.")
    }
}
