import Foundation

/// Where shipped themes live relative to the executable: `<bin>/Themes`,
/// `<bin>/../share/rolecall/Themes` (an installed layout), and the `Themes/` of the package
/// checkout the binary was built in (`.build/<triple>/debug/rolecall` → three levels up).
enum ThemeDirectories {
    /// Candidate directories, most specific first; only those that exist.
    static func shipped() -> [String] {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? ""
        var directory = (executable as NSString).deletingLastPathComponent
        var candidates = [directory + "/Themes", directory + "/../share/rolecall/Themes"]
        for _ in 0..<5 where directory.count > 1 {
            directory = (directory as NSString).deletingLastPathComponent
            candidates.append(directory + "/Themes")
        }
        return candidates.filter { FileManager.default.fileExists(atPath: $0 + "/theme.schema.json") }
    }
}
