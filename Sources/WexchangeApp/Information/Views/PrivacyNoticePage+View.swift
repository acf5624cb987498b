import Foundation
import WexchangeHTML

extension PrivacyNoticePage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Privacy notice",
            [
                .h1("Privacy notice"),
                .p(
                    "Wexchange helps schools find work experience for their students: providers list opportunities, ",
                    "schools and students find them, and Careers Hubs check listings before they are published. ",
                    "This notice says what information Wexchange holds, who can see it and how long it is kept."),
                .h2("Who is responsible for your information"),
                .p(
                    "For students, the school is responsible (it is the data controller): it decides which of its students use Wexchange, ",
                    "and Wexchange uses their information only to provide the service to that school. For everyone else with an account ",
                    "(school staff, parents and carers, providers, Careers Hubs, assessors and administrators), the organisation that runs ",
                    "this copy of Wexchange is responsible."),
                .h2("What we hold"),
                .ul(
                    .li(
                        "Your account: your name, email address, your role and the organisation you act for. ",
                        "Your password is never stored, only a one-way fingerprint of it (bcrypt)."),
                    .li(
                        "Students: an email address and year group, added by their school, and, for parents and carers, which students they are linked to."
                    ),
                    .li("Providers: the organisation's name, kind, size, sectors, contact email, website and the opportunities it lists."),
                    .li("Ratings and comments that careers leaders and Careers Hub coordinators write about opportunities."),
                    .li(
                        "A record of important actions (the audit log): who approved, returned or changed a listing, granted a badge, ",
                        "or changed someone's access, when, and why."),
                    .li(
                        "For a few minutes after signing in goes wrong, the network address it came from, to slow down people guessing ",
                        "passwords. This is kept in memory only.")
                ),
                .h2("Who can see what"),
                .ul(
                    .li("Anyone can see published opportunities and the names of the providers that offer them."),
                    .li(
                        "Providers never see students' details. They see their own listings, and the moderators' notes about them."),
                    .li("A school's staff see their own school's students; a parent or carer sees only the students they are linked to."),
                    .li("Careers Hubs and national administrators see counts and rates, never named students."),
                    .li("Every time someone opens a student's record, it is written in the audit log.")
                ),
                .h2("How long we keep it"),
                .ul(
                    .li("Signed-in sessions end after 12 hours, or when you sign out; expired ones are deleted."),
                    .li("Password-reset and invitation links work once, for a limited time, and are then deleted."),
                    .li("Your account is kept while you use the service; your organisation's administrator can remove your access.")
                ),
                .h2("Emails we send"),
                .p(
                    "Only emails the service needs: password-reset links you ask for, invitations from your organisation, ",
                    "and, for providers, news that a listing was approved or returned. No marketing."),
                .h2("Your rights"),
                .p(
                    "You can ask to see the information held about you, to have it corrected, or to have it deleted. ",
                    "Students and parents should ask their school first, since the school is responsible for students' information."),
                contactLine,
                .p(
                    "If you are unhappy with how your information has been handled, you can complain to the ",
                    .a(.href("https://ico.org.uk/make-a-complaint/"), "Information Commissioner's Office"), "."),
                .p("Cookies are described on the ", .a(.href(InformationRoutes.cookies.link), "cookies page"), "."),
            ])
    }

    private var contactLine: Node {
        guard let contactEmail else {
            return .p("Everyone else can ask the organisation that runs this copy of Wexchange, through their school or Careers Hub.")
        }
        return .p("Everyone else can email ", .a(.href("mailto:\(contactEmail)"), .text(contactEmail)), ".")
    }
}
