import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// The round pages: the list, one round, and its managers' steps (open, run, publish). Access is
/// decided by the routes.
struct RoundController: Sendable {
    let services: AppServices

    /// `GET /rounds`.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        var page = RoundsPage(viewer: viewer, rounds: try await services.roundReader.summaries(for: identity))
        page.setsUp = AccessPolicy.decide(identity.requester, .createRound(AccessPolicy.roundScope(of: identity.role))) == .allowed
        return HTMLResponse.page(page)
    }

    /// `GET /rounds/new`: the set-up form for a round of the reader's scope.
    @Sendable func new(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        return HTMLResponse.page(RoundForm(viewer: viewer, scope: AccessPolicy.roundScope(of: identity.role)))
    }

    /// `POST /rounds`: sets the round up, or shows the form again with every problem.
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let scope = AccessPolicy.roundScope(of: identity.role)
        let sent = RoundForm.read(try await FormBody.read(&request), scope: scope)
        var problems = sent.problems
        if problems.isEmpty {
            do {
                let round = try await services.rounds.create(
                    sent.input, scope: scope, organisationId: scope == .national ? nil : identity.organisationId, by: identity.auditActor)
                return Response.redirect(to: RoundRoutes.round.link(try round.requireID()) + "?done=created")
            } catch let failure as ValidationFailure {
                problems = RoundForm.onFields(failure.errors)
            }
        } else {
            // The form's own problems and the rules', all at once.
            do { _ = try RoundSettings.validate(sent.input, scope: scope, today: CalendarDate(services.now())) } catch {
                problems += RoundForm.onFields(error.errors)
            }
        }
        var form = RoundForm(viewer: viewer, scope: scope, input: sent.input, limitText: sent.limitText)
        form.problems = RoundForm.inFormOrder(problems)
        return HTMLResponse.page(form, status: .unprocessableContent)
    }

    /// `GET /rounds/{id}`.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        var page = try await page(context)
        page.done = request.uri.queryParameters["done"].map(String.init)
        return HTMLResponse.page(page)
    }

    /// `POST /rounds/{id}/open`.
    @Sendable func open(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await step(context, done: "opened") { try await services.rounds.open($0, by: $1) }
    }

    /// `POST /rounds/{id}/run`: starts the run in the background and goes back to the round,
    /// whose page says how far it has got; a round that cannot run now is refused at once.
    @Sendable func run(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await step(context, done: "running") { roundId, actor in
            let runner = services.roundRunner
            try await runner.checkCanRun(roundId)
            let started = services.roundRuns.start(roundId, at: services.now(), logger: services.logger) { progress in
                try await runner.run(roundId, by: actor, progress: progress)
            }
            guard started else {
                throw AppError(.conflict, code: "running", message: "This round is already running: its page shows how far it has got")
            }
        }
    }

    /// `POST /rounds/{id}/publish`.
    @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await step(context, done: "published") { try await services.roundPublisher.publish($0, by: $1) }
    }

    /// `POST /rounds/{id}/reclear`: offers the places that came back to students still without one.
    @Sendable func reclear(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await step(context, done: "recleared") { try await services.roundReclearer.reclear($0, by: $1) }
    }

    /// `POST /rounds/{id}/pledges/{opportunity}`: a provider pledges (or changes) places of a listing.
    @Sendable func pledge(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let body = try await FormBody.read(&request)
        let opportunity = try context.uuidParameter("opportunity", what: "opportunity")
        let field = RoundPage.placesField(opportunity)
        guard let places = body[RoundPage.placesFormField].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            var page = try await page(context)
            page.problem = FormProblem(field: field, message: "Enter the number of places to pledge, like 3")
            return HTMLResponse.page(page, status: .unprocessableContent)
        }
        return try await step(context, done: "pledged", problemField: field) {
            try await services.rounds.pledge(places, of: opportunity, to: $0, priority: nil, by: $1)
        }
    }

    /// `POST /rounds/{id}/pledges/{opportunity}/withdraw`: while the round is being set up.
    @Sendable func withdrawPledge(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opportunity = try context.uuidParameter("opportunity", what: "opportunity")
        return try await step(context, done: "withdrawn") { try await services.rounds.withdraw(opportunity, from: $0, by: $1) }
    }

    /// Takes a step, then back to the round with what happened; a step the round's state does
    /// not allow (someone else took it first) shows the round again with why.
    private func step(
        _ context: AppRequestContext, done: String, problemField: String? = nil, _ action: (UUID, AuditActor) async throws -> Void
    ) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let roundId = try context.uuidParameter("id", what: "round")
        do {
            try await action(roundId, identity.auditActor)
        } catch let error as AppError where error.status == .conflict {
            var page = try await page(context)
            page.problem = FormProblem(field: nil, message: error.message)
            return HTMLResponse.page(page, status: .conflict)
        } catch let failure as ValidationFailure {
            var page = try await page(context)
            page.problem = FormProblem(field: problemField, message: failure.errors.first?.message ?? "Check what you entered")
            return HTMLResponse.page(page, status: .unprocessableContent)
        }
        return Response.redirect(to: RoundRoutes.round.link(roundId) + "?done=\(done)")
    }

    private func page(_ context: AppRequestContext) async throws -> RoundPage {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let roundId = try context.uuidParameter("id", what: "round")
        var page = RoundPage(
            viewer: viewer, round: try await services.roundReader.detail(roundId, for: identity), today: CalendarDate(services.now()))
        if page.manages { page.running = services.roundRuns.status(roundId) }
        // A student's record, read once for their choices link and their result.
        if identity.role == .student, let record = try await ownRecord(identity), let studentId = record.id {
            page.ownChoices = try await ownChoices(roundId, student: studentId, identity: identity)
            page.ownResult = try await services.roundResults.own(round: roundId, student: studentId)
        }
        let state = page.round.summary.state
        if [.careersLeader, .schoolStaff].contains(identity.role), state == .published || (state == .resultsReady && page.manages) {
            page.unplaced = try await services.roundResults.unplaced(round: roundId, school: identity.organisationId, by: identity)
        }
        if identity.role.organisationKind == .provider, page.round.summary.state.acceptsPledges {
            page.pledgeable = try await services.rounds.pledgeable(roundId, provider: identity.organisationId)
        }
        return page
    }

    /// A student's own choices page in the round, when they may rank in it.
    private func ownChoices(_ roundId: UUID, student studentId: UUID, identity: Identity) async throws -> String? {
        guard
            AccessPolicy.decide(identity.requester, try await services.rounds.rankingFacts(round: roundId, student: studentId)) == .allowed
        else { return nil }
        return RoundRoutes.choices.link(roundId, studentId)
    }

    private func ownRecord(_ identity: Identity) async throws -> StudentModel? {
        try await StudentModel.query(on: services.storage.database).filter(\.$userId == identity.userId).first()
    }
}
