import Foundation
import WexchangeHTML

extension AccessibilityStatementPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Accessibility statement",
            [
                .h1("Accessibility statement for Wexchange"),
                .p(
                    "Wexchange is used by students from Year 7, parents and carers, teachers, employers and Careers Hubs. ",
                    "We want as many people as possible to be able to use it. You should be able to:"),
                .ul(
                    .li("change colours, contrast levels and fonts using your browser or device settings"),
                    .li("zoom in up to 400% without the text spilling off the screen"),
                    .li(
                        "get to every link, button and form field with a keyboard alone, starting with a link that skips to the main content"
                    ),
                    .li("use the service with a screen reader: every page has one main heading, labelled form fields and named landmarks"),
                    .li("use the service on a phone screen 390 pixels wide")
                ),
                .h2("How accessible this service is"),
                .p("Wexchange is partially accessible. We know these parts are not yet good enough:"),
                .ul(
                    .li(
                        "the form for adding a listing is one long page, asks for weeks as codes such as 2027-W24 and uses the browser's own date picker"
                    ),
                    .li("some error messages use technical words and are not shown next to the question they are about"),
                    .li("on a small screen, the pages for providers' listings, moderation, badges and the audit log scroll sideways"),
                    .li("the search page shows all its filters before the results, so on a phone the results start far down the page"),
                    .li("long lists, such as organisations and badges, have no page numbers or search box")
                ),
                .p("We are rebuilding these pages on the GOV.UK Design System's patterns."),
                .h2("Reporting a problem"),
                contactLine,
                .p(
                    "If you are a student or a parent, you can also ask your school's careers leader to report it for you."),
                .h2("Enforcement procedure"),
                .p(
                    "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. ",
                    "If you are not happy with how we respond to your complaint, contact the ",
                    .a(.href("https://www.equalityadvisoryservice.com/"), "Equality Advisory and Support Service (EASS)"), "."),
                .h2("How we test this service"),
                .p(
                    "Every change is tested automatically in a headless Chromium browser at 1280 and 390 pixels wide: ",
                    "each page is checked with axe-core for accessibility problems, and the main journeys are followed ",
                    "with the keyboard. This statement was last reviewed on \(Self.reviewed)."),
            ])
    }

    private var contactLine: Node {
        guard let contactEmail else {
            return .p("If you find a problem that is not listed here, tell your school or your Careers Hub, who can pass it on.")
        }
        return .p(
            "If you find a problem that is not listed here, or you need something in a different format, email ",
            .a(.href("mailto:\(contactEmail)"), .text(contactEmail)), ".")
    }
}
