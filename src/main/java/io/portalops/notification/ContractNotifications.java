package io.portalops.notification;

import io.portalops.contract.ContractEvent;
import io.portalops.contract.ContractLookups;
import io.portalops.contract.ContractParties;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Contract actions that someone must hear of. A plain {@code @EventListener} on purpose: it runs inside the action's
 * transaction, so the notification commits with the action or not at all (ADR 012). Nobody is told of their own action.
 */
@Component
class ContractNotifications {

    private final Notifier notifier;
    private final ContractLookups contracts;
    private final AccountService accounts;

    ContractNotifications(Notifier notifier, ContractLookups contracts, AccountService accounts) {
        this.notifier = notifier;
        this.contracts = contracts;
        this.accounts = accounts;
    }

    @EventListener
    void on(ContractEvent event) {
        switch (event) {
            case ContractEvent.Submitted submitted -> submitted(submitted);
            case ContractEvent.Approved approved when approved.finalApproval() -> decided(approved, "approved", "");
            case ContractEvent.Approved approved -> nextLevel(approved);
            case ContractEvent.Rejected rejected -> decided(rejected, "rejected", "Reason: " + rejected.reason());
            case ContractEvent.Noted noted -> noted(noted);
            case ContractEvent.Flagged flagged -> flagged(flagged);
            default -> {
                // revisions, activations, expiries, terminations and cleared flags notify nobody
            }
        }
    }

    private void submitted(ContractEvent.Submitted event) {
        ContractParties contract = contracts.parties(event.contractId());
        send(
                NotificationCause.APPROVAL_NEEDED,
                contracts.eligibleApprovers(event.contractId()),
                event.actorId(),
                "Contract " + contract.number() + " needs your approval",
                nameOf(event.actorId()) + " submitted \"" + contract.title() + "\" for approval"
                        + (event.requiredApprovals() > 1
                                ? " (it needs " + event.requiredApprovals() + " approvals)."
                                : "."),
                contract,
                "contract:" + contract.contractId() + ":submitted:" + contract.approvalRound());
    }

    /** A two-level contract after its first approval: the approvers who can give the second one hear it is their turn. */
    private void nextLevel(ContractEvent.Approved event) {
        ContractParties contract = contracts.parties(event.contractId());
        send(
                NotificationCause.APPROVAL_NEEDED,
                contracts.eligibleApprovers(event.contractId()),
                event.actorId(),
                "Contract " + contract.number() + " needs a second approval",
                nameOf(event.actorId()) + " gave \"" + contract.title() + "\" approval " + event.level()
                        + "; it needs one more, from a different approver.",
                contract,
                "contract:" + contract.contractId() + ":level-" + (event.level() + 1) + ":" + contract.approvalRound());
    }

    private void decided(ContractEvent event, String verb, String detail) {
        ContractParties contract = contracts.parties(event.contractId());
        send(
                NotificationCause.DECISION,
                Set.of(contract.ownerId()),
                event.actorId(),
                "Contract " + contract.number() + " was " + verb,
                nameOf(event.actorId()) + " " + verb + " \"" + contract.title() + "\". " + detail,
                contract,
                "contract:" + contract.contractId() + ":" + verb + ":" + contract.approvalRound());
    }

    private void noted(ContractEvent.Noted event) {
        if (event.mentionedAccountIds().isEmpty()) {
            return; // nobody to tell: skip the lookups, which a bulk note would pay per row (ADR 044)
        }
        ContractParties contract = contracts.parties(event.contractId());
        send(
                NotificationCause.MENTION,
                event.mentionedAccountIds(),
                event.actorId(),
                nameOf(event.actorId()) + " mentioned you on " + contract.number(),
                "In a note on \"" + contract.title() + "\".",
                contract,
                "contract-note:" + event.commentId());
    }

    private void flagged(ContractEvent.Flagged event) {
        Long actor = event.actorId();
        if (actor != null && actor == contracts.ownerId(event.contractId())) {
            // owners are not told of their own flags: decided before the parties' flag query, which a bulk flag would
            // pay per row (ADR 044, ADR 056)
            return;
        }
        ContractParties contract = contracts.parties(event.contractId());
        String flag = contract.newestOpenFlagId() == null
                ? "r" + event.reason().hashCode()
                : contract.newestOpenFlagId().toString();
        send(
                NotificationCause.FLAG_RAISED,
                Set.of(contract.ownerId()),
                event.actorId(),
                "Flag (" + event.severity().name().toLowerCase(Locale.ROOT) + ") on contract " + contract.number(),
                nameOf(event.actorId()) + " flagged \"" + contract.title() + "\": " + event.reason(),
                contract,
                "contract:" + contract.contractId() + ":flag:" + flag);
    }

    private void send(
            NotificationCause cause,
            Collection<Long> recipients,
            @Nullable Long actorId,
            String title,
            String body,
            ContractParties contract,
            String dedupKey) {
        // a recipient who cannot open the contract (demoted, reassigned, out of scope) must not learn its number or
        // title
        Set<Long> to = new HashSet<>(contracts.whoMayOpen(contract.contractId(), recipients));
        if (actorId != null) {
            to.remove(actorId);
        }
        if (!to.isEmpty()) {
            notifier.notify(new NotificationRequest(
                    cause,
                    to,
                    abbreviate(title, 200),
                    abbreviate(body, 4000),
                    "contracts/" + contract.number(),
                    dedupKey));
        }
    }

    private String nameOf(@Nullable Long accountId) {
        if (accountId == null) {
            return "PortalOps";
        }
        AccountSummary actor = accounts.summaries(Set.of(accountId)).get(accountId);
        return actor == null ? "Someone" : actor.displayName();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
