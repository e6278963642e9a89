import DashCore
import EngineAPI
import TermRender

/// The detail box under the images and volumes tables: everything known about the selected object.
struct ObjectDetailPane {
    var state: AppState
    var glyphs: Glyphs

    func render(in rect: Rect, into screen: inout Screen) {
        let (title, lines) = content()
        let inner = screen.drawPanel(rect, title: [Span(title, .title)], focused: false, glyphs: glyphs)
        let text = inner.inset(left: 1, right: 1)
        guard text.height > 0 else { return }
        guard let lines else {
            screen.writeCentred("nothing selected", in: text, y: text.y + (text.height - 1) / 2,
                                style: Style(.textDim), ellipsis: glyphs.ellipsis)
            return
        }
        KeyValueList(lines: lines, glyphs: glyphs).render(in: text, into: &screen)
    }

    private func content() -> (String, [KeyValueList.Line]?) {
        switch state.pane {
        case .containers:
            return ("Details", nil)
        case .images:
            guard let id = state[list: .images].cursorID, let image = state.images[id] else { return ("Image", nil) }
            return ("Image: " + Rows.imageName(image), imageLines(image))
        case .volumes:
            guard let name = state[list: .volumes].cursorID, let volume = state.volumes[name] else {
                return ("Volume", nil)
            }
            return ("Volume: " + (volume.isAnonymous ? EngineID.short(volume.name) : volume.name), volumeLines(volume))
        }
    }

    private func imageLines(_ image: ImageSummary) -> [KeyValueList.Line] {
        let tags = (image.repoTags ?? []).filter { $0 != "<none>:<none>" }
        let digests = (image.repoDigests ?? []).filter { !$0.hasSuffix("@<none>") && $0 != "<none>@<none>" }
        let users = state.containers.values.filter { $0.imageID == image.id }.map(\.name).sorted()
        var lines: [KeyValueList.Line] = [
            .init(key: "ID", value: image.id),
            tags.isEmpty ? .init(key: "Tags", value: "none (dangling)", valueRole: .textDim)
                : .init(key: "Tags", value: tags.joined(separator: ", ")),
        ]
        lines += many("Digests", digests)
        if let created = image.created {
            let seconds = Double(created)
            lines.append(.init(key: "Created", value: "\(Timestamp.ago(seconds, now: state.now)) (\(Timestamp.utc(seconds)))"))
        }
        lines.append(.init(key: "Size", value: image.size.map(ByteCount.format) ?? "?"))
        lines.append(users.isEmpty ? .init(key: "Used by", value: "no containers", valueRole: .textDim)
            : .init(key: "Used by", value: users.joined(separator: ", ")))
        lines += many("Labels", (image.labels ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        return lines
    }

    private func volumeLines(_ volume: Volume) -> [KeyValueList.Line] {
        let users = Rows.volumeUsers(state)[volume.name] ?? []
        var lines: [KeyValueList.Line] = [.init(key: "Name", value: volume.name)]
        if volume.isAnonymous { lines.append(.init(key: "Kind", value: "anonymous", valueRole: .textDim)) }
        lines.append(.init(key: "Driver", value: volume.driver ?? "?"))
        if let mountpoint = volume.mountpoint { lines.append(.init(key: "Mountpoint", value: mountpoint)) }
        if let created = volume.createdAt {
            let value = Timestamp.parse(created).map { "\(Timestamp.ago($0, now: state.now)) (\(Timestamp.utc($0)))" }
            lines.append(.init(key: "Created", value: value ?? created))
        }
        let size: String
        if let bytes = state.volumeSizes[volume.name] {
            size = ByteCount.format(bytes)
        } else {
            size = state.diskUsage == .loading ? "loading" + glyphs.more : "unknown"
        }
        lines.append(.init(key: "Size", value: size, valueRole: state.volumeSizes[volume.name] == nil ? .textDim : .text))
        lines.append(users.isEmpty ? .init(key: "Used by", value: "no containers", valueRole: .textDim)
            : .init(key: "Used by", value: users.joined(separator: ", ")))
        lines += many("Labels", (volume.labels ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        return lines
    }

    /// One line per value, the key on the first only; nothing when there are no values.
    private func many(_ key: String, _ values: [String]) -> [KeyValueList.Line] {
        values.enumerated().map { .init(key: $0.offset == 0 ? key : "", value: $0.element) }
    }
}
