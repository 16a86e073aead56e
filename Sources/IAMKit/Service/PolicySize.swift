/// Size rules of IAM policies: every quota counts characters that are not white space.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
public enum PolicySize {
    /// Characters of `text` that are not white space.
    public static func nonWhitespaceCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            // ASCII (nearly every policy) without the Unicode property lookup, which was a tenth
            // of a CreateRole's work; the same answer: tab to carriage return, and space.
            if scalar.isASCII {
                if !(scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) { count += 1 }
            } else if !scalar.properties.isWhitespace {
                count += 1
            }
        }
        return count
    }
}
