import ArgumentParser

/// `-o/--output FILE` for a command whose result goes to standard output unless a file is given.
struct OutputFileOption: ParsableArguments {
  @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
  var output: String?
}
