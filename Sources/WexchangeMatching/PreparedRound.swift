/// A validated instance in the engine's compact form, to run phase 1 on its own (benchmarks, and
/// rounds that want to look before clearing).
public struct PreparedRound: Sendable {
    let prepared: PreparedInstance

    public init(_ instance: AllocationInstance) throws(AllocationInputError) {
        try instance.validate()
        prepared = PreparedInstance(instance)
    }

    /// Runs deferred acceptance and returns how many students it placed.
    public func deferredAcceptance() -> Int {
        DeferredAcceptance(prepared).assigned.count { $0 >= 0 }
    }
}
