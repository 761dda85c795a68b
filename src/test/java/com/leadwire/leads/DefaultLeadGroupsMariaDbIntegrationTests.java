package com.leadwire.leads;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class DefaultLeadGroupsMariaDbIntegrationTests extends DefaultLeadGroupsContract {
}
