/// The completeness rules; each rule's file adds it here.
let completenessRules: [any Rule] = []
