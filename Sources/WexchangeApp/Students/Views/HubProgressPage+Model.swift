import Foundation
import WexchangeCore

/// A hub coordinator's view of the hub's schools: figures only, small groups not shown.
struct HubProgressPage {
    let viewer: Viewer
    let progress: HubProgress

    var years: [Int] { progress.years.keys.sorted() }

    /// A share of a group as the hub may see it (`SmallNumbers`).
    static func share(_ figures: HubProgress.Figures?, _ count: (HubProgress.Figures) -> Int) -> String {
        let figures = figures ?? .init()
        return SmallNumbers.share(count(figures), of: figures.students)
    }
}
