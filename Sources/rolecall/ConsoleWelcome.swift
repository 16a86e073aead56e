import ConsoleUI

/// The start-up facts the welcome page shows next to what it reads from the lab.
enum ConsoleWelcome {
    /// Where the lab lives and which theme is in use.
    static func setup(storePath: String, theme: Theme, capability: ColorCapability) -> WelcomePage.Setup {
        WelcomePage.Setup(storePath: storePath, theme: "\(theme.name) (\(capability.rawValue))")
    }
}
