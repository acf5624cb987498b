import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

struct ReturnRequestDTO: Decodable { let reason: String? }
