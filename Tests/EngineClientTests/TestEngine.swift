import Testing
import TestEngineSupport

/// Integration tests need the engine; in CI its absence is a failure, not a skip.
@Suite struct TestEngineSetup {
    @Test func engineIsConfiguredWhenRunningInCI() {
        if TestEngine.inCI {
            #expect(TestEngine.available, "CI must run the tests through scripts/test, which starts the engine")
        }
    }
}
