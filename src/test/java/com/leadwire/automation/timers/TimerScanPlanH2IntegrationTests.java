package com.leadwire.automation.timers;

import com.leadwire.testsupport.OnH2;

@OnH2
class TimerScanPlanH2IntegrationTests extends TimerScanPlanContract {
}
