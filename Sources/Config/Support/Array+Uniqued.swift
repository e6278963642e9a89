extension Array where Element: Equatable {
    /// The elements without repeats, first occurrence kept.
    var uniqued: [Element] {
        var result: [Element] = []
        for element in self where !result.contains(element) { result.append(element) }
        return result
    }
}
