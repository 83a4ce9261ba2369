package io.portalops.contract;

import io.portalops.customer.CustomerLookups;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns contracts into the records the UI and API show, with names resolved in one lookup per page. */
@Component
class ContractAssembler {

    static final Duration COMMENT_EDIT_WINDOW = Duration.ofMinutes(15);

    private final ContractApprovalRepository approvals;
    private final ContractCommentRepository comments;
    private final ContractFlagRepository flags;
    private final AccountService accounts;
    private final CustomerLookups customers;
    private final ContractAccess access;
    private final Clock clock;

    ContractAssembler(
            ContractApprovalRepository approvals,
            ContractCommentRepository comments,
            ContractFlagRepository flags,
            AccountService accounts,
            CustomerLookups customers,
            ContractAccess access,
            Clock clock) {
        this.approvals = approvals;
        this.comments = comments;
        this.flags = flags;
        this.accounts = accounts;
        this.customers = customers;
        this.access = access;
        this.clock = clock;
    }

    List<ContractListItem> listItems(Collection<Contract> page) {
        Map<Long, AccountSummary> owners =
                accounts.summaries(page.stream().map(Contract::getOwnerId).collect(Collectors.toSet()));
        Map<Long, String> customerNames =
                customers.names(page.stream().map(Contract::getCustomerId).collect(Collectors.toSet()));
        return page.stream()
                .map(c -> new ContractListItem(
                        c.getId(),
                        c.getNumber(),
                        c.getTitle(),
                        c.getType(),
                        c.getCustomerId(),
                        customerNames.getOrDefault(c.getCustomerId(), "#" + c.getCustomerId()),
                        c.getValue(),
                        c.getStartDate(),
                        c.getEndDate(),
                        c.getStatus(),
                        c.getOwnerId(),
                        name(owners, c.getOwnerId()),
                        c.isFlagged()))
                .toList();
    }

    ContractDetails details(Contract c, CurrentUser user) {
        List<ContractApproval> approvalRows = approvals.findByContractIdOrderByDecidedAtAsc(c.getId());
        List<ContractComment> commentRows = comments.findByContractIdOrderByCreatedAtAsc(c.getId());
        List<ContractFlag> flagRows = flags.findByContractIdOrderByRaisedAtAsc(c.getId());
        Set<Long> ids = new HashSet<>(List.of(c.getOwnerId()));
        if (c.getSubmittedBy() != null) {
            ids.add(c.getSubmittedBy());
        }
        approvalRows.forEach(a -> ids.add(a.getApproverId()));
        commentRows.forEach(m -> {
            ids.add(m.getAuthorId());
            ids.addAll(m.getMentions());
        });
        flagRows.forEach(f -> {
            ids.add(f.getRaisedBy());
            if (f.getClearedBy() != null) {
                ids.add(f.getClearedBy());
            }
        });
        Map<Long, AccountSummary> people = accounts.summaries(ids);
        String customerName =
                customers.names(Set.of(c.getCustomerId())).getOrDefault(c.getCustomerId(), "#" + c.getCustomerId());
        return new ContractDetails(
                c.getId(),
                c.getNumber(),
                c.getTitle(),
                c.getType(),
                c.getCustomerId(),
                customerName,
                c.getValue(),
                c.getStartDate(),
                c.getEndDate(),
                c.isAutoRenew(),
                c.getNoticePeriodDays(),
                c.getCancellationDeadline(),
                c.getStatus(),
                c.getOwnerId(),
                name(people, c.getOwnerId()),
                c.getSubmittedBy() == null ? null : name(people, c.getSubmittedBy()),
                c.getSubmittedAt(),
                c.getRequiredApprovals(),
                c.isFlagged(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getVersion(),
                approvalRows.stream()
                        .map(a -> new ContractDetails.ApprovalStep(
                                a.getRound(),
                                a.getLevel(),
                                name(people, a.getApproverId()),
                                a.getDecision(),
                                a.getComment(),
                                a.getDecidedAt()))
                        .toList(),
                commentRows.stream()
                        .map(m -> new ContractDetails.Comment(
                                m.getId(),
                                name(people, m.getAuthorId()),
                                m.getBody(),
                                m.getMentions().stream()
                                        .map(id -> people.containsKey(id)
                                                ? people.get(id).username()
                                                : "#" + id)
                                        .sorted()
                                        .toList(),
                                m.getCreatedAt(),
                                m.getEditedAt(),
                                isEditable(m, user)))
                        .toList(),
                flagRows.stream()
                        .map(f -> new ContractDetails.Flag(
                                f.getId(),
                                f.getSeverity(),
                                f.getReason(),
                                name(people, f.getRaisedBy()),
                                f.getRaisedAt(),
                                f.getClearedBy() == null ? null : name(people, f.getClearedBy()),
                                f.getClearedAt(),
                                f.getClearReason()))
                        .toList(),
                access.available(c, user));
    }

    boolean isEditable(ContractComment comment, CurrentUser user) {
        return comment.getAuthorId() == user.accountId()
                && comment.getCreatedAt().plus(COMMENT_EDIT_WINDOW).isAfter(clock.instant());
    }

    private static String name(Map<Long, AccountSummary> people, long id) {
        AccountSummary person = people.get(id);
        return person == null ? "#" + id : person.displayName();
    }
}
