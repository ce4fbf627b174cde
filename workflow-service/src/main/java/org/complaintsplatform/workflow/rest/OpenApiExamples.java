package org.complaintsplatform.workflow.rest;

/** Examples shown in the OpenAPI document and Swagger UI; the same shapes the integration tests send. */
final class OpenApiExamples {

    static final String STAGE_RESPONSE = """
            {"stage": 1, "findings": [{"point": 1, "outcome": "PARTLY_UPHELD"}, {"point": 2, "outcome": "NOT_UPHELD"}],
             "respondedAt": "2027-01-18T12:00:00Z"}""";

    static final String LATE_COMPLAINT_REFUSED = """
            {"accepted": false, "reason": "Events of 2019; a fair investigation is no longer possible.",
             "decidedAt": "2027-01-05T10:00:00Z"}""";

    static final String EXCLUDED_FOR_LEGAL_PROCEEDINGS = """
            {"ground": "LEGAL_PROCEEDINGS", "wholeComplaint": true,
             "explanation": "Care proceedings about the same matter are before the Family Court; you may resubmit your complaint once they have concluded.",
             "excludedAt": "2027-01-05T10:00:00Z"}""";

    static final String OMBUDSMAN_REFERRAL = """
            {"body": "LGSCO", "referredAt": "2027-02-01T10:00:00Z"}""";

    static final String BEHAVIOUR_MEASURE = """
            {"measureId": "8d3e2f1a-6b7c-4d8e-9f00-112233445566", "measure": "Contact by e-mail to one named officer only",
             "endsOn": "2028-03-31", "imposedAt": "2027-02-01T10:00:00Z"}""";

    static final String RULE_BROKEN = """
            {"type": "about:blank", "title": "Not allowed by the procedure", "status": 422,
             "detail": "EXCLUSION_GROUND_NOT_RECOGNISED: the procedure does not exclude FORMAL_RIGHT_OF_APPEAL; it lists [LEGAL_PROCEEDINGS, TRIBUNAL, DISCIPLINARY_PROCEEDINGS, CRIMINAL_PROCEEDINGS, ANSWERED_OVER_12_MONTHS_AGO, ALREADY_CONSIDERED, CHILD_PROTECTION_CONFERENCE, COMPENSATION_CLAIM, OTHER_AGENCY]",
             "rule": "EXCLUSION_GROUND_NOT_RECOGNISED"}""";

    static final String BAD_REQUEST = """
            {"type": "about:blank", "title": "Invalid request", "status": 400, "detail": "Some fields are missing or invalid",
             "errors": [{"field": "findings", "message": "must not be empty"}]}""";

    private OpenApiExamples() {
    }
}
