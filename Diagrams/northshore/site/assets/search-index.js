window.ENGAGEMAP_SEARCH_INDEX = [
  {
    "id": "northshore",
    "kind": "organisation",
    "path": "index.html",
    "text": "When care causes harm, be open with patients and families, support everyone affected, and learn with them so it does not happen again Provincial policy work is led by the health authority and is not modelled here.",
    "title": "Northshore General Hospital"
  },
  {
    "id": "candour",
    "kind": "goal",
    "path": "index.html#goal-candour",
    "text": "",
    "title": "Candour with patients and families"
  },
  {
    "id": "support",
    "kind": "goal",
    "path": "index.html#goal-support",
    "text": "",
    "title": "Support for everyone affected by harm"
  },
  {
    "id": "learning",
    "kind": "goal",
    "path": "index.html#goal-learning",
    "text": "",
    "title": "Learning with patients and families"
  },
  {
    "id": "safer_design",
    "kind": "goal",
    "path": "index.html#goal-safer_design",
    "text": "",
    "title": "Safer care co-designed with patients"
  },
  {
    "id": "harm_response",
    "kind": "mega-process",
    "path": "megaprocess/harm_response.html",
    "text": "",
    "title": "Responding to harm"
  },
  {
    "id": "learning_from_incidents",
    "kind": "mega-process",
    "path": "megaprocess/learning_from_incidents.html",
    "text": "",
    "title": "Learning from incidents"
  },
  {
    "context": "Responding to harm",
    "id": "harm_reporting",
    "kind": "process",
    "path": "process/harm_reporting.html",
    "text": "Make it easy for staff, patients and families to report, and tell reporters what was done",
    "title": "Reporting of incidents and concerns"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "reported",
    "kind": "step",
    "path": "process/harm_reporting.html#step-reported",
    "text": "",
    "title": "Incident or concern reported by staff, a patient or a family"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "triage",
    "kind": "step",
    "path": "process/harm_reporting.html#step-triage",
    "text": "",
    "title": "Triage severity and make the patient safe"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "acknowledge",
    "kind": "step",
    "path": "process/harm_reporting.html#step-acknowledge",
    "text": "",
    "title": "Acknowledge the report to the reporter"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "harm_reached",
    "kind": "decision",
    "path": "process/harm_reporting.html#step-harm_reached",
    "text": "",
    "title": "Did harm reach the patient?"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "notify",
    "kind": "step",
    "path": "process/harm_reporting.html#step-notify",
    "text": "",
    "title": "Notify the most responsible physician and peer support"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "unit_review",
    "kind": "step",
    "path": "process/harm_reporting.html#step-unit_review",
    "text": "",
    "title": "Unit reviews the near miss"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "tell_reporter",
    "kind": "step",
    "path": "process/harm_reporting.html#step-tell_reporter",
    "text": "",
    "title": "Tell the reporter what was done with their report"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "logged",
    "kind": "step",
    "path": "process/harm_reporting.html#step-logged",
    "text": "",
    "title": "Report closed"
  },
  {
    "context": "Responding to harm",
    "id": "harm_disclosure",
    "kind": "process",
    "path": "process/harm_disclosure.html",
    "text": "Tell patients and families promptly and honestly what happened, apologise, and keep them informed",
    "title": "Disclosure of harm"
  },
  {
    "context": "Disclosure of harm",
    "id": "harm_recognised",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-harm_recognised",
    "text": "",
    "title": "Harm recognised"
  },
  {
    "context": "Disclosure of harm",
    "id": "plan_disclosure",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-plan_disclosure",
    "text": "",
    "title": "Plan the disclosure: who attends, where, what is known"
  },
  {
    "context": "Disclosure of harm",
    "id": "initial_disclosure",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-initial_disclosure",
    "text": "",
    "title": "Initial disclosure: the facts known, an apology, and next steps"
  },
  {
    "context": "Disclosure of harm",
    "id": "name_liaison",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-name_liaison",
    "text": "",
    "title": "Name a family liaison and offer support"
  },
  {
    "context": "Disclosure of harm",
    "id": "analysis_type",
    "kind": "decision",
    "path": "process/harm_disclosure.html#step-analysis_type",
    "text": "",
    "title": "Comprehensive or concise analysis?"
  },
  {
    "context": "Disclosure of harm",
    "id": "invite",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-invite",
    "text": "",
    "title": "Commission a comprehensive analysis and invite the patient and family to take part"
  },
  {
    "context": "Disclosure of harm",
    "id": "concise_review",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-concise_review",
    "text": "",
    "title": "Concise analysis by the unit, answering the family's questions"
  },
  {
    "context": "Disclosure of harm",
    "id": "post_disclosure",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-post_disclosure",
    "text": "",
    "title": "Post-analysis disclosure: findings, actions, and a written summary"
  },
  {
    "context": "Disclosure of harm",
    "id": "disclosed",
    "kind": "step",
    "path": "process/harm_disclosure.html#step-disclosed",
    "text": "",
    "title": "Disclosure complete"
  },
  {
    "context": "Responding to harm",
    "id": "family_support",
    "kind": "process",
    "path": "process/family_support.html",
    "text": "Give the family what they need to cope and to take part, for as long as they need it",
    "title": "Family liaison and support"
  },
  {
    "context": "Family liaison and support",
    "id": "referred",
    "kind": "step",
    "path": "process/family_support.html#step-referred",
    "text": "",
    "title": "Family referred"
  },
  {
    "context": "Family liaison and support",
    "id": "contact",
    "kind": "step",
    "path": "process/family_support.html#step-contact",
    "text": "",
    "title": "Contact the family"
  },
  {
    "context": "Family liaison and support",
    "id": "assess",
    "kind": "step",
    "path": "process/family_support.html#step-assess",
    "text": "",
    "title": "Ask the family what they need: information, counselling, practical help"
  },
  {
    "context": "Family liaison and support",
    "id": "arrange",
    "kind": "step",
    "path": "process/family_support.html#step-arrange",
    "text": "",
    "title": "Arrange support: counselling, parking and travel costs, an interpreter"
  },
  {
    "context": "Family liaison and support",
    "id": "check_in",
    "kind": "step",
    "path": "process/family_support.html#step-check_in",
    "text": "",
    "title": "Check in: is the support helping, and how did the family's feedback change it"
  },
  {
    "context": "Family liaison and support",
    "id": "needs_met",
    "kind": "decision",
    "path": "process/family_support.html#step-needs_met",
    "text": "",
    "title": "Family's needs met?"
  },
  {
    "context": "Family liaison and support",
    "id": "supported",
    "kind": "step",
    "path": "process/family_support.html#step-supported",
    "text": "",
    "title": "Support complete"
  },
  {
    "context": "Learning from incidents",
    "id": "incident_analysis",
    "kind": "process",
    "path": "process/incident_analysis.html",
    "text": "Find out why harm happened, with the patient, the family and patient partners, and recommend strong actions Follows the Canadian Incident Analysis Framework: prepare, understand what happened,\nidentify contributing factors, develop recommendations, follow through, and close the\nloop with the patient and family.",
    "title": "Comprehensive incident analysis with the family"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "commissioned",
    "kind": "step",
    "path": "process/incident_analysis.html#step-commissioned",
    "text": "",
    "title": "Analysis commissioned"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "confirm_initial",
    "kind": "step",
    "path": "process/incident_analysis.html#step-confirm_initial",
    "text": "",
    "title": "Confirm the initial disclosure took place and the family knows an analysis will follow"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "form_team",
    "kind": "step",
    "path": "process/incident_analysis.html#step-form_team",
    "text": "",
    "title": "Form the team: analysis lead, clinicians not involved, two patient partners"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "family_interview",
    "kind": "step",
    "path": "process/incident_analysis.html#step-family_interview",
    "text": "",
    "title": "Hear the patient's and family's account and what matters to them"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "staff_interviews",
    "kind": "step",
    "path": "process/incident_analysis.html#step-staff_interviews",
    "text": "",
    "title": "Interview staff and review the record"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "analyse",
    "kind": "step",
    "path": "process/incident_analysis.html#step-analyse",
    "text": "",
    "title": "Map what happened and identify contributing factors"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "recommend",
    "kind": "step",
    "path": "process/incident_analysis.html#step-recommend",
    "text": "",
    "title": "Develop recommendations ranked by strength"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "family_agrees",
    "kind": "decision",
    "path": "process/incident_analysis.html#step-family_agrees",
    "text": "",
    "title": "Patient and family agree the recommendations address their concerns?"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "approve",
    "kind": "step",
    "path": "process/incident_analysis.html#step-approve",
    "text": "",
    "title": "Approve the recommendations and name an owner for each"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "share_findings",
    "kind": "step",
    "path": "process/incident_analysis.html#step-share_findings",
    "text": "",
    "title": "Post-analysis disclosure: findings and actions, and how the family's account shaped them"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "share_learning",
    "kind": "step",
    "path": "process/incident_analysis.html#step-share_learning",
    "text": "",
    "title": "Share the learning across the hospital"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "analysis_closed",
    "kind": "step",
    "path": "process/incident_analysis.html#step-analysis_closed",
    "text": "",
    "title": "Analysis closed"
  },
  {
    "context": "Learning from incidents",
    "id": "safety_improvement",
    "kind": "process",
    "path": "process/safety_improvement.html",
    "text": "Turn recommendations into safer practice designed with patient partners and, if they wish, the family",
    "title": "Co-designed safety improvement"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "accepted",
    "kind": "step",
    "path": "process/safety_improvement.html#step-accepted",
    "text": "",
    "title": "Recommendation accepted"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "charter",
    "kind": "step",
    "path": "process/safety_improvement.html#step-charter",
    "text": "",
    "title": "Charter the improvement with patient partners and the sponsor"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "co_design",
    "kind": "step",
    "path": "process/safety_improvement.html#step-co_design",
    "text": "",
    "title": "Co-design the change with staff, partners and, if they wish, the family"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "pilot",
    "kind": "step",
    "path": "process/safety_improvement.html#step-pilot",
    "text": "",
    "title": "Pilot the change on one unit"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "measure_effect",
    "kind": "step",
    "path": "process/safety_improvement.html#step-measure_effect",
    "text": "",
    "title": "Measure the effect together with the partners"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "spread",
    "kind": "decision",
    "path": "process/safety_improvement.html#step-spread",
    "text": "",
    "title": "Spread, revise or stop?"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "spread_change",
    "kind": "step",
    "path": "process/safety_improvement.html#step-spread_change",
    "text": "",
    "title": "Spread to all units and update policy and training"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "tell",
    "kind": "step",
    "path": "process/safety_improvement.html#step-tell",
    "text": "",
    "title": "Tell partners and the family how their input shaped the change"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "improved",
    "kind": "step",
    "path": "process/safety_improvement.html#step-improved",
    "text": "",
    "title": "Improvement closed"
  },
  {
    "context": "Learning from incidents",
    "id": "safety_council",
    "kind": "process",
    "path": "process/safety_council.html",
    "text": "Steer incident learning with patient partners as co-chairs and members",
    "title": "Patient safety and quality council"
  },
  {
    "context": "Patient safety and quality council",
    "id": "meeting_called",
    "kind": "step",
    "path": "process/safety_council.html#step-meeting_called",
    "text": "",
    "title": "Monthly meeting called"
  },
  {
    "context": "Patient safety and quality council",
    "id": "agenda",
    "kind": "step",
    "path": "process/safety_council.html#step-agenda",
    "text": "",
    "title": "Co-chairs set the agenda: a staff co-chair and a patient-partner co-chair"
  },
  {
    "context": "Patient safety and quality council",
    "id": "review",
    "kind": "step",
    "path": "process/safety_council.html#step-review",
    "text": "",
    "title": "Review incidents, trends, analyses and family feedback"
  },
  {
    "context": "Patient safety and quality council",
    "id": "new_priority",
    "kind": "decision",
    "path": "process/safety_council.html#step-new_priority",
    "text": "",
    "title": "New safety priority?"
  },
  {
    "context": "Patient safety and quality council",
    "id": "set_priority",
    "kind": "step",
    "path": "process/safety_council.html#step-set_priority",
    "text": "",
    "title": "Set the priority and name a sponsor"
  },
  {
    "context": "Patient safety and quality council",
    "id": "minutes",
    "kind": "step",
    "path": "process/safety_council.html#step-minutes",
    "text": "",
    "title": "Publish minutes and report back how members' input was used"
  },
  {
    "context": "Patient safety and quality council",
    "id": "adjourned",
    "kind": "step",
    "path": "process/safety_council.html#step-adjourned",
    "text": "",
    "title": "Meeting closed"
  },
  {
    "id": "partner_programme",
    "kind": "process",
    "path": "process/partner_programme.html",
    "text": "Recruit, train and support patient partners for incident learning",
    "title": "Patient-partner programme"
  },
  {
    "context": "Patient-partner programme",
    "id": "recruitment_opens",
    "kind": "step",
    "path": "process/partner_programme.html#step-recruitment_opens",
    "text": "",
    "title": "Recruitment round opens"
  },
  {
    "context": "Patient-partner programme",
    "id": "advertise",
    "kind": "step",
    "path": "process/partner_programme.html#step-advertise",
    "text": "",
    "title": "Advertise the roles through units, the website and community groups"
  },
  {
    "context": "Patient-partner programme",
    "id": "conversation",
    "kind": "step",
    "path": "process/partner_programme.html#step-conversation",
    "text": "",
    "title": "Conversation with applicants about their experience and interests"
  },
  {
    "context": "Patient-partner programme",
    "id": "suited",
    "kind": "decision",
    "path": "process/partner_programme.html#step-suited",
    "text": "",
    "title": "Applicant suited to an incident-learning role?"
  },
  {
    "context": "Patient-partner programme",
    "id": "train",
    "kind": "step",
    "path": "process/partner_programme.html#step-train",
    "text": "",
    "title": "Training: incident analysis, confidentiality, trauma-informed practice"
  },
  {
    "context": "Patient-partner programme",
    "id": "agree",
    "kind": "step",
    "path": "process/partner_programme.html#step-agree",
    "text": "",
    "title": "Role agreement, honorarium and expenses"
  },
  {
    "context": "Patient-partner programme",
    "id": "debrief",
    "kind": "step",
    "path": "process/partner_programme.html#step-debrief",
    "text": "",
    "title": "Debrief after each analysis: emotional support and how the partners' input was used"
  },
  {
    "context": "Patient-partner programme",
    "id": "active",
    "kind": "step",
    "path": "process/partner_programme.html#step-active",
    "text": "",
    "title": "Partners active"
  },
  {
    "id": "staff_support",
    "kind": "process",
    "path": "process/staff_support.html",
    "text": "Support staff involved in harm so that they can take part in disclosure and learning",
    "title": "Support for staff involved in harm"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "staff_involved",
    "kind": "step",
    "path": "process/staff_support.html#step-staff_involved",
    "text": "",
    "title": "Staff member involved in harm"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "peer_contact",
    "kind": "step",
    "path": "process/staff_support.html#step-peer_contact",
    "text": "",
    "title": "Peer supporter contacts the staff member"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "debrief",
    "kind": "step",
    "path": "process/staff_support.html#step-debrief",
    "text": "",
    "title": "Debrief and prepare for the disclosure conversation"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "further_help",
    "kind": "decision",
    "path": "process/staff_support.html#step-further_help",
    "text": "",
    "title": "Further help needed?"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "refer_assistance",
    "kind": "step",
    "path": "process/staff_support.html#step-refer_assistance",
    "text": "",
    "title": "Refer to the employee assistance programme"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "ready",
    "kind": "step",
    "path": "process/staff_support.html#step-ready",
    "text": "",
    "title": "Staff member supported"
  },
  {
    "id": "learning_report",
    "kind": "process",
    "path": "process/learning_report.html",
    "text": "Show the board and the public what was learned, what changed, and how patients and families took part",
    "title": "Quarterly learning and engagement report"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "quarter_end",
    "kind": "step",
    "path": "process/learning_report.html#step-quarter_end",
    "text": "",
    "title": "Quarter ends"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "compile",
    "kind": "step",
    "path": "process/learning_report.html#step-compile",
    "text": "",
    "title": "Compile measures, analyses and family feedback"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "partner_review",
    "kind": "step",
    "path": "process/learning_report.html#step-partner_review",
    "text": "",
    "title": "Review the draft with patient partners"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "approved",
    "kind": "decision",
    "path": "process/learning_report.html#step-approved",
    "text": "",
    "title": "Board quality committee approves the report?"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "publish",
    "kind": "step",
    "path": "process/learning_report.html#step-publish",
    "text": "",
    "title": "Publish to the board and on the public website"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "tell_partners",
    "kind": "step",
    "path": "process/learning_report.html#step-tell_partners",
    "text": "",
    "title": "Tell partners how their review shaped the report"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "published",
    "kind": "step",
    "path": "process/learning_report.html#step-published",
    "text": "",
    "title": "Report published"
  },
  {
    "id": "patient",
    "kind": "role",
    "path": "role/patient.html",
    "text": "patient",
    "title": "Patient"
  },
  {
    "id": "family",
    "kind": "role",
    "path": "role/family.html",
    "text": "family",
    "title": "Family member or substitute decision-maker"
  },
  {
    "id": "partner",
    "kind": "role",
    "path": "role/partner.html",
    "text": "A former patient or family member trained to work on incident learning patient partner",
    "title": "Patient partner"
  },
  {
    "id": "attending",
    "kind": "role",
    "path": "role/attending.html",
    "text": "clinician",
    "title": "Most responsible physician"
  },
  {
    "id": "nurse",
    "kind": "role",
    "path": "role/nurse.html",
    "text": "clinician",
    "title": "Charge nurse"
  },
  {
    "id": "safety_manager",
    "kind": "role",
    "path": "role/safety_manager.html",
    "text": "staff",
    "title": "Patient safety manager"
  },
  {
    "id": "liaison",
    "kind": "role",
    "path": "role/liaison.html",
    "text": "The family's single point of contact from disclosure to closure staff",
    "title": "Family liaison"
  },
  {
    "id": "patient_relations",
    "kind": "role",
    "path": "role/patient_relations.html",
    "text": "staff",
    "title": "Patient relations officer"
  },
  {
    "id": "social_worker",
    "kind": "role",
    "path": "role/social_worker.html",
    "text": "staff",
    "title": "Social worker"
  },
  {
    "id": "peer_supporter",
    "kind": "role",
    "path": "role/peer_supporter.html",
    "text": "A trained clinician colleague who supports staff involved in harm staff",
    "title": "Peer supporter"
  },
  {
    "id": "analysis_lead",
    "kind": "role",
    "path": "role/analysis_lead.html",
    "text": "facilitator",
    "title": "Incident analysis lead"
  },
  {
    "id": "coordinator",
    "kind": "role",
    "path": "role/coordinator.html",
    "text": "facilitator",
    "title": "Patient engagement coordinator"
  },
  {
    "id": "vp_quality",
    "kind": "role",
    "path": "role/vp_quality.html",
    "text": "manager",
    "title": "Vice-president, quality and patient safety"
  },
  {
    "id": "unit_manager",
    "kind": "role",
    "path": "role/unit_manager.html",
    "text": "manager",
    "title": "Unit manager"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "reports_acknowledged_2_days",
    "kind": "measure",
    "path": "process/harm_reporting.html#measure-reports_acknowledged_2_days",
    "text": "Incident reporting system",
    "title": "Reports acknowledged to the reporter within 2 days"
  },
  {
    "context": "Reporting of incidents and concerns",
    "id": "reports_from_patients",
    "kind": "measure",
    "path": "process/harm_reporting.html#measure-reports_from_patients",
    "text": "Incident reporting system",
    "title": "Reports made by patients and families"
  },
  {
    "context": "Disclosure of harm",
    "id": "initial_disclosure_48h",
    "kind": "measure",
    "path": "process/harm_disclosure.html#measure-initial_disclosure_48h",
    "text": "Disclosure log",
    "title": "Harm incidents with initial disclosure within 48 hours"
  },
  {
    "context": "Disclosure of harm",
    "id": "liaison_named",
    "kind": "measure",
    "path": "process/harm_disclosure.html#measure-liaison_named",
    "text": "Disclosure log",
    "title": "Families with a named liaison within one working day"
  },
  {
    "context": "Disclosure of harm",
    "id": "post_disclosure_held",
    "kind": "measure",
    "path": "process/harm_disclosure.html#measure-post_disclosure_held",
    "text": "Disclosure log",
    "title": "Analyses followed by a post-analysis disclosure"
  },
  {
    "context": "Family liaison and support",
    "id": "families_offered_support",
    "kind": "measure",
    "path": "process/family_support.html#measure-families_offered_support",
    "text": "Family liaison log",
    "title": "Harmed families offered support within one working day"
  },
  {
    "context": "Family liaison and support",
    "id": "family_support_rating",
    "kind": "measure",
    "path": "process/family_support.html#measure-family_support_rating",
    "text": "Family follow-up call",
    "title": "Families' rating of the support they received (1-5)"
  },
  {
    "context": "Responding to harm",
    "id": "families_trust_account",
    "kind": "measure",
    "path": "megaprocess/harm_response.html#measure-families_trust_account",
    "text": "Family follow-up call three months after disclosure",
    "title": "Families who trust the hospital's account of what happened"
  },
  {
    "context": "Responding to harm",
    "id": "complaints_after_disclosure",
    "kind": "measure",
    "path": "megaprocess/harm_response.html#measure-complaints_after_disclosure",
    "text": "Risk management register",
    "title": "Formal complaints or claims after a disclosure"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "families_invited_to_analysis",
    "kind": "measure",
    "path": "process/incident_analysis.html#measure-families_invited_to_analysis",
    "text": "Analysis register",
    "title": "Comprehensive analyses with the family invited to take part"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "analyses_with_two_partners",
    "kind": "measure",
    "path": "process/incident_analysis.html#measure-analyses_with_two_partners",
    "text": "Analysis register",
    "title": "Analyses with at least two patient partners on the team"
  },
  {
    "context": "Comprehensive incident analysis with the family",
    "id": "analysis_days",
    "kind": "measure",
    "path": "process/incident_analysis.html#measure-analysis_days",
    "text": "Analysis register",
    "title": "Median days from commission to approved recommendations"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "recommendations_implemented",
    "kind": "measure",
    "path": "process/safety_improvement.html#measure-recommendations_implemented",
    "text": "Recommendation tracker",
    "title": "Recommendations implemented by their due date"
  },
  {
    "context": "Co-designed safety improvement",
    "id": "improvement_feedback_30_days",
    "kind": "measure",
    "path": "process/safety_improvement.html#measure-improvement_feedback_30_days",
    "text": "Recommendation tracker",
    "title": "Partners and families told within 30 days how their input was used"
  },
  {
    "context": "Patient safety and quality council",
    "id": "council_two_partners",
    "kind": "measure",
    "path": "process/safety_council.html#measure-council_two_partners",
    "text": "Council attendance record",
    "title": "Council meetings with at least two patient partners present"
  },
  {
    "context": "Learning from incidents",
    "id": "recurrence",
    "kind": "measure",
    "path": "megaprocess/learning_from_incidents.html#measure-recurrence",
    "text": "Incident reporting system",
    "title": "Recurrences of an incident type already analysed"
  },
  {
    "context": "Learning from incidents",
    "id": "partners_see_change",
    "kind": "measure",
    "path": "megaprocess/learning_from_incidents.html#measure-partners_see_change",
    "text": "Annual partner and family survey",
    "title": "Patient partners and families who see change from their input"
  },
  {
    "context": "Harm records to the disclosure team",
    "id": "harm_records_12h",
    "kind": "measure",
    "path": "measures.html#measure-harm_records_12h",
    "text": "Incident reporting system",
    "title": "Harm records with the physician within 12 hours"
  },
  {
    "context": "Family preferences for the analysis",
    "id": "preferences_before_team",
    "kind": "measure",
    "path": "measures.html#measure-preferences_before_team",
    "text": "Analysis register",
    "title": "Analyses where the family's preferences were known before the team formed"
  },
  {
    "context": "Findings for the post-analysis disclosure",
    "id": "findings_within_5_days",
    "kind": "measure",
    "path": "measures.html#measure-findings_within_5_days",
    "text": "Analysis register",
    "title": "Findings delivered within 5 days of approval"
  },
  {
    "context": "Recommendations for improvement",
    "id": "strong_actions",
    "kind": "measure",
    "path": "measures.html#measure-strong_actions",
    "text": "Recommendation tracker",
    "title": "Analyses with at least one strong action"
  },
  {
    "context": "Patient partners for incident analysis",
    "id": "partners_available_10_days",
    "kind": "measure",
    "path": "measures.html#measure-partners_available_10_days",
    "text": "Partner register",
    "title": "Requests for partners met within 10 working days"
  },
  {
    "context": "Patient-partner programme",
    "id": "partners_trained",
    "kind": "measure",
    "path": "process/partner_programme.html#measure-partners_trained",
    "text": "Partner register",
    "title": "Partners trained before their first analysis"
  },
  {
    "context": "Patient-partner programme",
    "id": "partner_expenses_paid",
    "kind": "measure",
    "path": "process/partner_programme.html#measure-partner_expenses_paid",
    "text": "Finance system",
    "title": "Partner expenses paid within 30 days"
  },
  {
    "context": "Support for staff involved in harm",
    "id": "staff_contacted_24h",
    "kind": "measure",
    "path": "process/staff_support.html#measure-staff_contacted_24h",
    "text": "Peer support log",
    "title": "Staff involved in harm contacted by a peer supporter within 24 hours"
  },
  {
    "context": "Quarterly learning and engagement report",
    "id": "report_days_after_quarter",
    "kind": "measure",
    "path": "process/learning_report.html#measure-report_days_after_quarter",
    "text": "Board papers",
    "title": "Days from quarter end to publication"
  },
  {
    "id": "affected",
    "kind": "client",
    "path": "clients.html#client-affected",
    "text": "",
    "title": "Patients and families affected by harm"
  },
  {
    "id": "inpatients",
    "kind": "client",
    "path": "clients.html#client-inpatients",
    "text": "Anyone receiving care, and their families, who may report a concern or an incident",
    "title": "Patients and families in hospital"
  },
  {
    "id": "community",
    "kind": "client",
    "path": "clients.html#client-community",
    "text": "",
    "title": "Future patients and the hospital community"
  },
  {
    "id": "board",
    "kind": "client",
    "path": "clients.html#client-board",
    "text": "",
    "title": "Board of directors and the public"
  },
  {
    "id": "clinical_units",
    "kind": "client",
    "path": "clients.html#client-clinical_units",
    "text": "Wards and departments that adopt safer practice",
    "title": "Clinical units"
  },
  {
    "id": "harm_to_disclosure",
    "kind": "relation",
    "path": "relations.html#relation-harm_to_disclosure",
    "text": "Harm incident record with the patient's and family's contact preferences Reaches the most responsible physician within 12 hours of the report States what is known, and what is not yet known",
    "title": "Harm records to the disclosure team"
  },
  {
    "id": "family_preferences_to_analysis",
    "kind": "relation",
    "path": "relations.html#relation-family_preferences_to_analysis",
    "text": "How, when and through whom the family wishes to take part Available before the analysis team is formed",
    "title": "Family preferences for the analysis"
  },
  {
    "id": "findings_to_disclosure",
    "kind": "relation",
    "path": "relations.html#relation-findings_to_disclosure",
    "text": "Findings and actions in plain language Delivered to the most responsible physician within 5 days of approval Written so the family can read them",
    "title": "Findings for the post-analysis disclosure"
  },
  {
    "id": "recommendations_to_improvement",
    "kind": "relation",
    "path": "relations.html#relation-recommendations_to_improvement",
    "text": "Recommendations ranked by strength, each with an owner At least one strong (system-level) action per analysis",
    "title": "Recommendations for improvement"
  },
  {
    "id": "partners_for_analysis",
    "kind": "relation",
    "path": "relations.html#relation-partners_for_analysis",
    "text": "Two trained patient partners available for each analysis Available within 10 working days of the request Trained and debriefed",
    "title": "Patient partners for incident analysis"
  }
];
