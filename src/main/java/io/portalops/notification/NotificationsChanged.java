package io.portalops.notification;

import java.util.Set;

/** Some accounts' notifications changed (new ones, or read): their bells count again after the commit. */
record NotificationsChanged(Set<Long> accountIds) {}
