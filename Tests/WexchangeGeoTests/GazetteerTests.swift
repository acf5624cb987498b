import Foundation
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
        let keys = ["AB1 0AA", "AB10 1AB", "AB10 1AF", "B1 1AA", "B10 0AA", "BA1 0AA"].map { FullPostcodeTable.key($0)! }
        #expect(keys == keys.sorted())
        #expect(FullPostcodeTable.key("AB1") == nil)
    }

    @Test func theTableReaderSortsSkipsBadRowsAndReadsTheLastLine() throws {
        // Out of order, Windows line ends, a row with no coordinates, a lower-case and a
        // spaceless postcode, and a last line with no line end.
        let csv =
            "postcode,latitude,longitude\r\nNE1 4ST,54.97,-1.6\r\nAB10 1AB,57.14961,-2.09692\r\n"
            + "B1 1BB,,\nne1 1aa,54.9,-1.6\nSW1A1AA,51.5,-0.1\nM1 1AE,53.4774,-2.2309"
        let table = FullPostcodeTable(csv: Data(csv.utf8))
        #expect(table.count == 3)
        func at(_ text: String) -> Coordinate? { Postcode(text).flatMap(table.coordinate(of:)) }
        #expect(at("AB10 1AB") == Coordinate(latitude: 57.14961, longitude: -2.09692))
        #expect(at("NE1 4ST") == Coordinate(latitude: 54.97, longitude: -1.6))
        #expect(at("M1 1AE") == Coordinate(latitude: 53.4774, longitude: -2.2309))
        #expect(at("B1 1BB") == nil)
        #expect(at("NE1 1AA") == nil)
        #expect(table.postcodes(inDistrict: "NE1") == ["NE1 4ST"])
    }

    @Test func englishDistrictsCoverEnglandOnly() {
        let districts = gazetteer.englishDistricts
        #expect(districts.count > 2_000)
        #expect(districts.allSatisfy { $0.country == "England" })
        #expect(!districts.contains { $0.code == "AB10" })
    }
}
