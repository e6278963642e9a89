import Foundation

/// Loads captured engine answers from `Fixtures/`.
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return Array(try Data(contentsOf: url))
    }

    struct FixtureMissing: Error { let name: String }
}

/// Every way of cutting `bytes` in two, plus byte-at-a-time: what decoders must survive.
func everySplit(_ bytes: [UInt8]) -> [[[UInt8]]] {
    var splits: [[[UInt8]]] = (0...bytes.count).map { [Array(bytes[..<$0]), Array(bytes[$0...])] }
    splits.append(bytes.map { [$0] })
    return splits
}
