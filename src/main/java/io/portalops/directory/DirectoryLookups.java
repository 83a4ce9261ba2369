package io.portalops.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for other modules' event listeners, jobs and demo data, which may run without a user (the workflow follows
 * {@link PersonChanged} in the person's transaction, whoever made the change). No scope applies, so views and
 * controllers never use this class; they go through {@link PersonService} and {@link AccessGrantService}.
 */
@Component
public class DirectoryLookups {

    private final PersonRepository people;
    private final AccessGrantRepository grants;

    DirectoryLookups(PersonRepository people, AccessGrantRepository grants) {
        this.people = people;
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public Optional<PersonListItem> person(long id) {
        return people.findById(id).map(PersonService::toListItem);
    }

    /** The person's requested and active grants, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldAccess> openGrants(long personId) {
        return grants.findByPersonIdOrderByIdDesc(personId).stream()
                .filter(g -> g.getStatus().open())
                .map(g -> new HeldAccess(g.getId(), g.getProductId(), g.getStatus()))
                .toList()
                .reversed();
    }

    /** Up to {@code limit} people with the status, by name (served by the status index). */
    @Transactional(readOnly = true)
    public List<PersonListItem> withStatus(EmploymentStatus status, int limit) {
        return people.findByStatusOrderByNameAscIdAsc(status, PageRequest.of(0, limit)).stream()
                .map(PersonService::toListItem)
                .toList();
    }
}
