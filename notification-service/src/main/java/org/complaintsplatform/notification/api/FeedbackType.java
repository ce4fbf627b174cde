package org.complaintsplatform.notification.api;

/**
 * The kind of representation a letter answers, with the words letters use for it.
 *
 * @param inWords       as a letter names it after "your", e.g. {@code enquiry}
 * @param pluralInWords as a reason names the kind, e.g. {@code enquiries}
 * @param answered      whether the organisation writes back with a response; compliments and comments
 *                      are passed on instead
 */
public enum FeedbackType {
    COMPLAINT("complaint", "complaints", true),
    COMPLIMENT("compliment", "compliments", false),
    COMMENT("comment", "comments", false),
    ENQUIRY("enquiry", "enquiries", true),
    MP_COUNCILLOR_ENQUIRY("MP or councillor enquiry", "MP or councillor enquiries", true);

    private final String inWords;
    private final String pluralInWords;
    private final boolean answered;

    FeedbackType(String inWords, String pluralInWords, boolean answered) {
        this.inWords = inWords;
        this.pluralInWords = pluralInWords;
        this.answered = answered;
    }

    public String inWords() {
        return inWords;
    }

    public String pluralInWords() {
        return pluralInWords;
    }

    public boolean answered() {
        return answered;
    }
}
