/// The review's equivalent CLI commands: `y` copies them (OSC 52), `w` writes them to a
/// script in the current directory, asking before replacing a file.
extension Command {
    /// Copy the equivalent CLI commands to the terminal's clipboard.
    static let createRoleCopyCommands = Command("createRole.copyCommands")
    /// Write the equivalent CLI commands to a script file.
    static let createRoleWriteScript = Command("createRole.writeScript")
}

extension CreateRolePage {
    /// `y` and `w` on the review step.
    static let commandBindings: [KeyBinding] = {
        let scope = KeyScope.page(pageID)
        return [
            KeyBinding([.character("y")], .createRoleCopyCommands, title: "Copy",
                       help: "Copy the equivalent CLI commands with OSC 52 (through SSH and tmux with `set -g set-clipboard on`; terminals do not confirm it).",
                       scope: scope, availableWhen: "on the review step",
                       unavailableReason: { wizard($0).map { $0.step == .review ? nil : "the CLI commands are on the review step" } ?? nil }),
            KeyBinding([.character("w")], .createRoleWriteScript, title: "Write script",
                       help: "Write the equivalent CLI commands to ./<role name>.sh (#!/bin/sh, set -eu, mode 0755); asks before replacing a file.",
                       scope: scope, availableWhen: "on the review step",
                       unavailableReason: { wizard($0).map { $0.step == .review ? nil : "the CLI commands are on the review step" } ?? nil }),
        ]
    }()

    /// The commands the review shows.
    var reviewCommands: CommandBlock { state.plan.commandBlock }

    /// Runs `y` and `w`; nil when `command` is neither.
    mutating func handleCommandBlock(_ command: Command) -> [Effect]? {
        switch command {
        case .createRoleCopyCommands:
            return state.commandActions.copy(reviewCommands, page: id)
        case .createRoleWriteScript:
            let path = CommandBlockActions.defaultScriptPath(for: "create-role-" + state.roleName.text)
            return state.commandActions.write(reviewCommands, to: path, page: id)
        case .createRoleBack, .createRoleNext:
            state.commandActions.clear()
            return nil
        default:
            return nil
        }
    }

    /// The result of a copy or a write, or the answer to "replace it?"; nil for other results.
    mutating func receiveCommandBlock(_ result: EffectResult) -> [Effect]? {
        state.commandActions.receive(result, script: reviewCommands.script, page: id)
    }
}
