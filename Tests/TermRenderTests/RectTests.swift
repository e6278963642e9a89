import Testing
import TermRender

@Suite("Rect layout")
struct RectTests {
    let area = Rect(x: 2, y: 1, width: 10, height: 6)

    @Test("Splitting from each side")
    func splits() {
        let (top, rest) = area.splitTop(2)
        #expect(top == Rect(x: 2, y: 1, width: 10, height: 2))
        #expect(rest == Rect(x: 2, y: 3, width: 10, height: 4))
        let (above, bottom) = area.splitBottom(1)
        #expect(above.height == 5)
        #expect(bottom == Rect(x: 2, y: 6, width: 10, height: 1))
        let (left, right) = area.splitLeft(3)
        #expect(left.width == 3 && right.x == 5 && right.width == 7)
        #expect(area.splitRight(4).right == Rect(x: 8, y: 1, width: 4, height: 6))
        #expect(area.splitTop(99).rest.isEmpty)
    }

    @Test("Rows and columns with fixed and flexible parts")
    func bands() {
        #expect(area.rows([1, nil, 1]).map(\.height) == [1, 4, 1])
        #expect(area.rows([1, nil, 1]).map(\.y) == [1, 2, 6])
        #expect(area.columns([nil, nil, nil]).map(\.width) == [4, 3, 3])
        #expect(area.columns(count: 4).map(\.x) == [2, 5, 8, 10])
        #expect(area.columns([8, 8]).map(\.width) == [8, 2])
        #expect(area.line(2) == Rect(x: 2, y: 3, width: 10, height: 1))
        #expect(area.line(6).isEmpty)
    }

    @Test("Inset and intersection")
    func insetAndIntersection() {
        #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 4))
        #expect(area.inset(by: 9).isEmpty)
        #expect(area.intersection(Rect(x: 0, y: 0, width: 5, height: 3)) == Rect(x: 2, y: 1, width: 3, height: 2))
        #expect(area.intersection(Rect(x: 50, y: 50, width: 2, height: 2)).isEmpty)
        #expect(area.contains(Point(x: 11, y: 6)) && !area.contains(Point(x: 12, y: 6)))
    }
}
