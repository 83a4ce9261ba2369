package io.portalops.inventory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

/** Seats used of seats purchased as a bar with the numbers beside it; red from 90 %. */
class UtilisationBar extends Div {

    final ProgressBar bar = new ProgressBar(0, 1);
    final Span label = new Span();

    UtilisationBar(int assigned, int purchased, boolean nearlyFull) {
        addClassName("utilisation");
        if (purchased <= 0) {
            label.setText(assigned > 0 ? assigned + " assigned" : "–");
            add(label);
            return;
        }
        double ratio = (double) assigned / purchased;
        bar.setValue(Math.min(ratio, 1));
        if (nearlyFull) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        label.setText(assigned + " / " + purchased + " · " + Math.round(ratio * 100) + " %");
        bar.getElement().setAttribute("aria-label", label.getText());
        add(bar, label);
    }
}
