/// A closed vocabulary used in listings and filters: a stable machine value (`rawValue`, used in
/// the API, the database and URLs) and a plain-English label for people.
public protocol Taxonomy: CaseIterable, Codable, Hashable, Sendable, RawRepresentable
where RawValue == String, AllCases: RandomAccessCollection, AllCases.Index == Int {
    var label: String { get }
}

extension Taxonomy {
    /// The position of this value in `allCases`; used for compact bit sets and facet arrays.
    /// Every taxonomy is an enum without payloads, declared in `allCases` order, so the value's
    /// one byte is its case number (`TaxonomyTests` checks it for every taxonomy); searching
    /// `allCases` instead was a tenth of the time it took to load 100,000 listings.
    @inline(__always)
    public var ordinal: Int {
        guard MemoryLayout<Self>.size == 1 else { return Self.allCases.firstIndex(of: self)! }
        return Int(withUnsafeBytes(of: self) { $0[0] })
    }

    /// All machine values, comma separated, for error messages that list what is allowed.
    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public init?(ordinal: Int) {
        guard Self.allCases.indices.contains(ordinal) else { return nil }
        self = Self.allCases[ordinal]
    }
}

/// A set of taxonomy values stored as bits, so filters are a single AND.
public struct TaxonomySet<Value: Taxonomy>: Hashable, Sendable, Sequence {
    public private(set) var bits: UInt64

    public init(bits: UInt64 = 0) { self.bits = bits }
    public init<S: Sequence>(_ values: S) where S.Element == Value {
        bits = 0
        for value in values { insert(value) }
    }

    public mutating func insert(_ value: Value) { bits |= 1 << UInt64(value.ordinal) }
    public mutating func remove(_ value: Value) { bits &= ~(1 << UInt64(value.ordinal)) }
    public func contains(_ value: Value) -> Bool { bits & (1 << UInt64(value.ordinal)) != 0 }
    public var isEmpty: Bool { bits == 0 }

    public var underestimatedCount: Int { bits.nonzeroBitCount }

    /// Walks the set bits in `allCases` order (filtering `allCases` instead was a tenth of a
    /// cohort import's time).
    public func makeIterator() -> Iterator { Iterator(remaining: bits) }

    public struct Iterator: IteratorProtocol {
        var remaining: UInt64
        var all: Value.AllCases? = nil

        public mutating func next() -> Value? {
            guard remaining != 0 else { return nil }
            let ordinal = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            if all == nil { all = Value.allCases }
            return all![ordinal]
        }
    }
}
