// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SOPKit",
    products: [
        .library(name: "SOPKit", targets: ["SOPKit"]),
        .library(name: "SOPKitPDF", targets: ["SOPKitPDF"]),
        .executable(name: "sopkit", targets: ["sopkit"]),
    ],
    targets: [
        .target(name: "SOPKit"),
        .target(name: "SOPKitPDF", dependencies: ["SOPKit"]),
        .target(name: "SOPKitCLI", dependencies: ["SOPKit", "SOPKitPDF"]),
        .executableTarget(name: "sopkit", dependencies: ["SOPKitCLI"]),
        .executableTarget(name: "sopkit-bench", dependencies: ["SOPKit"], path: "Sources/SOPKitBench"),
        .testTarget(name: "SOPKitTests", dependencies: ["SOPKit", "SOPKitPDF", "SOPKitCLI"]),
    ]
)
