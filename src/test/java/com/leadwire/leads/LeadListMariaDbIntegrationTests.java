package com.leadwire.leads;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class LeadListMariaDbIntegrationTests extends LeadListContract {
}
