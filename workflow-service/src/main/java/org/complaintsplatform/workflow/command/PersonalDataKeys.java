package org.complaintsplatform.workflow.command;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.SealedText;
import org.jspecify.annotations.Nullable;

/**
 * The complaint's own data key, as the Complaint uses it: it seals personal data before they go into an event,
 * and destroys the key when retention ends, which erases them from every stored event at once.
 */
public interface PersonalDataKeys {

    /**
     * Seals the text under the complaint's key, made on first use.
     *
     * @throws IllegalStateException if the complaint's key was destroyed: nothing new is sealed after erasure
     */
    SealedText seal(ComplaintId complaintId, String text);

    /** Destroys the complaint's key for good; unsealing its values then answers that they were erased. */
    void destroy(ComplaintId complaintId);

    default @Nullable SealedText sealIfPresent(ComplaintId complaintId, @Nullable String text) {
        return text == null ? null : seal(complaintId, text);
    }
}
