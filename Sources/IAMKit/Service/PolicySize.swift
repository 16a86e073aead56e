/// Size rules of IAM policies: every quota counts characters that are not white space.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
public enum PolicySize {
    /// Characters of `text` that are not white space.
    public static func nonWhitespaceCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            count += 1
        }
        return count
    }
}
