import Foundation
import Hummingbird
import WexchangeCore

/// A student's choices page, for the student or their school's staff. Access is decided by the
/// routes (`rankInRound`).
struct RoundChoicesController: Sendable {
    let services: AppServices

    /// `GET /rounds/{id}/choices/{student}`.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        var form = try await form(context)
        form.saved = request.uri.queryParameters["done"] == "saved"
        return HTMLResponse.page(form)
    }

    /// `POST /rounds/{id}/choices/{student}`: replaces the choices (all checked, all or none),
    /// or shows the form again with every problem.
    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        var form = try await form(context)
        let sent = ChoicesForm.read(body, slots: form.choosing.slots)
        form.chosen = sent.shown
        guard sent.problems.isEmpty else {
            form.problems = sent.problems
            return HTMLResponse.page(form, status: .unprocessableContent)
        }
        do {
            try await services.rounds.setPreferences(
                sent.choices, round: form.choosing.roundId, student: form.choosing.studentId, by: identity.auditActor)
        } catch let failure as ValidationFailure {
            form.problems = ChoicesForm.onFields(failure.errors)
            return HTMLResponse.page(form, status: .unprocessableContent)
        } catch let error as AppError where error.status == .conflict {
            form.problems = [FieldError(ChoicesForm.field(1), error.message)]
            return HTMLResponse.page(form, status: .conflict)
        }
        return Response.redirect(to: RoundRoutes.choices.link(form.choosing.roundId, form.choosing.studentId) + "?done=saved")
    }

    private func form(_ context: AppRequestContext) async throws -> ChoicesForm {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let choosing = try await RoundChoices(services: services).choosing(
            round: try context.uuidParameter("id", what: "round"), student: try context.uuidParameter("student", what: "student"),
            by: identity)
        return ChoicesForm(viewer: viewer, choosing: choosing, forStudent: identity.role == .student)
    }
}
