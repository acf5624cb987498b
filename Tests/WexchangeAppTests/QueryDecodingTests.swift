import Hummingbird
import Testing
@testable import WexchangeApp

@Suite struct QueryDecodingTests {
    @Test(arguments: [
        ("ne1+4st", "ne1 4st"), ("NE1%204ST", "NE1 4ST"), ("caf%C3%A9", "café"), ("100%", "100%"), ("%zz", "%zz"),
        ("a%2Bb", "a+b"), ("plain", "plain"), ("", ""), ("%E2%82", "\u{FFFD}"),
    ])
    func formDecoding(raw: String, decoded: String) {
        #expect(Request.formDecode(Substring(raw)) == decoded)
    }
}
