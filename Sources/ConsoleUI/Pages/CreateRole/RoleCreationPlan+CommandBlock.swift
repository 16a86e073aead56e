import IAMKit

extension RoleCreationPlan {
    /// The plan's CLI commands (`rolecall iam create-role …`, then one `attach-role-policy`
    /// per policy) as the console shows, copies and writes them.
    var commandBlock: CommandBlock {
        CommandBlock(commands: cliArguments.map { ["rolecall"] + $0 })
    }
}
