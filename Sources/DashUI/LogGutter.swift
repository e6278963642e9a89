import DashCore
import TermRender

/// What stands in front of each log line: the container's name in a merged log (a colour per container) and
/// the timestamp when they are shown. Left out when the pane is too narrow for it and some text.
struct LogGutter {
    private let names: [String]
    private let nameWidth: Int
    private let timestamps: Bool
    let width: Int

    /// Names longer than this are cut.
    static let maxNameWidth = 16
    /// "2023-11-14T22:13:20.123Z" and a space.
    static let timestampWidth = 25
    /// Columns of text a line keeps at least; otherwise the gutter goes.
    static let minimumBody = 12

    init(log: LogView, timestamps: Bool, width available: Int) {
        let names = log.isMerged ? log.sources.map(\.name) : []
        let nameWidth = min(Self.maxNameWidth, names.map(\.displayWidth).max() ?? 0)
        var width = (nameWidth > 0 ? nameWidth + 1 : 0) + (timestamps ? Self.timestampWidth : 0)
        var showTimestamps = timestamps
        if available - width < Self.minimumBody && showTimestamps {
            showTimestamps = false
            width -= Self.timestampWidth
        }
        if available - width < Self.minimumBody { width = 0 }
        self.names = width > 0 ? names : []
        self.nameWidth = width > 0 ? nameWidth : 0
        self.timestamps = showTimestamps && width > 0
        self.width = width
    }

    func draw(_ line: LogLine, at point: Point, into screen: inout Screen) {
        var x = point.x
        if nameWidth > 0, names.indices.contains(line.source) {
            let role = Role.logSources[line.source % Role.logSources.count]
            screen.write(names[line.source].fitted(toWidth: nameWidth), at: Point(x: x, y: point.y), style: Style(role))
            x += nameWidth + 1
        }
        if timestamps {
            if let time = line.timestamp {
                screen.write(LogTimestamp.text(time), at: Point(x: x, y: point.y), style: Style(.logTimestamp))
            }
            x += Self.timestampWidth
        }
    }
}
