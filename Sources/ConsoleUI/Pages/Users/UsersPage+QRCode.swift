import MFAQRCode

extension UsersPage {
    /// F3 while setting up a virtual MFA device: its QR code, full page, for a phone to scan.
    static let qrCode = Command("users.qrCode")

    /// The device URI being set up, when the MFA form is open.
    var mfaSetUpURI: String? {
        if case .enableMFA(_, _, _, let uri) = prompt { return uri }
        return nil
    }

    /// The QR code of the device being set up, in Unicode half blocks (light modules drawn, for
    /// light-on-dark terminals), centred in `area`: 35 columns by 18 rows plus two lines of
    /// caption, so it fits 80×24. On a smaller screen it says how much room it needs.
    func renderQRCode(uri: String, into frame: inout Frame, area: Rect) {
        let inner = frame.panel(area, title: "Scan with an authenticator app · F3 or Esc returns to the form")
        let lines: [String]
        do {
            lines = try QRCodeMatrix(encoding: uri).halfBlockLines()
        } catch {
            frame.putPadded("The QR code could not be made: \(error)", row: inner.row, col: inner.col, width: inner.width, role: .danger)
            return
        }
        let width = lines.first?.count ?? 0
        guard inner.height >= lines.count, inner.width >= width else {
            frame.putPadded("The QR code needs \(width + 2)×\(lines.count + 4) cells; make the terminal larger, or type the secret key.",
                            row: inner.row, col: inner.col, width: inner.width, role: .warning)
            return
        }
        let top = inner.row + max(0, (inner.height - lines.count - 2) / 2)
        for (offset, line) in lines.enumerated() {
            frame.putCentered(line, row: top + offset, in: inner, role: .text)
        }
        let caption = top + lines.count
        if caption < inner.row + inner.height {
            frame.putCentered(uri, row: caption, in: inner, role: .muted)
        }
        if caption + 1 < inner.row + inner.height {
            frame.putCentered("Then type two consecutive codes from the app in the form.", row: caption + 1, in: inner, role: .info)
        }
    }
}
