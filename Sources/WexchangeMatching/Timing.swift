import Foundation

/// Runs `work` and returns its value with how long it took (for progress lines and timings).
func measured<T>(_ work: () -> T) -> (value: T, seconds: Double) {
    let clock = ContinuousClock(), start = clock.now
    let value = work()
    let elapsed = start.duration(to: clock.now)
    return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}

/// Seconds for a progress line: "1.234 s".
func formatSeconds(_ seconds: Double) -> String { "\(String(format: "%.3f", seconds)) s" }
