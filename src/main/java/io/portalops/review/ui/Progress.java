package io.portalops.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** A progress bar with its figures beside it, e.g. "12 / 40". */
final class Progress {

    private Progress() {}

    static Div of(int done, int of) {
        ProgressBar bar = new ProgressBar(0, Math.max(of, 1), Math.min(done, Math.max(of, 1)));
        bar.addClassName("review-progress-bar");
        Span figures = new Span(done + " / " + of);
        figures.addClassName("review-progress-figures");
        Div progress = new Div(bar, figures);
        progress.addClassName("review-progress");
        return progress;
    }

    static Div of(double fraction) {
        ProgressBar bar = new ProgressBar(0, 1, Math.max(0, Math.min(1, fraction)));
        bar.addClassName("review-progress-bar");
        Span figures = new Span(Math.round(fraction * 100) + " %");
        figures.addClassName("review-progress-figures");
        Div progress = new Div(bar, figures);
        progress.addClassName("review-progress");
        return progress;
    }
}
