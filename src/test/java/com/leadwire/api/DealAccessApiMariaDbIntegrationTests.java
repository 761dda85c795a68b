package com.leadwire.api;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class DealAccessApiMariaDbIntegrationTests extends DealAccessApiContract {
}
