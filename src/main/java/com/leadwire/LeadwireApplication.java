package com.leadwire;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LeadwireApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(LeadwireApplication.class, args);
        } catch (SpringApplication.AbandonedRunException trainingRun) {
            // -Dspring.context.exit=onRefresh (a CDS training run) stops the start here on purpose
        } catch (RuntimeException | Error failure) {
            // Spring has logged the details; threads a failed start left behind must not keep a
            // process alive that serves nothing
            LoggerFactory.getLogger(LeadwireApplication.class).error("Leadwire could not start: {}", StartFailure.reason(failure));
            System.exit(1);
        }
    }
}
