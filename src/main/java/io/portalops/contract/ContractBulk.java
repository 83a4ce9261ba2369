package io.portalops.contract;

import io.portalops.bulk.AbstractBulkGrid;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkField;
import io.portalops.bulk.RowStep;
import io.portalops.export.ExportParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Contracts grid's bulk actions (ADR 036): flag, unflag, note and approve, each row through the same
 * {@link ContractActions} method as the single action. Approve runs only when every selected contract may be approved
 * by the caller now (four eyes, approval limit, status); otherwise nothing is approved and each blocker is named.
 */
@Component
class ContractBulk extends AbstractBulkGrid {

    static final Set<String> FILTERS = Set.of(
            "status",
            "customerId",
            "ownerId",
            "minValue",
            "maxValue",
            "startFrom",
            "startTo",
            "endFrom",
            "endTo",
            "flagged",
            "text",
            "awaitingMe",
            "autoRenew",
            "sort");

    private static final Set<String> FLAGGERS = Set.of("ADMIN", "ANALYST", "APPROVER", "ACCOUNT_MANAGER");

    private final ContractService contracts;
    private final ContractActions actions;

    ContractBulk(ContractService contracts, ContractActions actions) {
        super("contracts", FILTERS);
        this.contracts = contracts;
        this.actions = actions;
    }

    @Override
    public List<Long> matching(Map<String, String> filter, int limit) {
        return contracts.matchingIds(ContractExport.filterOf(new ExportParameters(filter, FILTERS)), limit);
    }

    @Override
    public List<BulkAction> actions() {
        BulkField reason = BulkField.text("reason", "Reason", true, ContractActions.MAX_REASON);
        return List.of(
                new BulkAction(
                        "flag",
                        "Flag",
                        FLAGGERS,
                        List.of(
                                BulkField.choice(
                                        "severity",
                                        "Severity",
                                        Arrays.stream(FlagSeverity.values())
                                                .map(Enum::name)
                                                .toList()),
                                reason),
                        fields -> {
                            FlagSeverity severity = FlagSeverity.valueOf(fields.require("severity"));
                            String why = fields.require("reason");
                            return id -> actions.flagRow(id, severity, why);
                        }),
                new BulkAction("unflag", "Clear flags", FLAGGERS, List.of(reason), fields -> {
                    String why = fields.require("reason");
                    return id -> actions.unflagRow(id, null, why);
                }),
                new BulkAction(
                        "note",
                        "Add note",
                        Set.of("ADMIN", "ACCOUNT_MANAGER", "ANALYST", "APPROVER"),
                        List.of(BulkField.text("note", "Note", true, ContractActions.MAX_NOTE)),
                        fields -> {
                            String note = fields.require("note");
                            return id -> actions.noteRow(id, note);
                        }),
                new BulkAction(
                        "approve",
                        "Approve",
                        Set.of("APPROVER"),
                        List.of(BulkField.text("comment", "Comment", false, ContractActions.MAX_COMMENT)),
                        fields -> new Approval(fields.get("comment"))));
    }

    private final class Approval implements RowStep {

        private final @Nullable String comment;

        Approval(@Nullable String comment) {
            this.comment = comment;
        }

        @Override
        public void apply(long id) {
            actions.approve(id, comment);
        }

        @Override
        public @Nullable String refusal(long id) {
            return actions.approvalRefusal(id);
        }

        @Override
        public boolean allOrNothing() {
            return true;
        }
    }
}
