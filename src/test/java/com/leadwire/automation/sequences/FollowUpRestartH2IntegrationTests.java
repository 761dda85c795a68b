package com.leadwire.automation.sequences;

import java.util.List;

/** On the embedded default: H2 in files under the jar's folder (./data), as an operator's first start makes it. */
class FollowUpRestartH2IntegrationTests extends FollowUpRestartContract {

    @Override
    List<String> databaseArguments() {
        return List.of();
    }
}
