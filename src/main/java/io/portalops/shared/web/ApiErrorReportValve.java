package io.portalops.shared.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error nothing else answered: a request it refused itself (an illegal character in the
 * query, an encoded NUL or slash in the path, a header over the size limit) never reaches a filter. Under /api/
 * that answer is a problem detail instead of Tomcat's HTML page; elsewhere Tomcat's page stays, without a report.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                HttpStatus known = HttpStatus.resolve(status);
                ProblemWriter.write(
                        writer,
                        status,
                        known == null ? "Error" : known.getReasonPhrase(),
                        status >= 500
                                ? "An unexpected error occurred."
                                : "The server refused the request as malformed: "
                                        + "check the path, the query string and the size of the headers.",
                        null);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already committed; nothing more to say.
        }
    }

    /** An unparseable request line has no URI; its refusal is answered as the API would answer it. */
    private static boolean isApi(Request request) {
        String uri = null;
        try {
            uri = request.getCoyoteRequest().requestURI().toString();
        } catch (RuntimeException e) {
            // fall through: no URI
        }
        return uri == null || uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/");
    }
}
