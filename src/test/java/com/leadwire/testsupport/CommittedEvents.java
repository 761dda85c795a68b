package com.leadwire.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events of one type that the running app published inside a transaction that then committed,
 * on any thread (intake writers, request threads). An event published outside a transaction, or
 * in one that rolled back, is not here. Listens from {@link #of} until {@link #close}; the shared
 * context is not changed, so it stays shared.
 */
public final class CommittedEvents<T> implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Class<T> type;
    private final List<T> committed = new CopyOnWriteArrayList<>();

    private CommittedEvents(ConfigurableApplicationContext context, Class<T> type) {
        this.context = context;
        this.type = type;
    }

    public static <T> CommittedEvents<T> of(ApplicationContext context, Class<T> type) {
        CommittedEvents<T> events = new CommittedEvents<>((ConfigurableApplicationContext) context, type);
        events.context.addApplicationListener(events);
        return events;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> published && type.isInstance(published.getPayload())
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            T payload = type.cast(published.getPayload());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.add(payload);
                }
            });
        }
    }

    public List<T> all() {
        return List.copyOf(committed);
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
