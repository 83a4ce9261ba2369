package io.portalops.review.api;

import io.portalops.review.BulkDecisionResult;
import io.portalops.review.CampaignDetails;
import io.portalops.review.CampaignListItem;
import io.portalops.review.CampaignScope;
import io.portalops.review.Decision;
import io.portalops.review.DecisionRequest;
import io.portalops.review.ItemFilter;
import io.portalops.review.ReviewCampaigns;
import io.portalops.review.ReviewDecisions;
import io.portalops.review.ReviewItem;
import io.portalops.review.StartCampaign;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
import io.portalops.shared.web.PageRequestParams;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/access-reviews")
@Tag(
        name = "Access reviews",
        description =
                "Access-review campaigns (ADR 039). ADMIN or SERVICE_ADMIN start one over some services, some products or "
                        + "everything they administer; the products' admins (else the service's, else the fallback) decide keep or "
                        + "revoke per access, and each revoke becomes a task. A reviewer sees only their items; a campaign or item "
                        + "outside the caller's reach answers 404.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(
        responseCode = "404",
        description = "No such campaign, item, service or product in the caller's scope",
        content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class AccessReviewController {

    private final ReviewCampaigns campaigns;
    private final ReviewDecisions decisions;

    AccessReviewController(ReviewCampaigns campaigns, ReviewDecisions decisions) {
        this.campaigns = campaigns;
        this.decisions = decisions;
    }

    /** A campaign to start; serviceIds for SERVICES, productIds for PRODUCTS, neither for EVERYTHING. */
    record StartBody(
            @Size(max = StartCampaign.MAX_TITLE) @SingleLineText @Nullable
            String title,

            @Nullable CampaignScope scope,
            @Nullable Set<Long> serviceIds,
            @Nullable Set<Long> productIds,
            @Nullable LocalDate dueDate,
            @Nullable Long fallbackReviewerId) {}

    /** "keep" or "revoke"; a revoke needs a comment. */
    record DecisionBody(
            @Schema(allowableValues = {"keep", "revoke"}) @Size(max = 10) @Nullable
            String decision,

            @Size(max = ReviewDecisions.MAX_COMMENT) @MultiLineText @Nullable
            String comment) {}

    /** The same decision for many items. */
    record BulkBody(
            @Nullable List<Long> itemIds,

            @Schema(allowableValues = {"keep", "revoke"}) @Size(max = 10) @Nullable
            String decision,

            @Size(max = ReviewDecisions.MAX_COMMENT) @MultiLineText @Nullable
            String comment) {}

    record ItemPage(List<ReviewItem> items, int page, int size, boolean hasNext) {}

    @GetMapping
    @Operation(
            operationId = "listAccessReviews",
            summary = "The campaigns the caller sees, newest first, with progress")
    @ApiResponse(responseCode = "200", description = "Campaigns")
    List<CampaignListItem> list() {
        return campaigns.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "startAccessReview",
            summary = "Start a campaign",
            description =
                    "Snapshots every active grant in scope and notifies the reviewers. A service or product outside the "
                            + "caller's administration answers 404; a scope with no active access answers 400.")
    @ApiResponse(responseCode = "201", description = "The started campaign")
    CampaignDetails start(@RequestBody StartBody body) {
        return campaigns.start(new StartCampaign(
                body.title() == null ? "" : body.title(),
                body.scope(),
                body.serviceIds() == null ? Set.of() : body.serviceIds(),
                body.productIds() == null ? Set.of() : body.productIds(),
                body.dueDate(),
                body.fallbackReviewerId()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAccessReview", summary = "A campaign's progress, per reviewer and per product")
    @ApiResponse(responseCode = "200", description = "The campaign")
    CampaignDetails get(@PathVariable long id) {
        return campaigns.get(id);
    }

    @GetMapping("/{id}/items")
    @Operation(
            operationId = "listAccessReviewItems",
            summary = "The items the caller reviews (ADMIN: all)",
            description = "The snapshot, its decision and revoke task, and the grant and person as they are now.")
    @ApiResponse(responseCode = "200", description = "A page of items")
    ItemPage items(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Boolean decided,
            @RequestParam(required = false) @Nullable Long productId,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(ReviewDecisions.MAX_PAGE);
        SliceResult<ReviewItem> slice = decisions.items(id, new ItemFilter(decided, productId), offset, paging.size());
        return new ItemPage(slice.items(), paging.page(), paging.size(), slice.hasNext());
    }

    @PostMapping("/{id}/items/{itemId}/decision")
    @Operation(operationId = "decideAccessReviewItem", summary = "Keep or revoke one access")
    @ApiResponse(responseCode = "200", description = "The decided item")
    @ApiResponse(
            responseCode = "409",
            description = "Decided already, or the campaign is completed",
            content = @Content)
    ReviewItem decide(@PathVariable long id, @PathVariable long itemId, @RequestBody DecisionBody body) {
        return decisions.decide(id, itemId, new DecisionRequest(decision(body.decision()), body.comment()));
    }

    @PostMapping("/{id}/decisions")
    @Operation(
            operationId = "decideAccessReviewItems",
            summary = "The same decision for many items",
            description = "Each item on its own: the result says, per item, whether it was decided or why not.")
    @ApiResponse(responseCode = "200", description = "One result per item id")
    List<BulkDecisionResult> decideAll(@PathVariable long id, @RequestBody BulkBody body) {
        return decisions.decideAll(
                id,
                body.itemIds() == null ? List.of() : body.itemIds(),
                new DecisionRequest(decision(body.decision()), body.comment()));
    }

    private static Decision decision(@Nullable String text) {
        Decision decision = Decision.parse(text);
        if (decision == null) {
            throw new InvalidInputException("decision", "Decide \"keep\" or \"revoke\".");
        }
        return decision;
    }
}
