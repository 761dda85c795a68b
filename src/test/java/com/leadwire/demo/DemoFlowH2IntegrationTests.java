package com.leadwire.demo;

import com.leadwire.testsupport.OnH2;

@OnH2
class DemoFlowH2IntegrationTests extends DemoFlowContract {
}
