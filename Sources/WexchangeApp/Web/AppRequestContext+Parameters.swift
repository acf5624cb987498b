import Foundation
import Hummingbird
import WexchangeCore

extension AppRequestContext {
    func uuidParameter(_ name: String, what: String) throws -> UUID {
        let text = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: text) else { throw AppError.notFound("\(what) '\(text)'") }
        return id
    }
}
