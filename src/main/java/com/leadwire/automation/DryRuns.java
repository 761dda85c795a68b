package com.leadwire.automation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.engine.DryRunner;

/** "Which rules would fire, and why?" for a deal or a sample event; changes and sends nothing. */
@Service
public class DryRuns {

    private final DryRunner runner;
    private final Rules rules;

    DryRuns(DryRunner runner, Rules rules) {
        this.runner = runner;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public DryRunReport run(DryRunRequest request) {
        if (request.rule() != null) {
            rules.check(request.rule());
        }
        return runner.run(request);
    }
}
