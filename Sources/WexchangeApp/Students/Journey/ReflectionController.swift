import Foundation
import Hummingbird
import WexchangeCore

/// A student's goals before an experience and reflection after it (the student, or their
/// school's staff with them).
struct ReflectionController: Sendable {
    let services: AppServices

    /// `GET /journey-entries/{id}/goals`.
    @Sendable func goalsForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(try await form(.goals, context: context))
    }

    /// `POST /journey-entries/{id}/goals`: saves them, or shows the form again with the problem.
    @Sendable func saveGoals(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await save(.goals, request, context, done: "goals") { form, body in
            form.goals = body["goals"]
        } write: { form, identity in
            try await services.journeys.setGoals(form.goals, entry: form.entryId, by: identity)
        }
    }

    /// `GET /journey-entries/{id}/reflection`.
    @Sendable func reflectionForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(try await form(.reflection, context: context))
    }

    /// `POST /journey-entries/{id}/reflection`: saves it with the eight ratings, or shows every problem.
    @Sendable func saveReflection(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await save(.reflection, request, context, done: "reflected") { form, body in
            form.text = body["reflection"]
            for skill in Skill.allCases { form.ratings[skill] = body[ReflectionRules.field(skill)] }
        } write: { form, identity in
            try await services.journeys.reflect(form.text, ratings: form.ratings, entry: form.entryId, by: identity)
        }
    }

    /// Reads the posted form into `part`'s page, writes it, and goes back to the journey; a
    /// `ValidationFailure` shows the page again with every problem.
    private func save(
        _ part: ReflectionForm.Part, _ request: Request, _ context: AppRequestContext, done: String,
        read: (inout ReflectionForm, FormBody) -> Void, write: (ReflectionForm, Identity) async throws -> Void
    ) async throws -> Response {
        var request = request
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await FormBody.read(&request)
        var form = try await self.form(part, context: context)
        read(&form, body)
        do {
            try await write(form, identity)
            return Response.redirect(to: StudentRoutes.journey.link(form.studentId) + "?done=\(done)")
        } catch let failure as ValidationFailure {
            form.problems = failure.errors
            return HTMLResponse.page(form, status: .unprocessableContent)
        }
    }

    /// The form as stored: what the student wrote before, to change it.
    private func form(_ part: ReflectionForm.Part, context: AppRequestContext) async throws -> ReflectionForm {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let entryId = try context.uuidParameter("id", what: "experience")
        let (model, student) = try await services.journeys.entry(entryId)
        let entry = model.entry
        let reflection = model.reflection
        return ReflectionForm(
            part: part, viewer: viewer, studentId: try student.requireID(), entryId: entryId,
            experience: "\(entry.type.label) with \(entry.providerName)", goalsSet: reflection.goals, goals: reflection.goals,
            text: reflection.text, ratings: reflection.ratings.mapValues(String.init))
    }
}
