package com.leadwire.dashboard;

import com.leadwire.testsupport.OnH2;

@OnH2
class DashboardH2IntegrationTests extends DashboardContract {
}
