import Foundation
import Hummingbird
import WexchangeCore

/// Student accounts from the cohort, the printed sheet of sign-in codes, a student's new code,
/// inviting a parent or carer from a record, and the page where a student types their code.
struct StudentAccountsController: Sendable {
    let services: AppServices

    /// `GET /students/accounts`: who has an account, and the form to make the rest.
    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let counts = try await services.studentAccounts.counts(school: identity.organisationId)
        return HTMLResponse.page(StudentAccountsPage(viewer: viewer, counts: counts))
    }

    /// `POST /students/accounts`: makes them, and shows the sheet to print now (the codes are
    /// never stored, so this page is the only place they appear).
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let form = try await FormBody.read(&request)
        let yearText = form["year"] ?? ""
        let year = Int(yearText)
        guard yearText.isEmpty || year.map(YearGroup.range.contains) == true else {
            throw AppError(.badRequest, code: "invalid", message: "Choose a year group from the list, or every year")
        }
        let outcome = try await services.studentAccounts.create(school: identity.organisationId, year: year, by: identity)
        return HTMLResponse.page(
            SignInSheetPage(viewer: viewer, signInLink: services.publicURL + AccountRoutes.signInCode.link, outcome: outcome))
    }

    /// `POST /students/{id}/code`: a new code for a student who lost theirs.
    @Sendable func newCode(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let card = try await services.studentAccounts.newCode(student: try context.uuidParameter("id", what: "student"), by: identity)
        return HTMLResponse.page(
            SignInSheetPage(
                viewer: viewer, signInLink: services.publicURL + AccountRoutes.signInCode.link, outcome: .init(cards: [card])))
    }

    /// `POST /students/{id}/parents`: invites a parent or carer, linked to this student.
    @Sendable func inviteParent(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let form = try await FormBody.read(&request)
        let id = try context.uuidParameter("id", what: "student")
        let student = try await services.studentRecords.read(id, by: identity)
        let invite = InvitationService.Invite(
            email: form["email"] ?? "", name: form["name"] ?? "", role: Role.parent.rawValue, linkedStudent: student.userId)
        do {
            guard student.userId != nil else {
                throw AppError(
                    .conflict, code: "no_account", message: "Make the student's account first: a parent or carer is linked to it",
                    field: "email")
            }
            try await services.invitations.invite(invite, by: identity)
        } catch let error as AppError where [400, 409].contains(error.status.code) {
            return HTMLResponse.page(
                StudentPage(
                    viewer: viewer, studentId: id, record: student.record, hasAccount: student.userId != nil, leftAt: student.leftAt,
                    managesAccess: true, signsInWithCode: try await services.studentAccounts.signsInWithCode(student), invite: invite,
                    problem: FormProblem(error), openRounds: student.leftAt == nil ? try await services.rounds.openRounds(for: student) : []
                ),
                status: .unprocessableContent)
        }
        return Response.redirect(to: StudentRoutes.student.link(id) + "?done=invited")
    }

    /// `GET /sign-in/code`: where a student types the code from their school's sheet.
    @Sendable func codeForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        CSRF.formPage(request, context) { SignInCodePage(csrf: $0) }
    }

    /// `POST /sign-in/code`: a code that works leads to choosing a password (as an invitation
    /// link does); a wrong one is refused, and guessing is slowed as passwords are.
    @Sendable func redeem(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let typed = form["code"] ?? ""
        let throttle = services.codeThrottle
        // Each code typed is its own count (see `StudentAccounts.codeLimits`).
        let key = typed.uppercased().filter { $0.isLetter || $0.isNumber }, at = services.now()
        func refuse(_ message: String, status: HTTPResponse.Status) -> Response {
            HTMLResponse.page(
                SignInCodePage(code: typed, csrf: form[CSRF.field] ?? "", problem: FormProblem(field: "code", message: message)),
                status: status)
        }
        if let wait = throttle.wait(account: key, address: context.remoteAddress, now: at) {
            return refuse("Too many wrong codes: wait \(Int(wait.rounded(.up))) seconds and try again", status: .tooManyRequests)
        }
        guard let code = SignInCode.normalised(typed) else {
            throttle.recordFailure(account: key, address: context.remoteAddress, now: at)
            return refuse("Enter the 12 letters and numbers of your code, for example K7QX-M3PD-9HTR", status: .unprocessableContent)
        }
        let token = StudentAccounts.token(forCode: code)
        guard (try? await services.passwords.validLink(token, purpose: .invitation)) != nil else {
            throttle.recordFailure(account: key, address: context.remoteAddress, now: at)
            return refuse(
                "That code does not work: it may have been used already or be older than 4 weeks. Ask your careers leader for a new one",
                status: .unprocessableContent)
        }
        return Response.redirect(to: OrganisationRoutes.invitationLink.link(token))
    }
}
