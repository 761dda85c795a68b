package com.leadwire.pipeline;

import com.leadwire.testsupport.OnH2;

@OnH2
class RepDealAccessH2IntegrationTests extends RepDealAccessContract {
}
