/// HMAC (RFC 2104) over SHA-1, the MAC RFC 4226/6238 one-time passwords are built on.
public enum HMACSHA1 {
    /// SHA-1's block size in bytes.
    private static let blockSize = 64

    /// The 20-byte HMAC-SHA1 of `message` under `key`.
    public static func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        // RFC 2104 §2: keys longer than the block are hashed first, shorter ones zero-padded.
        var block = key.count > blockSize ? SHA1.hash(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = SHA1.hash(block.map { $0 ^ 0x36 } + message)
        return SHA1.hash(block.map { $0 ^ 0x5C } + inner)
    }
}
