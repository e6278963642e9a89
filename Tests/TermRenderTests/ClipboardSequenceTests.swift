import Foundation
import Testing
import TermRender

@Suite("OSC 52 and explicit colours")
struct ClipboardSequenceTests {
    @Test("Base64 matches Foundation's for every length and byte")
    func base64() {
        var bytes: [UInt8] = []
        for length in 0..<70 {
            #expect(String(decoding: ClipboardSequence.base64(bytes), as: UTF8.self) == Data(bytes).base64EncodedString(),
                    "length \(length)")
            bytes.append(UInt8((length * 37 + 11) % 256))
        }
        let all = (0...255).map { UInt8($0) }
        #expect(String(decoding: ClipboardSequence.base64(all), as: UTF8.self) == Data(all).base64EncodedString())
    }

    @Test("The sequence: OSC 52 for the clipboard, payload in base64, BEL; the text cannot end it early")
    func sequence() {
        let bytes = ClipboardSequence.osc52("héllo\u{7}\u{1b}\\")
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1b}]52;c;" + Data("héllo\u{7}\u{1b}\\".utf8).base64EncodedString() + "\u{7}")
        #expect(bytes.dropFirst().dropLast().allSatisfy { $0 >= 0x20 && $0 < 0x7F })
    }

    @Test("A style's own foreground wins over its role's; attributes still add up")
    func explicitForeground() {
        let style = Style(.logStderr, [.bold], foreground: .rgb(1, 2, 3))
        let resolved = Theme.defaultDark.resolve(style)
        #expect(resolved.foreground == .rgb(1, 2, 3))
        #expect(resolved.attributes.contains(.bold))
        #expect(Theme.defaultDark.resolve(Style(.logStderr)).foreground == Theme.defaultDark[.logStderr].foreground)
        #expect(style.adding([.underline]).foreground == .rgb(1, 2, 3))
        #expect(Set(Role.logSources.map(\.mapLetter)).count == Role.logSources.count)
    }
}
