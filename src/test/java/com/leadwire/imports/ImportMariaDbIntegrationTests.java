package com.leadwire.imports;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class ImportMariaDbIntegrationTests extends ImportContract {
}
