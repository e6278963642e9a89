import DashCore
import EngineAPI
import TermRender

/// A hand-built dashboard state with the awkward cases: CJK and emoji names, a long name, every container phase,
/// published and exposed ports, compose projects, a dangling image, an anonymous and a named volume.
/// `now` and every received-at time are fixed, so all text is deterministic.
enum DashboardFixture {
    /// 2023-11-14 22:13:20 UTC.
    static let now: Double = 1_700_000_000
    static let day: Int64 = 86_400

    static let anonymousVolume = "3f1a9c0b2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"

    static func id(_ n: Int) -> String { String(String(repeating: String(n), count: 64).prefix(64)) }

    static let containers: [ContainerSummary] = [
        ContainerSummary(
            id: id(1), names: ["/web"], image: "nginx:1.27", imageID: "sha256:" + id(1), created: Int64(now) - 3 * day,
            ports: [PortBinding(ip: "0.0.0.0", privatePort: 80, publicPort: 8080),
                    PortBinding(ip: "::", privatePort: 80, publicPort: 8080)],
            labels: ["com.docker.compose.project": "shop"], state: "running", status: "Up 2 hours"),
        ContainerSummary(
            id: id(2), names: ["/数据库-主"], image: "postgres:16-alpine", imageID: "sha256:" + id(2),
            created: Int64(now) - 4 * day, ports: [PortBinding(ip: "127.0.0.1", privatePort: 5432, publicPort: 5432)],
            labels: ["com.docker.compose.project": "shop"], state: "running", status: "Up 3 days (healthy)",
            mounts: [MountPoint(type: "volume", name: "pgdata", destination: "/var/lib/postgresql/data")]),
        ContainerSummary(
            id: id(3), names: ["/🐳-web"], image: "nginx:1.27", imageID: "sha256:" + id(1), created: Int64(now) - day,
            ports: [PortBinding(privatePort: 80)], state: "paused", status: "Up 5 hours (Paused)"),
        ContainerSummary(
            id: id(4), names: ["/analytics-worker-with-a-very-long-container-name-1"],
            image: "ghcr.io/acme/analytics-worker:2024.11.3", imageID: "sha256:" + id(3), created: Int64(now) - 2 * day,
            labels: ["com.docker.compose.project": "analytics"], state: "running", status: "Up 2 hours (unhealthy)",
            mounts: [MountPoint(type: "volume", name: anonymousVolume, destination: "/data")]),
        ContainerSummary(
            id: id(5), names: ["/batch-job"], image: "python:3.12-slim", imageID: "sha256:" + id(5),
            created: Int64(now) - day, state: "exited", status: "Exited (1) 3 minutes ago"),
        ContainerSummary(
            id: id(6), names: ["/cache"], image: "redis:7", created: Int64(now) - 3 * day,
            ports: [PortBinding(privatePort: 6379)], labels: ["com.docker.compose.project": "shop"],
            state: "restarting", status: "Restarting (1) 12 seconds ago"),
        ContainerSummary(
            id: id(7), names: ["/migrate"], image: "shop/migrate:latest", created: Int64(now) - 3 * day,
            labels: ["com.docker.compose.project": "shop"], state: "created", status: "Created"),
        ContainerSummary(
            id: id(8), names: ["/proxy"], image: "traefik:v3.1", created: Int64(now) - 5 * day,
            ports: [PortBinding(ip: "0.0.0.0", privatePort: 80, publicPort: 80),
                    PortBinding(ip: "0.0.0.0", privatePort: 443, publicPort: 443)],
            state: "running", status: "Up About an hour"),
    ]

    static var images: [ImageSummary] {
        var dangling = ImageSummary(id: "sha256:" + id(9), repoTags: ["<none>:<none>"],
                                    created: Int64(now) - 150 * day, size: 1_900_000)
        dangling.repoDigests = ["<none>@<none>"]
        var nginx = ImageSummary(id: "sha256:" + id(1), repoTags: ["nginx:1.27", "nginx:latest"],
                                 created: Int64(now) - 3 * day, size: 192_400_000)
        nginx.repoDigests = ["nginx@sha256:" + String(repeating: "ab", count: 32)]
        nginx.labels = ["maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"]
        return [
            nginx,
            ImageSummary(id: "sha256:" + id(2), repoTags: ["postgres:16-alpine"], created: Int64(now) - 16 * day,
                         size: 243_000_000),
            ImageSummary(id: "sha256:" + id(3), repoTags: ["ghcr.io/acme/analytics-worker:2024.11.3"],
                         created: Int64(now) - 7200, size: 1_240_000_000),
            ImageSummary(id: "sha256:" + id(5), repoTags: ["python:3.12-slim"], created: Int64(now) - 40 * day,
                         size: 130_600_000),
            dangling,
        ]
    }

    static var volumes: [Volume] {
        var pgdata = Volume(name: "pgdata", createdAt: "2023-11-01T08:00:00Z",
                            labels: ["com.docker.compose.project": "shop"])
        pgdata.mountpoint = "/var/lib/docker/volumes/pgdata/_data"
        return [
            pgdata,
            Volume(name: anonymousVolume, createdAt: "2023-11-12T22:13:20+00:00"),
            Volume(name: "shop_uploads", createdAt: "2023-10-15T12:00:00Z"),
        ]
    }

    /// The dashboard after everything was listed, on `pane`, cursor on `web`, two containers marked.
    static func state(_ size: Size = Size(columns: 80, rows: 24), pane: PaneKind = .containers) -> AppState {
        var state = AppState(host: "unix:///var/run/docker.sock", size: size, now: now)
        state.engine.connection = .connected
        state.engine.serverVersion = "27.3.1"
        state.engine.apiVersion = "1.47"
        state.pane = pane
        for container in containers {
            state.containers[container.id] = container
            state.statusReceivedAt[container.id] = now
        }
        for image in images { state.images[image.id] = image }
        for volume in volumes { state.volumes[volume.name] = volume }
        state.volumeSizes = ["pgdata": 48_200_000, "shop_uploads": 0]
        state.diskUsage = .loaded
        state.loaded = [.containers, .images, .volumes]
        state.stats = [
            id(1): StatsSample(cpuPercent: 0.3, memoryBytes: 24_600_000),
            id(2): StatsSample(cpuPercent: 12.5, memoryBytes: 142_000_000),
            id(4): StatsSample(cpuPercent: 87.4, memoryBytes: 1_210_000_000),
        ]
        state.pending = [id(8): "stopping"]
        state[list: .containers].cursorID = id(1)
        state[list: .containers].cursorIndex = 5
        state[list: .containers].marks = [id(5), id(6)]
        state[list: .images].cursorID = "sha256:" + id(1)
        state[list: .volumes].cursorID = "pgdata"
        state.log = webLog(fullScreen: false)
        return state
    }

    /// The log of `web`: access lines on stdout, a warning and an error on stderr, a tab to expand.
    static func webLog(fullScreen: Bool) -> LogView {
        var log = LogView(containerID: id(1), name: "web", capacity: 1000)
        log.fullScreen = fullScreen
        let lines: [(OutputSource, String)] = [
            (.stdout, "/docker-entrypoint.sh: Configuration complete; ready for start up"),
            (.stderr, "2023/11/14 20:13:21 [notice] 1#1: nginx/1.27.2"),
            (.stderr, "2023/11/14 20:13:21 [notice] 1#1: start worker processes"),
            (.stdout, "172.18.0.1 - - [14/Nov/2023:20:14:02 +0000] \"GET / HTTP/1.1\" 200 615 \"-\" \"curl/8.4.0\""),
            (.stdout, "172.18.0.1 - - [14/Nov/2023:20:14:05 +0000] \"GET /api/orders HTTP/1.1\" 200 1432 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\""),
            (.stderr, "2023/11/14 21:02:17 [error] 29#29: *7 open() \"/usr/share/nginx/html/favicon.ico\" failed (2: No such file or directory)"),
            (.stdout, "172.18.0.1 - - [14/Nov/2023:21:02:17 +0000] \"GET /favicon.ico HTTP/1.1\" 404 153"),
            (.stdout, "upstream\tresponse\ttime 0.012"),
            (.stdout, "172.18.0.1 - - [14/Nov/2023:22:13:19 +0000] \"POST /api/cart HTTP/1.1\" 201 88"),
        ]
        log.buffer.append(contentsOf: lines.map { LogLine(stream: $0.0, text: $0.1) })
        return log
    }

    /// A short inspect document of `web`, with sections.
    static var inspect: InspectView {
        var view = InspectView(containerID: id(1), name: "web")
        view.loading = false
        view.document = [
            .heading("Container"), .field("Name", "web"), .field("ID", id(1)), .field("Image", "nginx:1.27"),
            .field("Created", "2023-11-11T22:13:20.123456789Z"),
            .heading("State"), .field("Status", "running"), .field("PID", "4242"),
            .field("Started", "2023-11-14T20:13:20Z"), .field("Restart policy", "unless-stopped"),
            .field("Restart count", "0"),
            .heading("Command"), .field("Entrypoint", "/docker-entrypoint.sh"),
            .field("Command", "nginx -g daemon off;"), .field("TTY", "no"),
            .heading("Ports"), .field("80/tcp", "0.0.0.0:8080, [::]:8080"),
            .heading("Mounts"), .field("", "none"),
            .heading("Networks"), .field("shop_default", "172.18.0.3 (gateway 172.18.0.1)"),
            .heading("Environment"), .field("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            .field("NGINX_VERSION", "1.27.2"),
        ]
        return view
    }
}
