import Foundation
import Synchronization

/// Slows down password guessing: after too many failed sign-ins for one account, or from one
/// network address, further attempts are refused until the oldest failure is out of the window.
/// Kept in memory: each app instance counts its own attempts, which bounds guessing at the
/// limit × instances (a shared store can replace it when there are many instances).
final class LoginThrottle: Sendable {
    struct Limits: Sendable {
        var perAccount = 5
        var perAddress = 20
        var window: TimeInterval = 15 * 60
    }

    let limits: Limits
    private let failures = Mutex<[String: [Date]]>([:])

    init(limits: Limits = Limits()) { self.limits = limits }

    /// Nil if an attempt may go ahead, else how long until the next one may.
    func wait(account: String, address: String, now: Date) -> TimeInterval? {
        failures.withLock { table in
            let checks = [("account:" + account, limits.perAccount), ("address:" + address, limits.perAddress)]
            var longest: TimeInterval?
            for (key, limit) in checks {
                let recent = (table[key] ?? []).filter { now.timeIntervalSince($0) < limits.window }
                table[key] = recent.isEmpty ? nil : recent
                if recent.count >= limit {
                    let wait = limits.window - now.timeIntervalSince(recent[recent.count - limit])
                    longest = max(longest ?? 0, wait)
                }
            }
            return longest
        }
    }

    func recordFailure(account: String, address: String, now: Date) {
        failures.withLock { table in
            table["account:" + account, default: []].append(now)
            table["address:" + address, default: []].append(now)
        }
    }

    /// A successful sign-in clears the account's failures (not the address's: one right password
    /// must not reset guessing at other accounts).
    func recordSuccess(account: String) {
        _ = failures.withLock { $0.removeValue(forKey: "account:" + account) }
    }
}
