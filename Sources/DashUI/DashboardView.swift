import DashCore
import TermRender

/// The whole dashboard frame: header, tabs, the focused list with its detail box (or a full-screen log or
/// inspect view), key hints, the message line, and any overlay on top. Pure: the same state draws the same cells.
public enum DashboardView {
    /// Draws one frame of `state.size`; `unicode == false` draws with ASCII only (borders, arrows, ellipsis).
    public static func render(_ state: AppState, unicode: Bool) -> Screen {
        var screen = Screen(size: state.size)
        let glyphs = Glyphs(unicode: unicode)
        let layout = state.layout
        guard !layout.tooSmall else {
            drawTooSmall(state.size, glyphs: glyphs, into: &screen)
            return screen
        }
        let rows = state.size.rows
        HeaderBar(state: state, glyphs: glyphs).render(row: 0, into: &screen)
        TabsBar(state: state, glyphs: glyphs).render(row: 1, into: &screen)
        let body = Rect(x: 0, y: 2, width: state.size.columns, height: max(0, rows - 4))
        if let inspect = state.inspect {
            InspectPane(inspect: inspect, glyphs: glyphs).render(in: body, into: &screen)
        } else if let log = state.log, log.fullScreen {
            LogPane(log: log, preferences: state.logPreferences, glyphs: glyphs, focused: true).render(in: body, into: &screen)
        } else {
            let (list, rest) = body.splitTop(layout.listBoxRows)
            drawList(state, glyphs: glyphs, in: list, into: &screen)
            if layout.split {
                let detail = rest.splitTop(layout.detailBoxRows).top
                if state.pane == .containers {
                    LogPane(log: state.log, preferences: state.logPreferences, glyphs: glyphs, focused: false).render(in: detail, into: &screen)
                } else {
                    ObjectDetailPane(state: state, glyphs: glyphs).render(in: detail, into: &screen)
                }
            }
        }
        FooterHints(state: state, glyphs: glyphs).render(row: rows - 2, into: &screen)
        MessageLine(state: state, glyphs: glyphs).render(row: rows - 1, into: &screen)
        switch state.overlay {
        case .help: HelpOverlay(state: state, glyphs: glyphs).render(into: &screen)
        case .confirm(let confirmation): ConfirmDialog(confirmation: confirmation, glyphs: glyphs).render(into: &screen)
        case .prune(let plan): PruneDialog(plan: plan, state: state, glyphs: glyphs).render(into: &screen)
        case nil: break
        }
        return screen
    }

    private static func drawList(_ state: AppState, glyphs: Glyphs, in rect: Rect, into screen: inout Screen) {
        switch state.pane {
        case .containers: ContainersPane(state: state, glyphs: glyphs).render(in: rect, into: &screen)
        case .images: ImagesPane(state: state, glyphs: glyphs).render(in: rect, into: &screen)
        case .volumes: VolumesPane(state: state, glyphs: glyphs).render(in: rect, into: &screen)
        }
    }

    /// Below `Layout.minimum`: only a centred note saying how much room is needed.
    private static func drawTooSmall(_ size: Size, glyphs: Glyphs, into screen: inout Screen) {
        let need = Layout.minimum
        let detail = "(need \(need.columns)x\(need.rows), have \(size.columns)x\(size.rows))"
        let text = "terminal too small " + detail
        // One line when it fits; otherwise the verdict and the sizes each on their own lines.
        let lines = text.displayWidth <= size.columns ? [text]
            : TextWrap.lines("terminal too small", width: size.columns, ellipsis: glyphs.ellipsis)
                + TextWrap.lines(detail, width: size.columns, ellipsis: glyphs.ellipsis)
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.prefix(size.rows).enumerated() {
            screen.writeCentred(line, in: screen.bounds, y: top + offset, style: Style(.statusError),
                                ellipsis: glyphs.ellipsis)
        }
    }
}
