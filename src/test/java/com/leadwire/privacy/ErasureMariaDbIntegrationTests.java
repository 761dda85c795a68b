package com.leadwire.privacy;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class ErasureMariaDbIntegrationTests extends ErasureContract {
}
