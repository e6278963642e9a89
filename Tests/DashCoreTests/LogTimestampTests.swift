import Testing
@testable import DashCore

@Suite struct LogTimestampTests {
    func parse(_ text: String) -> Int64? { LogTimestamp.parse(Array(text.utf8))?.nanoseconds }

    @Test func readsTheEnginesFormatsAndTheirLength() {
        let parsed = LogTimestamp.parse(Array("2023-11-14T22:13:20.123456789Z rest".utf8))
        #expect(parsed?.nanoseconds == 1_700_000_000_123_456_789 && parsed?.length == 31)
        #expect(parse("2023-11-14T22:13:20Z x") == 1_700_000_000_000_000_000)
        #expect(parse("2023-11-14T22:13:20.5Z x") == 1_700_000_000_500_000_000)
        #expect(parse("2023-11-14T23:13:20.000+01:00 x") == 1_700_000_000_000_000_000)
        #expect(parse("1969-12-31T23:59:59Z x") == -1_000_000_000)
    }

    @Test func rejectsWhatIsNotATimestamp() {
        for text in ["2023-11-14T22:13:20Z", "hello world", "2023-13-14T22:13:20Z x", "2023-11-14 22:13:20Z x",
                     "2023-11-14T22:13:20.Z x", "2023-11-14T22:13:20+0100 x", ""] {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    @Test func formatsInUTC() {
        #expect(LogTimestamp.text(1_700_000_000_123_456_789) == "2023-11-14T22:13:20.123Z")
        #expect(LogTimestamp.text(-1_000_000_000) == "1969-12-31T23:59:59.000Z")
        #expect(LogTimestamp.text(951_782_400_000_000_000) == "2000-02-29T00:00:00.000Z")
        #expect(LogTimestamp.fileStamp(1_700_000_000.9) == "20231114-221320")
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = LogTimestamp.civilFromDays(days)
            #expect(LogTimestamp.daysFromCivil(year: y, month: m, day: d) == days)
        }
    }
}
