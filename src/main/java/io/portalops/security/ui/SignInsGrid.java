package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.portalops.security.SignInKind;
import io.portalops.security.SignInListItem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Active sign-ins with an End button each; the owner's page and the admin's dialog show the same grid. */
class SignInsGrid extends Grid<SignInListItem> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Supplier<List<SignInListItem>> source;

    SignInsGrid(Supplier<List<SignInListItem>> source, Consumer<UUID> end) {
        super(SignInListItem.class, false);
        this.source = source;
        addComponentColumn(SignInsGrid::kind).setHeader("Kind").setAutoWidth(true);
        addColumn(s -> WHEN.format(s.startedAt())).setHeader("Started").setAutoWidth(true);
        addColumn(s -> WHEN.format(s.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        addColumn(s -> s.userAgent() == null ? "unknown" : s.userAgent())
                .setHeader("Client")
                .setFlexGrow(1)
                .setTooltipGenerator(s -> s.userAgent() == null ? "" : s.userAgent());
        addColumn(s -> s.clientAddress() == null ? "unknown" : s.clientAddress())
                .setHeader("Address")
                .setAutoWidth(true);
        addComponentColumn(s -> {
                    Button button = new Button("End", click -> {
                        end.accept(s.id());
                        refresh();
                    });
                    button.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    button.setAriaLabel("End sign-in started " + WHEN.format(s.startedAt()));
                    return button;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        setEmptyStateText("No active sign-ins.");
        refresh();
    }

    void refresh() {
        setItems(source.get());
    }

    private static Span kind(SignInListItem s) {
        String text = (s.kind() == SignInKind.BROWSER ? "Browser" : "API") + (s.current() ? " (this one)" : "");
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge" + (s.current() ? " success" : ""));
        return badge;
    }
}
