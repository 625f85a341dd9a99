import GuanshanText
import Foundation

/// Views per day as an SVG bar chart, drawn on the server: no script, no inline style (the CSP allows
/// neither), colours from the stylesheet's classes. Each bar carries its day and count as a tooltip and
/// for screen readers.
struct ViewsChart {
    struct Day {
        var label: String
        var views: Int
    }

    let days: [Day]
    let title: String
    let describe: (String, Int) -> String

    static let width = 720
    static let height = 200
    private static let top = 16, bottom = 28, left = 44, right = 8

    var svg: String {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let ceiling = Self.niceCeiling(days.map(\.views).max() ?? 0)
        let slot = Double(plotWidth) / Double(max(days.count, 1))
        let barWidth = max(slot * 0.7, 1)
        var parts = [
            #"<svg class="chart" viewBox="0 0 \#(Self.width) \#(Self.height)" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">"#,
            #"<title id="chart-title">\#(Markup.escaped(title))</title>"#,
        ]
        for step in 0...4 {
            let value = ceiling * step / 4
            let y = Double(Self.top) + Double(plotHeight) * (1 - Double(step) / 4)
            parts.append(#"<line class="grid" x1="\#(Self.left)" x2="\#(Self.width - Self.right)" y1="\#(Self.format(y))" y2="\#(Self.format(y))"/>"#)
            parts.append(#"<text class="axis" x="\#(Self.left - 6)" y="\#(Self.format(y + 4))" text-anchor="end">\#(value)</text>"#)
        }
        for (index, day) in days.enumerated() {
            let height = ceiling == 0 ? 0 : Double(plotHeight) * Double(day.views) / Double(ceiling)
            let x = Double(Self.left) + slot * Double(index) + (slot - barWidth) / 2
            let y = Double(Self.top + plotHeight) - height
            let label = Markup.escaped(describe(day.label, day.views))
            parts.append(
                #"<rect class="bar" x="\#(Self.format(x))" y="\#(Self.format(y))" width="\#(Self.format(barWidth))" height="\#(Self.format(max(height, 0.5)))"><title>\#(label)</title></rect>"#)
            if index % 7 == days.count % 7 || index == days.count - 1 {
                let labelX = Self.format(x + barWidth / 2)
                parts.append(#"<text class="axis" x="\#(labelX)" y="\#(Self.height - 8)" text-anchor="middle">\#(Markup.escaped(String(day.label.suffix(5))))</text>"#)
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A round number at or above `value` that divides into four even steps: 4, 8, 20, 400, 1200…
    static func niceCeiling(_ value: Int) -> Int {
        guard value > 4 else { return 4 }
        var unit = 1
        while unit * 10 < value { unit *= 10 }
        for multiple in [1, 2, 4, 5, 8, 10] where unit * multiple >= value && (unit * multiple) % 4 == 0 {
            return unit * multiple
        }
        return ((value + 3) / 4) * 4
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
