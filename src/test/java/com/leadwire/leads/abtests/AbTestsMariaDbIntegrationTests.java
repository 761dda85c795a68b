package com.leadwire.leads.abtests;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class AbTestsMariaDbIntegrationTests extends AbTestsContract {
}
