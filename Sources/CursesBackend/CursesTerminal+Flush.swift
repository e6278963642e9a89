import CNCurses
import TermRender

extension CursesTerminal {
    /// Writes what changed since the last flush (everything after `forceRedraw`, `resume` or a size change)
    /// into curses' buffer, then updates the terminal once.
    public func flush(_ screen: Screen) {
        guard phase == .active else { return }
        let runs: [ScreenRun]
        if let lastDrawn, lastDrawn.size == screen.size {
            runs = screen.diff(from: lastDrawn)
        } else {
            // Cells outside a smaller new frame must not keep old content.
            _ = werase(window)
            runs = screen.allRuns
        }
        let limit = currentCursesSize()
        for run in runs where run.row < limit.rows {
            write(run, columnLimit: limit.columns)
        }
        // One terminal update per frame. ERR here means the terminal could not be written (e.g. hung up);
        // there is nobody to show an error to, and the next frame tries again.
        _ = wrefresh(window)
        lastDrawn = screen
    }

    private func write(_ run: ScreenRun, columnLimit: Int) {
        var column = run.column
        for cell in run.cells {
            defer { column += 1 }
            // The right half of a wide grapheme is drawn by its left half.
            guard !cell.isContinuation, column < columnLimit else { continue }
            let glyph = CursesGlyph.make(text: cell.text, width: cell.width, unicode: unicode) { swdash_wcwidth($0) }
            let look = cursesStyle(for: cell.style)
            var partColumn = column
            for part in glyph.parts where partColumn + part.columns <= columnLimit {
                put(part, row: run.row, column: partColumn, look: look)
                partColumn += part.columns
            }
        }
    }

    private func put(_ part: CursesGlyph.Part, row: Int, column: Int, look: (attributes: attr_t, pair: Int32)) {
        var character = cchar_t()
        var pair = look.pair
        let wide = part.scalars + [0]
        let status = wide.withUnsafeBufferPointer { buffer in
            // The opts pointer carries the pair as an int, which is the only way to use pairs above 255.
            setcchar(&character, buffer.baseAddress, look.attributes, 0, &pair)
        }
        guard status == OK else { return }
        // Writing the bottom-right cell returns ERR (the cursor cannot move past it) but the cell is drawn.
        _ = mvwadd_wch(window, Int32(row), Int32(column), &character)
    }

    /// Curses attributes and colour pair for a style under the current theme, cached per style.
    func cursesStyle(for style: Style) -> (attributes: attr_t, pair: Int32) {
        if let cached = styleCache[style] { return cached }
        // Log lines bring their own colours (any of 2^24): keep the cache from growing without bound.
        if styleCache.count >= 4096 { styleCache.removeAll(keepingCapacity: true) }
        let resolved = theme.resolve(style)
        var attributes = swdash_a_normal()
        if resolved.attributes.contains(.bold) { attributes |= swdash_a_bold() }
        if resolved.attributes.contains(.underline) { attributes |= swdash_a_underline() }
        if resolved.attributes.contains(.reverse) { attributes |= swdash_a_reverse() }
        if resolved.attributes.contains(.dim) { attributes |= swdash_a_dim() }
        let pair = colorPairs?.pair(foreground: resolved.foreground, background: resolved.background) ?? 0
        let look = (attributes: attributes, pair: pair)
        styleCache[style] = look
        return look
    }
}
