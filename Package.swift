// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "EngageMap",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "engagemap", targets: ["engagemap"]),
    .library(name: "EngageLanguage", targets: ["EngageLanguage"]),
    .library(name: "EngageModel", targets: ["EngageModel"]),
    .library(name: "EngageRules", targets: ["EngageRules"]),
    .library(name: "EngageViews", targets: ["EngageViews"]),
    .library(name: "EngageGraphviz", targets: ["EngageGraphviz"]),
    .library(name: "EngageMeasures", targets: ["EngageMeasures"]),
    .library(name: "EngageWorkspace", targets: ["EngageWorkspace"]),
    .library(name: "EngageSite", targets: ["EngageSite"]),
    .library(name: "EngageServe", targets: ["EngageServe"]),
    .library(name: "EngageLanguageServer", targets: ["EngageLanguageServer"]),
    .library(name: "EngageBPMN", targets: ["EngageBPMN"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    .target(name: "EngageLanguage"),
    .target(name: "EngageModel", dependencies: ["EngageLanguage"]),
    .target(name: "EngageRules", dependencies: ["EngageLanguage", "EngageModel"]),
    .target(name: "EngageMeasures", dependencies: [
      "EngageLanguage", "EngageModel",
      .product(name: "CSV", package: "CSV.swift"),
    ]),
    .target(name: "EngageViews", dependencies: ["EngageLanguage", "EngageModel", "EngageMeasures"]),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(name: "EngageGraphviz", dependencies: ["CGraphviz", "EngageLanguage", "EngageViews"]),
    .target(name: "EngageWorkspace", dependencies: [
      "EngageLanguage", "EngageModel", "EngageRules", "EngageMeasures", "EngageViews", "EngageGraphviz",
    ]),
    .target(name: "EngageLanguageServer", dependencies: ["EngageLanguage", "EngageModel", "EngageRules"]),
    .target(name: "EngageBPMN", dependencies: ["EngageLanguage", "EngageModel", "EngageViews", "EngageGraphviz"]),
    .target(name: "EngageSite", dependencies: [
      "EngageLanguage", "EngageModel", "EngageRules", "EngageMeasures", "EngageViews", "EngageGraphviz",
      "EngageWorkspace",
      .product(name: "Mustache", package: "swift-mustache"),
    ]),
    .target(name: "EngageServe", dependencies: [
      "EngageLanguage", "EngageWorkspace", "EngageSite",
      .product(name: "Hummingbird", package: "hummingbird"),
      .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      .product(name: "NIOCore", package: "swift-nio"),
      .product(name: "HTTPTypes", package: "swift-http-types"),
    ]),
    .executableTarget(name: "engagemap", dependencies: [
      "EngageLanguage", "EngageModel", "EngageRules", "EngageViews", "EngageMeasures", "EngageSite",
      "EngageWorkspace", "EngageServe", "EngageLanguageServer", "EngageBPMN",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]),
    .target(name: "EngageTestSupport", path: "Tests/EngageTestSupport"),
    .testTarget(name: "EngageTestSupportTests", dependencies: ["EngageTestSupport"]),
    .testTarget(name: "EngageLanguageTests", dependencies: ["EngageLanguage", "EngageTestSupport"], exclude: ["Golden", "Malformed", "Formatting"]),
    .testTarget(name: "EngageModelTests", dependencies: ["EngageLanguage", "EngageModel", "EngageTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "EngageRulesTests", dependencies: ["EngageLanguage", "EngageModel", "EngageRules", "EngageTestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "EngageViewsTests",
      dependencies: ["EngageLanguage", "EngageModel", "EngageViews", "EngageMeasures", "EngageGraphviz", "EngageTestSupport"],
      exclude: ["Golden"]),
    .testTarget(name: "EngageGraphvizTests", dependencies: ["EngageGraphviz"]),
    .testTarget(name: "EngageMeasuresTests", dependencies: ["EngageLanguage", "EngageModel", "EngageMeasures", "EngageTestSupport"], exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "EngageWorkspaceTests",
      dependencies: ["EngageLanguage", "EngageModel", "EngageViews", "EngageGraphviz", "EngageWorkspace", "EngageTestSupport"]),
    .testTarget(
      name: "EngageSiteTests",
      dependencies: [
        "EngageLanguage", "EngageModel", "EngageMeasures", "EngageViews", "EngageWorkspace", "EngageSite",
        "EngageTestSupport", .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "EngageServeTests",
      dependencies: [
        "EngageLanguage", "EngageWorkspace", "EngageSite", "EngageServe", "EngageLanguageServer",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    .testTarget(
      name: "EngageBPMNTests",
      dependencies: ["EngageLanguage", "EngageModel", "EngageGraphviz", "EngageBPMN"],
      exclude: ["Fixtures"]),
    .testTarget(name: "EngageMapCLITests", dependencies: ["engagemap", "EngageTestSupport"], exclude: ["Fixtures", "Golden"]),
  ]
)
