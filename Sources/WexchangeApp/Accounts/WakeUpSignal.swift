import Foundation
import Logging
import ServiceLifecycle

/// Wakes the reset mailer when a request is queued (several wake-ups in a row count once).
final class WakeUpSignal: Sendable {
    let wakeUps: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() { (wakeUps, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1)) }

    func signal() { continuation.yield() }
}
