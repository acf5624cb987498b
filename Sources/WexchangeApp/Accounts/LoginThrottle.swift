import Foundation
import Synchronization

/// Slows password guessing down without letting anyone lock someone else out.
///
/// Failures are counted per account and address together, per address, and per account from
/// every address. Past each count's allowance every further failure doubles the wait before the
/// next attempt is heard. The waits for one address (alone or with an account) grow up to the
/// window; the wait for an account from everywhere grows only up to `accountCap`, so guessing
/// spread over many addresses is slowed to one try a minute while the owner, signing in from
/// their own address, waits at most that minute. A successful sign-in or a completed password
/// reset clears the account's counts at once.
///
/// Kept in memory: each app instance counts its own attempts, which bounds guessing at the
/// rate × instances (a shared store can replace it when there are many instances).
final class LoginThrottle: Sendable {
    struct Limits: Sendable {
        /// Failures allowed for one account from every address together.
        var perAccount = 10
        /// Failures allowed from one address, whatever the accounts.
        var perAddress = 20
        /// How long a failure counts.
        var window: TimeInterval = 15 * 60
        /// Failures allowed for one account from one address before waits start.
        var perAccountAndAddress = 5
        /// The longest wait a failure from elsewhere can impose on an account.
        var accountCap: TimeInterval = 60
    }

    let limits: Limits
    private let failures = Mutex<[String: [Date]]>([:])

    init(limits: Limits = Limits()) { self.limits = limits }

    /// Nil if an attempt may go ahead, else how long until the next one may.
    func wait(account: String, address: String, now: Date) -> TimeInterval? {
        failures.withLock { table in
            var longest: TimeInterval?
            for (key, allowance, cap) in checks(account: account, address: address) {
                let recent = (table[key] ?? []).filter { now.timeIntervalSince($0) < limits.window }
                table[key] = recent.isEmpty ? nil : recent
                guard recent.count >= allowance, let last = recent.last else { continue }
                // 1 s after reaching the allowance, then 2, 4, 8… up to the cap.
                let delay = min(cap, pow(2, Double(recent.count - allowance)))
                let remaining = delay - now.timeIntervalSince(last)
                if remaining > 0 { longest = max(longest ?? 0, remaining) }
            }
            return longest
        }
    }

    func recordFailure(account: String, address: String, now: Date) {
        failures.withLock { table in
            for (key, _, _) in checks(account: account, address: address) { table[key, default: []].append(now) }
        }
    }

    /// A successful sign-in or password reset clears the account's counts (not the address's:
    /// one right password must not reset guessing at other accounts).
    func clear(account: String) {
        failures.withLock { table in
            table.removeValue(forKey: "account:" + account)
            for key in table.keys where key.hasPrefix("pair:" + account + "\n") { table.removeValue(forKey: key) }
        }
    }

    private func checks(account: String, address: String) -> [(key: String, allowance: Int, cap: TimeInterval)] {
        [
            ("pair:" + account + "\n" + address, limits.perAccountAndAddress, limits.window),
            ("address:" + address, limits.perAddress, limits.window),
            ("account:" + account, limits.perAccount, limits.accountCap),
        ]
    }
}
