import Foundation
import Hummingbird
import Logging

/// The one place errors become responses: JSON `{"error": {...}}` under `/api`, a friendly page
/// elsewhere. Unexpected errors are logged with the request id and never shown to users. Every
/// response carries the request id (`X-Request-Id`), as every log line of the request does.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = await respond(request, context: context, next: next)
        response.headers[Self.requestIdHeader] = context.id
        return response
    }

    static let requestIdHeader = HTTPFields.Element.Name("X-Request-Id")!

    private func respond(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async -> Response {
        do {
            return try await RequestScope.$id.withValue(context.id) { try await next(request, context) }
        } catch {
            let appError = Self.appError(for: error, requestID: context.id, logger: context.logger)
            context.logger.log(
                level: appError.logLevel, "request failed",
                metadata: [
                    "status": "\(appError.status.code)", "code": "\(appError.code)", "path": "\(Self.redacted(request.uri.path))",
                ])
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/health" {
                return JSONResponse.error(appError)
            }
            // A page that needs signing in sends the browser to sign in, then back.
            if appError.status == .unauthorized, request.method == .get {
                let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                let encoded =
                    next.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_.~"))) ?? "/"
                return Response.redirect(to: AccountRoutes.signIn.link + "?next=" + encoded)
            }
            return HTMLResponse.page(ErrorPage(error: appError), status: appError.status)
        }
    }

    /// One-time tokens travel in paths (reset and invitation links); they never reach the log.
    static func redacted(_ path: String) -> String {
        path.replacingOccurrences(of: #"(wext|wexcal)_[0-9a-f]+"#, with: "$1_[redacted]", options: .regularExpression)
    }

    static func appError(for error: any Error, requestID: String, logger: Logger) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let error as HTTPError where error.status == .notFound:
            return AppError(.notFound, code: "not_found", message: "there is nothing at this address")
        case let error as HTTPError where error.status.code < 500:
            return AppError(
                error.status, code: error.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_"),
                message: error.body ?? error.status.reasonPhrase)
        default:
            logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))", "request_id": "\(requestID)"])
            return AppError(
                .internalServerError, code: "internal_error",
                message: "something went wrong on our side; quote request id \(requestID) if you contact us")
        }
    }
}
