// swift-tools-version:6.1
// libFuzzer targets for the parsers that read untrusted files. Run with Scripts/fuzz (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "GuanshanFuzz",
    dependencies: [.package(name: "Guanshan", path: "..")],
    targets: [
        .executableTarget(name: "FuzzTextDecoding", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
        .executableTarget(name: "FuzzHTML", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
        .executableTarget(name: "FuzzDocx", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
    ]
)
