import Foundation
import IAMKit
import IAMPolicy

/// Turns records into the store's file text and back: pretty-printed, sorted keys, unescaped
/// slashes (ARNs and paths stay readable), ISO 8601 dates, a final newline, so files diff
/// cleanly and a person can read and edit them.
struct RecordCodec {
    private let encoder: JSONEncoder
    private let decoder: JSONDecoder

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
    }

    /// The file text for `record`: `RecordTextEncoder`'s, which is `encoder`'s byte for byte,
    /// or `encoder`'s own for a record `RecordTextEncoder` declines.
    func encode<R: LabRecord>(_ record: R) throws -> Data {
        do {
            var bytes = try RecordTextEncoder.encode(record)
            bytes.append(UInt8(ascii: "\n"))
            return Data(bytes)
        } catch is RecordTextEncoder.Declined {
            var data = try encoder.encode(record)
            data.append(UInt8(ascii: "\n"))
            return data
        }
    }

    /// The record in `data`, read from `path`; a failure names the file, line and column.
    /// Parsed by IAMPolicy's strict parser and decoded from its tree (faster than JSONDecoder
    /// on large stores, see `JSONValueDecoder`).
    func decode<R: LabRecord>(_ type: R.Type, from data: Data, path: String) throws -> R {
        do {
            let value = try JSONParser.parse(String(decoding: data, as: UTF8.self))
            return try JSONValueDecoder.decode(type, from: value)
        } catch let error as DecodingError {
            throw RecordFileError.locate(error, in: data, path: path)
        } catch is JSONSyntaxError {
            // Parse again with locations only now that it failed.
            throw RecordFileError.locateSyntaxError(in: data, path: path)
        }
    }

    /// The record in `data`, read from the file of `key`; a record whose contents name another
    /// key (a copied file: `cp r1.json r9.json`) is refused, so a command never reads one
    /// record under another's name and then writes or deletes the wrong file.
    func decode<R: LabRecord>(_ type: R.Type, from data: Data, path: String, key: RecordKey) throws -> R {
        let record = try decode(type, from: data, path: path)
        guard record.recordKey == key else {
            throw StoreError.recordMismatch(path: path, expected: key.description, found: record.recordKey.description)
        }
        return record
    }

    /// Decodes any Codable value from a store file (used for `store.json`).
    func decodeFile<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw RecordFileError.locate(error, in: data, path: path)
        }
    }

    /// Encodes any Codable value in the store's file format.
    func encodeFile<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
