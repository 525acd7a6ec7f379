/// The integrity rules; each rule's file adds it here.
let integrityRules: [any Rule] = []
