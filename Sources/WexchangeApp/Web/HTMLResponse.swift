import Foundation
import Hummingbird

enum HTMLResponse {
    /// A page, rendered through the layout (the only way HTML leaves the app).
    static func page(_ page: some PageView, status: HTTPResponse.Status = .ok) -> Response {
        Self.body(body(of: page), status: status)
    }

    /// A page rendered before (`SignedOutPages`), or just now by `body(of:)`.
    static func body(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    static func body(of page: some PageView) -> ByteBuffer { ByteBuffer(bytes: page.document.bytes) }

    private static let headers: HTTPFields = {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPFields.Element.Name("Referrer-Policy")!] = "same-origin"
        return headers
    }()
}
