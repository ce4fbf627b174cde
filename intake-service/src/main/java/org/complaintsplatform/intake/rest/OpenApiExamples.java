package org.complaintsplatform.intake.rest;

/** Examples shown in the OpenAPI document and Swagger UI; the same shapes the integration tests send. */
final class OpenApiExamples {

    static final String PARENT_COMPLAINT = """
            {
              "feedbackType": "COMPLAINT",
              "routeHint": "STATUTORY",
              "channel": "WEB",
              "complainant": {"role": "PARENT", "name": "Alex Example", "email": "alex@example.org", "preferredContact": "EMAIL",
                              "accessibilityNeeds": "Large print, please.", "language": "en"},
              "child": {"name": "Sam Example", "dateOfBirth": "2014-05-02", "inCare": false},
              "advocate": {"name": "Jo Advocate", "organisation": "National Youth Advocacy Service (NYAS)",
                           "email": "jo.advocate@example.org"},
              "consentToShare": true,
              "summary": "My son's social worker has not returned my calls for six weeks.",
              "desiredOutcome": "A named contact and a visit before Christmas.",
              "incidentDates": ["2025-10-06", "2025-11-10"],
              "becameAwareOn": null,
              "circumstances": [],
              "previouslyAnsweredOn": null
            }""";

    static final String ANONYMOUS_COMMENT = """
            {
              "feedbackType": "COMMENT",
              "anonymous": true,
              "complainant": {"role": "OTHER", "preferredContact": "EMAIL"},
              "summary": "The new leaflet is hard to read."
            }""";

    /** Not a real secret: one of the same shape (32 bytes, base64url without padding), as in ACCEPTED. */
    static final String STATUS_SECRET = "0qL6_KA2N4zH019HvukfAUuHuL3dLokuW5GI1onbwS4";

    /** What a receipt holds; the 202 also answers the status secret. */
    private static final String RECEIPT_FIELDS = """
              "complaintId": "0d5e0aa7-136a-47d2-9a0f-13ae39b5af84",
              "reference": "CAM-2026-000001",
              "receivedAt": "2026-12-22T16:45:00Z",
              "triage": {
                "outOfTime": true,
                "timeLimit": {"whatHappenedOn": "2025-11-10", "firstHappenedOn": "2025-10-06", "becameAwareOn": null,
                              "countedFrom": "2025-11-10", "limitAmount": 12, "limitUnit": "CALENDAR_MONTHS",
                              "lastDayInTime": "2026-11-10", "receivedOn": "2026-12-22", "daysLate": 42, "discretion": true,
                              "lateAcceptance": [
                                {"kind": "UNAWARE_UNTIL_RECENTLY", "effect": "COUNTED_FROM_AWARENESS", "indicated": false,
                                 "rule": "The complainant was unaware of the events until recently: counted from when they became aware (CAM-A12 (b))."},
                                {"kind": "CHILD_UNABLE_TO_COMPLAIN_IN_TIME", "effect": "CONSIDERED", "indicated": false,
                                 "rule": "A child or young person who could not, or did not feel confident to, complain within 12 months may be accepted."}]},
                "possibleExclusion": false,
                "exclusionGrounds": [],
                "sufficientInterestToDecide": false,
                "advocacyToOffer": false,
                "advocacyProvider": null,
                "suggestedRoute": "STATUTORY",
                "safeguardingReview": false,
                "safeguardingKeywords": []
              },
              "personalDataErasedAt": null
            """;

    static final String ACCEPTED = "{\n  \"statusSecret\": \"" + STATUS_SECRET + "\",\n" + RECEIPT_FIELDS + "}";

    static final String RECEIPT = "{\n" + RECEIPT_FIELDS + "}";

    static final String ERASED_RECEIPT = """
            {
              "complaintId": "0d5e0aa7-136a-47d2-9a0f-13ae39b5af84",
              "reference": "CAM-2026-000001",
              "receivedAt": "2026-12-22T16:45:00Z",
              "triage": null,
              "personalDataErasedAt": "2030-01-15T03:15:02Z"
            }""";

    static final String STATUS_NOT_FOUND = """
            {
              "type": "about:blank",
              "title": "Submission not found",
              "status": 404,
              "detail": "No submission has this reference and status secret.",
              "instance": "/api/v1/tenants/cambridgeshire/submissions/status"
            }""";

    static final String BAD_REQUEST = """
            {
              "type": "about:blank",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request has 2 problem(s); see errors.",
              "errors": [
                {"field": "complainant", "message": "is required"},
                {"field": "summary", "message": "is required"}
              ]
            }""";

    private OpenApiExamples() {
    }
}
