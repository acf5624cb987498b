import Foundation
import WexchangeHTML

/// A horizontal bar chart of shares (0 to 1), in groups: an SVG image named by its title and
/// described in words, each bar labelled with its group and value in the picture itself, so
/// colour is never the only way to tell bars apart. Pages put the same figures in a data table
/// beside it (screen readers read the table; the picture is one image to them).
struct BarChart {
    struct Bar {
        let label: String
        /// 0 to 1; nil when there is nothing to draw (no one to count, or too few to show).
        let share: Double?
        /// What is written beside the bar: "45%", or why there is no bar.
        let shown: String
        /// A CSS class for its colour (`bar-1`, `bar-2`, `bar-3`).
        let style: String
    }

    struct Group {
        let label: String
        let bars: [Bar]
    }

    let id: String
    let title: String
    let summary: String
    let groups: [Group]

    // In the SVG's own units: it scales to the width of the page.
    private static let width = 400, labelWidth = 120, barSpace = 220, barHeight = 18, gap = 6, groupGap = 30

    func render() -> Node {
        var y = 0
        var marks: [Node] = []
        for group in groups {
            y += Self.groupGap
            marks.append(.element("text", [.class("chart-group"), .attribute("x", "0"), .attribute("y", "\(y - 8)"), .text(group.label)]))
            for bar in group.bars {
                let length = Int(((bar.share ?? 0) * Double(Self.barSpace)).rounded())
                marks.append(
                    .element(
                        "text",
                        [
                            .class("chart-label"), .attribute("x", "0"), .attribute("y", "\(y + Self.barHeight - 4)"),
                            .text(bar.label),
                        ]))
                marks.append(
                    .element(
                        "rect",
                        [
                            .class("chart-bar \(bar.style)"), .attribute("x", "\(Self.labelWidth)"), .attribute("y", "\(y)"),
                            .attribute("width", "\(max(length, 1))"), .attribute("height", "\(Self.barHeight)"),
                        ]))
                marks.append(
                    .element(
                        "text",
                        [
                            .class("chart-value"), .attribute("x", "\(Self.labelWidth + length + 4)"),
                            .attribute("y", "\(y + Self.barHeight - 4)"),
                            .text(bar.shown),
                        ]))
                y += Self.barHeight + Self.gap
            }
        }
        return .element(
            "figure",
            [
                .class("chart"),
                .element(
                    "svg",
                    [
                        .attribute("viewbox", "0 0 \(Self.width) \(y + 4)"), .role("img"),
                        .attribute("aria-labelledby", "\(id)-title \(id)-desc"), .attribute("focusable", "false"),
                        .element("title", [.id("\(id)-title"), .text(title)]),
                        .element("desc", [.id("\(id)-desc"), .text(summary)]),
                        .group(marks),
                    ]),
                .element("figcaption", [.text(title)]),
            ])
    }
}
