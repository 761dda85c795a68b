package com.leadwire.security;

import com.leadwire.testsupport.OnH2;

@OnH2
class BadInputSweepH2IntegrationTests extends BadInputSweepContract {
}
