// swift-tools-version:6.0
import PackageDescription

// The libFuzzer target of SOPKit, in a package of its own so that the main package builds without
// the fuzzer: `make fuzz` builds it with `-sanitize=fuzzer,address` and runs it over the corpus.
let package = Package(
    name: "SOPKitFuzz",
    dependencies: [.package(name: "SOPKit", path: "..")],
    targets: [
        .executableTarget(
            name: "SOPKitFuzz",
            dependencies: [.product(name: "SOPKit", package: "SOPKit")]
        ),
    ]
)
