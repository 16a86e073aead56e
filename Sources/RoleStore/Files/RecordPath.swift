import IAMKit

/// Where a record's file lives inside the store: `<scope>/<kind>/<name>.json`.
///
/// Scopes and names are escaped reversibly so any string is a safe, portable file name:
/// lower-case letters, digits and `-_.@+=,` (IAM's name characters) stay as they are, so a
/// person recognises `123456789012/role/s3-readers.json`; every other byte becomes `%XX`
/// (upper-case letters too, so two names differing only in case never collide on a
/// case-insensitive file system). A leading `.` is escaped so no record is a hidden file
/// (temporary files are), and a scope equal to one of the store's own file names is escaped.
enum RecordPath {
    /// The store's own entries at its top level; no scope may take these names.
    static let reservedNames: Set<String> = [
        "store.json", "store.lock", "journal.json", "changes.log", "audit", "backup", "quarantine",
    ]
    /// The suffix of every record file.
    static let fileExtension = ".json"
    /// File names longer than this are refused by common file systems.
    static let maximumFileNameBytes = 255

    /// The file's path relative to the store directory.
    static func relativePath(for key: RecordKey) throws -> String {
        let name = escape(key.name) + fileExtension
        guard name.utf8.count <= maximumFileNameBytes else {
            throw StoreError.unstorableKey(key: key.description, reason: "the name is too long for a file name once escaped")
        }
        return directory(kind: key.kind, scope: key.scope) + "/" + name
    }

    /// The directory holding every record of `kind` in `scope`, relative to the store.
    static func directory(kind: RecordKind, scope: String) -> String {
        var escapedScope = escape(scope)
        if reservedNames.contains(escapedScope), let first = escapedScope.utf8.first {
            escapedScope = percent(first) + escapedScope.dropFirst()
        }
        return escapedScope + "/" + kind.rawValue
    }

    /// The record name a file name in a kind directory stands for, or nil for anything that
    /// is not a record file (temporary files, stray files a person left there).
    static func name(fromFileName fileName: String) -> String? {
        guard fileName.hasSuffix(fileExtension), !fileName.hasPrefix(".") else { return nil }
        return unescape(String(fileName.dropLast(fileExtension.count)))
    }

    /// Whether `relative` has the shape of a record file: `<scope>/<kind>/<name>.json`, with
    /// a known kind and names `escape` can have produced (so never hidden, never `..`).
    static func isRecordFilePath(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, RecordKind(rawValue: parts[1]) != nil, !reservedNames.contains(parts[0]),
              !parts[0].hasPrefix("."), unescape(parts[0]) != nil, let name = name(fromFileName: parts[2])
        else { return false }
        return escape(name) + fileExtension == parts[2]
    }

    /// The key a record file's path stands for, or nil when the path is not a record file's.
    static func key(forRelativePath relative: String) -> RecordKey? {
        guard isRecordFilePath(relative) else { return nil }
        let parts = relative.split(separator: "/").map(String.init)
        guard let kind = RecordKind(rawValue: parts[1]), let scope = unescape(parts[0]),
              let name = name(fromFileName: parts[2]), directory(kind: kind, scope: scope) == parts[0] + "/" + parts[1]
        else { return nil }
        return RecordKey(kind: kind, scope: scope, name: name)
    }

    /// Escapes one path component.
    static func escape(_ component: String) -> String {
        if component.isEmpty { return "%" }
        var result = ""
        result.reserveCapacity(component.utf8.count)
        for (index, byte) in component.utf8.enumerated() {
            if isKept(byte) && !(index == 0 && byte == UInt8(ascii: ".")) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += percent(byte)
            }
        }
        return result
    }

    /// Reverses `escape`; nil for text `escape` cannot have produced.
    static func unescape(_ component: String) -> String? {
        if component == "%" { return "" }
        var bytes: [UInt8] = []
        var iterator = component.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.@+=,".utf8.contains(byte)
        }
    }

    private static func percent(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
