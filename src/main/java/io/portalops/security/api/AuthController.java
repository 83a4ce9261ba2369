package io.portalops.security.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.portalops.security.AccountUserDetails;
import io.portalops.security.PasswordLoginProperties;
import io.portalops.security.SecondFactorCode;
import io.portalops.security.SecondFactorEnrolmentRequiredException;
import io.portalops.security.SecondFactorRequiredException;
import io.portalops.security.SignInClient;
import io.portalops.security.SignInThrottledException;
import io.portalops.security.TokenPair;
import io.portalops.security.TokenService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication", description = "Access tokens (JWT, 15 minutes) and rotating refresh tokens")
class AuthController {

    private final AuthenticationManager authenticationManager;
    private final TokenService tokens;
    private final PasswordLoginProperties passwordLogin;

    AuthController(
            AuthenticationManager authenticationManager, TokenService tokens, PasswordLoginProperties passwordLogin) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.passwordLogin = passwordLogin;
    }

    /**
     * Bounded before any hashing: the password policy allows 128 characters; a longer one cannot be right. An account
     * with two-factor authentication also sends {@code totp} or {@code recoveryCode} (ADR 033).
     */
    record TokenRequest(
            @NotBlank @Size(max = 254) String username,
            @NotBlank @Size(max = 128) String password,

            @Schema(
                    description =
                            "The current six-digit code of the account's authenticator app; required when the account uses two-factor authentication",
                    example = "123456")
            @Size(max = 16)
            @Nullable
            String totp,

            @Schema(description = "Instead of totp: one of the account's unused recovery codes, each valid once")
            @Size(max = 64)
            @Nullable
            String recoveryCode) {}

    record RefreshRequest(
            @NotBlank @Size(max = 512) @JsonProperty("refresh_token")
            String refreshToken) {}

    @PostMapping("/token")
    @Operation(
            summary =
                    "Exchange username and password (and, for an account with two-factor authentication, a code) for an access and a refresh token")
    @ApiResponse(
            responseCode = "200",
            description = "A new token pair",
            content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @ApiResponse(
            responseCode = "401",
            description =
                    "Wrong credentials or code, or the account is disabled or locked; or, titled \"Second factor required\", the account uses two-factor authentication and neither totp nor recoveryCode was sent",
            content = @Content)
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests or failed sign-ins from this address; see Retry-After",
            content = @Content)
    @ApiResponse(
            responseCode = "403",
            description =
                    "The password must be changed, or a role requires two-factor authentication that must be set up, in the web interface first",
            content = @Content)
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        Authentication authentication;
        try {
            UsernamePasswordAuthenticationToken attempt =
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
            attempt.setDetails(new SecondFactorCode(request.totp(), request.recoveryCode()));
            authentication = authenticationManager.authenticate(attempt);
        } catch (SignInThrottledException e) {
            // about the caller's address, not the account, so it may say so and when to retry
            long seconds = Math.max(1, e.getRetryAfter().toSeconds() + 1);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(seconds))
                    .body(problemDetail(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many failed sign-ins",
                            "Too many failed sign-ins from your address. Retry after " + seconds + " s."));
        } catch (SecondFactorRequiredException e) {
            return problem(
                    HttpStatus.UNAUTHORIZED,
                    "Second factor required",
                    "This account uses two-factor authentication: send the current code of its authenticator app in the "
                            + "\"totp\" field, or an unused recovery code in \"recoveryCode\", with the username and password.");
        } catch (SecondFactorEnrolmentRequiredException e) {
            return problem(
                    HttpStatus.FORBIDDEN,
                    "Two-factor enrolment required",
                    "A role of this account requires two-factor authentication: sign in to the web interface once to set it "
                            + "up. No API token is issued until then.");
        } catch (AuthenticationException e) {
            if (!passwordLogin.enabled()) {
                // the same answer for the break-glass name with a wrong password, so that it does not single that
                // name out
                return problem(
                        HttpStatus.UNAUTHORIZED,
                        "Password sign-in switched off",
                        "Passwords are switched off on this installation: send an access token of your identity "
                                + "provider as a bearer token instead (docs/security/sso-api.md). Only the "
                                + "break-glass account may still use its password, and it was not given correctly.");
            }
            return problem(
                    HttpStatus.UNAUTHORIZED,
                    "Authentication failed",
                    "Wrong username or password, or the account is disabled or locked.");
        }
        AccountUserDetails account = (AccountUserDetails) authentication.getPrincipal();
        if (account.isMustChangePassword()) {
            return passwordChangeRequired();
        }
        return ResponseEntity.ok(tokens.issue(account, client(http)));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Rotate a refresh token: returns a new pair; the old refresh token stops working")
    @ApiResponse(
            responseCode = "200",
            description = "A new token pair",
            content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @ApiResponse(
            responseCode = "401",
            description =
                    "Unknown, expired or reused refresh token (reuse revokes the whole sign-in), a sign-in that was ended (e.g. by a password or role change), or one past its maximum age",
            content = @Content)
    @ApiResponse(
            responseCode = "403",
            description = "The password must be changed in the web interface first",
            content = @Content)
    ResponseEntity<?> refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return switch (tokens.refresh(request.refreshToken(), client(http))) {
            case TokenService.RefreshOutcome.Rotated rotated -> ResponseEntity.ok(rotated.tokens());
            case TokenService.RefreshOutcome.Refused refused ->
                problem(HttpStatus.UNAUTHORIZED, "Refresh refused", refused.reason());
            case TokenService.RefreshOutcome.PasswordChangeRequired required -> passwordChangeRequired();
        };
    }

    @PostMapping("/logout")
    @Operation(summary = "Revoke the sign-in the refresh token belongs to, with its access tokens")
    @ApiResponse(responseCode = "204", description = "Revoked (also when the token was unknown)")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> passwordChangeRequired() {
        return problem(
                HttpStatus.FORBIDDEN,
                "Password change required",
                "This account must change its password: sign in to the web interface once to choose a new one. "
                        + "No API token is issued until then.");
    }

    private static SignInClient client(HttpServletRequest http) {
        return new SignInClient(http.getHeader("User-Agent"), http.getRemoteAddr());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(problemDetail(status, title, detail));
    }

    private static ProblemDetail problemDetail(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
