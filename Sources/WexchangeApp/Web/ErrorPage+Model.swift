import Foundation
import WexchangeCore
import WexchangeSearch

struct ErrorPage {
    let error: AppError
}
