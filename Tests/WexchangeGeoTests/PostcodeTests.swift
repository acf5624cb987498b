import Testing
@testable import WexchangeGeo

@Suite struct PostcodeTests {
    @Test(arguments: [
        ("ne14st", "NE1 4ST", Postcode.Precision.full),
        ("NE1 4ST", "NE1 4ST", .full),
        ("  sw1a   1aa ", "SW1A 1AA", .full),
        ("SW1A1AA", "SW1A 1AA", .full),
        ("m11ae", "M1 1AE", .full),
        ("NE1", "NE1", .outcode),
        ("ne1 4", "NE1 4", .sector),
        ("EC1A", "EC1A", .outcode),
        ("B33 8TH", "B33 8TH", .full),
    ])
    func normalises(input: String, expected: String, precision: Postcode.Precision) {
        let postcode = Postcode(input)
        #expect(postcode?.description == expected)
        #expect(postcode?.precision == precision)
    }

    @Test(arguments: ["", "   ", "12345", "NE1 4STX", "N", "NEE1 4ST", "NE1 ST", "NE1-4ST", "ÑE1 4ST", "NE1 4ST 9", "1NE 4ST"])
    func rejectsMalformed(input: String) {
        #expect(Postcode(input) == nil)
    }

    @Test func sectorAndOutcodeOfAFullPostcode() throws {
        let postcode = try #require(Postcode("NE1 4ST"))
        #expect(postcode.outcode == "NE1")
        #expect(postcode.sector == "NE1 4")
        #expect(postcode.unit == "ST")
    }
}
