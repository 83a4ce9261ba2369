/** What the demo data generators of every module share: their configured sizes. */
@org.jspecify.annotations.NullMarked
package io.portalops.shared.demo;
