/// Shell completion scripts generated from the operation table (`rolecall completion bash`).
public enum CompletionScript {
    /// The shells rolecall writes scripts for.
    public enum Shell: String, CaseIterable, Sendable {
        /// GNU bash (`complete -F`).
        case bash
        /// zsh (`compdef`).
        case zsh
        /// fish (`complete -c`).
        case fish
    }

    static let commands = ServiceName.allCases.map(\.rawValue) + ["help", "completion"]
    static let globalFlags = ["--store", "--account", "--profile", "--output", "--query", "--explain", "--no-paginate", "--region"]

    /// The script for `shell`.
    public static func script(for shell: Shell) -> String {
        switch shell {
        case .bash: bash()
        case .zsh: zsh()
        case .fish: fish()
        }
    }

    static func flags(_ operation: OperationSpec) -> [String] {
        var flags: [String] = []
        for member in operation.visibleParameters {
            flags.append(member.flag)
            if case .boolean = member.shape.kind { flags.append("--no-" + member.cliName) }
        }
        flags += (OperationArgumentParser.customFlags[operation.name] ?? []).map(\.flag)
        if operation.service == .iam || operation.service == .sts { flags.append("--cli-input-json") }
        if operation.pagination != nil { flags += ["--starting-token", "--page-size", "--max-items"] }
        return flags
    }

    /// The `case` arms both bash and zsh use: operations per service, flags per operation.
    private static func shellCases() -> (operations: String, flags: String) {
        var operations = "", flagCases = ""
        for service in ServiceName.allCases {
            let names = OperationTable.operations(of: service).map(\.cliName)
            operations += "    \(service.rawValue)) ops=\"\(names.joined(separator: " "))\" ;;\n"
            for operation in OperationTable.operations(of: service) {
                flagCases += "    \"\(service.rawValue) \(operation.cliName)\") flags=\"\(flags(operation).joined(separator: " "))\" ;;\n"
            }
        }
        return (operations, flagCases)
    }

    private static func bash() -> String {
        let cases = shellCases()
        return """
            # bash completion for rolecall (generated: rolecall completion bash)
            _rolecall() {
              local cur="${COMP_WORDS[COMP_CWORD]}" words=() w ops="" flags=""
              for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do [[ $w == -* ]] || words+=("$w"); done
              if [[ ${#words[@]} -eq 0 ]]; then
                COMPREPLY=($(compgen -W "\(commands.joined(separator: " ")) \(globalFlags.joined(separator: " "))" -- "$cur")); return
              fi
              case "${words[0]}" in
            \(cases.operations)    completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return ;;
              esac
              if [[ ${#words[@]} -eq 1 ]]; then COMPREPLY=($(compgen -W "$ops help" -- "$cur")); return; fi
              case "${words[0]} ${words[1]}" in
            \(cases.flags)  esac
              case "${COMP_WORDS[COMP_CWORD-1]}" in
                --output) COMPREPLY=($(compgen -W "json text table" -- "$cur")); return ;;
              esac
              COMPREPLY=($(compgen -W "$flags \(globalFlags.joined(separator: " "))" -- "$cur"))
            }
            complete -o default -F _rolecall rolecall

            """
    }

    private static func zsh() -> String {
        let cases = shellCases()
        return """
            #compdef rolecall
            # zsh completion for rolecall (generated: rolecall completion zsh)
            _rolecall() {
              local -a words_ ; local w ops="" flags=""
              for w in "${(@)words[2,CURRENT-1]}"; do [[ $w == -* ]] || words_+=("$w"); done
              if (( ${#words_} == 0 )); then
                compadd -- \(commands.joined(separator: " ")) \(globalFlags.joined(separator: " ")); return
              fi
              case "${words_[1]}" in
            \(cases.operations)    completion) compadd -- bash zsh fish; return ;;
              esac
              if (( ${#words_} == 1 )); then compadd -- ${=ops} help; return; fi
              case "${words_[1]} ${words_[2]}" in
            \(cases.flags)  esac
              if [[ ${words[CURRENT-1]} == --output ]]; then compadd -- json text table; return; fi
              compadd -- ${=flags} \(globalFlags.joined(separator: " "))
            }
            compdef _rolecall rolecall

            """
    }

    private static func fish() -> String {
        var out = "# fish completion for rolecall (generated: rolecall completion fish)\n"
        out += "complete -c rolecall -f\n"
        for service in ServiceName.allCases {
            out += "complete -c rolecall -n __fish_use_subcommand -a \(service.rawValue) -d '\(service.title)'\n"
        }
        out += "complete -c rolecall -n __fish_use_subcommand -a completion -d 'Print a completion script'\n"
        out += "complete -c rolecall -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n"
        out += "complete -c rolecall -l output -x -a 'json text table'\n"
        for flag in globalFlags where flag != "--output" { out += "complete -c rolecall -l \(flag.dropFirst(2))\n" }
        for service in ServiceName.allCases {
            let operations = OperationTable.operations(of: service)
            let names = operations.map(\.cliName).joined(separator: " ")
            for operation in operations {
                let summary = operation.summary.replacing("'", with: "\\'")
                out += "complete -c rolecall -n '__fish_seen_subcommand_from \(service.rawValue); and not __fish_seen_subcommand_from \(names)' -a \(operation.cliName) -d '\(summary)'\n"
                let flagList = flags(operation).map { String($0.dropFirst(2)) }
                for flag in flagList {
                    out += "complete -c rolecall -n '__fish_seen_subcommand_from \(service.rawValue); and __fish_seen_subcommand_from \(operation.cliName)' -l \(flag)\n"
                }
            }
        }
        return out
    }
}
