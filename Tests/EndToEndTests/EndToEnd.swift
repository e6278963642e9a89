import TestEngineSupport
import Testing

/// Every end-to-end suite runs inside this one, one test at a time: each drives a real terminal and
/// the shared engine, and running them side by side on two cores only measures the machine.
@Suite(.enabled(if: TestEngine.available, "needs the test engine (scripts/test)"), .serialized, .timeLimit(.minutes(2)))
enum EndToEnd {}
