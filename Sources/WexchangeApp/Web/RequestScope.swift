/// The id of the request being served, for log lines written far from the request (a storage
/// retry, say). Set by `ErrorMiddleware` for the whole of each request.
enum RequestScope {
    @TaskLocal static var id: String?
}
