/**
 * Who changed what: the Envers revision entity and the record of personal-data reveals (the hash-chained audit
 * log of issue #7 takes these over).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.audit;
