package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the browser sends for the grid shortcuts, for browserless tests: a key press is the keydown event whose filter
 * expression the browser found true, and a focused cell is vaadin-grid's cell-focus event.
 */
public final class GridKeys {

    private GridKeys() {}

    /** A keydown on {@code element} for which the browser evaluated {@code filter} to true. */
    public static void press(Element element, String filter) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(filter, true);
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "keydown", data));
    }

    public static void press(Component component, String filter) {
        press(component.getElement(), filter);
    }

    /** Esc in a filter field, as the filter bar's capture listener re-dispatches it (GridKeyboard.ESCAPE_SCRIPT). */
    public static void escape(Component field) {
        Element element = field.getElement();
        element.getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, GridKeyboard.ESCAPE_EVENT, JacksonUtils.createObjectNode()));
    }

    /** A key typed with the focus anywhere on the page (the listeners on the UI). */
    public static void pressOnPage(String filter) {
        press(UI.getCurrent().getElement(), filter);
    }

    public static <T> void focusRow(Grid<T> grid, T item) {
        String key = grid.getDataCommunicator().getKeyMapper().key(item);
        ComponentUtil.fireEvent(
                grid,
                new CellFocusEvent<>(
                        grid,
                        true,
                        key,
                        internalId(grid.getColumns().getFirst()),
                        CellFocusEvent.GridSection.BODY.getClientSideName()));
    }

    public static <T> void focusHeader(Grid<T> grid, Grid.Column<T> column) {
        ComponentUtil.fireEvent(
                grid,
                new CellFocusEvent<>(
                        grid, true, null, internalId(column), CellFocusEvent.GridSection.HEADER.getClientSideName()));
    }

    /** The locations the page was told to show in place (history.replaceState) since the last call. */
    public static List<String> replacedUrls() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> urls = new ArrayList<>();
        for (var pending : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            String expression = pending.getInvocation().getExpression();
            // Flow sends either history.replaceState or, with its client router, a vaadin-navigate with replace
            if (expression.contains("replaceState") || expression.contains("replace: true")) {
                pending.getInvocation().getParameters().stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .limit(1)
                        .forEach(urls::add);
            }
        }
        return urls;
    }

    /** Whether the page was told to focus {@code component} since the last call. */
    public static boolean focusRequested(Component component) {
        // a component's focus() runs just before the response, like any element JS call
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(pending -> pending.getInvocation().getExpression().contains("focus"))
                .anyMatch(pending -> pending.getInvocation().getParameters().contains(component.getElement()));
    }

    private static String internalId(Grid.Column<?> column) {
        try {
            Method method = column.getClass().getSuperclass().getDeclaredMethod("getInternalId");
            method.setAccessible(true);
            return (String) method.invoke(column);
        } catch (ReflectiveOperationException e) {
            try {
                Method method = Grid.Column.class.getDeclaredMethod("getInternalId");
                method.setAccessible(true);
                return (String) method.invoke(column);
            } catch (ReflectiveOperationException again) {
                throw new IllegalStateException(again);
            }
        }
    }
}
