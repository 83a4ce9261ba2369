package io.portalops.shared.db.replica;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service or method whose {@code @Transactional(readOnly = true)} reads may be served by the read replica
 * (ADR 050): the event log, exports, the dashboard. Reads that must see the caller's own just-committed write do not
 * carry it. The mark is set before the transaction starts, so the whole transaction, joined calls included, reads one
 * database.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsFromReplica {}
