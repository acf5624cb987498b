import Hummingbird

/// HEAD is answered by the GET route (`autoGenerateHeadEndpoints`), and the router then drops
/// the body unwritten, and with it the end-of-body step where `MetricsMiddleware` counts the
/// request and lowers its in-flight gauge (which otherwise only ever grows for HEAD). Sitting
/// outside that middleware, this writes the body nowhere, so that step runs. (The server sets
/// HEAD's Content-Length itself, from the empty body.)
struct HeadRequestMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .head else { return try await next(request, context) }
        var response = try await next(request, context)
        try await response.body.write(DiscardingWriter())
        response.body = ResponseBody()
        return response
    }

    private struct DiscardingWriter: ResponseBodyWriter {
        mutating func write(_ buffer: ByteBuffer) async throws {}
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
