import Testing
import WexchangeCore

@Suite struct SignInCodeTests {
    @Test func codesAreGroupedUnambiguousAndReadBackHoweverTyped() {
        var random = SeededRandom(seed: 7)
        let codes = (0..<1_000).map { _ in SignInCode.generate(using: &random) }
        #expect(Set(codes).count == 1_000)
        for code in codes {
            #expect(code.count == 14 && code.split(separator: "-").count == 3)
            #expect(!code.contains { "01OIL".contains($0) })
            #expect(SignInCode.normalised(code) == code)
            #expect(SignInCode.normalised(" " + code.lowercased().replacingOccurrences(of: "-", with: " ") + " ") == code)
        }
        for bad in ["", "K7QX-M3PD-9HT", "K7QX-M3PD-9HTRR", "K7QX-M3PD-9HT0", "K7QX-M3PD-9HT!", "wext_abc"] {
            #expect(SignInCode.normalised(bad) == nil, "\(bad)")
        }
    }

    @Test func signInNamesAreLettersOfTheNamesAndANumber() {
        #expect(SignInCode.signInName(forename: "Zebedee", surname: "Quarrington", number: 4821) == "zebedee.q4821")
        #expect(SignInCode.signInName(forename: "Zoë-Anne", surname: "Ó Briain", number: 7) == "zoeanne.o7")
        #expect(SignInCode.signInName(forename: "<script>", surname: "", number: 1) == "script.x1")
        #expect(SignInCode.signInName(forename: "李", surname: "王", number: 12) == "student.x12")
    }
}
