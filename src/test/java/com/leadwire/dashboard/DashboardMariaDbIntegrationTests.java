package com.leadwire.dashboard;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class DashboardMariaDbIntegrationTests extends DashboardContract {
}
