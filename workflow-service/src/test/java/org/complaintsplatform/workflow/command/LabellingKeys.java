package org.complaintsplatform.workflow.command;

import java.util.HashSet;
import java.util.Set;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.SealedText;

/**
 * Seals by labelling the text, so that expected events can be written out; like the real vault, it refuses
 * to seal anything for a complaint whose key was destroyed.
 */
final class LabellingKeys implements PersonalDataKeys {

    private final Set<ComplaintId> destroyed = new HashSet<>();

    static SealedText sealed(ComplaintId complaintId, String text) {
        return new SealedText(complaintId.toString(), "sealed:" + text);
    }

    @Override
    public SealedText seal(ComplaintId complaintId, String text) {
        if (destroyed.contains(complaintId)) {
            throw new IllegalStateException("the key of complaint " + complaintId + " was destroyed");
        }
        return sealed(complaintId, text);
    }

    @Override
    public void destroy(ComplaintId complaintId) {
        destroyed.add(complaintId);
    }

    boolean destroyed(ComplaintId complaintId) {
        return destroyed.contains(complaintId);
    }
}
