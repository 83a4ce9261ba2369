package io.portalops.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the whole app: where it keeps its files, the address users reach it at, and the
 * currencies it offers.
 *
 * @param dataDir    the directory of the app's files (uploads, exports, captured mail, audit anchors, keys, and the
 *                   embedded database unless configured otherwise)
 * @param baseUrl    the address users open the app at; links in emails start with it
 * @param currencies the currencies offered for prices, billing and invoices (ISO 4217 codes); contracts offer those of
 *                   them that have an exchange rate ({@code portalops.contracts.rates.*})
 */
@Validated
@ConfigurationProperties("portalops")
public record PortalOpsProperties(
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,

        @DefaultValue({"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY", "CAD", "AUD"}) @NotEmpty
        List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String>
                currencies) {

    /** A directory setting, or {@code name} under the data directory when it is not set. */
    public Path dataPath(@Nullable Path configured, String name) {
        return configured != null ? configured : dataDir.resolve(name);
    }
}
