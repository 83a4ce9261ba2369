package io.portalops.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of the token and refresh endpoints, in OAuth 2.0 field names.
 */
public record TokenPair(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {}
