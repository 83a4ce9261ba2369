package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.customer.ui.CustomerDetailView;
import io.portalops.shared.ui.NotFoundView;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ContractDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    TestUsers users;

    @Autowired
    io.portalops.contract.ContractAttachments attachments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    ContractUiFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ContractUiFixtures(contracts, actions, users, jdbc, userDetails);
    }

    @Test
    @WithUserDetails("approver")
    void a_two_level_contract_needs_two_different_approvers_in_the_ui() {
        ContractDetails pending = fixtures.pending("manager", "600000");
        assertThat(pending.requiredApprovals()).isEqualTo(2);

        ContractDetailView view = open(pending.number());
        assertThat(view.actionBar.approve.isVisible()).isTrue();
        approve(view, "Level one looks fine");

        assertThat(toasts())
                .as("says what happened and what comes next, not 'is now pending approval'")
                .contains("Approved (level 1 of 2) · waiting for a second approver");
        assertThat(statusText(view)).isEqualTo("Pending approval");
        assertThat(view.actionBar.approve.isVisible())
                .as("four eyes: no second approval by the same approver")
                .isFalse();
        assertThat(view.actionBar.reject.isVisible()).isFalse();
        assertThat(contracts.get(pending.id()).approvals()).hasSize(1);

        fixtures.signInAs("approver2");
        ContractDetailView second = open(pending.number());
        assertThat(second.actionBar.approve.isVisible()).isTrue();
        approve(second, "");

        assertThat(toasts()).contains("Approved (level 2 of 2) · " + pending.number() + " is approved");
        assertThat(statusText(second)).isEqualTo("Approved");
        assertThat(second.actionBar.approve.isVisible()).isFalse();
        ContractDetails approved = contracts.get(pending.id());
        assertThat(approved.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(approved.approvals())
                .extracting(ContractDetails.ApprovalStep::level)
                .containsExactly(1, 2);
        assertThat(approved.approvals().getFirst().comment()).isEqualTo("Level one looks fine");
    }

    @Test
    @WithUserDetails("manager")
    void a_note_with_markup_is_shown_as_literal_text() {
        String raw = "<b>bold</b><script>alert(1)</script>";
        ContractDetails draft = fixtures.draft("manager", "1000");
        ContractDetailView view = open(draft.number());
        selectTab(view, "Notes (0)");

        test(view.notes.newNote).setValue(raw);
        test(view.notes.add).click();
        roundTrip();

        assertThat(contracts.get(draft.id()).comments())
                .extracting(ContractDetails.Comment::body)
                .containsExactly(raw);
        assertThat(view.tabs.getSelectedTab().getLabel())
                .as("stays on the notes after adding one")
                .isEqualTo("Notes (1)");
        Span body = find(Span.class, view.notes).withClassName("note-body").single();
        assertThat(body.getText()).isEqualTo(raw);
        assertThat(body.getElement().getProperty("innerHTML")).isNull();
        assertThat(body.getElement().getChildCount()).isEqualTo(1);
        assertThat(body.getElement().getChild(0).isTextNode())
                .as("one text node, no elements")
                .isTrue();
        assertThat(find(Html.class).exists()).as("no component renders HTML").isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_draft_offers_no_approver_to_mention_since_approvers_cannot_open_it() {
        ContractDetails draft = fixtures.draft("manager", "1000");
        ContractDetailView view = open(draft.number());
        selectTab(view, "Notes (0)");

        test(view.notes.newNote).setValue("Please check, @appro");
        assertThat(view.notes.mentions.isVisible()).isFalse();
        test(view.notes.newNote).setValue("Please check, @anal");
        assertThat(view.notes
                        .mentions
                        .getListDataView()
                        .getItems()
                        .map(a -> a.username())
                        .toList())
                .contains("analyst");
    }

    @Test
    @WithUserDetails("manager")
    void typing_an_at_sign_offers_accounts_and_choosing_one_inserts_the_mention() {
        ContractDetails draft = fixtures.pending("manager", "1000");
        ContractDetailView view = open(draft.number());
        selectTab(view, "Notes (0)");

        test(view.notes.newNote).setValue("Please check, @appro");
        assertThat(view.notes.mentions.isVisible()).isTrue();
        var offered = view.notes
                .mentions
                .getListDataView()
                .getItems()
                .map(a -> a.username())
                .toList();
        assertThat(offered).contains("approver", "approver2").allMatch(u -> u.startsWith("appro"));

        view.notes.mentions.setValue(view.notes
                .mentions
                .getListDataView()
                .getItems()
                .filter(a -> a.username().equals("approver2"))
                .findFirst()
                .orElseThrow());
        assertThat(view.notes.newNote.getValue()).isEqualTo("Please check, @approver2 ");
        assertThat(view.notes.mentions.isVisible()).isFalse();
        test(view.notes.add).click();

        assertThat(contracts.get(draft.id()).comments().getFirst().mentionedUsernames())
                .containsExactly("approver2");
    }

    @Test
    @WithUserDetails("manager2")
    void another_managers_contract_and_an_unknown_number_show_not_found() {
        ContractDetails foreign = fixtures.draft("manager", "1000");
        for (String number : List.of(foreign.number(), "CT-0000-999999", "nonsense")) {
            UI.getCurrent().navigate(ContractDetailView.class, number);
            assertThat(getCurrentView()).as("contracts/%s", number).isInstanceOf(NotFoundView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo("contracts/" + number);
        }
        assertThat(find(ContractDetailView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_sees_no_submit_or_approve_but_can_add_a_note_and_flag() {
        ContractDetails pending = fixtures.pending("manager", "2000");
        ContractDetailView view = open(pending.number());

        ContractActionBar bar = view.actionBar;
        assertThat(List.of(
                        bar.submit,
                        bar.approve,
                        bar.reject,
                        bar.edit,
                        bar.revise,
                        bar.activate,
                        bar.terminate,
                        bar.unflag))
                .noneMatch(b -> b.isVisible());
        assertThat(bar.flag.isVisible()).isTrue();

        test(bar.flag).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a flag needs a reason").isTrue();
        assertThat(contracts.get(pending.id()).flagged()).isFalse();
        test(dialog.severity).selectItem("High");
        test(dialog.reason).setValue("Discount above policy");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(toasts())
                .contains("Flagged (high) · " + pending.number() + " is marked for attention in every list")
                .noneMatch(text -> text.contains("is now pending approval"));
        ContractDetails flagged = contracts.get(pending.id());
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.flags().getFirst().reason()).isEqualTo("Discount above policy");
        assertThat(view.actionBar.unflag.isVisible()).isTrue();
        assertThat(view.tabs.getTabAt(2).getLabel()).isEqualTo("Flags (1 open)");

        selectTab(view, "Notes (0)");
        test(view.notes.newNote).setValue("Analyst remark");
        test(view.notes.add).click();
        assertThat(contracts.get(pending.id()).comments())
                .extracting(ContractDetails.Comment::body)
                .containsExactly("Analyst remark");

        selectTab(view, "Timeline");
        assertThat(ContractPanels.events(view.current))
                .extracting(ContractPanels.Event::what)
                .startsWith("Note", "Flag raised (HIGH)")
                .contains("Submitted", "Created");
    }

    @Test
    @WithUserDetails("manager")
    void the_customer_detail_lists_the_customers_contracts_in_a_contracts_tab() {
        ContractDetails draft = fixtures.draft("manager", "1500");
        CustomerDetailView customer = navigate(CustomerDetailView.class, Long.toString(draft.customerId()));
        roundTrip();
        var tabSheet = find(com.vaadin.flow.component.tabs.TabSheet.class).single();
        test(tabSheet).select("Contracts");
        roundTrip();

        @SuppressWarnings("unchecked")
        Grid<ContractListItem> grid =
                find(Grid.class).withClassName("customer-contracts").single();
        var rows = test(grid);
        assertThat(IntStream.range(0, rows.size()).mapToObj(i -> rows.getRow(i).number()))
                .contains(draft.number());
        int row = IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).number().equals(draft.number()))
                .findFirst()
                .orElseThrow();
        rows.clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(ContractDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("contracts/" + draft.number());
    }

    @Test
    @WithUserDetails("manager")
    void the_customers_contracts_tab_offers_a_new_contract_for_that_customer() {
        ContractDetails draft = fixtures.draft("manager", "1500");
        navigate(CustomerDetailView.class, Long.toString(draft.customerId()));
        roundTrip();
        test(find(com.vaadin.flow.component.tabs.TabSheet.class).single()).select("Contracts");
        roundTrip();

        var create = find(com.vaadin.flow.component.button.Button.class)
                .withClassName("customer-new-contract")
                .single();
        assertThat(create.isVisible()).isTrue();
        test(create).click();
        ContractFormDialog dialog = find(ContractFormDialog.class).single();
        assertThat(dialog.customer.selectedId())
                .as("prefilled with the customer")
                .isEqualTo(draft.customerId());
        test(dialog.title).setValue("From the customer tab");
        test(dialog.value).setValue(new java.math.BigDecimal("900"));
        test(dialog.save).click();
        assertThat(getCurrentView()).isInstanceOf(ContractDetailView.class);
        assertThat(((ContractDetailView) getCurrentView()).current.customerId()).isEqualTo(draft.customerId());
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_gets_no_new_contract_button_on_the_customer() {
        long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
        navigate(CustomerDetailView.class, Long.toString(customer));
        roundTrip();
        test(find(com.vaadin.flow.component.tabs.TabSheet.class).single()).select("Contracts");
        roundTrip();
        assertThat(find(com.vaadin.flow.component.button.Button.class)
                        .withClassName("customer-new-contract")
                        .exists())
                .as("only those who create contracts get the button")
                .isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void the_history_tab_shows_the_submission_as_a_status_change() {
        ContractDetails pending = fixtures.pending("manager", "1000");
        ContractDetailView view = open(pending.number());
        selectTab(view, "History");

        var grid = test(view.history.grid);
        assertThat(grid.size()).isPositive();
        io.portalops.shared.ui.HistoryGrid.Row latest = grid.getRow(0);
        assertThat(latest.field()).isEqualTo("Status");
        assertThat(latest.oldValue()).isEqualTo("Draft");
        assertThat(latest.newValue()).isEqualTo("Pending approval");
        assertThat(latest.who()).isEqualTo("Maria Manager");
    }

    @Test
    @WithUserDetails("manager")
    void the_attachments_tab_lists_the_contracts_files_with_their_checksum() {
        ContractDetails draft = fixtures.draft("manager", "1000");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        users.run(
                "manager",
                () -> attachments.upload(draft.id(), "signed copy.pdf", new java.io.ByteArrayInputStream(pdf)));

        ContractDetailView view = open(draft.number());
        selectTab(view, "Attachments");
        ContractAttachmentsPanel panel = find(ContractAttachmentsPanel.class).single();
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(panel.grid
                        .getGenericDataView()
                        .getItems()
                        .findFirst()
                        .orElseThrow()
                        .name())
                .isEqualTo("signed copy.pdf");
        assertThat(test(panel.grid).getCellText(0, 1)).isEqualTo("application/pdf");
    }

    @Test
    @WithUserDetails("manager")
    void
            an_attachment_over_the_limit_is_refused_on_the_server_when_the_browser_limit_is_bypassed_and_a_good_one_is_stored() {
        ContractDetails draft = fixtures.draft("manager", "1000");
        ContractDetailView view = open(draft.number());
        selectTab(view, "Attachments");
        ContractAttachmentsPanel panel = find(ContractAttachmentsPanel.class).single();
        panel.upload.setMaxFileSize(Integer.MAX_VALUE);
        byte[] big = new byte[(int) attachments.maxBytes() + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, big, 0, 9);

        test(panel.upload).upload("big.pdf", "application/pdf", big);

        assertThat(find(com.vaadin.flow.component.notification.Notification.class)
                        .all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("big.pdf is larger than the limit of 10 MB"));
        assertThat(attachments.list(draft.id())).isEmpty();

        test(panel.upload)
                .upload(
                        "ok.pdf",
                        "application/pdf",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(attachments.list(draft.id()))
                .extracting(io.portalops.contract.AttachmentInfo::name)
                .containsExactly("ok.pdf");
    }

    @Test
    @WithUserDetails("approver")
    void a_rejection_needs_a_reason_then_the_owner_revises_and_later_terminates_through_the_buttons() {
        ContractDetails pending = fixtures.pending("manager", "1500");
        ContractDetailView view = open(pending.number());
        test(view.actionBar.reject).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a rejection needs a reason").isTrue();
        assertThat(contracts.get(pending.id()).status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        test(dialog.reason).setValue("Wrong price list");
        test(dialog.confirm).click();
        roundTrip();
        assertThat(statusText(view)).isEqualTo("Rejected");

        fixtures.signInAs("manager");
        ContractDetailView owner = open(pending.number());
        assertThat(owner.actionBar.revise.isVisible()).isTrue();
        test(owner.actionBar.revise).click();
        roundTrip();
        assertThat(statusText(owner)).isEqualTo("Draft");
        test(owner.actionBar.submit).click();
        roundTrip();
        assertThat(statusText(owner)).isEqualTo("Pending approval");

        fixtures.signInAs("approver2");
        approve(open(pending.number()), "");
        fixtures.signInAs("manager");
        ContractDetailView approved = open(pending.number());
        test(approved.actionBar.activate).click();
        roundTrip();
        assertThat(statusText(approved)).isEqualTo("Active");
        test(approved.actionBar.terminate).click();
        ReasonDialog terminate = find(ReasonDialog.class).single();
        test(terminate.reason).setValue("Customer went bankrupt");
        test(terminate.confirm).click();
        roundTrip();
        assertThat(statusText(approved)).isEqualTo("Terminated");
        assertThat(approved.actionBar.terminate.isVisible()).isFalse();
        assertThat(contracts.get(pending.id()).approvals())
                .extracting(ContractDetails.ApprovalStep::decision)
                .containsExactly(
                        io.portalops.contract.ApprovalDecision.REJECTED,
                        io.portalops.contract.ApprovalDecision.APPROVED);
    }

    ContractDetailView open(String number) {
        ContractDetailView view = navigate(ContractDetailView.class, number);
        roundTrip();
        return view;
    }

    void approve(ContractDetailView view, String comment) {
        test(view.actionBar.approve).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.reason).setValue(comment);
        test(dialog.confirm).click();
        roundTrip();
        assertThat(dialog.isOpened()).isFalse();
    }

    List<String> toasts() {
        return find(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    void selectTab(ContractDetailView view, String label) {
        test(view.tabs).select(label);
        roundTrip();
    }

    String statusText(ContractDetailView view) {
        return find(Span.class, view.status)
                .withClassName("contract-status")
                .single()
                .getText();
    }
}
