package io.portalops.security.api;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.security.AccountUpdate;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.security.SignInListItem;
import io.portalops.security.SignInService;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.validation.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration for ADMIN, through the same service as the Accounts screen, so that each control (a reset, a
 * disable, a role change ending every sign-in) can be automated and tested over HTTP. Writes are audited by the
 * service; the reads are audited here, since the screen reads far more often than anyone looks.
 */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts", description = "Sign-in accounts, their roles and their active sign-ins (ADMIN only)")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Invalid input; field errors in 'errors'", content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller is not an ADMIN", content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class AccountController {

    private final AccountService accounts;
    private final SignInService signIns;
    private final AuditLog audit;

    AccountController(AccountService accounts, SignInService signIns, AuditLog audit) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.audit = audit;
    }

    record CreateAccountRequest(
            @NotBlank
            @Size(min = 3, max = 64, message = "must be 3 to 64 characters long")
            @SingleLineText
            @Pattern(regexp = "[a-zA-Z0-9._-]+", message = "use letters, digits, dot, dash or underscore")
            String username,

            @NotBlank @Size(max = 200) @SingleLineText String displayName,

            @Nullable @Email @Size(max = 320) @SingleLineText
            String email,

            @Schema(description = "Role names, e.g. [\"ANALYST\"]") @NotEmpty(message = "choose at least one role")
            List<String> roles,

            @Schema(description = "The initial password; the account must change it at first sign-in")
            @NotBlank
            @Size(max = 128)
            String password) {}

    record UpdateAccountRequest(
            @NotBlank @Size(max = 200) @SingleLineText String displayName,

            @Nullable @Email @Size(max = 320) @SingleLineText
            String email,

            @Schema(description = "Role names; a change ends every sign-in of the account")
            @NotEmpty(message = "choose at least one role")
            List<String> roles,

            @Schema(description = "false ends every sign-in of the account") @NotNull
            Boolean enabled) {}

    record ResetPasswordRequest(
            @Schema(description = "A temporary password; the account must change it at its next sign-in")
            @NotBlank
            @Size(max = 128)
            String password) {}

    record SignInsEnded(int ended) {}

    @GetMapping
    @Operation(summary = "List every account")
    List<AccountListItem> list() {
        List<AccountListItem> all = accounts.list();
        audit.record(AuditEntry.of("api.accounts_listed", "account", null, Map.of("count", all.size())));
        return all;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an account",
            description = "The password is temporary: the account must change it at first sign-in, "
                    + "and gets no API token until it has.")
    @ApiResponse(responseCode = "201", description = "Created")
    AccountListItem create(@Valid @RequestBody CreateAccountRequest request) {
        try {
            return accounts.create(new NewAccount(
                    request.username(),
                    request.displayName(),
                    request.email(),
                    roles(request.roles()),
                    request.password()));
        } catch (InvalidInputException e) {
            // the service names the screen's field; the API calls it "password"
            if (e.fieldErrors().containsKey("initialPassword")) {
                throw new InvalidInputException("password", e.getMessage());
            }
            throw e;
        }
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Set an account's name, e-mail, roles and enabled state",
            description =
                    "A change of roles, or a disable, ends every sign-in of the account at once: browser sessions, "
                            + "refresh-token families and access tokens.")
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content)
    AccountListItem update(@PathVariable long id, @Valid @RequestBody UpdateAccountRequest request) {
        return accounts.update(
                id,
                new AccountUpdate(request.displayName(), request.email(), roles(request.roles()), request.enabled()));
    }

    @PostMapping("/{id}/reset-password")
    @Operation(
            summary = "Set a temporary password",
            description = "Ends every sign-in of the account; it must change the password " + "at its next sign-in.")
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content)
    AccountListItem resetPassword(@PathVariable long id, @Valid @RequestBody ResetPasswordRequest request) {
        return accounts.resetPassword(id, request.password());
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a lockout after failed sign-ins")
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content)
    AccountListItem unlock(@PathVariable long id) {
        return accounts.unlock(id);
    }

    @GetMapping("/{id}/sessions")
    @Operation(summary = "The account's active sign-ins: browser sessions and API refresh-token families")
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content)
    List<SignInListItem> sessions(@PathVariable long id) {
        List<SignInListItem> active = signIns.of(id);
        audit.record(AuditEntry.of("api.account_sign_ins_listed", "account", id, Map.of("count", active.size())));
        return active;
    }

    @DeleteMapping("/{id}/sessions")
    @Operation(
            summary = "End every sign-in of the account",
            description = "Browser sessions end at their next request; "
                    + "refresh tokens and access tokens stop working at once.")
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content)
    SignInsEnded endSessions(@PathVariable long id) {
        return new SignInsEnded(signIns.endAllOf(id));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role role = Arrays.stream(Role.values())
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "roles",
                            "Unknown role " + shorten(name) + "; use one of "
                                    + Arrays.stream(Role.values())
                                            .map(Role::name)
                                            .collect(Collectors.joining(", ")) + "."));
            roles.add(role);
        }
        return roles;
    }

    private static String shorten(@Nullable String name) {
        if (name == null) {
            return "null";
        }
        return "'" + (name.length() <= 40 ? name : name.substring(0, 40) + "…") + "'";
    }
}
