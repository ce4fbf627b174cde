package org.complaintsplatform.intake.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies: a declared length over the limit answers 413 at once, and a chunked body is cut
 * off while it is read ({@link RequestTooLarge}, answered 413 by {@link ProblemDetailsAdvice}). Attachment
 * uploads have their own, larger limit.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Pattern ATTACHMENT_UPLOAD = Pattern.compile("/api/v1/tenants/[^/]+/submissions/[^/]+/attachments/?");

    private final long defaultMaxBytes;
    private final long attachmentMaxBytes;

    /** @param attachmentMaxBytes the whole multipart body of an upload, i.e. the largest file plus its framing */
    public RequestSizeLimitFilter(long maxBytes, long attachmentMaxBytes) {
        this.defaultMaxBytes = maxBytes;
        this.attachmentMaxBytes = attachmentMaxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = ATTACHMENT_UPLOAD.matcher(request.getRequestURI()).matches() ? attachmentMaxBytes : defaultMaxBytes;
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than " + maxBytes + " bytes.\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() throws IOException {
                return new LimitedInputStream(super.getInputStream(), maxBytes);
            }
        }, response);
    }

    /** The body grew past the limit while it was read. */
    static class RequestTooLarge extends IOException {

        RequestTooLarge(long maxBytes) {
            super("request body is larger than " + maxBytes + " bytes");
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLarge {
            read += n;
            if (read > maxBytes) {
                throw new RequestTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
