package io.portalops.inventory;

import com.vaadin.flow.component.Component;

/**
 * The people holding access to a product, shown by the Services view under the selected product. The directory
 * module implements it (it owns people and grants); inventory only places it, so that inventory does not depend on
 * the directory. The component applies the caller's scope itself.
 */
public interface ProductAccessSection {

    Component create(long productId);
}
