package io.portalops.security;

import io.portalops.shared.web.ProblemWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes RFC 9457 problem details from the security filters, where no controller advice runs; one writer
 * ({@link ProblemWriter}) serves these and the shared web layer's filters alike.
 */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemWriter.write(response, status, title, detail);
    }
}
