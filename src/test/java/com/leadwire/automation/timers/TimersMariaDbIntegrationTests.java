package com.leadwire.automation.timers;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class TimersMariaDbIntegrationTests extends TimersContract {
}
