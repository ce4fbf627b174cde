package org.complaintsplatform.intake.command;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.complaintsplatform.intake.api.AttachmentRejected;

/**
 * Checks that a file is one of the allowed types and that its bytes are what the type says, so a
 * renamed executable is not stored as a PDF. Types without a known signature are refused.
 */
public final class AttachmentTypes {

    private final List<String> allowed;

    /** @param allowed media types, e.g. {@code application/pdf}; each must be one {@link #check} knows */
    public AttachmentTypes(List<String> allowed) {
        this.allowed = allowed.stream().map(type -> type.toLowerCase(Locale.ROOT)).toList();
        this.allowed.forEach(type -> {
            if (!isKnown(type)) {
                throw new IllegalArgumentException("no content check for attachment type " + type);
            }
        });
    }

    /** @return the media type without parameters, lower case */
    public String check(String declaredType, byte[] content) {
        String type = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(type)) {
            throw new AttachmentRejected(AttachmentRejected.Rule.TYPE_NOT_ALLOWED,
                    "type '" + type + "' is not allowed; allowed: " + String.join(", ", allowed));
        }
        if (!matches(type, content)) {
            throw new AttachmentRejected(AttachmentRejected.Rule.TYPE_NOT_ALLOWED,
                    "the content is not " + type);
        }
        return type;
    }

    private static boolean isKnown(String type) {
        return switch (type) {
            case "application/pdf", "image/png", "image/jpeg", "text/plain" -> true;
            default -> false;
        };
    }

    private static boolean matches(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case "image/png" -> startsWith(content, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "text/plain" -> isTextWithoutNul(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTextWithoutNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
