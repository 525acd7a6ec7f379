import EngageLanguage
import Testing

/// One diagnostic test: a source and the exact text the formatter prints for it.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
  let name: String
  let source: [UInt8]
  let expected: String

  init(_ name: String, text: String, expected: String) {
    self.name = name
    self.source = Array(text.utf8)
    self.expected = expected
  }

  init(_ name: String, bytes: [UInt8], expected: String) {
    self.name = name
    self.source = bytes
    self.expected = expected
  }

  var testDescription: String { name }
}

/// Every kind of diagnostic the parser and lexer give, with its location, source line, caret
/// line, notes and fix-its, exactly as `engagemap check` prints them.
@Suite struct DiagnosticTests {
  static let cases: [DiagnosticCase] = [
    DiagnosticCase(
      "missing id", text: "role \"Patient\" { kind patient }\n",
      expected: #"""
        test.engage:1:6: error: expected an id after 'role', found string "Patient", as in 'role gp "General practitioner" { kind clinician }' [EM0001]
        role "Patient" { kind patient }
             ^~~~~~~~~
        """#),
    DiagnosticCase(
      "stray closing brace", text: "role gp { kind clinician }\n}\n",
      expected: #"""
        test.engage:2:1: error: unexpected '}' with no open block to close [EM0001]
        }
        ^
          fix-it: remove '}'
        """#),
    DiagnosticCase(
      "missing closing brace at end of file", text: "role gp \"GP\" {\n  kind clinician\n",
      expected: #"""
        test.engage:2:17: error: expected '}' at the end of the file to close role 'gp' [EM0001]
          kind clinician
                        ^
        test.engage:1:14: note: the block of role 'gp' opens here
        role gp "GP" {
                     ^
        """#),
    DiagnosticCase(
      "missing closing brace before the next declaration",
      text: "role c \"C\" { kind staff\nrole d \"D\" { kind staff }\nprocess p \"P\" {\n  kind mian\n}\n",
      expected: #"""
        test.engage:1:24: error: expected '}' to close role 'c' before 'role' [EM0001]
        role c "C" { kind staff
                               ^
        test.engage:1:12: note: the block of role 'c' opens here
        role c "C" { kind staff
                   ^
          fix-it: insert ' }'
        test.engage:4:8: error: unknown process kind 'mian'; did you mean 'main'? [EM0005]
          kind mian
               ^~~~
          fix-it: replace 'mian' with 'main'
        """#),
    DiagnosticCase(
      "missing closing braces of nested blocks before the next declaration",
      text: "megaprocess m {\n  process p {\n    kind main\nrole r\n",
      expected: #"""
        test.engage:3:14: error: expected '}' to close process 'p' and '}' to close megaprocess 'm' before 'role' [EM0001]
            kind main
                     ^
        test.engage:2:13: note: the block of process 'p' opens here
          process p {
                    ^
        test.engage:1:15: note: the block of megaprocess 'm' opens here
        megaprocess m {
                      ^
          fix-it: insert ' } }'
        """#),
    DiagnosticCase(
      "two properties on one line", text: "role gp { kind clinician description \"GP\" }\n",
      expected: #"""
        test.engage:1:26: error: unexpected 'description'; each statement goes on its own line [EM0001]
        role gp { kind clinician description "GP" }
                                 ^~~~~~~~~~~
        """#),
    DiagnosticCase(
      "block on its own line", text: "role gp \"GP\"\n{\n  kind clinician\n}\n",
      expected: #"""
        test.engage:2:1: error: unexpected '{'; a block opens on the same line as its declaration, such as 'role gp "GP" {' [EM0001]
        {
        ^
        """#),
    DiagnosticCase(
      "flow with one node", text: "process p {\n  start a\n  a.b\n}\n",
      expected: #"""
        test.engage:3:6: error: expected '->' after 'a.b'; a flow connects steps, as in 'a.b -> next' [EM0001]
          a.b
             ^
        """#),
    DiagnosticCase(
      "arrow look-alike in a flow", text: "process p {\n  a => b\n}\n",
      expected: #"""
        test.engage:2:5: error: '=>' is not an arrow; connect steps with '->', as in 'a -> b' [EM0001]
          a => b
            ^~
          fix-it: replace '=>' with '->'
        """#),
    DiagnosticCase(
      "dash arrow in a flow", text: "process p {\n  a —> b\n}\n",
      expected: #"""
        test.engage:2:5: error: '—>' is not an arrow; connect steps with '->', as in 'a -> b' [EM0001]
          a —> b
            ^~
          fix-it: replace '—>' with '->'
        """#),
    DiagnosticCase(
      "reference with three parts", text: "process p {\n  a -> b.c.d\n}\n",
      expected: #"""
        test.engage:2:8: error: 'b.c.d' has 3 parts; a reference is an id or 'process.member' [EM0001]
          a -> b.c.d
               ^~~~~
        """#),
    DiagnosticCase(
      "when without a label", text: "process p {\n  a -> b when\n}\n",
      expected: #"""
        test.engage:2:14: error: expected a string in double quotes after 'when' [EM0001]
          a -> b when
                     ^
        """#),
    DiagnosticCase(
      "unknown escape", text: "role gp \"G\\qP\"\n",
      expected: #"""
        test.engage:1:11: error: unknown escape '\q' in a string; the escapes are \", \\ and \n [EM0001]
        role gp "G\qP"
                  ^~
        """#),
    DiagnosticCase(
      "unterminated string at end of line", text: "role gp \"General practitioner\nrole nurse\n",
      expected: #"""
        test.engage:1:9: error: unterminated string; add a closing '"' before the end of the line (use """...""" for text over several lines) [EM0002]
        role gp "General practitioner
                ^~~~~~~~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "unterminated title before a brace", text: "role gp \"General practitioner {\n  kind clinician\n}\n",
      expected: #"""
        test.engage:1:9: error: unterminated string; add a closing '"' before the '{' [EM0002]
        role gp "General practitioner {
                ^~~~~~~~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "unterminated string at end of file", text: "role gp \"General",
      expected: #"""
        test.engage:1:9: error: unterminated string at end of file; add a closing '"' [EM0002]
        role gp "General
                ^~~~~~~~
        """#),
    DiagnosticCase(
      "unterminated triple-quoted string", text: "role gp {\n  description \"\"\"\n    never closed\n",
      expected: #"""
        test.engage:2:15: error: unterminated triple-quoted string; add a closing '"""' [EM0002]
          description """
                      ^~~
        test.engage:4:1: error: expected '}' at the end of the file to close role 'gp' [EM0001]

        ^
        test.engage:1:9: note: the block of role 'gp' opens here
        role gp {
                ^
        """#),
    DiagnosticCase(
      "stray character", text: "role gp; role nurse\n",
      expected: #"""
        test.engage:1:8: error: unexpected character ';' (U+003B); statements end at the end of the line [EM0003]
        role gp; role nurse
               ^
        test.engage:1:10: error: unexpected 'role' in role 'gp'; expected a title string, '{' or the end of the line [EM0001]
        role gp; role nurse
                 ^~~~
        """#),
    DiagnosticCase(
      "tab before the caret", text: "role gp {\n\tkind\tclinican\n}\n",
      expected: #"""
        test.engage:2:7: error: unknown role kind 'clinican'; did you mean 'clinician'? [EM0005]
        	kind	clinican
        	    	^~~~~~~~
          fix-it: replace 'clinican' with 'clinician'
        """#),
    DiagnosticCase(
      "multi-byte characters before the caret", text: "role gp \"Généraliste ✓\" { kind clinican }\n",
      expected: #"""
        test.engage:1:36: error: unknown role kind 'clinican'; did you mean 'clinician'? [EM0005]
        role gp "Généraliste ✓" { kind clinican }
                                       ^~~~~~~~
          fix-it: replace 'clinican' with 'clinician'
        """#),
    DiagnosticCase(
      "emoji before the caret takes two cells", text: "role r \"Rôle — é😀\" { kind patinet }\n",
      expected: #"""
        test.engage:1:34: error: unknown role kind 'patinet'; did you mean 'patient'? [EM0005]
        role r "Rôle — é😀" { kind patinet }
                                   ^~~~~~~
          fix-it: replace 'patinet' with 'patient'
        """#),
    DiagnosticCase(
      "combining mark, CJK and flag before the caret", text: "role r \"Ro\u{302}le 中文 🇫🇷\" { kind patinet }\n",
      expected: #"""
        test.engage:1:40: error: unknown role kind 'patinet'; did you mean 'patient'? [EM0005]
        role r "Rôle 中文 🇫🇷" { kind patinet }
                                     ^~~~~~~
          fix-it: replace 'patinet' with 'patient'
        """#),
    DiagnosticCase(
      "emoji variation and fullwidth letter before the caret", text: "role r \"❤\u{FE0F} Ｆ\" { kind patinet }\n",
      expected: #"""
        test.engage:1:28: error: unknown role kind 'patinet'; did you mean 'patient'? [EM0005]
        role r "❤️ Ｆ" { kind patinet }
                              ^~~~~~~
          fix-it: replace 'patinet' with 'patient'
        """#),
    DiagnosticCase(
      "wide character under the caret", text: "role 中文\n",
      expected: #"""
        test.engage:1:6: error: identifier '中文' contains '中' (U+4E2D); identifiers use only ASCII letters, digits and '_' (put other text in a title string) [EM0003]
        role 中文
             ^~
        """#),
    DiagnosticCase(
      "NUL byte", text: "role gp\u{0} \"GP\"\n",
      expected: #"""
        test.engage:1:8: error: NUL byte (U+0000); the file may be binary or saved as UTF-16 rather than UTF-8 [EM0003]
        role gp\u{0} "GP"
               ^~~~~
        """#),
    DiagnosticCase(
      "invalid UTF-8", bytes: [0x72, 0x6F, 0x6C, 0x65, 0x20, 0x67, 0x70, 0x20, 0x22, 0x47, 0x50, 0x22, 0x20, 0xFF, 0xFE, 0x0A],
      expected: #"""
        test.engage:1:14: error: invalid UTF-8 byte 0xFF; save the file as UTF-8 [EM0003]
        role gp "GP" ��
                     ^~
        """#),
    DiagnosticCase(
      "unicode identifier", text: "role médecin \"Médecin\"\n",
      expected: #"""
        test.engage:1:7: error: identifier 'médecin' contains 'é' (U+00E9); identifiers use only ASCII letters, digits and '_' (put other text in a title string) [EM0003]
        role médecin "Médecin"
              ^
        """#),
    DiagnosticCase(
      "curly quotes", text: "role gp “GP”\n",
      expected: #"""
        test.engage:1:9: error: unexpected character '“' (U+201C); use straight double quotes '"' around strings; outside strings and comments only ASCII is allowed [EM0003]
        role gp “GP”
                ^
        test.engage:1:12: error: unexpected 'GP' in role 'gp'; expected a title string, '{' or the end of the line [EM0001]
        role gp “GP”
                 ^~
        test.engage:1:14: error: unexpected character '”' (U+201D); use straight double quotes '"' around strings; outside strings and comments only ASCII is allowed [EM0003]
        role gp “GP”
                   ^
        """#),
    DiagnosticCase(
      "identifier starting with underscore", text: "role _gp\n",
      expected: #"""
        test.engage:1:6: error: identifier '_gp' starts with '_'; identifiers start with a letter [EM0003]
        role _gp
             ^
        """#),
    DiagnosticCase(
      "unknown declaration keyword", text: "proces planning \"Planning\"\n",
      expected: #"""
        test.engage:1:1: error: unknown keyword 'proces' at top level; did you mean 'process'? [EM0004]
        proces planning "Planning"
        ^~~~~~
          fix-it: replace 'proces' with 'process'
        """#),
    DiagnosticCase(
      "unknown property without suggestion", text: "role gp { colour blue }\n",
      expected: #"""
        test.engage:1:11: error: unknown keyword 'colour' in role 'gp'; expected 'kind', 'description' or 'allow' [EM0004]
        role gp { colour blue }
                  ^~~~~~
        """#),
    DiagnosticCase(
      "misplaced keyword", text: "role gp {\n  step a\n}\n",
      expected: #"""
        test.engage:2:3: error: 'step' is not allowed in role 'gp' (it belongs in a process) [EM0004]
          step a
          ^~~~
        """#),
    DiagnosticCase(
      "flow without an arrow", text: "process p {\n  booked prepare\n}\n",
      expected: #"""
        test.engage:2:3: error: unknown keyword 'booked' in process 'p'; to connect steps write 'booked -> prepare' [EM0004]
          booked prepare
          ^~~~~~
          fix-it: insert ' ->'
        """#),
    DiagnosticCase(
      "unknown unit", text: "process p {\n  measure m { unit precent }\n}\n",
      expected: #"""
        test.engage:2:20: error: unknown unit 'precent'; did you mean 'percent'? [EM0005]
          measure m { unit precent }
                           ^~~~~~~
          fix-it: replace 'precent' with 'percent'
        """#),
    DiagnosticCase(
      "unknown role kind", text: "role gp { kind doctor }\n",
      expected: #"""
        test.engage:1:16: error: unknown role kind 'doctor'; expected patient, family, patient_partner, clinician, staff, facilitator, manager or external [EM0005]
        role gp { kind doctor }
                       ^~~~~~
        """#),
    DiagnosticCase(
      "unknown client kind", text: "client c { kind externl }\n",
      expected: #"""
        test.engage:1:17: error: unknown client kind 'externl'; did you mean 'external'? [EM0005]
        client c { kind externl }
                        ^~~~~~~
          fix-it: replace 'externl' with 'external'
        """#),
    DiagnosticCase(
      "unknown process kind", text: "process p { kind core }\n",
      expected: #"""
        test.engage:1:18: error: unknown process kind 'core'; expected main, support or management [EM0005]
        process p { kind core }
                         ^~~~
        """#),
    DiagnosticCase(
      "unknown engagement level", text: "process p { engagement colaborate }\n",
      expected: #"""
        test.engage:1:24: error: unknown engagement level 'colaborate'; did you mean 'collaborate'? [EM0005]
        process p { engagement colaborate }
                               ^~~~~~~~~~
          fix-it: replace 'colaborate' with 'collaborate'
        """#),
    DiagnosticCase(
      "unknown organisation level", text: "megaprocess m { level direct }\n",
      expected: #"""
        test.engage:1:23: error: unknown organisation level 'direct'; did you mean 'direct_care'? [EM0005]
        megaprocess m { level direct }
                              ^~~~~~
          fix-it: replace 'direct' with 'direct_care'
        """#),
    DiagnosticCase(
      "unknown tag in a list", text: "process p { tags incident, disclosre, feedback }\n",
      expected: #"""
        test.engage:1:28: error: unknown tag 'disclosre'; did you mean 'disclosure'? [EM0005]
        process p { tags incident, disclosre, feedback }
                                   ^~~~~~~~~
          fix-it: replace 'disclosre' with 'disclosure'
        """#),
    DiagnosticCase(
      "unknown frequency", text: "process p {\n  measure m { frequency montly }\n}\n",
      expected: #"""
        test.engage:2:25: error: unknown frequency 'montly'; did you mean 'monthly'? [EM0005]
          measure m { frequency montly }
                                ^~~~~~
          fix-it: replace 'montly' with 'monthly'
        """#),
    DiagnosticCase(
      "unknown direction", text: "process p {\n  measure m { direction upwards }\n}\n",
      expected: #"""
        test.engage:2:25: error: unknown direction 'upwards'; expected up or down [EM0005]
          measure m { direction upwards }
                                ^~~~~~~
        """#),
    DiagnosticCase(
      "unknown measure type", text: "process p {\n  measure m { type outcomes }\n}\n",
      expected: #"""
        test.engage:2:20: error: unknown measure type 'outcomes'; did you mean 'outcome'? [EM0005]
          measure m { type outcomes }
                           ^~~~~~~~
          fix-it: replace 'outcomes' with 'outcome'
        """#),
    DiagnosticCase(
      "unknown duration unit", text: "process p {\n  step s { duration 3 huors }\n}\n",
      expected: #"""
        test.engage:2:23: error: unknown duration unit 'huors'; did you mean 'hours'? [EM0005]
          step s { duration 3 huors }
                              ^~~~~
          fix-it: replace 'huors' with 'hours'
        """#),
    DiagnosticCase(
      "misspelt singular duration unit", text: "process p {\n  step s { duration 1 dya }\n}\n",
      expected: #"""
        test.engage:2:23: error: unknown duration unit 'dya'; did you mean 'day'? [EM0005]
          step s { duration 1 dya }
                              ^~~
          fix-it: replace 'dya' with 'day'
        """#),
    DiagnosticCase(
      "zero duration in a singular unit", text: "process p {\n  step s { duration 0 day }\n}\n",
      expected: #"""
        test.engage:2:21: error: a duration must be greater than zero ('0 day'); leave 'duration' out when it is not known [EM0005]
          step s { duration 0 day }
                            ^~~~~
        """#),
    DiagnosticCase(
      "comparator written backwards", text: "process p {\n  measure m { target => 80 }\n}\n",
      expected: #"""
        test.engage:2:22: error: unknown comparator '=>'; did you mean '>='? [EM0005]
          measure m { target => 80 }
                             ^~
          fix-it: replace '=>' with '>='
        """#),
    DiagnosticCase(
      "target without comparator", text: "process p {\n  measure m { target 80 }\n}\n",
      expected: #"""
        test.engage:2:22: error: 'target' needs a comparison: write 'target >= 80' or 'target between A and B' [EM0005]
          measure m { target 80 }
                             ^~
        """#),
    DiagnosticCase(
      "between with reversed bounds", text: "process p {\n  measure m { warning between 90 and 70 }\n}\n",
      expected: #"""
        test.engage:2:23: error: 'between 90 and 70' has its bounds reversed; write 'between 70 and 90' [EM0005]
          measure m { warning between 90 and 70 }
                              ^~~~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "between without and", text: "process p {\n  measure m { warning between 70 90 }\n}\n",
      expected: #"""
        test.engage:2:34: error: expected 'and' after 'between 70', as in 'between 70 and 90' [EM0001]
          measure m { warning between 70 90 }
                                         ^~
        """#),
    DiagnosticCase(
      "malformed number", text: "process p {\n  measure m { target >= 8o }\n}\n",
      expected: #"""
        test.engage:2:25: error: '8o' is not a number; write digits with an optional decimal part, such as 80 or 2.5 [EM0005]
          measure m { target >= 8o }
                                ^~
        """#),
    DiagnosticCase(
      "number too large", text: "process p {\n  measure m { target >= 99999999999999999999 }\n}\n",
      expected: #"""
        test.engage:2:25: error: '99999999999999999999' is too large; a number may be at most 1000000000000000 (10^15) [EM0005]
          measure m { target >= 99999999999999999999 }
                                ^~~~~~~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "number too small", text: "process p {\n  measure m { warning between -10000000000000001 and 0 }\n}\n",
      expected: #"""
        test.engage:2:31: error: '-10000000000000001' is too small; a number may be no less than -1000000000000000 (-10^15) [EM0005]
          measure m { warning between -10000000000000001 and 0 }
                                      ^~~~~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "duration too large", text: "process p {\n  step s { duration 99999999999999999999999 hours }\n}\n",
      expected: #"""
        test.engage:2:21: error: '99999999999999999999999' is too large; a number may be at most 1000000000000000 (10^15) [EM0005]
          step s { duration 99999999999999999999999 hours }
                            ^~~~~~~~~~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "zero duration", text: "process p {\n  step s { duration 0 weeks }\n}\n",
      expected: #"""
        test.engage:2:21: error: a duration must be greater than zero ('0 weeks'); leave 'duration' out when it is not known [EM0005]
          step s { duration 0 weeks }
                            ^~~~~~~
        """#),
    DiagnosticCase(
      "patient_defined true", text: "process p {\n  measure m { patient_defined true }\n}\n",
      expected: #"""
        test.engage:2:31: error: 'patient_defined' takes 'yes' or 'no', not 'true'; did you mean 'yes'? [EM0005]
          measure m { patient_defined true }
                                      ^~~~
          fix-it: replace 'true' with 'yes'
        """#),
    DiagnosticCase(
      "count below one", text: "process p {\n  step s by partner x0\n}\n",
      expected: #"""
        test.engage:2:21: error: 'x0' is not a valid count; write x1 to x10000 [EM0005]
          step s by partner x0
                            ^~
        """#),
    DiagnosticCase(
      "negative duration", text: "process p {\n  step s { duration -2 days }\n}\n",
      expected: #"""
        test.engage:2:21: error: a duration cannot be negative ('-2') [EM0005]
          step s { duration -2 days }
                            ^~
        """#),
    DiagnosticCase(
      "missing value", text: "role gp {\n  kind\n}\n",
      expected: #"""
        test.engage:2:7: error: expected a role kind after 'kind' (patient, family, patient_partner, clinician, staff, facilitator, manager or external) [EM0001]
          kind
              ^
        """#),
    DiagnosticCase(
      "string expected", text: "organisation o { purpose Safe care }\n",
      expected: #"""
        test.engage:1:26: error: expected a string in double quotes after 'purpose', found 'Safe' [EM0001]
        organisation o { purpose Safe care }
                                 ^~~~
        """#),
    DiagnosticCase(
      "duplicate property", text: "role gp {\n  kind clinician\n  kind staff\n}\n",
      expected: #"""
        test.engage:3:3: error: 'kind' is given twice in role 'gp'; it may be given only once [EM0012]
          kind staff
          ^~~~~~~~~~
        test.engage:2:3: note: first given here
          kind clinician
          ^~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "duplicate rule setting", text: "settings {\n  rule EM0301 off\n  rule EM0301 warning\n}\n",
      expected: #"""
        test.engage:3:3: error: rule 'EM0301' is configured twice in settings; it may be configured only once [EM0012]
          rule EM0301 warning
          ^~~~~~~~~~~~~~~~~~~
        test.engage:2:3: note: first given here
          rule EM0301 off
          ^~~~~~~~~~~~~~~
        """#),
    DiagnosticCase(
      "unknown severity", text: "settings { rule EM0301 warn }\n",
      expected: #"""
        test.engage:1:24: error: unknown severity 'warn'; did you mean 'warning'? [EM0015]
        settings { rule EM0301 warn }
                               ^~~~
          fix-it: replace 'warn' with 'warning'
        """#),
    DiagnosticCase(
      "settings without block", text: "settings rule EM0301 off\n",
      expected: #"""
        test.engage:1:10: error: expected '{' after 'settings', as in 'settings { rule EM0301 off }' [EM0001]
        settings rule EM0301 off
                 ^~~~
        """#),
    DiagnosticCase(
      "hyphen in an id", text: "role general-practitioner \"GP\"\n",
      expected: #"""
        test.engage:1:6: error: 'general-practitioner' contains '-'; ids use letters, digits and '_'; did you mean 'general_practitioner'? [EM0003]
        role general-practitioner "GP"
             ^~~~~~~~~~~~~~~~~~~~
          fix-it: replace 'general-practitioner' with 'general_practitioner'
        """#),
    DiagnosticCase(
      "hyphen in a reference of a flow", text: "process p {\n  care-plan -> done\n}\n",
      expected: #"""
        test.engage:2:3: error: 'care-plan' contains '-'; ids use letters, digits and '_'; did you mean 'care_plan'? [EM0003]
          care-plan -> done
          ^~~~~~~~~
          fix-it: replace 'care-plan' with 'care_plan'
        """#),
    DiagnosticCase(
      "hyphen and an accent in an id", text: "role médecin-chef\n",
      expected: #"""
        test.engage:1:6: error: 'médecin-chef' contains '-'; ids use letters, digits and '_'; did you mean 'medecin_chef'? [EM0003]
        role médecin-chef
             ^~~~~~~~~~~~
          fix-it: replace 'médecin-chef' with 'medecin_chef'
        test.engage:1:7: error: identifier 'médecin-chef' contains 'é' (U+00E9); identifiers use only ASCII letters, digits and '_' (put other text in a title string) [EM0003]
        role médecin-chef
              ^
        """#),
    DiagnosticCase(
      "empty include path", text: "include \"\"\n",
      expected: #"""
        test.engage:1:9: error: the include path is empty; name a file such as "roles.engage" [EM0005]
        include ""
                ^~
        """#),
    DiagnosticCase(
      "nesting too deep", text: "process p {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}\n",
      expected: #"""
        test.engage:1:12: error: unexpected '{'; a block opens on the same line as its declaration, such as 'role gp "GP" {' [EM0001]
        process p {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{
                   ^
        test.engage:1:75: error: blocks are nested more than 64 deep; the rest of this block is skipped [EM0013]
        process p {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{
                                                                                  ^
        """#),
    DiagnosticCase(
      "allow without a reason", text: "process p {\n  allow EM0301\n}\n",
      expected: #"""
        test.engage:2:15: error: 'allow EM0301' needs a reason in quotes; say why the finding does not apply here, as in 'allow EM0301 "one-to-one interview"' [EM0001]
          allow EM0301
                      ^
          fix-it: insert ' "say why this finding does not apply here"'
        """#),
    DiagnosticCase(
      "allow with a blank reason", text: "role r {\n  allow EM0309 \"  \"\n}\n",
      expected: #"""
        test.engage:2:16: error: the reason of 'allow EM0309' is empty; say why the finding does not apply here [EM0005]
          allow EM0309 "  "
                       ^~~~
          fix-it: replace '"  "' with '"say why this finding does not apply here"'
        """#),
    DiagnosticCase(
      "allow with an unquoted reason", text: "process p {\n  step s \"S\" {\n    allow EM0106 because\n  }\n}\n",
      expected: #"""
        test.engage:3:18: error: 'allow EM0106' needs a reason in quotes, found 'because'; say why the finding does not apply here, as in 'allow EM0106 "one-to-one interview"' [EM0001]
            allow EM0106 because
                         ^~~~~~~
        """#),
    DiagnosticCase(
      "allow without a rule", text: "megaprocess m {\n  allow \"no code\"\n}\n",
      expected: #"""
        test.engage:2:9: error: expected a rule code or name after 'allow', found string "no code", as in 'allow EM0301 "one-to-one interview"' [EM0001]
          allow "no code"
                ^~~~~~~~~
        """#),
    DiagnosticCase(
      "allow in a client", text: "client c {\n  allow EM0301 \"x\"\n}\n",
      expected: #"""
        test.engage:2:3: error: 'allow' is not allowed in client 'c' (it belongs in an organisation, in a megaprocess, in a process, in a step, in a measure, in a relation or in a role) [EM0004]
          allow EM0301 "x"
          ^~~~~
        """#),
  ]

  @Test(arguments: cases)
  func formattedDiagnostics(_ testCase: DiagnosticCase) {
    let file = SourceFile(path: "test.engage", bytes: testCase.source)
    let result = Parser.parse(file)
    let text = DiagnosticTextFormatter(colour: false).format(result.diagnostics)
    #expect(text == testCase.expected + "\n")
    #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.range != nil })
  }
}
