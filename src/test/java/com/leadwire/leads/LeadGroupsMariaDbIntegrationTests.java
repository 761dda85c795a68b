package com.leadwire.leads;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class LeadGroupsMariaDbIntegrationTests extends LeadGroupsContract {
}
