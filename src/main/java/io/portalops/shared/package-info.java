/**
 * Shared building blocks: base entity, field encryption and masking, error model, paging, layout and common UI.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.portalops.shared;
