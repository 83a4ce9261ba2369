package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class LiveEventsTest {

    @Autowired
    LiveEvents live;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    @WithUserDetails("analyst")
    void subscribers_hear_of_committed_events_until_they_cancel() throws InterruptedException {
        Semaphore calls = new Semaphore(0);
        LiveEvents.Subscription subscription = live.subscribe(calls::release);
        String ref = fixtures.customerOf("manager");

        fixtures.ingest(EventFixtures.uniqueSource(), "login", ref, Instant.now());
        assertThat(calls.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

        subscription.cancel();
        calls.drainPermits();
        fixtures.ingest(EventFixtures.uniqueSource(), "login", ref, Instant.now());
        assertThat(calls.tryAcquire(2, TimeUnit.SECONDS))
                .as("no call after cancel")
                .isFalse();
    }

    @Test
    @WithUserDetails("analyst")
    void an_event_is_announced_only_once_its_transaction_commits() throws InterruptedException {
        Semaphore calls = new Semaphore(0);
        LiveEvents.Subscription subscription = live.subscribe(calls::release);
        try {
            transactions.executeWithoutResult(status -> {
                publisher.publishEvent(new EventsIngested(1, Instant.now()));
                try {
                    assertThat(calls.tryAcquire(2, TimeUnit.SECONDS))
                            .as("announced before the commit")
                            .isFalse();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(calls.tryAcquire(5, TimeUnit.SECONDS))
                    .as("announced after the commit")
                    .isTrue();
        } finally {
            subscription.cancel();
        }
    }

    @Test
    @WithUserDetails("analyst")
    void nothing_is_announced_before_the_commit_or_after_a_rollback() throws InterruptedException {
        Semaphore calls = new Semaphore(0);
        LiveEvents.Subscription subscription = live.subscribe(calls::release);
        try {
            transactions.executeWithoutResult(status -> {
                publisher.publishEvent(new EventsIngested(1, Instant.now()));
                status.setRollbackOnly();
            });
            assertThat(calls.tryAcquire(2, TimeUnit.SECONDS)).isFalse();
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void only_signed_in_readers_may_subscribe() {
        assertThatThrownBy(() -> live.subscribe(() -> {}))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
