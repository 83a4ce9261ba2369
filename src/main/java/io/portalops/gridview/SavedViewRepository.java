package io.portalops.gridview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    /** The account's own views of the grid and those shared with one of its roles, own ones first, each by name. */
    @Query("select v from SavedView v where v.grid = :grid and (v.accountId = :account or v.sharedRole in :roles) "
            + "order by case when v.accountId = :account then 0 else 1 end, lower(v.name), v.id")
    List<SavedView> visible(String grid, long account, Collection<String> roles);

    @Query("select v from SavedView v where v.accountId = :account and v.grid = :grid and lower(v.name) = lower(:name)")
    Optional<SavedView> ownByName(long account, String grid, String name);

    @Query("select count(v) > 0 from SavedView v where v.accountId = :account and v.grid = :grid and v.slug = :slug")
    boolean slugTaken(long account, String grid, String slug);

    long countByAccountIdAndGrid(long accountId, String grid);

    Optional<SavedView> findByAccountIdAndGridAndIsDefaultTrue(long accountId, String grid);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update SavedView v set v.isDefault = false where v.accountId = :account and v.grid = :grid "
            + "and v.isDefault = true and v.id <> :keep")
    int clearDefault(long account, String grid, long keep);
}
