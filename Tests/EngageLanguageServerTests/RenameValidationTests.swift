import Testing

@testable import EngageLanguageServer

/// A rename's new id must be a valid id, and neither a keyword nor a vocabulary word.
@Suite struct RenameValidationTests {
  @Test(arguments: ["care_plan", "gp2", "Planning"])
  func validIDsAreAccepted(_ name: String) {
    #expect(LanguageServer.problemWithID(name) == nil)
  }

  @Test(arguments: [
    ("care-plan", "'care-plan' is not a valid id: an id is an ASCII letter followed by letters, digits and '_'; did you mean 'care_plan'?"),
    ("2nd", "'2nd' is not a valid id: an id is an ASCII letter followed by letters, digits and '_'; did you mean 'id_2nd'?"),
    ("", "'' is not a valid id: an id is an ASCII letter followed by letters, digits and '_'"),
    ("process", "'process' is a keyword of the language; choose an id that is not"),
    ("monthly", "'monthly' is a vocabulary word of the language; choose an id that is not"),
  ])
  func invalidIDsAreRefusedWithAReason(_ name: String, _ message: String) {
    #expect(LanguageServer.problemWithID(name) == message)
  }
}
