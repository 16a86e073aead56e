import ConsoleUI
import Testing

@Suite("Colour capability from the environment (issue #5)")
struct ColorCapabilityTests {
    @Test("the environment and the terminal's colours decide the tier", arguments: [
        (["NO_COLOR": "1", "TERM": "xterm-256color", "COLORTERM": "truecolor"], 256, false, ColorCapability.monochrome),
        (["NO_COLOR": "", "TERM": "xterm-256color"], 256, false, .color256),
        (["COLORTERM": "truecolor", "TERM": "xterm-direct"], 0x1000000, true, .truecolor),
        (["COLORTERM": "24bit", "TERM": "tmux-256color"], 256, false, .color256),
        (["TERM": "xterm-256color"], 256, false, .color256),
        (["TERM": "xterm"], 8, false, .ansi8),
        (["TERM": "xterm-16color"], 16, false, .ansi16),
        (["TERM": "screen"], 256, false, .ansi16),
        (["TERM": "vt100"], 0, false, .monochrome),
    ])
    func tier(environment: [String: String], colors: Int, direct: Bool, expected: ColorCapability) {
        #expect(ColorCapability.resolve(environment: environment, colors: colors, directColor: direct) == expected)
    }
}
