package io.portalops.security;

/** A newly created or rotated key: the only time it exists in clear. */
public record IssuedApiKey(ApiClientListItem client, String key) {}
