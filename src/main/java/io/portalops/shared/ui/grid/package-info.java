/** The shared grid layer (issue #22): the toolbar and the powers every grid view gets. */
@NullMarked
package io.portalops.shared.ui.grid;

import org.jspecify.annotations.NullMarked;
