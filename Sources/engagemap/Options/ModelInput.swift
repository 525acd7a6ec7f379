import ArgumentParser

/// The MODEL argument every model command takes.
struct ModelInput: ParsableArguments {
  @Argument(help: "A .engage file or a directory of .engage files.")
  var model: String
}
