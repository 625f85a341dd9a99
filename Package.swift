// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Guanshan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "guanshan", targets: ["guanshan"]),
        .executable(name: "guanshan-search-bench", targets: ["guanshan-search-bench"]),
        .executable(name: "guanshan-words-bench", targets: ["guanshan-words-bench"]),
        // For the fuzz targets in Fuzz/, a package of their own.
        .library(name: "GuanshanFormats", targets: ["GuanshanFormats"]),
        .library(name: "GuanshanText", targets: ["GuanshanText"]),
        .library(name: "GuanshanRequestParsing", targets: ["GuanshanRequestParsing"]),
        .library(name: "GuanshanSearch", targets: ["GuanshanSearch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Uploads in the admin arrive as multipart/form-data; Vapor's parser has years of hostile input behind it.
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        // .docx in and out: read from and written to memory, never unzipped to disk.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // /metrics: swift-metrics' API, with Prometheus's text format behind it.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .target(name: "GuanshanText"),
        .target(name: "GuanshanFormats", dependencies: ["GuanshanText", "GuanshanModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "GuanshanSearch", dependencies: ["GuanshanText"]),
        .target(name: "GuanshanQR", dependencies: ["GuanshanText"]),
        // The values the library speaks (documents, categories, accounts, the security log): what the store
        // keeps and the site shows, with no behaviour of either.
        .target(name: "GuanshanModel", dependencies: ["GuanshanText"]),
        .target(name: "GuanshanStore", dependencies: [
            "GuanshanModel",
            "GuanshanText",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "_ConnectionPoolModule", package: "postgres-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
            // Signatures for originals kept in S3-compatible storage.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "GuanshanLibrary", dependencies: [
            "GuanshanText", "GuanshanModel", "GuanshanFormats", "GuanshanStore", "GuanshanSearch",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // What a request carries, parsed before a handler sees it (path and query values, forms, cookies):
        // a module of its own so that the fuzz targets in Fuzz/ reach these parsers without the site.
        .target(name: "GuanshanRequestParsing", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "MultipartKit", package: "multipart-kit"),
        ]),
        .target(name: "GuanshanWeb", dependencies: [
            "GuanshanRequestParsing", "GuanshanLibrary", "GuanshanModel", "GuanshanText", "GuanshanQR",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "CoreMetrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "guanshan", dependencies: [
            "GuanshanWeb", "GuanshanLibrary", "GuanshanModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "guanshan-search-bench", dependencies: ["GuanshanLibrary", "GuanshanSearch"], path: "Benchmarks/SearchBench"),
        .executableTarget(name: "guanshan-words-bench", dependencies: ["GuanshanText"], path: "Benchmarks/WordsBench"),
        .target(name: "GuanshanTestSupport", dependencies: ["GuanshanLibrary", "GuanshanModel", "GuanshanStore"], path: "Tests/GuanshanTestSupport"),
        .testTarget(name: "GuanshanTextTests", dependencies: ["GuanshanText", "GuanshanTestSupport"]),
        .testTarget(name: "GuanshanFormatsTests", dependencies: ["GuanshanFormats", "GuanshanModel", "GuanshanText", "GuanshanTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GuanshanSearchTests", dependencies: ["GuanshanSearch", "GuanshanTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GuanshanCorpusTests", dependencies: ["GuanshanLibrary", "GuanshanModel", "GuanshanSearch", "GuanshanStore", "GuanshanTestSupport"]),
        .testTarget(name: "GuanshanQRTests", dependencies: ["GuanshanQR", "GuanshanTestSupport"]),
        .testTarget(name: "GuanshanStoreTests", dependencies: [
            "GuanshanStore", "GuanshanModel", "GuanshanText", "GuanshanTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "GuanshanLibraryTests", dependencies: [
            "GuanshanLibrary", "GuanshanModel", "GuanshanText", "GuanshanStore", "GuanshanTestSupport",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "GuanshanWebTests", dependencies: [
            "GuanshanWeb", "GuanshanLibrary", "GuanshanModel", "GuanshanText", "GuanshanRequestParsing", "GuanshanTestSupport",
            // The stores the test sites are opened on, and the search index some tests check.
            "GuanshanStore", "GuanshanSearch", "GuanshanFormats",
            // To fill the test's SQLite database as a full disk would (DiskFullRouteTests).
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            // To render a document body alone (ImportedHTMLOracleTests).
        ]),
    ]
)
