import Testing
import WexchangeCore

@Suite struct UPNTests {
    @Test func theGuidesWorkedExamplesPass() throws {
        for text in ["H801200001001", "B801200005001", "X00180001701A", " h801200001001 "] {
            let upn = try UPN.parse(text).get()
            #expect(upn.value == text.trimmingWhitespace.uppercased())
        }
        #expect(try UPN.parse("X00180001701A").get().isTemporary)
        #expect(try !UPN.parse("H801200001001").get().isTemporary)
        #expect(UPN.checkLetter(for: "801200001001") == "H")
    }

    @Test(arguments: [
        ("", "is missing"),
        ("H80120000100", "has 12 characters"),
        ("H8012000010011", "has 14 characters"),
        ("A801200001001", "the first letter would be H"),
        ("I801200001001", "must start with its check letter"),
        ("H8012000O1001", "must have digits in characters 2 to 12"),
        ("X00180001701O", "must end with a digit or a letter"),
    ])
    func badUPNsSayWhatIsWrong(text: String, expected: String) {
        guard case .failure(let error) = UPN.parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(error.field == "upn")
        #expect(error.message.contains(expected), "\(error.message)")
    }

    /// Every single-digit typo in a valid UPN is caught (the point of a check letter).
    @Test func everySingleDigitTypoIsCaught() throws {
        let valid = Array("H801200001001")
        for position in 1..<13 {
            for digit in "0123456789" where digit != valid[position] {
                var typo = valid
                typo[position] = digit
                #expect(throws: FieldError.self) { try UPN.parse(String(typo)).get() }
            }
        }
    }
}
