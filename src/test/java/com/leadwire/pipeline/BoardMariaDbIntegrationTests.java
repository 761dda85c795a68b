package com.leadwire.pipeline;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class BoardMariaDbIntegrationTests extends BoardContract {
}
