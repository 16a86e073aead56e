extension PolicyDocument {
    /// Every `"AWS"` principal string of `Principal` and `NotPrincipal` elements, in document order
    /// (the values IAM turns into unique IDs when a trust or resource policy is saved).
    ///
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
    public var awsPrincipals: [String] {
        statements.flatMap { statement in
            [statement.principal, statement.notPrincipal].compactMap { $0 }.flatMap { $0.values(of: .aws) }
        }
    }

    /// A copy with every `"AWS"` principal string replaced by `transform(value)`; everything
    /// else (structure, order, white space, other strings) stays exactly as in ``source``.
    ///
    /// The domain uses it to store `AIDA…`/`AROA…` IDs in place of user and role ARNs and to
    /// show ARNs again on read. If `transform` returns a value that is not a valid principal,
    /// the copy still evaluates (it simply matches nobody), and its kind's checks are not re-run.
    public func mappingAWSPrincipals(_ transform: (String) -> String) -> PolicyDocument {
        var replacements: [(range: Range<Int>, text: String)] = []
        for statement in statements {
            for name in ["Principal", "NotPrincipal"] {
                let awsPath = statement.path.appending(key: name).appending(key: "AWS")
                guard let value = json.value(at: awsPath) else { continue }
                let paths: [JSONPath]
                if case .array(let elements) = value {
                    paths = elements.indices.map { awsPath.appending(index: $0) }
                } else {
                    paths = [awsPath]
                }
                for path in paths {
                    guard case .string(let original)? = json.value(at: path), let span = locations.span(at: path) else { continue }
                    let mapped = transform(original)
                    guard mapped != original else { continue }
                    var quoted = ""
                    JSONWriter.appendQuoted(mapped, to: &quoted)
                    replacements.append((span.start.offset..<span.end.offset, quoted))
                }
            }
        }
        guard !replacements.isEmpty else { return self }
        var bytes = Array(source.utf8)
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(replacement.range, with: replacement.text.utf8)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Only string literals changed, so the JSON and the grammar still hold.
        guard let parsed = try? PolicyParser.parse(text) else { return self }
        return PolicyDocument(parsed: parsed, kind: kind)
    }
}

extension JSONValue {
    /// The node at `path`, if it exists (the last member wins for duplicated keys).
    public func value(at path: JSONPath) -> JSONValue? {
        var node: JSONValue? = self
        for component in path.components {
            switch component {
            case .key(let key): node = node?[key]
            case .index(let index): node = node?[index]
            }
        }
        return node
    }
}
