import IAMKit
import IAMPolicy
import MFAQRCode

/// CreateVirtualMFADevice's `QRCodePNG`: a PNG of the QR code of the device's `otpauth://` URI
/// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_VirtualMFADevice.html), carried
/// base64-encoded as JSON carries blobs. `--bootstrap-method QRCodePNG --outfile F` writes the
/// decoded bytes, so an authenticator app on a phone can scan F.
enum MFABootstrap {
    /// The response with `VirtualMFADevice.QRCodePNG` added after `Base32StringSeed`.
    static func addingQRCode(to response: JSONValue) throws(CommandError) -> JSONValue {
        guard case .object(var object) = response, case .object(var device)? = object["VirtualMFADevice"],
              let serialNumber = device["SerialNumber"]?.stringValue, let seed = device["Base32StringSeed"]?.stringValue,
              let uri = MFADevice.otpauthURI(serialNumber: serialNumber, base32Seed: seed)
        else { return response }
        do throws(QRCodeError) {
            device["QRCodePNG"] = .string(Base64.encode(try QRCodeMatrix(encoding: uri).pngBytes()))
        } catch {
            throw .other("rolecall: the QR code of \(serialNumber) could not be made: \(error)")
        }
        object["VirtualMFADevice"] = .object(device)
        return .object(object)
    }
}
