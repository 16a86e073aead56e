import Foundation

/// How much a fuzz test runs and from which seed. `swift test` runs a bounded default; a
/// longer local run sets `ROLECALL_FUZZ_COUNT` (cases per fuzz test) and `ROLECALL_FUZZ_SEED`
/// (a number, or `random`). Every failure names the seed and the case, and the same seed
/// and count replay the same cases.
struct FuzzSettings {
    let seed: UInt64
    let count: Int

    /// The settings for a fuzz test whose default is `defaultCount` cases.
    static func current(defaultCount: Int) -> FuzzSettings {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["ROLECALL_FUZZ_COUNT"].flatMap(Int.init) ?? defaultCount
        let seed: UInt64
        switch environment["ROLECALL_FUZZ_SEED"] {
        case "random"?: seed = UInt64.random(in: 0...UInt64.max)
        case let text?: seed = UInt64(text) ?? 20_261_206
        case nil: seed = 20_261_206
        }
        return FuzzSettings(seed: seed, count: max(0, count))
    }

    /// A generator for case `index`: each case has its own stream, so a case's input does not
    /// depend on how much randomness the cases before it used.
    func random(forCase index: Int) -> FuzzRandom {
        FuzzRandom(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
    }

    /// How to replay a failure.
    func replay(_ index: Int, filter: String) -> String {
        "seed \(seed), case \(index) of \(count); replay: ROLECALL_FUZZ_SEED=\(seed) ROLECALL_FUZZ_COUNT=\(index + 1) swift test --filter \(filter)"
    }
}

/// SplitMix64: small, fast and the same on every platform, so a seed always means the same input.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `chance`.
    mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// A random element (the collection must not be empty).
    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }
}
