package io.portalops.notification;

/** An email ready for the outbox: subject, plain-text and HTML bodies. */
record RenderedMail(String subject, String text, String html) {}
