package io.portalops.shared.web;

import java.util.OptionalLong;

/**
 * A module's own request body limit for some of its API paths (the event module's single event and batch), so that
 * {@link BodyLimits} needs no knowledge of that module's settings.
 */
public interface PathBodyLimit {

    /** The largest body for a request to {@code path}, or empty when this limit does not speak for that path. */
    OptionalLong maxBytes(String path);
}
