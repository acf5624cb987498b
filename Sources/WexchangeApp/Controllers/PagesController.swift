import Foundation
import Hummingbird
import WexchangeCore
import WexchangeSearch

/// Server-rendered pages: search, detail, about. They read the same catalogue as the API.
struct PagesController: Sendable {
    let services: AppServices

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let parameters = request.queryPairs
        var model = SearchPageModel(parameters: parameters, today: services.today)
        do {
            let query = try OpportunityQuery.parse(parameters, gazetteer: services.gazetteer)
            model.query = query
            model.result = services.catalogue.index.search(query, today: model.today)
        } catch {
            model.error = error
        }
        return HTMLResponse.page(model.html, status: model.error == nil ? .ok : .badRequest)
    }

    @Sendable func opportunity(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.uuidParameter("id", what: "opportunity")
        let index = services.catalogue.index
        guard let entry = index.entry(id: id) else { throw AppError.notFound("This opportunity") }
        return HTMLResponse.page(OpportunityPageModel(entry: entry, provider: index.providers[entry.providerId], today: services.today).html)
    }

    @Sendable func about(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(AboutPage().html)
    }
}
