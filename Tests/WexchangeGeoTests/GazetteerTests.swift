import Testing
@testable import WexchangeGeo

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.bundled

    @Test func fullPostcodeUsesItsOwnCoordinates() throws {
        // shared/data/SOURCES.md: SW1A 1AA = 51.50101, −0.14159 (Buckingham Palace).
        let place = try gazetteer.geocode("sw1a1aa").get()
        #expect(place.matchedPrecision == .full)
        #expect(abs(place.coordinate.latitude - 51.50101) < 1e-6)
        #expect(abs(place.coordinate.longitude + 0.14159) < 1e-6)
        #expect(place.postcode.description == "SW1A 1AA")
    }

    @Test func sectorAndDistrictCentroids() throws {
        let district = try gazetteer.geocode("NE1").get()
        #expect(district.matchedPrecision == .outcode)
        #expect(abs(district.coordinate.latitude - 54.9725) < 0.001)
        #expect(district.localAuthorityName == "Newcastle upon Tyne")
        let sector = try gazetteer.geocode("NE1 4").get()
        #expect(sector.matchedPrecision == .sector)
    }

    @Test func unknownUnitFallsBackToItsSectorThenDistrict() throws {
        // "NE1 4ZZ" has the shape of a postcode but is not a live one.
        let place = try gazetteer.geocode("NE1 4ZZ").get()
        #expect(place.matchedPrecision == .sector)
        #expect(place.postcode.description == "NE1 4ZZ")
    }

    @Test func unknownDistrictIsAnErrorNamingThePostcode() {
        #expect(gazetteer.geocode("ZZ99 9ZZ") == .failure(.unknown("ZZ99 9ZZ")))
        #expect(GeocodingError.unknown("ZZ99 9ZZ").description.contains("ZZ99 9ZZ"))
    }

    @Test func malformedIsAnErrorNamingTheText() {
        #expect(gazetteer.geocode("not a postcode") == .failure(.malformed("not a postcode")))
    }

    @Test func packedKeysSortAsTheFileDoes() throws {
        let keys = ["AB1 0AA", "AB10 1AB", "AB10 1AF", "B1 1AA", "B10 0AA", "BA1 0AA"].map { FullPostcodeTable.key($0.utf8)! }
        #expect(keys == keys.sorted())
        #expect(FullPostcodeTable.key("AB1".utf8) == nil)
    }

    @Test func englishDistrictsCoverEnglandOnly() {
        let districts = gazetteer.englishDistricts
        #expect(districts.count > 2_000)
        #expect(districts.allSatisfy { $0.country == "England" })
        #expect(!districts.contains { $0.code == "AB10" })
    }
}
