package io.portalops.inventory.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * The people holding access to a product, shown by the Services view under the selected product. The directory
 * module implements it (it owns people and grants); inventory only places it, so that inventory does not depend on
 * the directory. The component applies the caller's scope itself.
 */
@NamedInterface("product-access-section")
public interface ProductAccessSection {

    Component create(long productId);
}
