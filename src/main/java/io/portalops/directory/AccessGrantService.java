package io.portalops.directory;

import io.portalops.audit.EntityChange;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.inventory.SeatLedger;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.validation.FreeText;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Access grants, within the caller's {@link SaasScope}: ADMIN all; a SERVICE_ADMIN the grants of their services'
 * products; a PRODUCT_ADMIN those of their products. A grant outside the scope is "not found". An active grant holds a
 * seat: taken by {@link SeatLedger} in the transaction that activates it, so that a full per-seat product refuses the
 * grant even when two admins take the last seat at once; freed when it is revoked.
 */
@Service
@Validated
public class AccessGrantService {

    static final String GRANTERS = SaasCatalog.SAAS_ROLES;

    private final AccessGrantRepository grants;
    private final PersonRepository people;
    private final GrantQueries queries;
    private final GrantAssembler assembler;
    private final DirectoryHistory history;
    private final SaasScopes scopes;
    private final SaasCatalog catalog;
    private final SeatLedger seats;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProductHolderRows holderRows;

    AccessGrantService(
            AccessGrantRepository grants,
            PersonRepository people,
            GrantQueries queries,
            GrantAssembler assembler,
            DirectoryHistory history,
            SaasScopes scopes,
            SaasCatalog catalog,
            SeatLedger seats,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ProductHolderRows holderRows) {
        this.grants = grants;
        this.people = people;
        this.queries = queries;
        this.assembler = assembler;
        this.history = history;
        this.scopes = scopes;
        this.catalog = catalog;
        this.seats = seats;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.holderRows = holderRows;
    }

    /** A person's grants that the caller may see: open ones first, then by product. */
    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public List<GrantListItem> ofPerson(long personId) {
        people.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
        SaasScope scope = scopes.current();
        List<AccessGrant> visible = grants.findByPersonIdOrderByIdDesc(personId).stream()
                .filter(g -> scope.seesProduct(g.getProductId()))
                .toList();
        return assembler.items(visible, scope).stream()
                .sorted(Comparator.comparing((GrantListItem g) -> !g.status().open())
                        .thenComparing(GrantListItem::productLabel, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public SliceResult<GrantListItem> search(GrantFilter filter, int offset, int limit) {
        PageWindow.require(offset, limit, PersonService.MAX_PAGE);
        SaasScope scope = scopes.current();
        if (filter.productId() != null && !scope.seesProduct(filter.productId())) {
            throw new NotFoundException("Product");
        }
        SliceResult<AccessGrant> slice =
                SliceResult.fromOverfetch(queries.search(filter, scope.productFilter(), offset, limit), offset, limit);
        return new SliceResult<>(assembler.items(slice.items(), scope), offset, limit, slice.hasNext());
    }

    /** The ids {@link #search} would list, in the caller's scope, at most {@code limit}: for bulk actions. */
    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public List<Long> matchingIds(GrantFilter filter, int limit) {
        SaasScope scope = scopes.current();
        if (filter.productId() != null && !scope.seesProduct(filter.productId())) {
            throw new NotFoundException("Product");
        }
        return queries.ids(filter, scope.productFilter(), limit);
    }

    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public GrantListItem get(long id) {
        SaasScope scope = scopes.current();
        return assembler.item(visible(id, scope), scope);
    }

    @PreAuthorize(GRANTERS)
    @Transactional
    public GrantListItem create(@Valid GrantRequest request) {
        SaasScope scope = scopes.current();
        long productId = request.productId();
        if (!scope.grantsAccessTo(productId) || catalog.refs(Set.of(productId)).isEmpty()) {
            throw new NotFoundException("Product");
        }
        if (request.status() == GrantStatus.REVOKED) {
            throw new InvalidInputException("status", "A new grant is either requested or active.");
        }
        Person person = people.findById(request.personId()).orElseThrow(() -> new NotFoundException("Person"));
        requireNotLeft(person);
        if (grants.existsOpen(person.getId(), productId)) {
            throw new RuleViolationException(person.getName() + " already has open access to this product.", 409);
        }
        long by = currentUser.require().accountId();
        AccessGrant grant =
                new AccessGrant(person.getId(), productId, request.role(), request.note(), by, clock.instant());
        if (request.status() == GrantStatus.ACTIVE) {
            seats.take(productId);
            grant.activate(by, clock.instant());
        }
        AccessGrant saved = save(grant);
        events.publishEvent(
                saved.getStatus() == GrantStatus.ACTIVE
                        ? new AccessGranted(saved.getId(), saved.getPersonId(), productId, by)
                        : new AccessRequested(saved.getId(), saved.getPersonId(), productId, by));
        return assembler.item(saved, scope);
    }

    @PreAuthorize(GRANTERS)
    @Transactional
    public GrantListItem activate(long id) {
        SaasScope scope = scopes.current();
        AccessGrant grant = visible(id, scope);
        if (grant.getStatus() != GrantStatus.REQUESTED) {
            throw new RuleViolationException(
                    "Only a requested grant can be activated; this one is "
                            + grant.getStatus().label().toLowerCase() + ".",
                    409);
        }
        requireNotLeft(people.findById(grant.getPersonId()).orElseThrow(() -> new NotFoundException("Person")));
        long by = currentUser.require().accountId();
        seats.take(grant.getProductId());
        grant.activate(by, clock.instant());
        AccessGrant saved = save(grant);
        events.publishEvent(new AccessGranted(id, saved.getPersonId(), saved.getProductId(), by));
        return assembler.item(saved, scope);
    }

    /** Ends a grant; a reason, if given, becomes its note. An active grant frees its seat. */
    @PreAuthorize(GRANTERS)
    @Transactional
    public GrantListItem revoke(long id, @Nullable String reason) {
        SaasScope scope = scopes.current();
        AccessGrant grant = visible(id, scope);
        if (grant.getStatus() == GrantStatus.REVOKED) {
            throw new RuleViolationException("This grant is revoked already.", 409);
        }
        String note = FreeText.optional("reason", reason, GrantUpdate.MAX_NOTE);
        boolean wasActive = grant.getStatus() == GrantStatus.ACTIVE;
        long by = currentUser.require().accountId();
        if (wasActive) {
            seats.free(grant.getProductId());
        }
        grant.revoke(by, note, clock.instant());
        AccessGrant saved = save(grant);
        events.publishEvent(new AccessRevoked(id, saved.getPersonId(), saved.getProductId(), wasActive, by));
        return assembler.item(saved, scope);
    }

    @PreAuthorize(GRANTERS)
    @Transactional
    public GrantListItem update(long id, @Valid GrantUpdate update) {
        SaasScope scope = scopes.current();
        AccessGrant grant = visible(id, scope);
        if (update.version() != grant.getVersion()) {
            throw new StaleDataException("grant");
        }
        if (grant.getStatus() == GrantStatus.REVOKED) {
            throw new RuleViolationException("A revoked grant cannot be changed; grant access again instead.", 409);
        }
        grant.edit(update.role(), update.note(), clock.instant());
        return assembler.item(save(grant), scope);
    }

    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public List<EntityChange> history(long id) {
        SaasScope scope = scopes.current();
        AccessGrant grant = visible(id, scope);
        ProductRef product = catalog.refs(Set.of(grant.getProductId())).get(grant.getProductId());
        return history.ofGrant(id, product);
    }

    /** The people holding active access to a product, by name; the product must be in the caller's scope. */
    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public SliceResult<ProductHolder> holders(long productId, int offset, int limit) {
        return holders(productId, "", offset, limit);
    }

    /** As above, narrowed to names or departments containing {@code search} (case-insensitive). */
    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public SliceResult<ProductHolder> holders(long productId, String search, int offset, int limit) {
        if (search.length() > 100) {
            throw new InvalidInputException("search", "Search with at most 100 characters.");
        }
        PageWindow.require(offset, limit, PersonService.MAX_PAGE);
        if (!scopes.current().seesProduct(productId)) {
            throw new NotFoundException("Product");
        }
        return holderRows.page(productId, search, offset, limit);
    }

    /** How many people hold active access to a product (matching {@code search}); the product must be in scope. */
    @PreAuthorize(GRANTERS)
    @Transactional(readOnly = true)
    public long holderCount(long productId, String search) {
        if (!scopes.current().seesProduct(productId)) {
            throw new NotFoundException("Product");
        }
        return queries.holderCount(productId, search.length() > 100 ? search.substring(0, 100) : search);
    }

    private AccessGrant visible(long id, SaasScope scope) {
        return grants.findById(id)
                .filter(g -> scope.seesProduct(g.getProductId()))
                .orElseThrow(() -> new NotFoundException("Access grant"));
    }

    private static void requireNotLeft(Person person) {
        if (person.getStatus() == EmploymentStatus.LEFT) {
            throw new RuleViolationException(
                    person.getName() + " has left the company and cannot be given access.", 409);
        }
    }

    private AccessGrant save(AccessGrant grant) {
        try {
            return grants.saveAndFlush(grant);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("grant");
        } catch (DataIntegrityViolationException e) {
            // another transaction opened a grant for the same person and product between our check and our insert
            throw new RuleViolationException("This person already has open access to this product.", 409);
        }
    }
}
