package org.complaintsplatform.intake.command;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import org.complaintsplatform.intake.api.AddAttachment;
import org.complaintsplatform.intake.api.AttachmentReceipt;
import org.complaintsplatform.intake.api.AttachmentRejected;
import org.complaintsplatform.intake.api.SubmissionErased;
import org.complaintsplatform.intake.api.SubmissionNotFound;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a file with its submission, once per idempotency key. Files stay in intake's database: no
 * event carries them (a topic must never hold documents with personal data), workflow and letters
 * refer to them by id.
 */
public class AddAttachmentHandler {

    private final Attachments attachments;
    private final AttachmentTypes types;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxSize;
    private final int maxPerSubmission;

    public AddAttachmentHandler(Attachments attachments, AttachmentTypes types, TransactionTemplate transactions,
                                Clock clock, long maxSize, int maxPerSubmission) {
        this.attachments = attachments;
        this.types = types;
        this.transactions = transactions;
        this.clock = clock;
        this.maxSize = maxSize;
        this.maxPerSubmission = maxPerSubmission;
    }

    /**
     * @throws SubmissionNotFound  when the tenant has no such submission
     * @throws SubmissionErased    when the submission's personal data were erased: nothing more is kept for it
     * @throws AttachmentRejected  for an empty, oversize, disallowed or mislabelled file, one too many, or a reused key
     */
    public AttachmentReceipt handle(AddAttachment command) {
        if (command.content().length == 0) {
            throw new AttachmentRejected(AttachmentRejected.Rule.EMPTY, "the file is empty");
        }
        if (command.content().length > maxSize) {
            throw new AttachmentRejected(AttachmentRejected.Rule.TOO_LARGE,
                    "the file has " + command.content().length + " bytes; at most " + maxSize + " are accepted");
        }
        String contentType = types.check(command.declaredType(), command.content());
        String sha256 = sha256(command.content());
        return Objects.requireNonNull(transactions.execute(status -> {
            Attachments.LockedSubmission submission = attachments.lockSubmission(command.tenantId(), command.complaintId())
                    .orElseThrow(() -> new SubmissionNotFound(command.tenantId(), command.complaintId()));
            if (submission.personalDataErasedAt() != null) {
                throw new SubmissionErased(command.complaintId(), submission.personalDataErasedAt());
            }
            var earlier = attachments.findByIdempotencyKey(command.complaintId(), command.idempotencyKey());
            if (earlier.isPresent()) {
                AttachmentReceipt receipt = earlier.get().receipt();
                if (!receipt.sha256().equals(sha256) || !receipt.filename().equals(command.filename())) {
                    throw new AttachmentRejected(AttachmentRejected.Rule.KEY_REUSED,
                            "Idempotency-Key '" + command.idempotencyKey() + "' was already used with another file");
                }
                return receipt;
            }
            if (attachments.countFor(command.complaintId()) >= maxPerSubmission) {
                throw new AttachmentRejected(AttachmentRejected.Rule.TOO_MANY,
                        "a submission takes at most " + maxPerSubmission + " attachments");
            }
            AttachmentReceipt receipt = new AttachmentReceipt(UUID.randomUUID(), command.complaintId(),
                    command.filename(), contentType, command.content().length, sha256, clock.instant());
            attachments.add(command.tenantId(), receipt, command.idempotencyKey(), command.content());
            return receipt;
        }));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
