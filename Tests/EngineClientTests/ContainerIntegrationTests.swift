import EngineAPI
import EngineClient
import Foundation
import TestEngineSupport
import Testing

@Suite(.enabled(if: TestEngine.available, "needs the test engine (scripts/test)"), .timeLimit(.minutes(1)))
struct ContainerIntegrationTests {
    @Test func lifecycleRoundTrip() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("life")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name, start: false)
        var listed = try await engine.listContainers(ContainerListOptions(all: true, filters: ["name": [name]]))
        #expect(listed.map(\.state) == ["created"])

        try await engine.startContainer(id)
        do {
            try await engine.startContainer(id)
            Issue.record("a second start should be 304")
        } catch let error as EngineError {
            #expect(error.isNotModified)
        }
        #expect(try await engine.inspectContainer(name).state?.running == true)
        let top = try await engine.top(id, psArgs: nil)
        #expect(top.processes?.contains { $0.joined(separator: " ").contains("sleep") } == true)

        try await engine.pauseContainer(id)
        #expect(try await engine.inspectContainer(id).state?.paused == true)
        try await engine.unpauseContainer(id)

        let renamed = name + "-renamed"
        try await engine.renameContainer(id, to: renamed)
        #expect(try await engine.inspectContainer(id).displayName == renamed)

        do {
            try await engine.removeContainer(id, force: false, volumes: false)
            Issue.record("removing a running container must fail")
        } catch let error as EngineError {
            #expect(error.isConflict)
            #expect(error.description.contains("running container"))
        }

        try await engine.restartContainer(id, timeout: 1)
        try await engine.killContainer(id, signal: "SIGKILL")
        #expect(try await engine.waitContainer(id) == 137)
        listed = try await engine.listContainers(ContainerListOptions(all: true, filters: ["name": [renamed]]))
        #expect(listed.first?.state == "exited")
        #expect(listed.first?.status.hasPrefix("Exited (137)") == true)

        try await engine.removeContainer(id, force: false, volumes: true)
        await #expect(throws: EngineError.self) { try await engine.inspectContainer(id) }
    }

    @Test func stopHonoursTimeout() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("stop"))
        try await engine.stopContainer(id, timeout: 1)
        #expect(try await engine.inspectContainer(id).state?.running == false)
        await TestEngine.remove(engine, id)
    }

    @Test func logsKeepStdoutAndStderrApart() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(
            engine, ["sh", "-c", "echo out1; echo err1 >&2; echo out2; printf 'bad \\377 utf8\\n'"],
            name: TestEngine.uniqueName("logs"))
        _ = try await engine.waitContainer(id)
        let text = try await TestEngine.text(of: engine.logs(id, LogOptions(), tty: nil))
        #expect(text[.stdout]?.contains("out1\nout2\n") == true)
        #expect(text[.stderr] == "err1\n")
        let stdoutOnly = try await TestEngine.text(of: engine.logs(id, LogOptions(stderr: false), tty: false))
        #expect(stdoutOnly[.stderr] == nil)
        // Invalid UTF-8 arrives as the raw byte; making it safe is the view-model's job.
        #expect(stdoutOnly[.stdout]?.contains("bad \u{FFFD} utf8") == true)
        await TestEngine.remove(engine, id)

        let counter = try await TestEngine.run(engine, ["seq", "1", "5"], name: TestEngine.uniqueName("tail"))
        _ = try await engine.waitContainer(counter)
        let tail = try await TestEngine.text(of: engine.logs(counter, LogOptions(tail: .lines(2)), tty: false))
        #expect(tail[.stdout] == "4\n5\n")
        await TestEngine.remove(engine, counter)
    }

    @Test func ttyLogsAreRawConsoleBytes() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sh", "-c", "echo hello; echo oops >&2"], name: TestEngine.uniqueName("tty"), tty: true)
        _ = try await engine.waitContainer(id)
        let text = try await TestEngine.text(of: engine.logs(id, LogOptions(), tty: nil))
        #expect(Array(text.keys) == [.console])
        #expect(text[.console]?.contains("hello") == true && text[.console]?.contains("oops") == true)
        await TestEngine.remove(engine, id)
    }

    @Test func followedLogsStreamAndStopWhenTheConsumerStops() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(
            engine, ["sh", "-c", "i=0; while true; do i=$((i+1)); echo line$i; usleep 20000; done"],
            name: TestEngine.uniqueName("follow"))
        // All history: with none, a stream opened after line5 was printed would wait for it for ever.
        let options = LogOptions(follow: true, tail: .all, timestamps: true)
        let text = try await TestEngine.text(of: engine.logs(id, options, tty: false), until: "line5\n")
        let stdout = try #require(text[.stdout])
        #expect(stdout.contains("Z line"))  // RFC 3339 timestamps prefix each line
        await TestEngine.remove(engine, id)
    }

    @Test func statsOneShotAndStream() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("stats"))
        let sample = try await engine.stats(id, oneShot: false)
        #expect(sample.cpuPercent != nil || sample.cpuStats != nil)
        let quick = try await engine.stats(id, oneShot: true)
        #expect(quick.memoryUsed != nil)
        #expect(sample.memoryUsed != nil)
        var samples = 0
        for try await _ in engine.statsStream(id) {
            samples += 1
            if samples == 2 { break }
        }
        #expect(samples == 2)
        await TestEngine.remove(engine, id)
    }

    @Test func pruneRemovesExactlyWhatItReports() async throws {
        let engine = try await TestEngine.client()
        let label = "swdash.test=prune-\(UInt32.random(in: 0...UInt32.max))"
        let labels = [String(label.split(separator: "=")[0]): String(label.split(separator: "=")[1])]
        var exited: [String] = []
        for n in 0..<3 {
            let id = try await TestEngine.run(engine, ["true"], name: TestEngine.uniqueName("prune\(n)"), labels: labels)
            _ = try await engine.waitContainer(id)
            exited.append(id)
        }
        let running = try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("keep"), labels: labels)
        let report = try await engine.pruneContainers(filters: ["label": [label]])
        #expect(Set(report.containersDeleted ?? []) == Set(exited))
        let left = try await engine.listContainers(ContainerListOptions(all: true, filters: ["label": [label]]))
        #expect(left.map(\.id) == [running])
        await TestEngine.remove(engine, running)
    }
}
