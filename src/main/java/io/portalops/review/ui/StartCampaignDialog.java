package io.portalops.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.review.CampaignScope;
import io.portalops.review.ReviewCampaigns;
import io.portalops.review.StartCampaign;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** Starts a campaign: a title, the scope (everything I administer, some services, some products) and a due date. */
class StartCampaignDialog extends Dialog {

    final TextField title = new TextField("Title");
    final RadioButtonGroup<CampaignScope> scope = new RadioButtonGroup<>("Scope");
    final MultiSelectComboBox<Map.Entry<Long, String>> services = new MultiSelectComboBox<>("Services");
    final MultiSelectComboBox<ProductRef> products = new MultiSelectComboBox<>("Products");
    final DatePicker due = new DatePicker("Due date");
    final Button startButton = new Button("Start");

    StartCampaignDialog(ReviewCampaigns campaigns, SaasCatalog catalog, LongConsumer started) {
        setHeaderTitle("Start an access review");
        List<ProductRef> grantable = catalog.grantableProducts();
        Map<Long, String> serviceNames = new LinkedHashMap<>();
        grantable.forEach(p -> serviceNames.putIfAbsent(p.serviceId(), p.serviceName()));
        title.setMaxLength(StartCampaign.MAX_TITLE);
        title.setRequired(true);
        title.setValue("Access review " + LocalDate.now());
        scope.setItems(CampaignScope.values());
        scope.setItemLabelGenerator(CampaignScope::label);
        scope.setValue(CampaignScope.EVERYTHING);
        services.setItems(List.copyOf(serviceNames.entrySet()));
        services.setItemLabelGenerator(Map.Entry::getValue);
        products.setItems(grantable);
        products.setItemLabelGenerator(ProductRef::label);
        due.setValue(LocalDate.now().plusDays(14));
        due.setMin(LocalDate.now());
        scope.addValueChangeListener(e -> scopeChanged());
        scopeChanged();
        FormLayout form = new FormLayout(title, scope, services, products, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        startButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startButton.addClickListener(click -> {
            try {
                long id = campaigns
                        .start(new StartCampaign(
                                title.getValue(),
                                scope.getValue(),
                                services.getValue().stream()
                                        .map(Map.Entry::getKey)
                                        .collect(Collectors.toSet()),
                                products.getValue().stream().map(ProductRef::id).collect(Collectors.toSet()),
                                due.getValue(),
                                null))
                        .campaign()
                        .id();
                close();
                Notifications.success("Campaign started; its reviewers were notified.");
                started.accept(id);
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            } catch (NotFoundException e) {
                Notifications.error("You do not administer all of the services or products chosen.");
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), startButton);
        setWidth("32rem");
    }

    private void scopeChanged() {
        services.setVisible(scope.getValue() == CampaignScope.SERVICES);
        products.setVisible(scope.getValue() == CampaignScope.PRODUCTS);
        if (scope.getValue() != CampaignScope.SERVICES) {
            services.setValue(Set.of());
        }
        if (scope.getValue() != CampaignScope.PRODUCTS) {
            products.setValue(Set.of());
        }
    }
}
