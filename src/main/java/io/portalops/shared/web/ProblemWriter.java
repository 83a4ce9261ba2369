package io.portalops.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes an RFC 9457 problem detail where no controller advice runs: in servlet filters, in the error dispatch and in
 * Tomcat's error report valve. Hand-written JSON, so that it works before and outside Spring MVC.
 */
public final class ProblemWriter {

    private ProblemWriter() {}

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null);
    }

    public static void write(
            HttpServletResponse response, int status, String title, String detail, @Nullable Map<String, String> errors)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        write(response.getWriter(), status, title, detail, errors);
        response.getWriter().flush();
    }

    public static void write(Writer out, int status, String title, String detail, @Nullable Map<String, String> errors)
            throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":")
                .append(quote(title))
                .append(",\"status\":")
                .append(status)
                .append(",\"detail\":")
                .append(quote(detail));
        if (errors != null && !errors.isEmpty()) {
            json.append(",\"errors\":{");
            String separator = "";
            for (Map.Entry<String, String> error : errors.entrySet()) {
                json.append(separator).append(quote(error.getKey())).append(':').append(quote(error.getValue()));
                separator = ",";
            }
            json.append('}');
        }
        out.write(json.append('}').toString());
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
