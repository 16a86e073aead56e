import IAMKit

/// Parses an operation's flags the way the AWS CLI's argparse table does: `--flag value` or
/// `--flag=value`, one-or-more values for lists, `--flag`/`--no-flag` for Booleans, required
/// flags enforced unless `--cli-input-json` is present, and every word nobody claimed
/// reported as `Unknown options`.
struct OperationArgumentParser {
    /// The operation whose flags are parsed.
    let operation: OperationSpec

    private enum Slot {
        case member(Member)
        case negated(Member)
        case cliInputJSON, cliInputYAML, generateSkeleton, startingToken, pageSize, maxItems
        case customized(CustomFlag)
    }

    /// A flag the AWS CLI adds to one operation (its `customizations/` package).
    struct CustomFlag: Sendable {
        let flag: String
        let choices: [String]
        let summary: String
    }

    /// `iam create-virtual-mfa-device` takes `--outfile` and `--bootstrap-method`, both
    /// required, and writes the seed to the file instead of printing it (awscli iamvirtmfa).
    static let customFlags: [String: [CustomFlag]] = [
        "CreateVirtualMFADevice": [
            CustomFlag(flag: "--outfile", choices: [], summary: "The output path and file name where the bootstrap information will be stored."),
            CustomFlag(flag: "--bootstrap-method", choices: ["QRCodePNG", "Base32StringSeed"],
                       summary: "Method to use to seed the virtual MFA.  Valid values are: QRCodePNG | Base32StringSeed"),
        ],
    ]

    /// rolecall's own commands that also take one member as a bare word, as the issue spells
    /// them: `rolecall lab export FILE`, `rolecall lab import FILE` (the `--file` flag still
    /// works). AWS operations take none: their grammar is flags only.
    static let positionalMembers: [String: String] = ["LabExport": "File", "LabImport": "File"]

    /// The bare word that stands for `member` in help and docs (`FILE`), when it has one.
    static func positionalPlaceholder(_ operation: OperationSpec, _ member: Member) -> String? {
        positionalMembers[operation.name] == member.name ? member.cliName.uppercased() : nil
    }

    private var slots: [String: Slot] {
        var table: [String: Slot] = ["--cli-input-json": .cliInputJSON, "--cli-input-yaml": .cliInputYAML, "--generate-cli-skeleton": .generateSkeleton]
        for member in operation.visibleParameters {
            table[member.flag] = .member(member)
            if case .boolean = member.shape.kind { table["--no-" + member.cliName] = .negated(member) }
        }
        for custom in Self.customFlags[operation.name] ?? [] { table[custom.flag] = .customized(custom) }
        if let pagination = operation.pagination {
            // The service's own paging member stays usable, undocumented (`--marker`): giving it
            // turns automatic paging off (awscli/customizations/paginate.py).
            if let marker = operation.parameter(named: pagination.inputToken) { table[marker.flag] = .member(marker) }
            table["--starting-token"] = .startingToken
            table["--page-size"] = .pageSize
            table["--max-items"] = .maxItems
        }
        return table
    }

    /// Parses `words` (everything after the operation name, global options removed).
    func parse(_ words: [String]) throws(CommandError) -> OperationArguments {
        var result = OperationArguments()
        if words == ["help"] {
            result.wantsHelp = true
            return result
        }
        let table = slots
        var unknown: [String] = []
        var given: [String: RawArgument] = [:]
        let positional = Self.positionalMembers[operation.name].flatMap { operation.parameter(named: $0) }
        var positionalWord: String?
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            var name = word
            var inline: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "="), table[String(word[..<equals])] != nil {
                name = String(word[..<equals])
                inline = String(word[word.index(after: equals)...])
            }
            guard let slot = table[name] else {
                if positional != nil, positionalWord == nil, !ArgumentWord.isOption(word) {
                    positionalWord = word
                    continue
                }
                unknown.append(word)
                continue
            }
            func one() throws(CommandError) -> String {
                if let inline { return inline }
                guard index < words.count, !ArgumentWord.isOption(words[index]) else {
                    throw .usage("argument \(name): expected one argument")
                }
                index += 1
                return words[index - 1]
            }
            switch slot {
            case .member(let member):
                switch member.shape.kind {
                case .boolean:
                    given[member.name] = .flag(true)
                case .list:
                    var values: [String] = inline.map { [$0] } ?? []
                    while inline == nil, index < words.count, !ArgumentWord.isOption(words[index]) {
                        values.append(words[index])
                        index += 1
                    }
                    guard !values.isEmpty else { throw .usage("argument \(name): expected at least one argument") }
                    given[member.name] = .values(values)
                default:
                    given[member.name] = .value(try one())
                }
            case .negated(let member):
                given[member.name] = .flag(false)
            case .cliInputJSON: result.cliInputJSON = try one()
            case .cliInputYAML: result.cliInputYAML = try one()
            case .generateSkeleton:
                result.generateSkeleton = true
                let choices = ["input", "output", "yaml-input"]
                if let inline {
                    guard choices.contains(inline) else {
                        throw .usage("argument --generate-cli-skeleton: " + ArgumentWord.invalidChoice(inline, choices: choices))
                    }
                    result.skeletonKind = inline
                } else if index < words.count, !ArgumentWord.isOption(words[index]) {
                    guard choices.contains(words[index]) else {
                        throw .usage("argument --generate-cli-skeleton: " + ArgumentWord.invalidChoice(words[index], choices: choices))
                    }
                    result.skeletonKind = words[index]
                    index += 1
                }
            case .startingToken: result.startingToken = try one()
            case .pageSize: result.pageSize = try integer(one(), flag: name)
            case .maxItems: result.maxItems = try integer(one(), flag: name)
            case .customized(let custom):
                let value = try one()
                if !custom.choices.isEmpty, !custom.choices.contains(value) {
                    throw .usage("argument \(custom.flag): " + ArgumentWord.invalidChoice(value, choices: custom.choices))
                }
                result.customized[custom.flag] = value
            }
        }
        if let positional, let positionalWord {
            guard given[positional.name] == nil else {
                throw .usage("argument \(positional.flag): not allowed with argument \(positional.cliName.uppercased()) (give the value once)")
            }
            given[positional.name] = .value(positionalWord)
        }
        // `--generate-cli-skeleton output` validates the command's inputs, so its required
        // arguments stay required (awscli generatecliskeleton.py `override_required_args`).
        let skeletonOnly = result.generateSkeleton && result.skeletonKind != "output"
        if result.cliInputJSON == nil, result.cliInputYAML == nil, !skeletonOnly {
            let missing = operation.visibleParameters.filter { $0.isRequired && given[$0.name] == nil }.map(\.flag)
                + (Self.customFlags[operation.name] ?? []).map(\.flag).filter { result.customized[$0] == nil }
            if !missing.isEmpty {
                throw .usage("the following arguments are required: " + missing.joined(separator: ", "))
            }
        }
        if !unknown.isEmpty { throw .unknownOptions(unknown) }
        result.values = operation.parameters.compactMap { member in given[member.name].map { (member.name, $0) } }
        return result
    }

    /// `--page-size` and `--max-items` are argparse `type=int` arguments
    /// (awscli/customizations/paginate.py `PageArgument`): a value Python's `int()` refuses is
    /// argparse's usage error, before anything runs.
    private func integer(_ value: String, flag: String) throws(CommandError) -> String {
        guard PythonInt.parse(value) != nil else {
            throw .usage("argument \(flag): invalid int value: \(PythonText.repr(QuotedValue.bounded(value)))")
        }
        return value
    }
}
