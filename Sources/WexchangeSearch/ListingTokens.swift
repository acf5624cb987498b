import Foundation
import Synchronization
import WexchangeCore

/// Turns listings into `PreparedEntry`s: their words interned, each word once at its
/// best-weighted field. A large batch (the first load: 100,000 listings) is split across the
/// cores: each part finds its listings' words and interns them in a vocabulary of its own, and
/// the parts' vocabularies are then merged into the index's and their ids renumbered, which is
/// cheap because a part has far fewer distinct words than words.
enum ListingTokens {
    static let parallelThreshold = 4_000

    /// A part's result: each listing's tokens as `word id << 8 | field`, in the part's own ids.
    struct Part: Sendable {
        var vocabulary = Vocabulary()
        var tokens: [[UInt64]] = []
        var labelIds: [Int: [UInt32]] = [:]
        var providerIds: [UUID: [UInt32]] = [:]
    }

    static func prepare(
        _ entries: [CatalogueEntry], providers: [UUID: CatalogueProvider], into vocabulary: inout Vocabulary
    ) -> [PreparedEntry] {
        let chunks = entries.count < parallelThreshold ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        let size = max(1, (entries.count + chunks - 1) / chunks)
        let parts = Mutex<[Part]>(Array(repeating: Part(), count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let part = self.part(
                of: entries[min(entries.count, chunk * size)..<min(entries.count, (chunk + 1) * size)], providers: providers)
            parts.withLock { $0[chunk] = part }
        }
        var position = 0
        let batches = parts.withLock { $0 }.map { part in
            defer { position += part.tokens.count }
            return (part, entries[position..<(position + part.tokens.count)])
        }
        return merge(batches, into: &vocabulary)
    }

    /// The words of `entries`, interned in a vocabulary of their own.
    static func part(of entries: ArraySlice<CatalogueEntry>, providers: [UUID: CatalogueProvider]) -> Part {
        var part = Part()
        part.tokens.reserveCapacity(entries.count)
        for entry in entries { part.tokens.append(tokens(of: entry, providers: providers, part: &part)) }
        return part
    }

    /// Parts' words renumbered into `vocabulary`, each word once at its best field. Interning is
    /// one part after another (it is a few thousand distinct words each); renumbering and sorting
    /// each listing's words, the costly part, runs on every core.
    static func merge(_ batches: [(part: Part, entries: ArraySlice<CatalogueEntry>)], into vocabulary: inout Vocabulary) -> [PreparedEntry]
    {
        let globals = batches.map { batch in batch.part.vocabulary.words.map { vocabulary.intern($0) } }
        let results = Mutex<[[PreparedEntry]]>(Array(repeating: [], count: batches.count))
        DispatchQueue.concurrentPerform(iterations: batches.count) { index in
            let prepared = renumber(batches[index].part, entries: batches[index].entries, global: globals[index])
            results.withLock { $0[index] = prepared }
        }
        return results.withLock { $0 }.flatMap { $0 }
    }

    private static func renumber(_ part: Part, entries: ArraySlice<CatalogueEntry>, global: [UInt32]) -> [PreparedEntry] {
        zip(entries, part.tokens).map { entry, local in
            var tokens = local.map { UInt64(global[Int($0 >> 8)]) << 8 | $0 & 0xFF }
            tokens.sort()
            var tokenIds: [UInt32] = [], tokenFields: [UInt8] = []
            tokenIds.reserveCapacity(tokens.count)
            tokenFields.reserveCapacity(tokens.count)
            // Sorted by id then field, the first of each id is its best field.
            for token in tokens where UInt32(token >> 8) != tokenIds.last {
                tokenIds.append(UInt32(token >> 8))
                tokenFields.append(UInt8(token & 0xFF))
            }
            return PreparedEntry(entry: entry, tokenIds: tokenIds, tokenFields: tokenFields)
        }
    }

    private static func tokens(of entry: CatalogueEntry, providers: [UUID: CatalogueProvider], part: inout Part) -> [UInt64] {
        let details = entry.details
        var tokens: [UInt64] = []
        func add(_ ids: [UInt32], _ field: TextField) {
            for id in ids { tokens.append(UInt64(id) << 8 | UInt64(field.rawValue)) }
        }
        func add(_ text: String, _ field: TextField) {
            for word in TextSearch.words(text) { tokens.append(UInt64(part.vocabulary.intern(word)) << 8 | UInt64(field.rawValue)) }
        }
        add(details.title, .title)
        if let known = part.providerIds[entry.providerId] {
            add(known, .provider)
        } else {
            let ids = TextSearch.words(providers[entry.providerId]?.name ?? "").map { part.vocabulary.intern($0) }
            part.providerIds[entry.providerId] = ids
            add(ids, .provider)
        }
        add(details.summary, .summary)
        let labelKey = details.type.ordinal << 8 | details.sector.ordinal
        if let known = part.labelIds[labelKey] {
            add(known, .labels)
        } else {
            let ids = TextSearch.words("\(details.type.label) \(details.sector.label)").map { part.vocabulary.intern($0) }
            part.labelIds[labelKey] = ids
            add(ids, .labels)
        }
        add(details.description, .description)
        return tokens
    }
}
