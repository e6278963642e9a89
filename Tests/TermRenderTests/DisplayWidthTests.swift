import Testing
import TermRender

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII takes one cell per character")
    func ascii() {
        #expect("hello, world".displayWidth == 12)
        #expect(DisplayWidth.string("") == 0)
        #expect(Character("~").displayWidth == 1)
    }

    @Test("CJK ideographs and fullwidth forms take two cells")
    func cjk() {
        #expect("日本語".displayWidth == 6)
        #expect("ｗｉｄｅ".displayWidth == 8)
        #expect("한국어".displayWidth == 6)
        #expect("abc日本".displayWidth == 7)
    }

    @Test("Emoji take two cells, including modifiers, ZWJ sequences, flags and VS16",
          arguments: ["🐳", "👍🏽", "👨‍👩‍👧", "🇩🇪", "❤️", "#️⃣", "🏳️‍🌈"])
    func emoji(_ emoji: String) {
        #expect(emoji.count == 1)
        #expect(emoji.displayWidth == 2)
    }

    @Test("Text-presentation symbols without VS16 stay narrow")
    func textPresentation() {
        #expect("❤".displayWidth == 1)
        #expect("™".displayWidth == 1)
    }

    @Test("Combining marks add no width")
    func combining() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(decomposed.displayWidth == 1)
        #expect("Cafe\u{0301}".displayWidth == 4)
        #expect(DisplayWidth.scalar("\u{0301}") == 0)
        #expect(DisplayWidth.scalar("\u{200D}") == 0)
        #expect(DisplayWidth.scalar("\u{FE0F}") == 0)
    }

    @Test("Zero-width clusters on their own take nothing")
    func zeroWidthAlone() {
        #expect(Character("\u{200B}").displayWidth == 0)
        #expect(Character("\u{2066}").displayWidth == 0)
    }

    @Test("Controls count as their one-cell visible stand-in")
    func controls() {
        #expect(Character("\u{1B}").displayWidth == 1)
        #expect(DisplayWidth.visible("\u{1B}") == "␛")
        #expect(DisplayWidth.visible("\n") == "␊")
        #expect(DisplayWidth.visible("\u{7F}") == "␡")
        #expect(DisplayWidth.visible("\u{85}") == "\u{FFFD}")
        #expect(DisplayWidth.visible("\r\n") == "␍")
    }
}
