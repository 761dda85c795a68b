package com.leadwire.pipeline;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class RepDealAccessMariaDbIntegrationTests extends RepDealAccessContract {
}
