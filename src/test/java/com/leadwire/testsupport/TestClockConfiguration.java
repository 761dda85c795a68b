package com.leadwire.testsupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Found by the app's component scan in every test context (it lives under {@code com.leadwire}),
 * so both shared contexts read the same kind of clock and stay shared.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
