extension String {
    /// How many line breaks the text holds (CR LF counts once): a quoted CSV value with breaks in
    /// it spans that many more physical lines, so row numbers in errors match what an editor shows.
    public var lineBreakCount: Int {
        var count = 0
        var previous: Unicode.Scalar = "\0"
        for scalar in unicodeScalars {
            if scalar == "\n" && previous != "\r" || scalar == "\r" { count += 1 }
            previous = scalar
        }
        return count
    }
}
