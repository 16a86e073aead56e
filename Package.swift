// swift-tools-version: 6.0
// rolecall: a terminal console that simulates AWS IAM cross-account roles.
// Dependencies point inward (see docs/architecture.md):
//   IAMPolicy ← IAMKit ← {RoleStore, Exercises, AWSCommandLine, ConsoleUI}; Exercises ← {AWSCommandLine, ConsoleUI};
//   CNcursesw, CTermGuard ← Terminal; DisplayText (no dependencies) ← {AWSCommandLine, ConsoleUI}.
// Only the executables see everything. No third-party packages: a clean debug build stays fast.
import PackageDescription

let package = Package(
    name: "rolecall",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rolecall", targets: ["rolecall"]),
        .library(name: "IAMPolicy", targets: ["IAMPolicy"]),
        .library(name: "IAMKit", targets: ["IAMKit"]),
    ],
    targets: [
        // The IAM policy language: parse (with positions), validate, evaluate, explain.
        .target(name: "IAMPolicy"),
        // The one rule for drawing text from data on a terminal (escapes, widths). No dependencies.
        .target(name: "DisplayText"),
        // The IAM and STS domain: pure, time and IDs injected.
        .target(name: "IAMKit", dependencies: ["IAMPolicy"]),
        // Training exercises: documents (JSON) and checks that ask the engine. Pure, no I/O.
        .target(name: "Exercises", dependencies: ["IAMKit", "IAMPolicy"]),
        // Durable JSON-file store and audit log: the only library target that touches disk.
        .target(name: "RoleStore", dependencies: ["IAMKit", "IAMPolicy"]),
        // libqrencode as a Swift module (Debian libqrencode-dev), like CNcursesw.
        .systemLibrary(name: "CQREncode"),
        // QR codes for virtual MFA devices: the module matrix, a PNG file, terminal half blocks.
        .target(name: "MFAQRCode", dependencies: ["CQREncode"]),
        // The AWS-CLI-compatible command layer.
        .target(name: "AWSCommandLine", dependencies: ["IAMKit", "IAMPolicy", "RoleStore", "MFAQRCode", "DisplayText", "Exercises"]),
        // Console state, reducers, screens rendered into frames, themes, key table. No ncurses.
        .target(name: "ConsoleUI", dependencies: ["IAMKit", "IAMPolicy", "MFAQRCode", "DisplayText", "Exercises"]),
        // ncursesw as a Swift module (module map + shim for macros Swift cannot import).
        .systemLibrary(name: "CNcursesw"),
        // Async-signal-safe terminal restore for fatal signals; must be C.
        .target(name: "CTermGuard"),
        // The real terminal: presents frames through ncursesw, reads keys, restores on exit.
        .target(name: "Terminal", dependencies: ["CNcursesw", "CTermGuard", "ConsoleUI"]),
        .executableTarget(
            name: "rolecall",
            dependencies: ["IAMPolicy", "IAMKit", "Exercises", "RoleStore", "AWSCommandLine", "ConsoleUI", "Terminal"]
        ),
        // The generator of AWSCommandLine/Generated/ from the trimmed AWS models in its Models/
        // folder; never a dependency of the rolecall binary.
        .target(name: "RolecallCodegen", dependencies: ["IAMPolicy"], exclude: ["Models"]),
        .executableTarget(name: "rolecall-codegen", dependencies: ["RolecallCodegen"]),
        .executableTarget(
            name: "rolecall-bench",
            dependencies: ["IAMPolicy", "IAMKit", "Exercises", "RoleStore", "AWSCommandLine", "ConsoleUI", "Terminal"]
        ),
        .testTarget(name: "IAMPolicyTests", dependencies: ["IAMPolicy"]),
        .testTarget(name: "DisplayTextTests", dependencies: ["DisplayText"]),
        // Regenerates Generated/ into memory and fails on any difference with the committed files.
        .testTarget(name: "CodegenTests", dependencies: ["RolecallCodegen"]),
        .testTarget(name: "IAMKitTests", dependencies: ["IAMKit", "IAMPolicy"]),
        .testTarget(name: "ExercisesTests", dependencies: ["Exercises", "IAMKit", "IAMPolicy"]),
        // Depending on store-worker makes `swift test` build the child process the
        // multi-process and kill tests spawn.
        .testTarget(name: "RoleStoreTests", dependencies: ["RoleStore", "IAMKit", "store-worker"]),
        // Test-only child process for RoleStoreTests; kept under Tests/ so users never see it.
        .executableTarget(name: "store-worker", dependencies: ["RoleStore", "IAMKit"], path: "Tests/StoreWorker"),
        .testTarget(name: "AWSCommandLineTests", dependencies: ["AWSCommandLine", "IAMKit", "RoleStore", "DisplayText", "Exercises"]),
        .testTarget(
            name: "ConsoleUITests",
            dependencies: ["ConsoleUI", "IAMKit", "MFAQRCode", "DisplayText", "Exercises"],
            exclude: ["__Snapshots__"]
        ),
        // Key decoding and colour tiers of the ncurses layer, without a terminal.
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "ConsoleUI"]),
        // Runs the real binary (and tmux); depending on it makes `swift test` build it.
        .testTarget(name: "EndToEndTests", dependencies: ["rolecall", "IAMKit", "MFAQRCode"]),
    ]
)
