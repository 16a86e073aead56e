/// botocore's `xform_name(name, "-")`: the AWS CLI's name for an API name
/// (`RoleName` → `role-name`, `PolicyARNs` → `policy-arns`).
enum CLIName {
    /// The CLI name of `name`.
    static func of(_ name: String) -> String {
        if name.contains("-") { return name }
        var name = name
        // botocore's _special_case_transform `[A-Z]{2,}s$`: "ARNs" becomes "-arns".
        if let match = name.firstMatch(of: /[A-Z]{2,}s$/) {
            name = String(name[..<match.range.lowerBound]) + "-" + match.output.lowercased()
        }
        // _first_cap_regex `(.)([A-Z][a-z]+)` then _end_cap_regex `([a-z0-9])([A-Z])`.
        let first = name.replacing(/(.)([A-Z][a-z]+)/) { "\($0.output.1)-\($0.output.2)" }
        return first.replacing(/([a-z0-9])([A-Z])/) { "\($0.output.1)-\($0.output.2)" }.lowercased()
    }
}
