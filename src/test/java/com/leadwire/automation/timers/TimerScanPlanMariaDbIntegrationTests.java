package com.leadwire.automation.timers;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class TimerScanPlanMariaDbIntegrationTests extends TimerScanPlanContract {
}
