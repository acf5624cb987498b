import Foundation

/// The `wexchange allocate` job as a plain function the command line and tests share: read an
/// instance file, allocate, and write the result so that a failed run leaves no output file
/// (written beside it under a temporary name, then renamed into place).
public enum AllocationJob {
    public enum Failure: Error, CustomStringConvertible {
        /// The instance is unreadable or breaks a rule (exit status 2).
        case input(AllocationInputError)
        /// The result could not be written (exit status 1).
        case output(String)

        public var description: String {
            switch self {
            case .input(let error): "bad input: \(error)"
            case .output(let message): "cannot write the result: \(message)"
            }
        }

        public var exitStatus: Int32 {
            if case .input = self { return 2 }
            return 1
        }
    }

    @discardableResult
    public static func run(
        instance instanceURL: URL, output outputURL: URL, options: AllocationOptions, progress: (String) -> Void = { _ in }
    ) throws(Failure) -> AllocationResult {
        let data: Data
        do {
            data = try Data(contentsOf: instanceURL)
        } catch {
            throw .input(
                AllocationInputError(
                    entity: "instance", field: "(file)", message: "cannot read \(instanceURL.path): \(error.localizedDescription)"))
        }
        progress("read \(data.count) bytes from \(instanceURL.path)")
        let instance: AllocationInstance
        let result: AllocationResult
        do {
            let clock = ContinuousClock(), start = clock.now
            instance = try AllocationInstanceFile.decode(data)
            progress(
                "decoded \(instance.students.count) students and \(instance.opportunities.count) opportunities in \(start.duration(to: clock.now))"
            )
            result = try Allocator.allocate(instance, options: options, progress: progress)
        } catch {
            throw .input(error)
        }
        let clock = ContinuousClock(), start = clock.now
        let encoded = AllocationResultFile.encode(result, instance: instance)
        progress("encoded the result in \(start.duration(to: clock.now))")
        let temporary = outputURL.deletingLastPathComponent()
            .appendingPathComponent(".\(outputURL.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        do {
            try encoded.write(to: temporary)
            // rename(2) replaces an existing file atomically.
            guard rename(temporary.path, outputURL.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .output("\(outputURL.path): \(error.localizedDescription)")
        }
        progress("wrote \(encoded.count) bytes to \(outputURL.path)")
        return result
    }
}
