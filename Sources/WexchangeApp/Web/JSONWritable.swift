import Foundation

/// A value the API writes with `JSONWriter`.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}
