package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractService;
import io.portalops.shared.validation.FreeText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A contract note in the UI has the API's limit and rules (issue #18): the same constant, the same message. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ContractNoteLimitsViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    ContractUiFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ContractUiFixtures(contracts, actions, users, jdbc, userDetails);
    }

    ContractDetailView notesOf(ContractDetails contract) {
        ContractDetailView view = navigate(ContractDetailView.class, contract.number());
        roundTrip();
        test(view.tabs).select("Notes (0)");
        roundTrip();
        return view;
    }

    long notes(ContractDetails contract) {
        return jdbc.queryForObject(
                "select count(*) from contract_comment where contract_id = ?", Long.class, contract.id());
    }

    @Test
    @WithUserDetails("manager")
    void the_note_field_shows_the_limit_of_its_column() {
        ContractDetailView view = notesOf(fixtures.draft("manager", "1000"));
        assertThat(view.notes.newNote.getMaxLength())
                .isEqualTo(ContractActions.MAX_NOTE)
                .isEqualTo(4000);
    }

    @Test
    @WithUserDetails("manager")
    void a_note_over_its_limit_is_refused_on_the_field_with_the_apis_message_and_nothing_is_stored() {
        ContractDetails draft = fixtures.draft("manager", "1000");
        ContractDetailView view = notesOf(draft);
        // as a client that ignores maxlength would send it
        view.notes.newNote.setValue("x".repeat(ContractActions.MAX_NOTE + 1));
        test(view.notes.add).click();
        roundTrip();

        assertThat(view.notes.newNote.isInvalid()).isTrue();
        assertThat(view.notes.newNote.getErrorMessage()).isEqualTo(FreeText.tooLong(ContractActions.MAX_NOTE));
        assertThat(notes(draft)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_nul_in_a_note_is_refused_on_the_field_and_nothing_is_stored() {
        ContractDetails draft = fixtures.draft("manager", "1000");
        ContractDetailView view = notesOf(draft);
        test(view.notes.newNote).setValue("pasted\u0000text");
        test(view.notes.add).click();
        roundTrip();

        assertThat(view.notes.newNote.isInvalid()).isTrue();
        assertThat(view.notes.newNote.getErrorMessage()).contains("NUL");
        assertThat(notes(draft)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_note_keeps_its_tabs_and_line_breaks() {
        ContractDetails draft = fixtures.draft("manager", "1000");
        ContractDetailView view = notesOf(draft);
        test(view.notes.newNote).setValue("Steps:\n\t1. call\n\t2. write");
        test(view.notes.add).click();
        roundTrip();

        assertThat(contracts.get(draft.id()).comments())
                .extracting(ContractDetails.Comment::body)
                .containsExactly("Steps:\n\t1. call\n\t2. write");
    }
}
