/// The engagement rules; each rule's file adds it here.
let engagementRules: [any Rule] = []
