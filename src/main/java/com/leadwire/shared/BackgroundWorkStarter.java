package com.leadwire.shared;

import java.util.Comparator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts every {@link BackgroundWork} when the app is ready, in the order of their phases. */
@Component
class BackgroundWorkStarter {

    private final ObjectProvider<BackgroundWork> work;

    BackgroundWorkStarter(ObjectProvider<BackgroundWork> work) {
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startAll() {
        work.stream()
                .sorted(Comparator.comparingInt(BackgroundWork::getPhase))
                .filter(each -> !each.isRunning())
                .forEach(BackgroundWork::start);
    }
}
