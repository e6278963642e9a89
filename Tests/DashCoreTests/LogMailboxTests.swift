import EngineAPI
import Testing
@testable import DashCore

@Suite struct LogMailboxTests {
    func lines(_ texts: String...) -> [LogLine] { texts.map { LogLine(stream: .stdout, text: $0) } }

    @Test func asksForAPickupOncePerBatch() {
        let mailbox = LogMailbox(stream: 7, capacity: 100, byteCapacity: 1000)
        #expect(mailbox.post([]) == false)
        #expect(mailbox.post(lines("a")) == true)
        #expect(mailbox.post(lines("b", "c")) == false)
        #expect(mailbox.take().map(\.text) == ["a", "b", "c"])
        #expect(mailbox.take().isEmpty)
        #expect(mailbox.post(lines("d")) == true)
        #expect(mailbox.stream == 7)
    }

    @Test func keepsOnlyTheNewestLinesBetweenPickups() {
        let mailbox = LogMailbox(stream: 1, capacity: 3, byteCapacity: 1000)
        _ = mailbox.post(lines("1", "2"))
        _ = mailbox.post(lines("3", "4", "5"))
        #expect(mailbox.take().map(\.text) == ["3", "4", "5"])
        for i in 0..<100 { _ = mailbox.post(lines("\(i)")) }
        #expect(mailbox.take().map(\.text) == ["97", "98", "99"])
    }

    @Test func keepsOnlyTheNewestBytesButAlwaysTheLastLine() {
        let mailbox = LogMailbox(stream: 1, capacity: 100, byteCapacity: 10)
        _ = mailbox.post(lines("aaaa", "bbbb", "cccc"))
        #expect(mailbox.take().map(\.text) == ["bbbb", "cccc"])
        _ = mailbox.post(lines("a", String(repeating: "x", count: 50)))
        #expect(mailbox.take().map(\.text) == [String(repeating: "x", count: 50)])
    }
}
