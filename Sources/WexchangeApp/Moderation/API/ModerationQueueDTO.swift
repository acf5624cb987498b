import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

struct ModerationQueueDTO: Encodable { let items: [ModerationItemDTO] }
