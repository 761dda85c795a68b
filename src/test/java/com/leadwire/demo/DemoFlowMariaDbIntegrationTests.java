package com.leadwire.demo;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class DemoFlowMariaDbIntegrationTests extends DemoFlowContract {
}
