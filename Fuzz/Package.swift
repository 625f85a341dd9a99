// swift-tools-version:6.1
// libFuzzer targets for the parsers that read untrusted files and requests. Run with Scripts/fuzz (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "GuanshanFuzz",
    dependencies: [
        .package(name: "Guanshan", path: ".."),
        // Already in Guanshan's graph; named here for the ByteBuffer a multipart body arrives in.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .executableTarget(name: "FuzzTextDecoding", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
        .executableTarget(name: "FuzzHTML", dependencies: [
            .product(name: "GuanshanFormats", package: "Guanshan"), .product(name: "GuanshanText", package: "Guanshan"),
        ]),
        .executableTarget(name: "FuzzDocx", dependencies: [.product(name: "GuanshanFormats", package: "Guanshan")]),
        .executableTarget(name: "FuzzParameters", dependencies: [.product(name: "GuanshanRequestParsing", package: "Guanshan")]),
        .executableTarget(name: "FuzzSearchQuery", dependencies: [.product(name: "GuanshanSearch", package: "Guanshan")]),
        .executableTarget(name: "FuzzCookies", dependencies: [.product(name: "GuanshanRequestParsing", package: "Guanshan")]),
        .executableTarget(name: "FuzzFormFields", dependencies: [.product(name: "GuanshanRequestParsing", package: "Guanshan")]),
        .executableTarget(name: "FuzzMultipart", dependencies: [
            .product(name: "GuanshanRequestParsing", package: "Guanshan"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
    ]
)
