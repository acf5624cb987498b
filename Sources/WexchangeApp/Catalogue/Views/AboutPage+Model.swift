import Foundation
import WexchangeCore
import WexchangeSearch

struct AboutPage {
}
