import CZlib
import Foundation

enum GzipError: Error, CustomStringConvertible {
    case corrupt(String)
    var description: String {
        switch self {
        case .corrupt(let why): "gzip data could not be read: \(why)"
        }
    }
}

/// Decompresses gzip data with the system zlib (Foundation on Linux has no gzip reader).
enum Gzip {
    static func decompress(_ data: Data) throws -> Data {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header, not a raw zlib one.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GzipError.corrupt("inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var output = Data(count: max(data.count * 4, 1 << 16))
        var written = 0
        let status: Int32 = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                if written == output.count { output.count *= 2 }
                let result: Int32 = output.withUnsafeMutableBytes { out in
                    stream.next_out = out.bindMemory(to: Bytef.self).baseAddress! + written
                    stream.avail_out = uInt(out.count - written)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    written = out.count - Int(stream.avail_out)
                    return result
                }
                if result == Z_STREAM_END { return Z_OK }
                if result != Z_OK && result != Z_BUF_ERROR { return result }
                if result == Z_BUF_ERROR && stream.avail_in == 0 { return result }
            }
        }
        guard status == Z_OK else { throw GzipError.corrupt("inflate returned \(status)") }
        output.count = written
        return output
    }
}
