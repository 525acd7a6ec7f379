window.ENGAGEMAP_SEARCH_INDEX = [
  {
    "id": "riverside",
    "kind": "organisation",
    "path": "index.html",
    "text": "Safe, people-centred primary care co-produced with patients, families and the community Riverside is the municipality's primary-care centre. Patients and families take part in\ntheir own care, in how the centre learns from harm, in how its services are designed, and\nin how the centre accounts to the municipality and the public.",
    "title": "Riverside Primary Care Centre"
  },
  {
    "id": "partnership",
    "kind": "goal",
    "path": "index.html#goal-partnership",
    "text": "Patients and families are partners in planning and checking their own care",
    "title": "Partnership at the point of care"
  },
  {
    "id": "openness",
    "kind": "goal",
    "path": "index.html#goal-openness",
    "text": "When care causes harm we tell patients and families promptly, honestly, and learn with them",
    "title": "Openness after harm"
  },
  {
    "id": "codesigned_services",
    "kind": "goal",
    "path": "index.html#goal-codesigned_services",
    "text": "Services are improved together with patient partners from the first step",
    "title": "Co-designed services"
  },
  {
    "id": "accountability",
    "kind": "goal",
    "path": "index.html#goal-accountability",
    "text": "The centre reports openly on engagement and takes part in municipal policy",
    "title": "Accountability to the community"
  },
  {
    "id": "public_accountability",
    "kind": "mega-process",
    "path": "megaprocess/public_accountability.html",
    "text": "Evaluating engagement and reporting it publicly; consulting the community on municipal health policy",
    "title": "Accountability"
  },
  {
    "id": "care_partnership",
    "kind": "mega-process",
    "path": "megaprocess/care_partnership.html",
    "text": "Shared care planning, a safe medicine list, test results, self-management and a channel for concerns",
    "title": "Care partnership"
  },
  {
    "id": "service_codesign",
    "kind": "mega-process",
    "path": "megaprocess/service_codesign.html",
    "text": "Recruiting and supporting patient partners, co-designed improvement projects, and the quality and safety committee",
    "title": "Service co-design"
  },
  {
    "id": "openness_after_harm",
    "kind": "mega-process",
    "path": "megaprocess/openness_after_harm.html",
    "text": "Telling harmed patients and families what happened, and learning from it with them",
    "title": "Openness after harm"
  },
  {
    "context": "Accountability",
    "id": "engagement_evaluation",
    "kind": "process",
    "path": "process/engagement_evaluation.html",
    "text": "Find out whether engagement makes a difference and report it openly every year",
    "title": "Engagement evaluation and public annual report"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "year_end",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-year_end",
    "text": "",
    "title": "Reporting year ends"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "collect",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-collect",
    "text": "",
    "title": "Collect measures, survey results and project reports"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "partner_review",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-partner_review",
    "text": "",
    "title": "Review the results with patient partners: what worked, what did not"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "draft_report",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-draft_report",
    "text": "",
    "title": "Draft the report in plain language"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "endorse",
    "kind": "decision",
    "path": "process/engagement_evaluation.html#step-endorse",
    "text": "",
    "title": "Patient partners and management endorse the report?"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "publish",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-publish",
    "text": "",
    "title": "Publish the report and present it to the municipal health committee"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "tell_partners",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-tell_partners",
    "text": "",
    "title": "Tell partners how their review changed the report"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "reported",
    "kind": "step",
    "path": "process/engagement_evaluation.html#step-reported",
    "text": "",
    "title": "Report published"
  },
  {
    "context": "Accountability",
    "id": "policy_consultation",
    "kind": "process",
    "path": "process/policy_consultation.html",
    "text": "Bring the service-user community's views into municipal health policy",
    "title": "Policy consultation with the community"
  },
  {
    "context": "Policy consultation with the community",
    "id": "draft_received",
    "kind": "step",
    "path": "process/policy_consultation.html#step-draft_received",
    "text": "",
    "title": "Draft policy received"
  },
  {
    "context": "Policy consultation with the community",
    "id": "plan",
    "kind": "step",
    "path": "process/policy_consultation.html#step-plan",
    "text": "",
    "title": "Plan the consultation with patient partners"
  },
  {
    "context": "Policy consultation with the community",
    "id": "consult_residents",
    "kind": "step",
    "path": "process/policy_consultation.html#step-consult_residents",
    "text": "",
    "title": "Hold open meetings and an online survey"
  },
  {
    "context": "Policy consultation with the community",
    "id": "synthesise",
    "kind": "step",
    "path": "process/policy_consultation.html#step-synthesise",
    "text": "",
    "title": "Synthesise what residents said"
  },
  {
    "context": "Policy consultation with the community",
    "id": "agreed_response",
    "kind": "decision",
    "path": "process/policy_consultation.html#step-agreed_response",
    "text": "",
    "title": "Partners agree the response reflects what residents said?"
  },
  {
    "context": "Policy consultation with the community",
    "id": "submit",
    "kind": "step",
    "path": "process/policy_consultation.html#step-submit",
    "text": "",
    "title": "Submit the response to the municipality"
  },
  {
    "context": "Policy consultation with the community",
    "id": "report_back",
    "kind": "step",
    "path": "process/policy_consultation.html#step-report_back",
    "text": "",
    "title": "Report back to residents: what we said and what the municipality changed"
  },
  {
    "context": "Policy consultation with the community",
    "id": "consultation_closed",
    "kind": "step",
    "path": "process/policy_consultation.html#step-consultation_closed",
    "text": "",
    "title": "Consultation closed"
  },
  {
    "context": "Care partnership",
    "id": "shared_care_planning",
    "kind": "process",
    "path": "process/shared_care_planning.html",
    "text": "Agree a care plan that reflects what matters to the patient For patients with long-term conditions: an annual planning visit and reviews",
    "title": "Shared care planning"
  },
  {
    "context": "Shared care planning",
    "id": "booked",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-booked",
    "text": "",
    "title": "Planning visit booked"
  },
  {
    "context": "Shared care planning",
    "id": "invite",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-invite",
    "text": "",
    "title": "Send 'what matters to you' questions before the visit"
  },
  {
    "context": "Shared care planning",
    "id": "prepare",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-prepare",
    "text": "",
    "title": "Prepare questions and priorities"
  },
  {
    "context": "Shared care planning",
    "id": "goals",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-goals",
    "text": "",
    "title": "Elicit goals and preferences"
  },
  {
    "context": "Shared care planning",
    "id": "agreed",
    "kind": "decision",
    "path": "process/shared_care_planning.html#step-agreed",
    "text": "",
    "title": "Plan agreed with the patient?"
  },
  {
    "context": "Shared care planning",
    "id": "record",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-record",
    "text": "",
    "title": "Record the plan with the patient's goals in their words"
  },
  {
    "context": "Shared care planning",
    "id": "share",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-share",
    "text": "",
    "title": "Give the patient the written plan and show where each of their goals is"
  },
  {
    "context": "Shared care planning",
    "id": "self_manage",
    "kind": "decision",
    "path": "process/shared_care_planning.html#step-self_manage",
    "text": "",
    "title": "Patient wants self-management support?"
  },
  {
    "context": "Shared care planning",
    "id": "refer",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-refer",
    "text": "",
    "title": "Refer to self-management support"
  },
  {
    "context": "Shared care planning",
    "id": "planned",
    "kind": "step",
    "path": "process/shared_care_planning.html#step-planned",
    "text": "",
    "title": "Plan in place"
  },
  {
    "context": "Care partnership",
    "id": "medicine_reconciliation",
    "kind": "process",
    "path": "process/medicine_reconciliation.html",
    "text": "Keep one accurate medicine list that the patient has checked and understands Medication reconciliation with the patient after a care plan, a discharge or a new prescription",
    "title": "Safe medicine list"
  },
  {
    "context": "Safe medicine list",
    "id": "due",
    "kind": "step",
    "path": "process/medicine_reconciliation.html#step-due",
    "text": "",
    "title": "Reconciliation due"
  },
  {
    "context": "Safe medicine list",
    "id": "bring",
    "kind": "step",
    "path": "process/medicine_reconciliation.html#step-bring",
    "text": "",
    "title": "Bring all medicines, including over-the-counter and herbal"
  },
  {
    "context": "Safe medicine list",
    "id": "compare",
    "kind": "step",
    "path": "process/medicine_reconciliation.html#step-compare",
    "text": "",
    "title": "Compare the medicines taken with the record"
  },
  {
    "context": "Safe medicine list",
    "id": "discrepancy",
    "kind": "decision",
    "path": "process/medicine_reconciliation.html#step-discrepancy",
    "text": "",
    "title": "Any discrepancy?"
  },
  {
    "context": "Safe medicine list",
    "id": "resolve",
    "kind": "step",
    "path": "process/medicine_reconciliation.html#step-resolve",
    "text": "",
    "title": "Resolve the discrepancy with the GP and the patient"
  },
  {
    "context": "Safe medicine list",
    "id": "explain",
    "kind": "step",
    "path": "process/medicine_reconciliation.html#step-explain",
    "text": "",
    "title": "Explain the updated list; patient checks it and says what changed"
  },
  {
    "context": "Safe medicine list",
    "id": "reconciled",
    "kind": "step",
    "path": "process/medicine_reconciliation.html#step-reconciled",
    "text": "",
    "title": "List reconciled"
  },
  {
    "context": "Care partnership",
    "id": "test_results",
    "kind": "process",
    "path": "process/test_results.html",
    "text": "Every result reaches the patient, and abnormal results are acted on with them Closing the loop on test results, a leading source of harm in primary care (WHO 2016)",
    "title": "Test results follow-up"
  },
  {
    "context": "Test results follow-up",
    "id": "received",
    "kind": "step",
    "path": "process/test_results.html#step-received",
    "text": "",
    "title": "Result received"
  },
  {
    "context": "Test results follow-up",
    "id": "review",
    "kind": "step",
    "path": "process/test_results.html#step-review",
    "text": "",
    "title": "Review the result"
  },
  {
    "context": "Test results follow-up",
    "id": "abnormal",
    "kind": "decision",
    "path": "process/test_results.html#step-abnormal",
    "text": "",
    "title": "Abnormal result?"
  },
  {
    "context": "Test results follow-up",
    "id": "discuss",
    "kind": "step",
    "path": "process/test_results.html#step-discuss",
    "text": "",
    "title": "Discuss the result and next steps with the patient"
  },
  {
    "context": "Test results follow-up",
    "id": "publish",
    "kind": "step",
    "path": "process/test_results.html#step-publish",
    "text": "",
    "title": "Release the result to the patient portal with an explanation"
  },
  {
    "context": "Test results follow-up",
    "id": "confirm",
    "kind": "step",
    "path": "process/test_results.html#step-confirm",
    "text": "",
    "title": "Patient confirms they have seen and understood the result"
  },
  {
    "context": "Test results follow-up",
    "id": "closed",
    "kind": "step",
    "path": "process/test_results.html#step-closed",
    "text": "",
    "title": "Result closed"
  },
  {
    "context": "Care partnership",
    "id": "self_management",
    "kind": "process",
    "path": "process/self_management.html",
    "text": "Help patients with long-term conditions manage in the way they choose",
    "title": "Self-management support"
  },
  {
    "context": "Self-management support",
    "id": "referred",
    "kind": "step",
    "path": "process/self_management.html#step-referred",
    "text": "",
    "title": "Referral received"
  },
  {
    "context": "Self-management support",
    "id": "explore",
    "kind": "step",
    "path": "process/self_management.html#step-explore",
    "text": "",
    "title": "Explore what matters and the patient's confidence to self-manage"
  },
  {
    "context": "Self-management support",
    "id": "options",
    "kind": "step",
    "path": "process/self_management.html#step-options",
    "text": "",
    "title": "Offer options: courses, peer groups, apps, written plans"
  },
  {
    "context": "Self-management support",
    "id": "try",
    "kind": "step",
    "path": "process/self_management.html#step-try",
    "text": "",
    "title": "Try the chosen option"
  },
  {
    "context": "Self-management support",
    "id": "review",
    "kind": "step",
    "path": "process/self_management.html#step-review",
    "text": "",
    "title": "Review progress; tell the patient how their feedback changed the offer"
  },
  {
    "context": "Self-management support",
    "id": "next",
    "kind": "decision",
    "path": "process/self_management.html#step-next",
    "text": "",
    "title": "Continue, change or stop?"
  },
  {
    "context": "Self-management support",
    "id": "supported",
    "kind": "step",
    "path": "process/self_management.html#step-supported",
    "text": "",
    "title": "Patient managing as they chose"
  },
  {
    "context": "Care partnership",
    "id": "concern_reporting",
    "kind": "process",
    "path": "process/concern_reporting.html",
    "text": "Give patients and families an easy channel to raise concerns and close the loop with them",
    "title": "Concern and safety reporting"
  },
  {
    "context": "Concern and safety reporting",
    "id": "raised",
    "kind": "step",
    "path": "process/concern_reporting.html#step-raised",
    "text": "",
    "title": "Patient or family raises a concern"
  },
  {
    "context": "Concern and safety reporting",
    "id": "log",
    "kind": "step",
    "path": "process/concern_reporting.html#step-log",
    "text": "",
    "title": "Log the concern and name a contact person"
  },
  {
    "context": "Concern and safety reporting",
    "id": "acknowledge",
    "kind": "step",
    "path": "process/concern_reporting.html#step-acknowledge",
    "text": "",
    "title": "Acknowledge the concern to the patient or family"
  },
  {
    "context": "Concern and safety reporting",
    "id": "harm",
    "kind": "decision",
    "path": "process/concern_reporting.html#step-harm",
    "text": "",
    "title": "Safety incident or harm?"
  },
  {
    "context": "Concern and safety reporting",
    "id": "refer",
    "kind": "step",
    "path": "process/concern_reporting.html#step-refer",
    "text": "",
    "title": "Report as a safety incident to the disclosure lead"
  },
  {
    "context": "Concern and safety reporting",
    "id": "look_into",
    "kind": "step",
    "path": "process/concern_reporting.html#step-look_into",
    "text": "",
    "title": "Look into the concern with the team involved"
  },
  {
    "context": "Concern and safety reporting",
    "id": "respond",
    "kind": "step",
    "path": "process/concern_reporting.html#step-respond",
    "text": "",
    "title": "Agree the response with the patient or family"
  },
  {
    "context": "Concern and safety reporting",
    "id": "close_loop",
    "kind": "step",
    "path": "process/concern_reporting.html#step-close_loop",
    "text": "",
    "title": "Close the loop: tell them what changed because of their concern"
  },
  {
    "context": "Concern and safety reporting",
    "id": "concern_closed",
    "kind": "step",
    "path": "process/concern_reporting.html#step-concern_closed",
    "text": "",
    "title": "Concern closed"
  },
  {
    "context": "Service co-design",
    "id": "partner_recruitment",
    "kind": "process",
    "path": "process/partner_recruitment.html",
    "text": "Have enough oriented, supported patient partners for every project and committee",
    "title": "Patient-partner recruitment and support"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "need",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-need",
    "text": "",
    "title": "Need for patient partners identified"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "define_role",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-define_role",
    "text": "",
    "title": "Define the partner role, time commitment and support"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "advertise",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-advertise",
    "text": "",
    "title": "Invite expressions of interest from patients and families"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "meet",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-meet",
    "text": "",
    "title": "Informal conversation with candidates"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "enough",
    "kind": "decision",
    "path": "process/partner_recruitment.html#step-enough",
    "text": "",
    "title": "At least two suitable partners?"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "orientation",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-orientation",
    "text": "",
    "title": "Orientation and training"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "agreement",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-agreement",
    "text": "",
    "title": "Role agreement, confidentiality, and expenses and payment arrangements"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "check_in",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-check_in",
    "text": "",
    "title": "Six-month check-in: how the partners' input was used and what support they need"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "ready",
    "kind": "step",
    "path": "process/partner_recruitment.html#step-ready",
    "text": "",
    "title": "Partners in role"
  },
  {
    "context": "Service co-design",
    "id": "improvement_project",
    "kind": "process",
    "path": "process/improvement_project.html",
    "text": "Improve a service together with the people who use it A project team of staff and at least two patient partners, guided by the facilitator and\nowned by a sponsor, reviews what patients report, co-designs a change, tests it, decides,\nand tells everyone who took part how their input was used.",
    "title": "Co-designed improvement project"
  },
  {
    "context": "Co-designed improvement project",
    "id": "need_identified",
    "kind": "step",
    "path": "process/improvement_project.html#step-need_identified",
    "text": "",
    "title": "Improvement need identified"
  },
  {
    "context": "Co-designed improvement project",
    "id": "charter",
    "kind": "step",
    "path": "process/improvement_project.html#step-charter",
    "text": "",
    "title": "Write the project charter with the patient partners"
  },
  {
    "context": "Co-designed improvement project",
    "id": "review_evidence",
    "kind": "step",
    "path": "process/improvement_project.html#step-review_evidence",
    "text": "",
    "title": "Review experience-survey results and incident learning"
  },
  {
    "context": "Co-designed improvement project",
    "id": "workshops",
    "kind": "step",
    "path": "process/improvement_project.html#step-workshops",
    "text": "",
    "title": "Co-design workshops: map the patient journey and generate ideas"
  },
  {
    "context": "Co-designed improvement project",
    "id": "test_change",
    "kind": "step",
    "path": "process/improvement_project.html#step-test_change",
    "text": "",
    "title": "Test the change in small cycles"
  },
  {
    "context": "Co-designed improvement project",
    "id": "adopt",
    "kind": "decision",
    "path": "process/improvement_project.html#step-adopt",
    "text": "",
    "title": "Adopt, adapt or abandon the change?"
  },
  {
    "context": "Co-designed improvement project",
    "id": "implement",
    "kind": "step",
    "path": "process/improvement_project.html#step-implement",
    "text": "",
    "title": "Implement and standardise the change"
  },
  {
    "context": "Co-designed improvement project",
    "id": "tell_participants",
    "kind": "step",
    "path": "process/improvement_project.html#step-tell_participants",
    "text": "",
    "title": "Tell partners and participants how their input was used"
  },
  {
    "context": "Co-designed improvement project",
    "id": "project_closed",
    "kind": "step",
    "path": "process/improvement_project.html#step-project_closed",
    "text": "",
    "title": "Project closed"
  },
  {
    "context": "Service co-design",
    "id": "committee_cycle",
    "kind": "process",
    "path": "process/committee_cycle.html",
    "text": "Steer quality and safety with patient partners as full committee members",
    "title": "Quality and safety committee cycle"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "cycle_opens",
    "kind": "step",
    "path": "process/committee_cycle.html#step-cycle_opens",
    "text": "",
    "title": "Quarterly cycle opens"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "agenda",
    "kind": "step",
    "path": "process/committee_cycle.html#step-agenda",
    "text": "",
    "title": "Set the agenda with the patient-partner members"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "papers",
    "kind": "step",
    "path": "process/committee_cycle.html#step-papers",
    "text": "",
    "title": "Circulate papers in plain language"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "meeting",
    "kind": "step",
    "path": "process/committee_cycle.html#step-meeting",
    "text": "",
    "title": "Review safety data, incidents, concerns and survey results"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "action_needed",
    "kind": "decision",
    "path": "process/committee_cycle.html#step-action_needed",
    "text": "",
    "title": "Action needed?"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "assign_actions",
    "kind": "step",
    "path": "process/committee_cycle.html#step-assign_actions",
    "text": "",
    "title": "Assign actions with owners and dates"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "publish_minutes",
    "kind": "step",
    "path": "process/committee_cycle.html#step-publish_minutes",
    "text": "",
    "title": "Publish minutes and tell members how their input was used"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "cycle_closed",
    "kind": "step",
    "path": "process/committee_cycle.html#step-cycle_closed",
    "text": "",
    "title": "Cycle closed"
  },
  {
    "id": "experience_survey",
    "kind": "process",
    "path": "process/experience_survey.html",
    "text": "Hear regularly from patients how involved and safe they felt, and act on it A short survey after visits, with questions chosen together with patient partners",
    "title": "Patient experience survey"
  },
  {
    "context": "Patient experience survey",
    "id": "quarter_opens",
    "kind": "step",
    "path": "process/experience_survey.html#step-quarter_opens",
    "text": "",
    "title": "Survey quarter opens"
  },
  {
    "context": "Patient experience survey",
    "id": "review_questions",
    "kind": "step",
    "path": "process/experience_survey.html#step-review_questions",
    "text": "",
    "title": "Review the questions with patient partners"
  },
  {
    "context": "Patient experience survey",
    "id": "field",
    "kind": "step",
    "path": "process/experience_survey.html#step-field",
    "text": "",
    "title": "Invite patients to the survey after their visit"
  },
  {
    "context": "Patient experience survey",
    "id": "analyse",
    "kind": "step",
    "path": "process/experience_survey.html#step-analyse",
    "text": "",
    "title": "Analyse scores and free-text comments"
  },
  {
    "context": "Patient experience survey",
    "id": "notable",
    "kind": "decision",
    "path": "process/experience_survey.html#step-notable",
    "text": "",
    "title": "Notable change or theme?"
  },
  {
    "context": "Patient experience survey",
    "id": "flag",
    "kind": "step",
    "path": "process/experience_survey.html#step-flag",
    "text": "",
    "title": "Flag the theme to the committee and the project teams"
  },
  {
    "context": "Patient experience survey",
    "id": "you_said",
    "kind": "step",
    "path": "process/experience_survey.html#step-you_said",
    "text": "",
    "title": "Publish 'You said, we did' for patients"
  },
  {
    "context": "Patient experience survey",
    "id": "surveyed",
    "kind": "step",
    "path": "process/experience_survey.html#step-surveyed",
    "text": "",
    "title": "Quarter closed"
  },
  {
    "context": "Openness after harm",
    "id": "disclosure",
    "kind": "process",
    "path": "process/disclosure.html",
    "text": "Tell harmed patients and families promptly and honestly what happened and what will follow",
    "title": "Disclosure after harm"
  },
  {
    "context": "Disclosure after harm",
    "id": "recognised",
    "kind": "step",
    "path": "process/disclosure.html#step-recognised",
    "text": "",
    "title": "Harm recognised or reported"
  },
  {
    "context": "Disclosure after harm",
    "id": "make_safe",
    "kind": "step",
    "path": "process/disclosure.html#step-make_safe",
    "text": "",
    "title": "Provide immediate care and make the situation safe"
  },
  {
    "context": "Disclosure after harm",
    "id": "initial_disclosure",
    "kind": "step",
    "path": "process/disclosure.html#step-initial_disclosure",
    "text": "",
    "title": "Initial disclosure: the facts known, an apology, and what happens next"
  },
  {
    "context": "Disclosure after harm",
    "id": "designate_contact",
    "kind": "step",
    "path": "process/disclosure.html#step-designate_contact",
    "text": "",
    "title": "Name a designated contact for questions and new concerns"
  },
  {
    "context": "Disclosure after harm",
    "id": "analysis_needed",
    "kind": "decision",
    "path": "process/disclosure.html#step-analysis_needed",
    "text": "",
    "title": "Incident analysis needed?"
  },
  {
    "context": "Disclosure after harm",
    "id": "request_analysis",
    "kind": "step",
    "path": "process/disclosure.html#step-request_analysis",
    "text": "",
    "title": "Commission the incident analysis and invite the family to take part"
  },
  {
    "context": "Disclosure after harm",
    "id": "post_disclosure",
    "kind": "step",
    "path": "process/disclosure.html#step-post_disclosure",
    "text": "",
    "title": "Post-analysis disclosure: findings, actions, and how the family's account was used"
  },
  {
    "context": "Disclosure after harm",
    "id": "follow_up",
    "kind": "step",
    "path": "process/disclosure.html#step-follow_up",
    "text": "",
    "title": "Follow-up conversation and support"
  },
  {
    "context": "Disclosure after harm",
    "id": "disclosure_closed",
    "kind": "step",
    "path": "process/disclosure.html#step-disclosure_closed",
    "text": "",
    "title": "Disclosure complete"
  },
  {
    "context": "Openness after harm",
    "id": "incident_analysis",
    "kind": "process",
    "path": "process/incident_analysis.html",
    "text": "Understand why harm happened, with the patient and family, and prevent it happening again",
    "title": "Incident analysis with the family"
  },
  {
    "context": "Incident analysis with the family",
    "id": "requested",
    "kind": "step",
    "path": "process/incident_analysis.html#step-requested",
    "text": "",
    "title": "Analysis requested"
  },
  {
    "context": "Incident analysis with the family",
    "id": "check_disclosure",
    "kind": "step",
    "path": "process/incident_analysis.html#step-check_disclosure",
    "text": "",
    "title": "Check the initial disclosure took place and the family knows an analysis will follow"
  },
  {
    "context": "Incident analysis with the family",
    "id": "assemble",
    "kind": "step",
    "path": "process/incident_analysis.html#step-assemble",
    "text": "",
    "title": "Assemble the analysis team"
  },
  {
    "context": "Incident analysis with the family",
    "id": "family_account",
    "kind": "step",
    "path": "process/incident_analysis.html#step-family_account",
    "text": "",
    "title": "Invite and record the patient's and family's account"
  },
  {
    "context": "Incident analysis with the family",
    "id": "analyse",
    "kind": "step",
    "path": "process/incident_analysis.html#step-analyse",
    "text": "",
    "title": "Analyse what happened and the contributing factors"
  },
  {
    "context": "Incident analysis with the family",
    "id": "draft",
    "kind": "step",
    "path": "process/incident_analysis.html#step-draft",
    "text": "",
    "title": "Draft recommendations"
  },
  {
    "context": "Incident analysis with the family",
    "id": "family_review",
    "kind": "decision",
    "path": "process/incident_analysis.html#step-family_review",
    "text": "",
    "title": "Family agrees the recommendations address what happened?"
  },
  {
    "context": "Incident analysis with the family",
    "id": "approve",
    "kind": "step",
    "path": "process/incident_analysis.html#step-approve",
    "text": "",
    "title": "Approve recommendations and the action plan"
  },
  {
    "context": "Incident analysis with the family",
    "id": "share_findings",
    "kind": "step",
    "path": "process/incident_analysis.html#step-share_findings",
    "text": "",
    "title": "Post-analysis disclosure: share findings and actions with the patient and family"
  },
  {
    "context": "Incident analysis with the family",
    "id": "analysed",
    "kind": "step",
    "path": "process/incident_analysis.html#step-analysed",
    "text": "",
    "title": "Analysis closed"
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
    "title": "Family member or carer"
  },
  {
    "id": "partner",
    "kind": "role",
    "path": "role/partner.html",
    "text": "A patient or family member working with the centre on quality and safety patient partner",
    "title": "Patient partner"
  },
  {
    "id": "resident",
    "kind": "role",
    "path": "role/resident.html",
    "text": "A member of the service-user community who answers a consultation patient",
    "title": "Resident taking part in a consultation"
  },
  {
    "id": "gp",
    "kind": "role",
    "path": "role/gp.html",
    "text": "clinician",
    "title": "General practitioner"
  },
  {
    "id": "nurse",
    "kind": "role",
    "path": "role/nurse.html",
    "text": "clinician",
    "title": "Practice nurse"
  },
  {
    "id": "pharmacist",
    "kind": "role",
    "path": "role/pharmacist.html",
    "text": "clinician",
    "title": "Clinical pharmacist"
  },
  {
    "id": "receptionist",
    "kind": "role",
    "path": "role/receptionist.html",
    "text": "staff",
    "title": "Receptionist"
  },
  {
    "id": "liaison",
    "kind": "role",
    "path": "role/liaison.html",
    "text": "Designated contact for patients and families who raise concerns or are harmed staff",
    "title": "Patient liaison officer"
  },
  {
    "id": "quality_lead",
    "kind": "role",
    "path": "role/quality_lead.html",
    "text": "staff",
    "title": "Quality and patient safety lead"
  },
  {
    "id": "analyst",
    "kind": "role",
    "path": "role/analyst.html",
    "text": "staff",
    "title": "Data analyst"
  },
  {
    "id": "facilitator",
    "kind": "role",
    "path": "role/facilitator.html",
    "text": "Internal facilitator of service development with patient participation facilitator",
    "title": "Service development facilitator"
  },
  {
    "id": "manager",
    "kind": "role",
    "path": "role/manager.html",
    "text": "manager",
    "title": "Centre manager"
  },
  {
    "id": "sponsor",
    "kind": "role",
    "path": "role/sponsor.html",
    "text": "The senior manager who owns an improvement project and its decisions manager",
    "title": "Project sponsor"
  },
  {
    "id": "municipality",
    "kind": "role",
    "path": "role/municipality.html",
    "text": "external",
    "title": "Municipal health department"
  },
  {
    "context": "Engagement evaluation and public annual report",
    "id": "report_days_to_publish",
    "kind": "measure",
    "path": "process/engagement_evaluation.html#measure-report_days_to_publish",
    "text": "Publication date on the centre's website",
    "title": "Days from year end to publication of the engagement report"
  },
  {
    "context": "Policy consultation with the community",
    "id": "consultation_participants",
    "kind": "measure",
    "path": "process/policy_consultation.html#measure-consultation_participants",
    "text": "Consultation sign-in and survey count",
    "title": "Residents taking part in the quarter's consultation"
  },
  {
    "context": "Policy consultation with the community",
    "id": "consultation_feedback_sent",
    "kind": "measure",
    "path": "process/policy_consultation.html#measure-consultation_feedback_sent",
    "text": "Consultation log",
    "title": "Participants told within 30 days how their views were used"
  },
  {
    "context": "Accountability",
    "id": "public_knows_how_to_engage",
    "kind": "measure",
    "path": "megaprocess/public_accountability.html#measure-public_knows_how_to_engage",
    "text": "Municipal resident panel survey",
    "title": "Residents who know how to give feedback or join as a partner"
  },
  {
    "context": "Shared care planning",
    "id": "plans_with_goals",
    "kind": "measure",
    "path": "process/shared_care_planning.html#measure-plans_with_goals",
    "text": "EHR audit of 30 random care plans",
    "title": "Care plans with documented patient goals"
  },
  {
    "context": "Shared care planning",
    "id": "plans_reviewed_on_time",
    "kind": "measure",
    "path": "process/shared_care_planning.html#measure-plans_reviewed_on_time",
    "text": "EHR recall report",
    "title": "Care plans reviewed by their review date"
  },
  {
    "context": "Safe medicine list",
    "id": "meds_reconciled_with_patient",
    "kind": "measure",
    "path": "process/medicine_reconciliation.html#measure-meds_reconciled_with_patient",
    "text": "Pharmacy reconciliation log",
    "title": "Medicine lists reconciled with the patient"
  },
  {
    "context": "Safe medicine list",
    "id": "discrepancy_days",
    "kind": "measure",
    "path": "process/medicine_reconciliation.html#measure-discrepancy_days",
    "text": "Pharmacy reconciliation log",
    "title": "Median days to resolve a medicine discrepancy"
  },
  {
    "context": "Test results follow-up",
    "id": "abnormal_results_5_days",
    "kind": "measure",
    "path": "process/test_results.html#measure-abnormal_results_5_days",
    "text": "Results inbox report",
    "title": "Abnormal results discussed with the patient within 5 working days"
  },
  {
    "context": "Self-management support",
    "id": "self_management_confidence",
    "kind": "measure",
    "path": "process/self_management.html#measure-self_management_confidence",
    "text": "Patient activation questions at review",
    "title": "Patients confident to manage their condition"
  },
  {
    "context": "Self-management support",
    "id": "self_management_reviews",
    "kind": "measure",
    "path": "process/self_management.html#measure-self_management_reviews",
    "text": "EHR recall report",
    "title": "Self-management reviews held on time"
  },
  {
    "context": "Concern and safety reporting",
    "id": "concern_ack_days",
    "kind": "measure",
    "path": "process/concern_reporting.html#measure-concern_ack_days",
    "text": "Concern log",
    "title": "Median days to acknowledge a concern"
  },
  {
    "context": "Concern and safety reporting",
    "id": "concern_loop_closed",
    "kind": "measure",
    "path": "process/concern_reporting.html#measure-concern_loop_closed",
    "text": "Concern log",
    "title": "Concerns closed with the patient told what changed"
  },
  {
    "context": "Care partnership",
    "id": "involved_in_decisions",
    "kind": "measure",
    "path": "megaprocess/care_partnership.html#measure-involved_in_decisions",
    "text": "Patient experience survey, question 9",
    "title": "Patients involved in decisions about their care as much as they wanted"
  },
  {
    "context": "Care partnership",
    "id": "medication_harm_rate",
    "kind": "measure",
    "path": "megaprocess/care_partnership.html#measure-medication_harm_rate",
    "text": "Incident reporting system",
    "title": "Medication-related harm incidents per 1,000 patients"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "partners_oriented",
    "kind": "measure",
    "path": "process/partner_recruitment.html#measure-partners_oriented",
    "text": "Partner register",
    "title": "New patient partners oriented before their first meeting"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "expenses_paid_30_days",
    "kind": "measure",
    "path": "process/partner_recruitment.html#measure-expenses_paid_30_days",
    "text": "Finance system",
    "title": "Partner expense claims paid within 30 days"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "partner_hours",
    "kind": "measure",
    "path": "process/partner_recruitment.html#measure-partner_hours",
    "text": "Partners asked for a band: fewer hours and they lose touch, more and the role becomes a job Partner expense and time claims",
    "title": "Hours each patient partner gives per month (median)"
  },
  {
    "context": "Patient-partner recruitment and support",
    "id": "active_partners",
    "kind": "measure",
    "path": "process/partner_recruitment.html#measure-active_partners",
    "text": "Partner register",
    "title": "Active patient partners"
  },
  {
    "context": "Co-designed improvement project",
    "id": "projects_partners_at_charter",
    "kind": "measure",
    "path": "process/improvement_project.html#measure-projects_partners_at_charter",
    "text": "Project register",
    "title": "Projects with patient partners at the charter stage"
  },
  {
    "context": "Co-designed improvement project",
    "id": "feedback_within_30_days",
    "kind": "measure",
    "path": "process/improvement_project.html#measure-feedback_within_30_days",
    "text": "Project register",
    "title": "Feedback on how input was used sent within 30 days"
  },
  {
    "context": "Co-designed improvement project",
    "id": "partner_influence_score",
    "kind": "measure",
    "path": "process/improvement_project.html#measure-partner_influence_score",
    "text": "End-of-project partner questionnaire",
    "title": "Partners' rating of their influence on the project (1-5)"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "committee_two_partners",
    "kind": "measure",
    "path": "process/committee_cycle.html#measure-committee_two_partners",
    "text": "Committee attendance record",
    "title": "Committee meetings with at least two patient partners"
  },
  {
    "context": "Quality and safety committee cycle",
    "id": "committee_actions_on_time",
    "kind": "measure",
    "path": "process/committee_cycle.html#measure-committee_actions_on_time",
    "text": "Committee action log",
    "title": "Committee actions completed by their date"
  },
  {
    "context": "Service co-design",
    "id": "changes_sustained",
    "kind": "measure",
    "path": "megaprocess/service_codesign.html#measure-changes_sustained",
    "text": "Annual project follow-up",
    "title": "Co-designed changes still in place after 12 months"
  },
  {
    "context": "Service co-design",
    "id": "partners_input_mattered",
    "kind": "measure",
    "path": "megaprocess/service_codesign.html#measure-partners_input_mattered",
    "text": "Annual patient-partner survey",
    "title": "Patient partners who feel their input made a difference"
  },
  {
    "context": "Patient experience survey",
    "id": "survey_response_rate",
    "kind": "measure",
    "path": "process/experience_survey.html#measure-survey_response_rate",
    "text": "Survey platform",
    "title": "Survey response rate"
  },
  {
    "context": "Disclosure after harm",
    "id": "initial_disclosure_72h",
    "kind": "measure",
    "path": "process/disclosure.html#measure-initial_disclosure_72h",
    "text": "Incident reporting system",
    "title": "Harm incidents with initial disclosure within 72 hours"
  },
  {
    "context": "Disclosure after harm",
    "id": "designated_contact_named",
    "kind": "measure",
    "path": "process/disclosure.html#measure-designated_contact_named",
    "text": "Incident reporting system",
    "title": "Harmed patients with a named designated contact"
  },
  {
    "context": "Disclosure after harm",
    "id": "post_analysis_disclosure_held",
    "kind": "measure",
    "path": "process/disclosure.html#measure-post_analysis_disclosure_held",
    "text": "Incident analysis log",
    "title": "Analyses followed by a post-analysis disclosure meeting"
  },
  {
    "context": "Incident analysis with the family",
    "id": "family_invited_to_analysis",
    "kind": "measure",
    "path": "process/incident_analysis.html#measure-family_invited_to_analysis",
    "text": "Incident analysis log",
    "title": "Serious incidents with the family invited to the analysis"
  },
  {
    "context": "Incident analysis with the family",
    "id": "analysis_within_60_days",
    "kind": "measure",
    "path": "process/incident_analysis.html#measure-analysis_within_60_days",
    "text": "Incident analysis log",
    "title": "Analyses completed within 60 days"
  },
  {
    "context": "Incident analysis with the family",
    "id": "family_reviewed_recommendations",
    "kind": "measure",
    "path": "process/incident_analysis.html#measure-family_reviewed_recommendations",
    "text": "Incident analysis log",
    "title": "Analyses whose recommendations the family reviewed"
  },
  {
    "context": "Openness after harm",
    "id": "families_felt_heard",
    "kind": "measure",
    "path": "megaprocess/openness_after_harm.html#measure-families_felt_heard",
    "text": "Follow-up interview six weeks after disclosure",
    "title": "Harmed patients and families who felt heard and informed"
  },
  {
    "context": "Openness after harm",
    "id": "repeat_incidents",
    "kind": "measure",
    "path": "megaprocess/openness_after_harm.html#measure-repeat_incidents",
    "text": "Incident reporting system",
    "title": "Repeat incidents of a type already analysed"
  },
  {
    "context": "Care plan handover to the pharmacist",
    "id": "plan_shared_on_time",
    "kind": "measure",
    "path": "measures.html#measure-plan_shared_on_time",
    "text": "Pharmacy inbox audit",
    "title": "Care plans shared with the pharmacist within 2 working days"
  },
  {
    "context": "Harm reports to the disclosure lead",
    "id": "harm_referred_24h",
    "kind": "measure",
    "path": "measures.html#measure-harm_referred_24h",
    "text": "Incident reporting system",
    "title": "Harm reports passed to the disclosure lead within 24 hours"
  },
  {
    "context": "Incident analysis commission",
    "id": "analysis_started_10_days",
    "kind": "measure",
    "path": "measures.html#measure-analysis_started_10_days",
    "text": "Incident analysis log",
    "title": "Analyses started within 10 working days of the request"
  },
  {
    "context": "Patient partners for projects",
    "id": "partner_requests_filled",
    "kind": "measure",
    "path": "measures.html#measure-partner_requests_filled",
    "text": "Partner register",
    "title": "Requests for patient partners filled within 30 days"
  },
  {
    "context": "Survey results for improvement",
    "id": "survey_results_days",
    "kind": "measure",
    "path": "measures.html#measure-survey_results_days",
    "text": "Project register",
    "title": "Days from quarter end to survey results delivered"
  },
  {
    "context": "Incident learning for improvement",
    "id": "recommendations_with_sponsor",
    "kind": "measure",
    "path": "measures.html#measure-recommendations_with_sponsor",
    "text": "Incident analysis log",
    "title": "Recommendations given a sponsor within 30 days"
  },
  {
    "id": "patients",
    "kind": "client",
    "path": "clients.html#client-patients",
    "text": "Registered patients of the centre and the family members and carers who support them",
    "title": "Patients and families"
  },
  {
    "id": "harmed",
    "kind": "client",
    "path": "clients.html#client-harmed",
    "text": "Patients harmed, or possibly harmed, by their care, and their families",
    "title": "Harmed patients and families"
  },
  {
    "id": "community",
    "kind": "client",
    "path": "clients.html#client-community",
    "text": "People who use, or may use, the centre's services, and their organisations",
    "title": "Service-user community"
  },
  {
    "id": "public",
    "kind": "client",
    "path": "clients.html#client-public",
    "text": "The municipal health committee, the county medical officer and the public",
    "title": "Municipality, regulator and public"
  },
  {
    "id": "laboratory",
    "kind": "client",
    "path": "clients.html#client-laboratory",
    "text": "Supplies test results to the centre",
    "title": "Regional laboratory"
  },
  {
    "id": "care_teams",
    "kind": "client",
    "path": "clients.html#client-care_teams",
    "text": "The centre's GP and nurse teams, who receive improved ways of working",
    "title": "Clinical teams"
  },
  {
    "id": "hospital",
    "kind": "client",
    "path": "clients.html#client-hospital",
    "text": "Sends discharge letters for the centre's patients",
    "title": "Regional hospital"
  },
  {
    "id": "plan_handover",
    "kind": "relation",
    "path": "relations.html#relation-plan_handover",
    "text": "Care plan with the patient's goals and current medicines Shared within 2 working days of the planning visit Lists every medicine the patient reports taking",
    "title": "Care plan handover to the pharmacist"
  },
  {
    "id": "harm_referral",
    "kind": "relation",
    "path": "relations.html#relation-harm_referral",
    "text": "Safety incident report raised from a patient's or family's concern Passed to the disclosure lead within 24 hours Names the patient's preferred contact and any family member to include",
    "title": "Harm reports to the disclosure lead"
  },
  {
    "id": "analysis_commission",
    "kind": "relation",
    "path": "relations.html#relation-analysis_commission",
    "text": "Request for analysis with the family's contact details and wishes Says whether the family wants to take part and how Analysis starts within 10 working days",
    "title": "Incident analysis commission"
  },
  {
    "id": "partner_supply",
    "kind": "relation",
    "path": "relations.html#relation-partner_supply",
    "text": "At least two oriented patient partners with signed role agreements Partners in place before the project charter is written Orientation completed and expenses arrangements agreed",
    "title": "Patient partners for projects"
  },
  {
    "id": "survey_supply",
    "kind": "relation",
    "path": "relations.html#relation-survey_supply",
    "text": "Quarterly experience survey results with free-text themes Delivered within 3 weeks of the quarter's end Broken down by service and by patient group",
    "title": "Survey results for improvement"
  },
  {
    "id": "learning_to_projects",
    "kind": "relation",
    "path": "relations.html#relation-learning_to_projects",
    "text": "Approved recommendations the family has reviewed Each recommendation has a sponsor within 30 days",
    "title": "Incident learning for improvement"
  }
];
