package com.leadwire.apikeys;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class ApiKeysMariaDbIntegrationTests extends ApiKeysContract {
}
