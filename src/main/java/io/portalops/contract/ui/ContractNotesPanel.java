package io.portalops.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The notes of a contract, oldest first, and a box for a new one. Bodies are set as text, never as HTML, so markup
 * someone typed shows as typed. Typing {@code @} and a few letters offers matching accounts to mention.
 */
class ContractNotesPanel extends VerticalLayout {

    static final int SUGGESTIONS = 8;

    final Div thread = new Div();
    final TextArea newNote = new TextArea("New note");
    final ListBox<AccountSummary> mentions = new ListBox<>();
    final Button add = new Button("Add note");
    private final ContractActions actions;
    private final ContractService contracts;
    private final ContractDetails contract;
    private final Consumer<ContractDetails> onChanged;

    ContractNotesPanel(
            ContractActions actions,
            ContractService contracts,
            ContractDetails contract,
            Consumer<ContractDetails> onChanged) {
        this.actions = actions;
        this.contracts = contracts;
        this.contract = contract;
        this.onChanged = onChanged;
        addClassName("contract-notes");
        setPadding(false);
        thread.addClassName("note-thread");
        contract.comments().forEach(comment -> thread.add(entry(comment)));
        if (contract.comments().isEmpty()) {
            thread.add(new Span("No notes yet."));
        }

        newNote.setWidthFull();
        FormConstraints.limit(newNote, ContractActions.MAX_NOTE);
        newNote.setPlaceholder("Write a note; type @ and a name to mention someone");
        newNote.setValueChangeMode(ValueChangeMode.LAZY);
        newNote.setValueChangeTimeout(250);
        newNote.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                suggest(change.getValue());
            }
        });
        mentions.addClassName("mention-suggestions");
        mentions.setItemLabelGenerator(a -> "@" + a.username() + " · " + a.displayName());
        mentions.setVisible(false);
        mentions.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                insertMention(change.getValue());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> save(() -> actions.note(contract.id(), newNote.getValue()), newNote));
        add.setVisible(contract.availableActions().contains(ContractDetails.AvailableAction.NOTE));
        newNote.setVisible(add.isVisible());
        add(thread, newNote, mentions, add);
    }

    /** Offers accounts when the last word typed starts with "@" (the caret is at the end while typing a note). */
    void suggest(String text) {
        String word = lastWord(text);
        List<AccountSummary> found =
                word.startsWith("@") ? contracts.mentionable(contract.id(), word.substring(1), SUGGESTIONS) : List.of();
        mentions.setItems(found);
        mentions.setVisible(!found.isEmpty());
    }

    private void insertMention(AccountSummary account) {
        String text = newNote.getValue();
        String word = lastWord(text);
        newNote.setValue(text.substring(0, text.length() - word.length()) + "@" + account.username() + " ");
        mentions.setItems(List.of());
        mentions.setVisible(false);
        newNote.focus();
    }

    static String lastWord(String text) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start);
    }

    private Div entry(ContractDetails.Comment comment) {
        Span author = new Span(comment.authorName());
        author.addClassName("note-author");
        Span when =
                new Span(ContractBadges.when(comment.createdAt()) + (comment.editedAt() == null ? "" : " · edited"));
        when.addClassName("note-when");
        Span body = NoteBody.of(comment.body(), comment.mentionedUsernames());
        HorizontalLayout header = new HorizontalLayout(author, when);
        header.setAlignItems(Alignment.BASELINE);
        Div entry = new Div(header, body);
        entry.addClassName("note");
        if (comment.editable()) {
            Button edit = new Button("Edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.addClickListener(click -> {
                TextArea editor = new TextArea();
                editor.setWidthFull();
                FormConstraints.limit(editor, ContractActions.MAX_NOTE);
                editor.setValue(comment.body());
                Button save = new Button(
                        "Save",
                        e -> save(() -> actions.editNote(contract.id(), comment.id(), editor.getValue()), editor));
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                Button cancel = new Button("Cancel", e -> entry.replace(entry.getComponentAt(1), body));
                cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                entry.replace(body, new Div(editor, new HorizontalLayout(save, cancel)));
            });
            header.add(edit);
        }
        return entry;
    }

    private void save(Supplier<ContractDetails> action, TextArea field) {
        try {
            onChanged.accept(action.get());
        } catch (InvalidInputException e) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }
}
