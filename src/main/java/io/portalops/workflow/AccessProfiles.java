package io.portalops.workflow;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Access profiles: which products a department (or a title within it) gets when someone joins. ADMIN only. Changing a
 * profile changes future onboarding runs, not the tasks of runs already generated.
 */
@Service
@Validated
public class AccessProfiles {

    static final String ADMIN = "hasRole('ADMIN')";

    private final AccessProfileRepository profiles;
    private final SaasCatalog catalog;
    private final Clock clock;

    AccessProfiles(AccessProfileRepository profiles, SaasCatalog catalog, Clock clock) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<AccessProfileItem> list() {
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        return profiles.findAllOrdered().stream().map(p -> item(p, products)).toList();
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public AccessProfileItem get(long id) {
        return item(find(id), catalog.allRefsUnscoped());
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public AccessProfileItem create(@Valid AccessProfileForm form) {
        check(form, null);
        AccessProfile profile = new AccessProfile(clock.instant());
        profile.apply(form, clock.instant());
        return item(save(profile), catalog.allRefsUnscoped());
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public AccessProfileItem update(long id, @Valid AccessProfileForm form) {
        AccessProfile profile = find(id);
        if (form.version() == null) {
            throw new InvalidInputException(
                    "version", "Send the version you read, so that nobody's changes are overwritten.");
        }
        if (form.version() != profile.getVersion()) {
            throw new StaleDataException("access profile");
        }
        check(form, id);
        profile.apply(form, clock.instant());
        return item(save(profile), catalog.allRefsUnscoped());
    }

    /** Runs generated from the profile keep their tasks; only future runs are affected. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void delete(long id) {
        profiles.delete(find(id));
        profiles.flush();
    }

    /** The products of every profile matching the department and title, unscoped: the onboarding planner asks. */
    @Transactional(readOnly = true)
    Set<Long> productsFor(@Nullable String department, @Nullable String title) {
        Set<Long> products = new TreeSet<>();
        if (department == null || department.isBlank()) {
            return products;
        }
        for (AccessProfile profile : profiles.findByDepartment(department.strip())) {
            if (profile.matches(department, title)) {
                products.addAll(profile.getProducts());
            }
        }
        return products;
    }

    private void check(AccessProfileForm form, @Nullable Long self) {
        if (profiles.nameTaken(form.name().strip(), self)) {
            throw new InvalidInputException("name", "Another profile has this name.");
        }
        String title = AccessProfileForm.blankToNull(form.title());
        if (profiles.matchTaken(form.department().strip(), title == null ? "" : title, self)) {
            throw new InvalidInputException(
                    title == null ? "department" : "title",
                    title == null
                            ? "This department has a profile already; edit that one."
                            : "This department and title have a profile already; edit that one.");
        }
        Set<Long> known = catalog.allRefsUnscoped().keySet();
        if (!known.containsAll(form.productIds())) {
            throw new InvalidInputException("productIds", "Some of the chosen products do not exist.");
        }
    }

    private AccessProfile find(long id) {
        return profiles.findById(id).orElseThrow(() -> new NotFoundException("Access profile"));
    }

    private AccessProfile save(AccessProfile profile) {
        try {
            return profiles.saveAndFlush(profile);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("access profile");
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException(
                    "Someone just saved a profile with this name or department and title. Reload and check.", 409);
        }
    }

    private static AccessProfileItem item(AccessProfile p, Map<Long, ProductRef> products) {
        List<ProductRef> refs = p.getProducts().stream()
                .map(products::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(ProductRef::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new AccessProfileItem(p.getId(), p.getName(), p.getDepartment(), p.getTitle(), refs, p.getVersion());
    }
}
