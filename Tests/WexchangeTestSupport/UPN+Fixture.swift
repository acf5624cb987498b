import WexchangeCore

extension UPN {
    /// A valid UPN for a serial number (LA 801, establishment 2000, allocated in 2015), for tests.
    public static func fixture(_ serial: Int) -> String {
        let rest = "8012000" + "15" + String(String(serial + 1000).suffix(3))
        return String(checkLetter(for: rest)!) + rest
    }
}
