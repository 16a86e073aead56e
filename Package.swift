// swift-tools-version: 6.1
// rolecall: a terminal console that simulates AWS IAM cross-account roles.
// Dependencies point inward (see docs/architecture.md):
//   IAMPolicy ← IAMKit ← {RoleStore, Exercises, AWSCommandLine, ConsoleUI}; Exercises ← {AWSCommandLine, ConsoleUI};
//   CNcursesw, CTermGuard ← Terminal; DisplayText (no dependencies) ← {AWSCommandLine, ConsoleUI};
//   {IAMKit, RoleStore, AWSCommandLine, HummingbirdCore, Crypto} ← RoleServer.
// Only the executables see everything. swift-crypto (hashes, HMAC, PBKDF2) is under IAMKit and
// so under every target (docs/decisions.md, 2026-12-07 "IAMKit hashes with swift-crypto");
// Hummingbird (its core HTTP server) is used by RoleServer alone, so the domain, CLI and console build without it.
import PackageDescription

let package = Package(
    name: "rolecall",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rolecall", targets: ["rolecall"]),
        .library(name: "IAMPolicy", targets: ["IAMPolicy"]),
        .library(name: "IAMKit", targets: ["IAMKit"]),
    ],
    dependencies: [
        // Traits off: rolecall needs neither swift-configuration nor the full-Foundation extras.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        // Already in Hummingbird's graph (no extra build); named so RoleServer may import them.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The IAM policy language: parse (with positions), validate, evaluate, explain.
        .target(name: "IAMPolicy"),
        // The one rule for drawing text from data on a terminal (escapes, widths). No dependencies.
        .target(name: "DisplayText"),
        // The IAM and STS domain: pure, time and IDs injected.
        .target(
            name: "IAMKit",
            dependencies: [
                "IAMPolicy",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Training exercises: documents (JSON) and checks that ask the engine. Pure, no I/O.
        .target(name: "Exercises", dependencies: ["IAMKit", "IAMPolicy"]),
        // Durable JSON-file store and audit log: the only library target that touches disk.
        .target(name: "RoleStore", dependencies: ["IAMKit", "IAMPolicy"]),
        // libqrencode as a Swift module (Debian libqrencode-dev), like CNcursesw.
        .systemLibrary(name: "CQREncode"),
        // QR codes for virtual MFA devices: the module matrix, a PNG file, terminal half blocks.
        .target(name: "MFAQRCode", dependencies: ["CQREncode"]),
        // The AWS-CLI-compatible command layer.
        .target(
            name: "AWSCommandLine",
            dependencies: ["IAMKit", "IAMPolicy", "RoleStore", "MFAQRCode", "DisplayText", "Exercises",
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Console state, reducers, screens rendered into frames, themes, key table. No ncurses.
        .target(name: "ConsoleUI", dependencies: ["IAMKit", "IAMPolicy", "MFAQRCode", "DisplayText", "Exercises"]),
        // The IAM and STS Query API over HTTP (`rolecall serve`): SigV4, Query parsing, XML.
        .target(
            name: "RoleServer",
            dependencies: [
                "IAMKit", "IAMPolicy", "RoleStore", "AWSCommandLine",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // ncursesw as a Swift module (module map + shim for macros Swift cannot import).
        .systemLibrary(name: "CNcursesw"),
        // Async-signal-safe terminal restore for fatal signals; must be C.
        .target(name: "CTermGuard"),
        // The real terminal: presents frames through ncursesw, reads keys, restores on exit.
        .target(name: "Terminal", dependencies: ["CNcursesw", "CTermGuard", "ConsoleUI"]),
        .executableTarget(
            name: "rolecall",
            dependencies: ["IAMPolicy", "IAMKit", "Exercises", "RoleStore", "AWSCommandLine", "ConsoleUI", "Terminal", "RoleServer"]
        ),
        // The generator of AWSCommandLine/Generated/ from the trimmed AWS models in its Models/
        // folder; never a dependency of the rolecall binary.
        .target(name: "RolecallCodegen", dependencies: ["IAMPolicy", "IAMKit"], exclude: ["Models"]),
        .executableTarget(name: "rolecall-codegen", dependencies: ["RolecallCodegen"]),
        .executableTarget(
            name: "rolecall-bench",
            dependencies: ["IAMPolicy", "IAMKit", "Exercises", "RoleStore", "AWSCommandLine", "ConsoleUI", "Terminal", "RoleServer"]
        ),
        .testTarget(name: "IAMPolicyTests", dependencies: ["IAMPolicy"]),
        .testTarget(name: "DisplayTextTests", dependencies: ["DisplayText"]),
        // Regenerates Generated/ into memory and fails on any difference with the committed files.
        .testTarget(name: "CodegenTests", dependencies: ["RolecallCodegen", "IAMKit"]),
        .testTarget(name: "IAMKitTests", dependencies: ["IAMKit", "IAMPolicy", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "ExercisesTests", dependencies: ["Exercises", "IAMKit", "IAMPolicy"]),
        // Depending on store-worker makes `swift test` build the child process the
        // multi-process and kill tests spawn.
        .testTarget(name: "RoleStoreTests", dependencies: ["RoleStore", "IAMKit", "store-worker"]),
        // Test-only child process for RoleStoreTests; kept under Tests/ so users never see it.
        .executableTarget(name: "store-worker", dependencies: ["RoleStore", "IAMKit"], path: "Tests/StoreWorker"),
        .testTarget(name: "RoleServerTests", dependencies: ["RoleServer", "IAMKit", "RoleStore", "AWSCommandLine",
                                                            .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "AWSCommandLineTests", dependencies: ["AWSCommandLine", "IAMKit", "RoleStore", "DisplayText", "Exercises"]),
        .testTarget(
            name: "ConsoleUITests",
            dependencies: ["ConsoleUI", "IAMKit", "MFAQRCode", "DisplayText", "Exercises"],
            exclude: ["__Snapshots__"]
        ),
        // Key decoding and colour tiers of the ncurses layer, without a terminal.
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "ConsoleUI"]),
        // Runs the real binary (and tmux); depending on it makes `swift test` build it.
        .testTarget(name: "EndToEndTests", dependencies: ["rolecall", "IAMKit", "MFAQRCode", "RoleServer"], exclude: ["Serve/serve_e2e.py", "Scripts/cross-account-role.sh"]),
    ]
)
