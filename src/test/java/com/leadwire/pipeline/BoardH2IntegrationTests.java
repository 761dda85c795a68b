package com.leadwire.pipeline;

import com.leadwire.testsupport.OnH2;

@OnH2
class BoardH2IntegrationTests extends BoardContract {
}
