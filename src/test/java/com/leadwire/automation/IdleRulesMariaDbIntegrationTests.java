package com.leadwire.automation;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class IdleRulesMariaDbIntegrationTests extends IdleRulesContract {
}
