package io.portalops.review;

import io.portalops.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A campaign to start.
 *
 * @param serviceIds the services, for {@link CampaignScope#SERVICES}; empty otherwise
 * @param productIds the products, for {@link CampaignScope#PRODUCTS}; empty otherwise
 * @param fallbackReviewerId who reviews a product that has neither product nor service admins; the starter if null
 */
public record StartCampaign(
        String title,
        CampaignScope scope,
        Set<Long> serviceIds,
        Set<Long> productIds,
        LocalDate dueDate,
        @Nullable Long fallbackReviewerId) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_REFS = 500;

    public StartCampaign {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "title", "Give the campaign a title of 1 to " + MAX_TITLE + " characters on one line.");
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "Choose the scope: EVERYTHING, SERVICES or PRODUCTS.");
        }
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        if (serviceIds.size() > MAX_REFS || productIds.size() > MAX_REFS) {
            throw new InvalidInputException("scope", "A campaign names at most " + MAX_REFS + " services or products.");
        }
        switch (scope) {
            case EVERYTHING -> {
                if (!serviceIds.isEmpty() || !productIds.isEmpty()) {
                    throw new InvalidInputException(
                            "scope", "A campaign over everything names no services or products.");
                }
            }
            case SERVICES -> {
                if (serviceIds.isEmpty() || !productIds.isEmpty()) {
                    throw new InvalidInputException("serviceIds", "Name at least one service, and no products.");
                }
            }
            case PRODUCTS -> {
                if (productIds.isEmpty() || !serviceIds.isEmpty()) {
                    throw new InvalidInputException("productIds", "Name at least one product, and no services.");
                }
            }
        }
        if (dueDate == null) {
            throw new InvalidInputException("dueDate", "Give the due date.");
        }
    }
}
