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
    .library(name: "EngageBPMN", targets: ["EngageBPMN"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
    .target(name: "EngageGraphviz", dependencies: ["CGraphviz", "EngageViews"]),
    .target(name: "EngageWorkspace", dependencies: [
      "EngageLanguage", "EngageModel", "EngageRules", "EngageMeasures", "EngageViews", "EngageGraphviz",
    ]),
    .target(name: "EngageBPMN", dependencies: ["EngageLanguage", "EngageModel", "EngageViews", "EngageGraphviz"]),
    .target(name: "EngageSite", dependencies: [
      "EngageLanguage", "EngageModel", "EngageMeasures", "EngageViews", "EngageGraphviz",
      .product(name: "Mustache", package: "swift-mustache"),
    ]),
    .executableTarget(name: "engagemap", dependencies: [
      "EngageLanguage", "EngageModel", "EngageRules", "EngageViews", "EngageMeasures", "EngageSite",
      "EngageWorkspace", "EngageBPMN",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]),
    .target(name: "EngageTestSupport", path: "Tests/EngageTestSupport"),
    .testTarget(name: "EngageTestSupportTests", dependencies: ["EngageTestSupport"]),
    .testTarget(name: "EngageLanguageTests", dependencies: ["EngageLanguage", "EngageTestSupport"], exclude: ["Golden", "Malformed"]),
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
      name: "EngageBPMNTests",
      dependencies: ["EngageLanguage", "EngageModel", "EngageGraphviz", "EngageBPMN"],
      exclude: ["Fixtures"]),
    .testTarget(name: "EngageMapCLITests", dependencies: ["engagemap", "EngageTestSupport"], exclude: ["Fixtures", "Golden"]),
  ]
)
