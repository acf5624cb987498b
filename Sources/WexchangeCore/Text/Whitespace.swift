extension String {
    /// The text without leading and trailing spaces and tabs: the same characters as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` (tab and every Unicode space separator), without
    /// its bridging through `NSString`, which was 5% of the CPU of a search request.
    public var trimmingWhitespace: String {
        // Almost every value has neither leading nor trailing space: hand it back whole.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHorizontalSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isHorizontalSpace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// A tab or a space separator (U+0020, no-break space, the typographic spaces…).
    @inlinable public var isHorizontalSpace: Bool {
        self == "\t" || self == " " || (value > 0x7F && properties.generalCategory == .spaceSeparator)
    }
}
