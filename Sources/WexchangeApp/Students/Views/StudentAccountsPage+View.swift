import Foundation
import WexchangeCore
import WexchangeHTML

extension StudentAccountsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Student accounts", viewer: viewer,
            [
                .p(.a(.class("back-link"), .href(StudentRoutes.students.link), "Back to students")),
                .h1("Student accounts"),
                .p(
                    "With an account, a student sees their journey, sets goals and reflects. Students with an email address in your import are sent an invitation; the others get a sign-in name and a one-time code on a sheet you print and hand out."
                ),
                SummaryList.render([
                    .init(key: "On roll", value: String(counts.onRoll)),
                    .init(key: "Have an account", value: String(counts.withAccount)),
                    .init(key: "No account, with an email address", value: String(counts.withEmail)),
                    .init(key: "No account, no email address", value: String(counts.withoutEmail)),
                ]),
                counts.withEmail + counts.withoutEmail == 0
                    ? .p("Every student on roll has an account.")
                    : PageLayout.postForm(
                        StudentRoutes.accounts.link, csrf: viewer.csrfToken, label: "Make student accounts",
                        [
                            PageLayout.labelled(
                                "year", "Which students?",
                                PageLayout.select(
                                    "year", [("", "Every year group")] + YearGroup.range.map { (String($0), "Year \($0)") }, hinted: true
                                ) { $0 == "" },
                                hint: "Only students on roll without an account. The codes are shown once, on the next page: print it then."
                            ),
                            PageLayout.submit("Make accounts"),
                        ]),
            ])
    }
}

extension SignInSheetPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Sign-in codes", viewer: viewer,
            [
                .div(
                    .class("no-print"),
                    .p(.a(.class("back-link"), .href(StudentRoutes.students.link), "Back to students")),
                    .h1("Sign-in codes"),
                    PageLayout.notice(
                        "\(outcome.invited.count) invited by email, \(outcome.cards.count) sign-in code\(outcome.cards.count == 1 ? "" : "s") below."
                    ),
                    outcome.cards.isEmpty
                        ? .empty
                        : .p(
                            .strong(
                                "Print this page now (your browser's Print). The codes are not kept: if the page is lost, make a new code for a student from their record."
                            )),
                    outcome.invited.isEmpty
                        ? .empty : .group(.h2("Invited by email"), .ul(.forEach(outcome.invited) { .li(.text($0)) })),
                    outcome.skipped.isEmpty
                        ? .empty : .group(.h2("Not given an account"), .ul(.forEach(outcome.skipped) { .li(.text($0)) }))),
                .ul(
                    .class("code-cards"),
                    .forEach(outcome.cards) { card in
                        .li(
                            .class("code-card"),
                            .h2(.text("\(card.name), Year \(card.year)")),
                            SummaryList.render([
                                .init(key: "Your sign-in name", value: card.signInName),
                                .init(key: "Your one-time code", value: card.code),
                            ]),
                            .p(
                                .text(
                                    "Go to \(signInLink), type the code and choose a password. Then sign in with your sign-in name and that password. The code works once, for 4 weeks."
                                )))
                    }),
            ])
    }
}

extension SignInCodePage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Sign in with a code from your school", problem: problem != nil,
            [
                .h1("Sign in with a code from your school"),
                problem?.summary ?? .empty,
                .p(
                    "Your careers leader gave you a sheet with your sign-in name and a one-time code. Type the code to choose your password."
                ),
                .form(
                    .method("post"), .action(AccountRoutes.signInCode.link), .class("stack"), .ariaLabel("Sign in with a code"),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    PageLayout.textField(
                        "code", "Your one-time code", value: code, autocomplete: "off",
                        hint: "12 letters and numbers, for example K7QX-M3PD-9HTR",
                        required: true, problem: problem),
                    PageLayout.submit("Continue")),
                .p(.a(.href(AccountRoutes.signIn.link), "I have a password: sign in")),
            ])
    }
}
