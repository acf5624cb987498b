import Foundation
import Hummingbird
import WexchangeCore

/// A student's journey page (the student, their parents and the school's staff) and the staff's
/// form to record an experience.
struct JourneyController: Sendable {
    let services: AppServices

    /// `GET /students/{id}/journey`: the timeline and progress; reading it is audited.
    @Sendable func journey(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "student")
        let student = try await services.studentRecords.read(id, by: identity)
        let models = try await services.journeys.entries(id)
        let entries = models.map(\.entry)
        let policy = try await services.journeys.policy(school: student.$school.id)
        let facts = student.facts
        return HTMLResponse.page(
            StudentJourneyPage(
                viewer: viewer, studentId: id, name: student.record.displayName, year: student.yearGroup,
                items: try models.map { .init(id: try $0.requireID(), entry: $0.entry, reflection: $0.reflection) },
                progress: StudentProgress(year: student.yearGroup, entries: entries, policy: policy), policy: policy,
                canRecord: AccessPolicy.decide(identity.requester, .recordJourney(facts)) == .allowed,
                canReflect: AccessPolicy.decide(identity.requester, .reflectOnJourney(facts)) == .allowed,
                notice: StudentJourneyPage.notice(request.queryValue("done"))))
    }

    /// `GET /students/{id}/journey/new`: the form to record an experience.
    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let student = try await student(context)
        return HTMLResponse.page(JourneyEntryForm(viewer: viewer, studentId: try student.requireID(), name: student.record.displayName))
    }

    /// `POST /students/{id}/journey/new`: records it, or shows the form again with every problem.
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let form = try await FormBody.read(&request)
        let student = try await student(context)
        let id = try student.requireID()
        var input = JourneyEntryInput()
        input.type = form["type"]
        input.providerName = form["provider_name"]
        input.sector = form["sector"]
        input.mode = form["mode"]
        input.start = DateInput.read("start", from: form)
        input.end = DateInput.read("end", from: form)
        input.days = form["days"]
        input.hoursPerDay = form["hours_per_day"]
        input.meaningful = form.all("meaningful")
        do {
            _ = try await services.journeys.record(input, studentId: id, by: identity)
            return Response.redirect(to: StudentRoutes.journey.link(id) + "?done=recorded")
        } catch let failure as ValidationFailure {
            return HTMLResponse.page(
                JourneyEntryForm(
                    viewer: viewer, studentId: id, name: student.record.displayName, input: input, problems: failure.errors),
                status: .unprocessableContent)
        }
    }

    private func student(_ context: AppRequestContext) async throws -> StudentModel {
        guard let student = try await StudentModel.find(try context.uuidParameter("id", what: "student"), on: services.storage.database)
        else { throw AppError.notFound("This student") }
        return student
    }
}
