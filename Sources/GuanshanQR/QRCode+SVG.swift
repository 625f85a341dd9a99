import GuanshanText
extension QRCode {
    /// The code as a standalone SVG image: a light square with the 4-module quiet zone (§6.3.8)
    /// and one `<path>` of the dark modules, a rectangle for each run of dark modules in a row.
    /// Coordinates are in modules (`viewBox`), so the image scales to any size without blurring;
    /// `shape-rendering="crispEdges"` keeps module edges sharp.
    ///
    /// - Parameters:
    ///   - label: what the image shows, for screen readers (`role="img"` with this `aria-label`);
    ///     escaped here.
    ///   - moduleSize: pixels a module in the `width` and `height` attributes (at least 1).
    ///   - color: the dark modules' fill, a CSS color (escaped, not checked).
    ///   - background: the light modules' fill, or nil for none (transparent: then the page behind
    ///     must be light for the code to scan).
    public func svg(label: String, moduleSize: Int = 4, color: String = "#000", background: String? = "#fff") -> String {
        let side = size + 2 * Self.quietZone
        let pixels = side * max(1, moduleSize)
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(side) \#(side)""#
            + #" width="\#(pixels)" height="\#(pixels)""#
            + #" role="img" aria-label="\#(Markup.escaped(label))" shape-rendering="crispEdges">"#
        if let background {
            svg += #"<rect width="\#(side)" height="\#(side)" fill="\#(Markup.escaped(background))"/>"#
        }
        svg += #"<path fill="\#(Markup.escaped(color))" d="\#(pathData)"/></svg>"#
        return svg
    }

    /// Modules of light margin on every side, as the standard requires.
    public static let quietZone = 4

    /// `M x y h n v 1 h -n z` for each run of dark modules in a row, in quiet-zone coordinates.
    var pathData: String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                path += "M\(start + Self.quietZone) \(y + Self.quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }
}
