/// What a piece of text is for. Panes ask for roles; a `Theme` decides what each role looks like.
/// Raw values are the snake_case keys used in theme files.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case text
    /// Secondary text: ids, ages, hints that should recede.
    case textDim = "text_dim"
    /// The frame of an unfocused pane.
    case border
    /// The frame of the focused pane.
    case borderFocused = "border_focused"
    /// A pane title drawn in its frame.
    case title
    /// The top bar.
    case header
    /// The top bar when something needs attention (engine unreachable, old API).
    case headerWarning = "header_warning"
    /// The tab of the visible pane.
    case tabActive = "tab_active"
    /// The other tabs.
    case tabInactive = "tab_inactive"
    /// The cursor row in the focused list.
    case rowSelected = "row_selected"
    /// The cursor row in a list that does not have focus.
    case rowSelectedUnfocused = "row_selected_unfocused"
    /// A row marked for a bulk action.
    case rowMarked = "row_marked"
    /// Table column headings.
    case columnHeader = "column_header"
    /// A running container.
    case stateRunning = "state_running"
    /// An exited or dead container.
    case stateExited = "state_exited"
    /// A paused container.
    case statePaused = "state_paused"
    /// A restarting container.
    case stateRestarting = "state_restarting"
    /// A container whose health check fails.
    case stateUnhealthy = "state_unhealthy"
    /// A created but never started container.
    case stateCreated = "state_created"
    /// A log line from stdout.
    case logStdout = "log_stdout"
    /// A log line from stderr.
    case logStderr = "log_stderr"
    /// The timestamp in front of a log line.
    case logTimestamp = "log_timestamp"
    /// The container names in front of the lines of a merged log, one role per container (cycling).
    case logSource1 = "log_source_1"
    case logSource2 = "log_source_2"
    case logSource3 = "log_source_3"
    case logSource4 = "log_source_4"
    case logSource5 = "log_source_5"
    case logSource6 = "log_source_6"
    /// The key in a footer hint ("s").
    case keyHint = "key_hint"
    /// The label of a footer hint ("stop").
    case keyHintLabel = "key_hint_label"
    /// A neutral status-line message.
    case statusInfo = "status_info"
    /// A status-line error.
    case statusError = "status_error"
    /// A status-line message while work is in flight.
    case statusBusy = "status_busy"
    /// The body of a dialog or overlay.
    case dialog
    /// The frame of a dialog or overlay.
    case dialogBorder = "dialog_border"
    /// Text that matches the current search.
    case searchMatch = "search_match"
    /// The filter or search input line.
    case filterInput = "filter_input"
}

extension Role {
    /// The roles of the container names in a merged log, in the order containers get them.
    public static let logSources: [Role] = [.logSource1, .logSource2, .logSource3, .logSource4, .logSource5, .logSource6]

    /// The character `Screen.roleMap` uses for this role: "." for plain text so snapshots stay readable,
    /// a mnemonic letter for everything else. Unique per role.
    public var mapLetter: Character {
        switch self {
        case .text: "."
        case .textDim: "d"
        case .border: "b"
        case .borderFocused: "B"
        case .title: "T"
        case .header: "h"
        case .headerWarning: "W"
        case .tabActive: "A"
        case .tabInactive: "a"
        case .rowSelected: "S"
        case .rowSelectedUnfocused: "s"
        case .rowMarked: "m"
        case .columnHeader: "c"
        case .stateRunning: "R"
        case .stateExited: "X"
        case .statePaused: "P"
        case .stateRestarting: "r"
        case .stateUnhealthy: "U"
        case .stateCreated: "C"
        case .logStdout: "o"
        case .logStderr: "e"
        case .logTimestamp: "t"
        case .logSource1: "1"
        case .logSource2: "2"
        case .logSource3: "3"
        case .logSource4: "4"
        case .logSource5: "5"
        case .logSource6: "6"
        case .keyHint: "k"
        case .keyHintLabel: "K"
        case .statusInfo: "i"
        case .statusError: "E"
        case .statusBusy: "y"
        case .dialog: "g"
        case .dialogBorder: "G"
        case .searchMatch: "M"
        case .filterInput: "f"
        }
    }
}
