package io.portalops.contract;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.validation.FreeText;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Notes on a contract and the {@code @username} mentions in them, for {@link ContractActions}, which carries the
 * authorization and the transaction: this bean is only ever called from inside them.
 */
@Component
class ContractNotes {

    private final ContractCommentRepository comments;
    private final ContractAccess access;
    private final ContractAssembler assembler;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractNotes(
            ContractCommentRepository comments,
            ContractAccess access,
            ContractAssembler assembler,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.access = access;
        this.assembler = assembler;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    Contract add(long contractId, String text) {
        CurrentUser user = access.user();
        String body = requireNote(text);
        Contract contract = access.visible(contractId);
        Set<Long> mentions = mentionsIn(body, contract);
        ContractComment comment =
                comments.save(new ContractComment(contract.getId(), user.accountId(), body, mentions, clock.instant()));
        events.publishEvent(new ContractEvent.Noted(
                contract.getId(), contract.getNumber(), user.accountId(), comment.getId(), mentions));
        return contract;
    }

    /** Its author may edit a note for 15 minutes; after that it is locked. */
    Contract edit(long contractId, long commentId, String text) {
        CurrentUser user = access.user();
        String body = requireNote(text);
        Contract contract = access.visible(contractId);
        ContractComment comment = comments.findById(commentId)
                .filter(c -> c.getContractId() == contract.getId())
                .orElseThrow(() -> new NotFoundException("Note"));
        if (comment.getAuthorId() != user.accountId()) {
            throw new ActionRefusedException("Only its author can edit a note.");
        }
        if (!assembler.isEditable(comment, user)) {
            throw new ActionRefusedException("Notes can be edited for 15 minutes; this one is locked.");
        }
        comment.edit(body, mentionsIn(body, contract), clock.instant());
        return contract;
    }

    /**
     * The accounts a note mentions. Each must be someone who may open the contract; anyone else (or no account at all:
     * the same answer, so that usernames cannot be probed) refuses the note, so a mention never reaches past the scope.
     */
    private Set<Long> mentionsIn(String body, Contract contract) {
        Set<String> names = MentionParser.usernames(body);
        Map<String, AccountSummary> found = accounts.byUsernames(names);
        Map<Long, Set<Role>> roles =
                accounts.rolesOf(found.values().stream().map(AccountSummary::id).toList());
        for (String name : names) {
            AccountSummary account = found.get(name);
            if (account == null
                    || !access.mayOpen(contract, account.id(), roles.getOrDefault(account.id(), Set.of()))) {
                throw new InvalidInputException(
                        "text",
                        "@" + name + " cannot open this contract, so they cannot be mentioned "
                                + "on it. Mention only people the suggestions offer.");
            }
        }
        return found.values().stream().map(AccountSummary::id).collect(Collectors.toSet());
    }

    private static String requireNote(String text) {
        return FreeText.required("text", text, ContractActions.MAX_NOTE, "Write something first.");
    }
}
