import Foundation

/// The inverted index for word search: for every interned word, the slots whose listing has it
/// (ascending) with the weight of its best field there, in one flat array (compressed sparse
/// rows); and the vocabulary's ids in byte order of their words, so the words a query term is a
/// prefix of are one binary search away. Rebuilt with the slots: two passes over the listings'
/// words, no per-word arrays.
struct WordIndex: Sendable {
    /// `slots[start[id]..<start[id + 1]]` hold word `id`'s listings; `weights` run alongside.
    private var start: [Int32] = [0]
    private var slots: [Int32] = []
    private var weights: [UInt8] = []
    /// Word ids sorted by their words' UTF-8 bytes: words sharing a prefix sit together.
    private var sorted: [UInt32] = []

    init() {}

    init(slots entries: [PreparedEntry], vocabulary: Vocabulary, sorted previous: WordIndex?) {
        let wordCount = vocabulary.words.count
        var start = [Int32](repeating: 0, count: wordCount + 1)
        for entry in entries { for id in entry.tokenIds { start[Int(id) + 1] += 1 } }
        for id in 0..<wordCount { start[id + 1] += start[id] }
        var next = start
        var slots = [Int32](repeating: 0, count: Int(start[wordCount]))
        var weights = [UInt8](repeating: 0, count: slots.count)
        for (slot, entry) in entries.enumerated() {
            for (position, id) in entry.tokenIds.enumerated() {
                let at = Int(next[Int(id)])
                slots[at] = Int32(slot)
                weights[at] = TextField.weights[Int(entry.tokenFields[position])]
                next[Int(id)] += 1
            }
        }
        self.start = start
        self.slots = slots
        self.weights = weights
        // The vocabulary only grows: sort again only when it has new words.
        if let previous, previous.sorted.count == wordCount {
            sorted = previous.sorted
        } else {
            sorted = (0..<UInt32(wordCount)).sorted {
                vocabulary.words[Int($0)].utf8.lexicographicallyPrecedes(vocabulary.words[Int($1)].utf8)
            }
        }
    }

    /// The ids of the words `term` matches: those it begins (terms of one or two letters must be
    /// the whole word, as "it" or "uk" would otherwise match most listings).
    func words(matching term: String, in vocabulary: Vocabulary) -> [UInt32] {
        if term.count < 3 { return vocabulary.ids[term].map { [$0] } ?? [] }
        let words = vocabulary.words
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) >> 1
            if words[Int(sorted[middle])].utf8.lexicographicallyPrecedes(term.utf8) { low = middle + 1 } else { high = middle }
        }
        var found: [UInt32] = []
        while low < sorted.count, words[Int(sorted[low])].utf8.starts(with: term.utf8) {
            found.append(sorted[low])
            low += 1
        }
        return found
    }

    /// Adds to each slot's score the weight of the best field in which one of `words` occurs, and
    /// sets `mask`'s bit for every slot with one. `best` is all zeros, one per slot, and is left so:
    /// the work follows the words' listings, never the whole catalogue.
    func addBestWeights(
        of words: [UInt32], to scores: UnsafeMutableBufferPointer<UInt16>, mask: UnsafeMutableBufferPointer<UInt64>,
        best: UnsafeMutableBufferPointer<UInt8>
    ) {
        slots.withUnsafeBufferPointer { slots in
            weights.withUnsafeBufferPointer { weights in
                func postings(_ word: UInt32) -> Range<Int> { Int(start[Int(word)])..<Int(start[Int(word) + 1]) }
                if words.count == 1 {
                    // A listing has each word once, so its weight is the best.
                    for position in postings(words[0]) {
                        let slot = Int(slots[position])
                        scores[slot] &+= UInt16(weights[position])
                        mask[slot >> 6] |= 1 << UInt64(slot & 63)
                    }
                    return
                }
                for word in words {
                    for position in postings(word) {
                        let slot = Int(slots[position])
                        if weights[position] > best[slot] { best[slot] = weights[position] }
                    }
                }
                for word in words {
                    for position in postings(word) {
                        let slot = Int(slots[position])
                        guard best[slot] != 0 else { continue }
                        scores[slot] &+= UInt16(best[slot])
                        best[slot] = 0
                        mask[slot >> 6] |= 1 << UInt64(slot & 63)
                    }
                }
            }
        }
    }
}

/// A query's words resolved against the index: the slots that have every term (as a bitmap
/// over slots) and each term's best weight per slot, so relevance is a few array reads.
struct WordMatches {
    /// Bit `slot` of word `slot >> 6`: the listing matches every term.
    let mask: [UInt64]
    /// Each slot's relevance: every term's best field weight, summed (title 8 … description 1).
    private let scores: [UInt16]

    init(terms: [String], index: WordIndex, vocabulary: Vocabulary, slotCount: Int) {
        let words = (slotCount + 63) >> 6
        var all = [UInt64](repeating: ~0, count: words)
        var scores = [UInt16](repeating: 0, count: slotCount)
        let termMask = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: words)
        let best = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: slotCount)
        best.initialize(repeating: 0)
        defer {
            termMask.deallocate()
            best.deallocate()
        }
        scores.withUnsafeMutableBufferPointer { scores in
            for term in terms {
                termMask.initialize(repeating: 0)
                index.addBestWeights(of: index.words(matching: term, in: vocabulary), to: scores, mask: termMask, best: best)
                for word in all.indices { all[word] &= termMask[word] }
            }
        }
        mask = all
        self.scores = scores
    }

    @inline(__always) func contains(_ slot: Int) -> Bool { mask[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }

    @inline(__always) func score(_ slot: Int) -> Int { Int(scores[slot]) }
}
